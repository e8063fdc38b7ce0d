"""The ticket path alone, against two ticket floors (benchmarks/ticket_bot.py): every simulated
user goes /start → /agent → describes the problem (a ticket) → two follow-ups, and what counts
is how fast the ticket and its follow-ups reach the agents' group.

With Telegram's limits switched off on both sides (the bot's own pacing and the emulator's), it
prints over `--runs` interleaved runs (median and range):
  * closed loop: updates/s with 100 people at once, each waiting for every answer (a follow-up
    is answered when it reaches the group), and our ratio to the floor's, for our bot as one
    process ("bot") and with SENDER_PROCESS=true ("bot+sender": the outbox from a second one);
  * open loop at `--rate` updates/s, where nobody waits for a relay before writing the next
    follow-up: injection → arrival in the group (p50/p95/p99/max) for the ticket and for the
    follow-ups, the user's own answers, and how long relays kept arriving after the load ended.

    python benchmarks/ticket_path.py [--runs 3] [--rate 100] [--seconds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.throughput import BOT_ENV, Latency, spread
from bot.sandbox.emulator import BotApiEmulator, BotEvent
from bot.sandbox.people import GROUP_ID
from bot.sandbox.process import TOKEN, BotProcess

ROOT = Path(__file__).resolve().parents[1]
AGENT_ID = 9_000_001
FIRST_USER = 2_000_000
CONCURRENCY = 100
CLOSED_LOOP_USERS = 600
STEP_TIMEOUT = 60.0
TOKEN_MARK = re.compile(r"R\d+x\d")  # marks each relayed text, to find it in the group
DONE = {  # what the user sees after each of their first three steps, per bot
    "bot": ("How can I help?", "Please describe", "created"),
    "floor": ("Welcome", "Describe your problem", "created"),
}
FLOORS = ("ticketgram", "bare")  # benchmarks/ticket_bot.py's two ways (its FLOOR setting)
# Our bot as one process, and with SENDER_PROCESS (the desk's outbox from a second process).
OURS = ("bot", "bot+sender")
FOLLOW_UPS = 2


def texts(user_id: int) -> list[str]:
    """The user's five messages; the last three carry a mark found again in the group."""
    return [
        "/start",
        "/agent",
        f"My card top-up shows twice on the statement, ref R{user_id}x0",
        *(f"Adding detail {k}: it was yesterday evening, ref R{user_id}x{k}" for k in (1, 2)),
    ]


@dataclass(slots=True)
class PathDriver:
    emulator: BotApiEmulator
    markers: tuple[str, ...]
    answers: dict[int, tuple[int, str, asyncio.Future[float]]] = field(default_factory=dict)
    relays: dict[str, tuple[float, asyncio.Future[float]]] = field(default_factory=dict)
    relay_latency: dict[str, list[float]] = field(default_factory=dict)
    answer_latency: list[float] = field(default_factory=list)
    last_relay_at: float = 0.0

    def __post_init__(self) -> None:
        self.emulator.listeners.append(self._on_event)

    def _on_event(self, event: BotEvent) -> None:
        if event.chat_id == GROUP_ID:
            # A user's queued texts may reach the group as one message: every mark counts.
            for mark in TOKEN_MARK.findall(event.text):
                waiting = self.relays.pop(mark, None)
                if waiting is not None:
                    injected, future = waiting
                    kind = "ticket" if mark.endswith("x0") else "follow-up"
                    self.relay_latency.setdefault(kind, []).append(event.at - injected)
                    self.last_relay_at = event.at
                    future.set_result(event.at)
            return
        waiting_answer = self.answers.get(event.chat_id or 0)
        if waiting_answer is None or event.seq <= waiting_answer[0]:
            return
        _, marker, future = waiting_answer
        if marker in event.text and not future.done():
            future.set_result(event.at)

    def say(self, user_id: int, step: int) -> tuple[float, asyncio.Future[float]]:
        """Inject the user's `step`; the future resolves when its answer (or relay) is seen."""
        loop = asyncio.get_running_loop()
        text = texts(user_id)[step]
        future: asyncio.Future[float] = loop.create_future()
        injected = time.monotonic()
        if step < 3:
            self.answers[user_id] = (self.emulator.last_seq, self.markers[step], future)
        if step >= 2:
            relay: asyncio.Future[float] = future if step > 2 else loop.create_future()
            self.relays[TOKEN_MARK.search(text).group(0)] = (injected, relay)  # type: ignore[union-attr]
        self.emulator.user_message(user_id, text)
        return injected, future

    async def step(self, user_id: int, step: int) -> None:
        injected, future = self.say(user_id, step)
        try:
            at = await asyncio.wait_for(future, STEP_TIMEOUT)
        except TimeoutError:
            raise TimeoutError(f"user {user_id}: nothing for step {step}") from None
        if step < 3:
            self.answers.pop(user_id, None)
            self.answer_latency.append(at - injected)


