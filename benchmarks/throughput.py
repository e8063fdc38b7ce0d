"""How fast the bot is, against the floor of a bare python-telegram-bot echo bot.

Runs the real bot (`python -m bot`, its own process) on the Bot API emulator with N simulated
users (default 1,000) sending mixed traffic — /start, menu presses, FAQ questions in both
languages, complete feedback and agent-request flows, agent replies relayed from the ticket's
topic — and prints, for the bot and for the echo bot on the same traffic:
  * updates handled per second (all users at once, each waiting for the answer before the next
    step, as a person would), and our throughput as a ratio of the echo bot's;
  * p50/p95/p99 latency from an update's injection to the bot's first visible answer, at a
    steady 100 updates/s;
  * the same with 100,000 users and 200,000 tickets already in the database (degradation);
  * peak RSS of the bot process and the database size.
The broadcast figures come from benchmarks/broadcast_rate.py (run separately; it takes minutes).

    python benchmarks/throughput.py [--users 1000] [--rate 100] [--seconds 20] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.sandbox.emulator import JSON, BotApiEmulator, BotEvent
from bot.sandbox.people import GROUP_ID
from bot.sandbox.process import TOKEN, BotProcess

ROOT = Path(__file__).resolve().parents[1]
AGENT_ID = 9_000_001
FIRST_USER = 1_000_000
TICKET_REF = re.compile(r"TP-\d{6}")
CONCURRENCY = 100  # people using the bot at the same moment in the throughput run
ROUNDS = 3
STEP_TIMEOUT = float(os.environ.get("STEP_TIMEOUT", "60"))
# The benchmark measures the bot's own cost, not the waits it imposes on purpose to stay within
# Telegram's limits (about 30 messages a second in all, 20 a minute per group, 1 a second per
# chat; see the desk and broadcast tests): like the echo bot, it runs without them here.
BOT_ENV = {
    "OVERALL_MAX_RATE": "1000000",
    "GROUP_MAX_MESSAGES": "1000000",
    "GROUP_WINDOW_SECONDS": "1",
    "PRIVATE_CHAT_INTERVAL_SECONDS": "0",
    "FLOOD_MAX_MESSAGES": "100000",
    "MAX_OPEN_TICKETS": "1000",
    "LOG_LEVEL": "WARNING",
}


@dataclass(frozen=True, slots=True)
class Step:
    action: str  # say (user types), press (user taps a button), agent (agent answers in topic)
    value: str  # the text, or part of the button's label
    done: str = ""  # the step is over when the bot shows a message containing this


@dataclass(frozen=True, slots=True)
class Script:
    name: str
    language: str
    steps: tuple[Step, ...]


SCRIPTS = (
    Script(
        "faq_buttons_en",
        "en",
        (
            Step("say", "/start", "How can I help?"),
            Step("press", "FAQ", "topic"),
            Step("press", "Account & login", "question"),
            Step("press", "I forgot my password", "Forgot password"),
        ),
    ),
    Script(
        "faq_text_zh",
        "zh-hans",
        (
            Step("say", "/start", "请选择你需要的帮助"),
            Step("say", "忘记密码怎么办", "忘记密码"),
            Step("say", "转账一直没有到账怎么办", "转账"),
        ),
    ),
    Script(
        "feedback_en",
        "en",
        (
            Step("say", "/start", "How can I help?"),
            Step("press", "Feedback", "How would you rate"),
            Step("press", "4", "Anything you would like"),
            Step("say", "The app is great, the fees page could be clearer.", "Thank you"),
        ),
    ),
    Script(
        "agent_zh",
        "zh-hans",
        (
            Step("say", "/start", "请选择你需要的帮助"),
            Step("say", "/agent", "请简要描述"),
            Step("say", "我的账户余额显示不正确，请帮我看看", "已为你创建工单"),
            Step("agent", "您好，我们正在核查你的账户余额。", "我们正在核查"),
        ),
    ),
)


@dataclass(slots=True)
class Waiter:
    chat_id: int
    after: int
    marker: str
    injected: float
    first: float | None = None
    done: asyncio.Future[BotEvent] = field(default_factory=asyncio.Future)


class Driver:
    """Plays users' scripts against whichever bot is polling the emulator."""

    def __init__(self, emulator: BotApiEmulator, *, echo: bool) -> None:
        self.emulator = emulator
        self.echo = echo
        self.waiters: dict[int, Waiter] = {}
        self.last_bot_message: dict[int, JSON] = {}
        self.topics_by_user: dict[int, int] = {}
        self.latencies: list[float] = []
        emulator.listeners.append(self._on_event)

    def _on_event(self, event: BotEvent) -> None:
        if event.message is None or event.chat_id is None:
            return
        if event.chat_id != GROUP_ID:
            self.last_bot_message[event.chat_id] = event.message
        key = event.chat_id
        if event.chat_id == GROUP_ID:
            replied = (event.message.get("reply_to_message") or {}).get("message_id")
            key = -(replied or 0)
        waiter = self.waiters.get(key)
        if waiter is None or event.seq <= waiter.after:
            return
        if waiter.first is None:
            waiter.first = event.at
        if (self.echo or waiter.marker in event.text) and not waiter.done.done():
            waiter.done.set_result(event)

    async def run_step(self, user_id: int, step: Step) -> None:
        emulator = self.emulator
        after = emulator.last_seq
        key = user_id
        if step.action == "say":
            emulator.user_message(user_id, step.value)
        elif step.action == "press":
            message = self.last_bot_message[user_id]
            emulator.press_button(user_id, message, self._button(message, step.value))
        else:  # an agent answers in the ticket's topic (the echo bot answers in the group)
            thread = self._topic_for(user_id)
            sent = emulator.user_message(
                AGENT_ID, step.value, chat_id=GROUP_ID, message_thread_id=thread
            )
            if self.echo:
                key = -sent["message_id"]  # the echo answers as a reply to it
        waiter = Waiter(key, after, step.done, time.monotonic())
        self.waiters[key] = waiter
        try:
            await asyncio.wait_for(waiter.done, STEP_TIMEOUT)
        except TimeoutError:
            seen = [e.text[:60] for e in emulator.events if e.chat_id == user_id][-3:]
            raise TimeoutError(f"user {user_id}: no answer to {step}; last seen {seen}") from None
        finally:
            self.waiters.pop(key, None)
        self.latencies.append((waiter.first or time.monotonic()) - waiter.injected)

    def _button(self, message: JSON, label: str) -> str:
        rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
        for row in rows:
            for button in row:
                if label in button["text"]:
                    return str(button["callback_data"])
        if self.echo:
            return "1:x:y"
        raise AssertionError(f"no button {label!r} in {[b['text'] for r in rows for b in r]}")

    def reference(self, user_id: int) -> str:
        """The ticket reference the bot gave this user (TP-000123)."""
        text = (self.last_bot_message.get(user_id) or {}).get("text", "")
        found = TICKET_REF.search(text)
        assert found, f"no ticket reference in {text!r}"
        return found.group(0)

    def topic(self, user_id: int) -> int | None:
        reference = self.reference(user_id)
        for thread, name in self.emulator.topics.get(GROUP_ID, {}).items():
            if reference in name:
                return thread
        return None

    def _topic_for(self, user_id: int) -> int | None:
        if self.echo:
            return None
        thread = self.topic(user_id)
        assert thread is not None, f"no topic for user {user_id}"
        return thread