@dataclass(slots=True)
class RunResult:
    updates_per_second: float
    ticket: Latency
    follow_up: Latency
    answers: Latency
    drain_seconds: float


async def closed_loop(driver: PathDriver, users: list[int]) -> float:
    queue = list(reversed(users))
    done_at: list[float] = []

    async def person() -> None:
        while queue:
            user_id = queue.pop()
            for step in range(3 + FOLLOW_UPS):
                await driver.step(user_id, step)
                done_at.append(time.monotonic())

    await asyncio.gather(*(person() for _ in range(CONCURRENCY)))
    done_at.sort()
    first, last = int(len(done_at) * 0.1), int(len(done_at) * 0.9)
    return (last - first) / (done_at[last] - done_at[first])


async def open_loop(driver: PathDriver, users: list[int], rate: float, seconds: float) -> float:
    """Steady injection; a user's first three steps wait for the bot's answer, the follow-ups
    go without waiting for their relays. Returns how long relays kept arriving after the last
    injection."""
    driver.relay_latency = {"ticket": [], "follow-up": []}
    driver.answer_latency = []
    fresh = list(reversed(users))
    ready: list[tuple[int, int]] = []
    pending: set[asyncio.Task[None]] = set()

    async def answered(user_id: int, step: int) -> None:
        await driver.step(user_id, step)
        ready.append((user_id, step + 1))

    start = time.monotonic()
    sent = 0
    while time.monotonic() - start < seconds:
        delay = start + sent / rate - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        if ready:
            user_id, step = ready.pop(0)
        elif fresh:
            user_id, step = fresh.pop(), 0
        else:
            break
        if step < 3:
            task = asyncio.get_running_loop().create_task(answered(user_id, step))
            pending.add(task)
            task.add_done_callback(pending.discard)
        else:
            driver.say(user_id, step)
            if step + 1 < 3 + FOLLOW_UPS:
                ready.append((user_id, step + 1))
        sent += 1
    ended = time.monotonic()
    if pending:
        await asyncio.wait(pending, timeout=STEP_TIMEOUT)
    try:
        await driver.emulator.wait_until(lambda: not driver.relays, timeout=STEP_TIMEOUT)
    except TimeoutError:
        raise TimeoutError(f"{len(driver.relays)} relays never reached the group") from None
    return max(0.0, driver.last_relay_at - ended)