def _prepare_emulator(emulator: BotApiEmulator, users: int) -> list[tuple[int, Script]]:
    emulator.add_user(AGENT_ID, "Agent", language_code="zh")
    emulator.add_group(GROUP_ID, "Support desk", is_forum=True, members={AGENT_ID})
    plan = []
    for n in range(users):
        script = SCRIPTS[n % len(SCRIPTS)]
        user_id = FIRST_USER + n
        emulator.add_user(user_id, f"user{n}", language_code=script.language)
        plan.append((user_id, script))
    return plan


async def closed_loop(
    driver: Driver, plan: list[tuple[int, Script]], concurrency: int
) -> tuple[int, float]:
    """`concurrency` people at a time, each playing a fresh user's script to the end (waiting
    for every answer) before the next person starts. Returns (updates, seconds) over the steady
    middle of the run (from 10 % to 90 % of the steps done), so start-up and the last
    stragglers do not count."""
    queue: asyncio.Queue[tuple[int, Script]] = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)
    done_at: list[float] = []

    async def person() -> None:
        while not queue.empty():
            user_id, script = queue.get_nowait()
            for step in script.steps:
                if step.action == "agent" and not driver.echo:
                    await _wait_for_topic(driver, user_id)
                await driver.run_step(user_id, step)
                done_at.append(time.monotonic())

    await asyncio.gather(*(person() for _ in range(concurrency)))
    done_at.sort()
    first, last = int(len(done_at) * 0.1), int(len(done_at) * 0.9)
    return last - first, done_at[last] - done_at[first]


async def _wait_for_topic(driver: Driver, user_id: int) -> None:
    try:
        await driver.emulator.wait_until(
            lambda: driver.topic(user_id) is not None, timeout=STEP_TIMEOUT
        )
    except TimeoutError:
        raise TimeoutError(
            f"no topic for {driver.reference(user_id)}: {driver.emulator.topics}"
        ) from None


async def open_loop(
    driver: Driver, plan: list[tuple[int, Script]], rate: float, seconds: float
) -> list[float]:
    """Updates injected at a steady `rate` per second (a user's next step only after the
    bot answered the previous one); returns the latencies measured in that window."""
    driver.latencies.clear()
    queue = [(user_id, script, 0) for user_id, script in plan]
    random.Random(1).shuffle(queue)
    ready: asyncio.Queue[tuple[int, Script, int]] = asyncio.Queue()
    for item in queue:
        ready.put_nowait(item)
    tasks: set[asyncio.Task[None]] = set()

    async def one(user_id: int, script: Script, index: int) -> None:
        step = script.steps[index]
        if step.action == "agent" and not driver.echo:
            await _wait_for_topic(driver, user_id)
        await driver.run_step(user_id, step)
        if index + 1 < len(script.steps):
            ready.put_nowait((user_id, script, index + 1))

    interval = 1.0 / rate
    start = time.monotonic()
    sent = 0
    while time.monotonic() - start < seconds:
        target = start + sent * interval
        delay = target - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        if ready.empty():
            await asyncio.sleep(0.001)
            continue
        task = asyncio.get_running_loop().create_task(one(*ready.get_nowait()))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        sent += 1
    if tasks:
        await asyncio.wait(tasks, timeout=STEP_TIMEOUT)
    return list(driver.latencies)


def _percentiles(values: list[float]) -> tuple[float, float, float]:
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000  # noqa: E731
    return pick(0.50), pick(0.95), pick(0.99)


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _db_size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6


def _seed_history(db_path: Path, users: int, tickets: int) -> None:
    """A year of history: users and tickets as a long-running deployment would have."""
    rng = random.Random(3)
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO users (id, locale, first_name, first_seen_at, last_seen_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                (
                    10_000_000 + n,
                    "zh" if n % 3 else "en",
                    f"h{n}",
                    f"2026-{1 + n % 10:02d}-01T00:00:00+00:00",
                    f"2026-{1 + n % 10:02d}-15T00:00:00+00:00",
                )
                for n in range(users)
            ),
        )
        statuses = ("closed", "closed", "closed", "resolved", "open", "in_progress")
        conn.executemany(
            # Posted to the desk long ago (card_message_id set), as in a real deployment.
            "INSERT INTO tickets (reference, user_id, category, priority, status, subject,"
            " created_at, updated_at, first_response_at, closed_at, card_message_id)"
            " VALUES (?, ?, 'question', 'low', ?, 'subject-question', ?, ?, ?, ?, 1)",
            (
                (
                    f"H-{n:07d}",
                    10_000_000 + rng.randrange(users),
                    statuses[n % len(statuses)],
                    f"2026-{1 + n % 10:02d}-{1 + n % 28:02d}T08:00:00+00:00",
                    f"2026-{1 + n % 10:02d}-{1 + n % 28:02d}T09:00:00+00:00",
                    f"2026-{1 + n % 10:02d}-{1 + n % 28:02d}T08:20:00+00:00",
                    f"2026-{1 + n % 10:02d}-{1 + n % 28:02d}T10:00:00+00:00",
                )
                for n in range(tickets)
            ),
        )


@dataclass(slots=True)
class RunResult:
    updates_per_second: float
    updates: int
    p50: float
    p95: float
    p99: float
    peak_rss_mb: float = float("nan")
    db_mb: float = float("nan")