async def measure(which: str, rate: float, seconds: float, diagnose: str = "") -> RunResult:
    emulator = BotApiEmulator(TOKEN)
    await emulator.start()
    emulator.add_user(AGENT_ID, "Agent", language_code="en")
    emulator.add_group(GROUP_ID, "Support desk", is_forum=True, members={AGENT_ID})
    open_users = int(rate * seconds / (3 + FOLLOW_UPS)) + 10
    users = [FIRST_USER + n for n in range(CLOSED_LOOP_USERS + open_users)]
    for user_id in users:
        emulator.add_user(user_id, f"user{user_id}", language_code="en")
    with tempfile.TemporaryDirectory() as workdir:
        bot, floor = None, None
        if which in OURS:
            env = {**BOT_ENV, **({"DIAGNOSTICS_FILE": diagnose} if diagnose else {})}
            if which == "bot+sender":
                env["SENDER_PROCESS"] = "true"  # the outbox from a second process
            bot = BotProcess(emulator, Path(workdir), AGENT_CHAT_ID=str(GROUP_ID), **env)
            await bot.start()
        else:
            floor = await asyncio.create_subprocess_exec(
                sys.executable,
                str(ROOT / "benchmarks" / "ticket_bot.py"),
                env={
                    **os.environ,
                    "BOT_TOKEN": TOKEN,
                    "TELEGRAM_API_URL": emulator.url,
                    "STAFF_CHAT_ID": str(GROUP_ID),
                    "FLOOR": which,
                },
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.DEVNULL,
            )
            await emulator.wait_until(lambda: emulator.calls["getUpdates"] > 0, timeout=30)
        try:
            driver = PathDriver(emulator, DONE["bot" if which in OURS else "floor"])
            throughput = await closed_loop(driver, users[:CLOSED_LOOP_USERS])
            if bot is not None:
                await emulator.wait_until(bot.outbox_empty, timeout=60)
            drain = await open_loop(driver, users[CLOSED_LOOP_USERS:], rate, seconds)
            return RunResult(
                throughput,
                Latency.of(driver.relay_latency["ticket"]),
                Latency.of(driver.relay_latency["follow-up"]),
                Latency.of(driver.answer_latency),
                drain,
            )
        finally:
            if bot is not None:
                await bot.stop()
            if floor is not None:
                floor.terminate()
                await floor.wait()
            await emulator.stop()


def report(results: dict[str, list[RunResult]], rate: float) -> None:
    print("\nclosed loop, updates/s (median of runs, with the range)")
    for name, runs in results.items():
        print(f"  {name:<10} {spread([r.updates_per_second for r in runs])}")
    for mine in OURS:
        for name in FLOORS:
            ratios = [
                ours.updates_per_second / floor.updates_per_second
                for ours, floor in zip(results[mine], results[name], strict=True)
            ]
            print(f"  ratio {mine} / {name:<10} {spread(ratios, 2)}×")
    print(f"\nopen loop at {rate:g} updates/s, ms: injection → arrival")
    for name, runs in results.items():
        for label, pick in (
            ("ticket → group", lambda r: r.ticket),
            ("follow-up → group", lambda r: r.follow_up),
            ("answer → user", lambda r: r.answers),
        ):
            lat = [pick(r) for r in runs]
            print(
                f"  {name:<10} {label:<18} p50 {spread([x.p50 for x in lat])}"
                f"  p95 {spread([x.p95 for x in lat])}  p99 {spread([x.p99 for x in lat])}"
                f"  max {spread([x.worst for x in lat])}  ({lat[0].count})"
            )
        drains = [r.drain_seconds * 1000 for r in runs]
        print(f"  {name:<10} relays still arriving after the load ended: {spread(drains)} ms")


async def main_async(args: argparse.Namespace) -> None:
    print(
        f"ticket path: {CLOSED_LOOP_USERS} users closed loop ({CONCURRENCY} at once), then"
        f" {args.rate:g} updates/s for {args.seconds:g} s; {args.runs} run(s); machine:"
        f" {os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    )
    results: dict[str, list[RunResult]] = {name: [] for name in (*OURS, *FLOORS)}
    for run in range(args.runs):
        for name in results:  # interleaved, so a machine that slows down hurts both alike
            result = await measure(name, args.rate, args.seconds, args.diagnostics)
            results[name].append(result)
            print(
                f"run {run + 1} {name:<10} {result.updates_per_second:6.1f} upd/s  relays p95"
                f" {result.ticket.p95:.1f} / {result.follow_up.p95:.1f} ms  max"
                f" {max(result.ticket.worst, result.follow_up.worst):.1f} ms",
                flush=True,
            )
    report(results, args.rate)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--diagnostics", default="", help="the bot's DIAGNOSTICS_FILE, to read")
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