async def measure(
    *, echo: bool, users: int, rate: float, seconds: float, history: tuple[int, int] | None
) -> RunResult:
    emulator = BotApiEmulator(TOKEN)
    await emulator.start()
    plan = _prepare_emulator(emulator, users)
    with tempfile.TemporaryDirectory() as workdir:
        if echo:
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                str(ROOT / "benchmarks" / "echo_bot.py"),
                env={**os.environ, "BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": emulator.url},
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.DEVNULL,
            )
            await emulator.wait_until(lambda: emulator.calls["getUpdates"] > 0, timeout=30)
            pid, bot = process.pid, None
        else:
            bot = BotProcess(emulator, Path(workdir), AGENT_CHAT_ID=str(GROUP_ID), **BOT_ENV)
            await bot.start()
            if history is not None:
                await bot.stop()
                _seed_history(bot.db_path, *history)
                await bot.start()
            assert bot.process is not None
            pid = bot.process.pid
        try:
            driver = Driver(emulator, echo=echo)
            split = len(plan) * 7 // 10
            # Throughput: 70 % of the users, CONCURRENCY at a time. Latency: the rest, at a
            # steady rate.
            # Three rounds with fresh users; the median round is reported (runs vary).
            rounds = []
            for part in range(ROUNDS):
                chunk = plan[part * split // ROUNDS : (part + 1) * split // ROUNDS]
                updates, elapsed = await closed_loop(driver, chunk, CONCURRENCY)
                rounds.append((updates / elapsed, updates))
            per_second, updates = sorted(rounds)[ROUNDS // 2]
            if bot is not None:  # let the desk finish posting cards before timing latency
                await emulator.wait_until(
                    lambda: (
                        bot.query("SELECT COUNT(*) FROM outbox WHERE status = 'pending'") == [(0,)]
                    ),
                    timeout=STEP_TIMEOUT,
                )
            latencies = await open_loop(driver, plan[split:], rate, seconds)
            p50, p95, p99 = _percentiles(latencies)
            result = RunResult(per_second, updates, p50, p95, p99)
            result.peak_rss_mb = _peak_rss_mb(pid)
            if bot is not None:
                result.db_mb = _db_size_mb(bot.db_path)
        finally:
            if bot is not None:
                await bot.stop()
                if os.environ.get("BENCH_SHOW_LOG"):
                    print(bot.log()[-6000:])
            else:
                process.terminate()
                await process.wait()
            await emulator.stop()
    return result


def _row(label: str, r: RunResult) -> str:
    return (
        f"{label:<34} {r.updates_per_second:8.1f} upd/s  p50 {r.p50:6.1f} ms  "
        f"p95 {r.p95:6.1f} ms  p99 {r.p99:6.1f} ms  peak RSS {r.peak_rss_mb:6.1f} MB"
        + (f"  DB {r.db_mb:6.1f} MB" if r.db_mb == r.db_mb else "")
    )


async def main_async(args: argparse.Namespace) -> None:
    common = {"users": args.users, "rate": args.rate, "seconds": args.seconds}
    print(
        f"{args.users:,} simulated users; latency at {args.rate:g} updates/s for "
        f"{args.seconds:g} s; machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    )
    ours = await measure(echo=False, history=None, **common)
    print(_row("support bot, empty database", ours), flush=True)
    if args.quick:
        return
    floor = await measure(echo=True, history=None, **common)
    print(_row("echo bot (floor)", floor), flush=True)
    history = (args.history_users, args.history_tickets)
    big = await measure(echo=False, history=history, **common)
    label = f"support bot, {history[0] // 1000}k users/{history[1] // 1000}k tickets"
    print(_row(label, big), flush=True)
    print()
    ratio = ours.updates_per_second / floor.updates_per_second
    print(f"throughput vs echo floor         {ratio:.2f}×  (target ≥ 0.70×)")
    print(f"p99 at {args.rate:g} updates/s            {ours.p99:.1f} ms  (target < 100 ms)")
    change = big.updates_per_second / ours.updates_per_second - 1
    print(
        f"with history: throughput {change:+.1%}, latency p50 {big.p50 / ours.p50 - 1:+.1%},"
        f" p95 {big.p95 / ours.p95 - 1:+.1%}, p99 {big.p99 / ours.p99 - 1:+.1%}"
        "  (target: no more than 20 % worse; p99 of a few ms moves by ±1-2 ms between runs)"
    )
    print(
        f"peak RSS                         {max(ours.peak_rss_mb, big.peak_rss_mb):.1f} MB"
        "  (target < 200 MB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--history-users", type=int, default=100_000)
    parser.add_argument("--history-tickets", type=int, default=200_000)
    parser.add_argument("--quick", action="store_true", help="only the support bot, empty database")
    args = parser.parse_args()
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
