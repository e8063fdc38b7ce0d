"""A peak, replayed against Telegram's group budget: users write on their open tickets at
`--per-minute` messages a minute for `--minutes`, spread over `--tickets` open tickets in three
agents' groups (AGENT_ROUTES; plain groups, the tickets' cards already posted), with the Bot API
emulator enforcing Telegram's limits (20 messages a minute per group, 30 a second in all) and
the bot running with its real budgets.

It prints how many relays arrived, in the right group and in order per ticket, the 429s
Telegram (the emulator) answered, the delay from a user's message to its relay in the group
(p50/p95/max), how long the groups took to catch up after the peak, and how many group
messages carried them (a ticket's queued texts go out as one while its group is out of budget).

With --web-desk the bot runs with its web desk on: the groups get notifications only, and an
agent's browser (benchmarks/web_desk_watch.py) follows the live events; the report prints how
soon each message was visible in the workspace, and what the groups received.

    python benchmarks/peak_replay.py [--per-minute 200] [--minutes 10] [--tickets 1000]
                                     [--web-desk]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import re
import socket
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.throughput import Latency
from benchmarks.web_desk_watch import WebDeskWatcher
from bot.sandbox.emulator import BotApiEmulator, BotEvent
from bot.sandbox.people import GROUP_ID
from bot.sandbox.process import TOKEN, BotProcess

GROUPS = {"default": GROUP_ID, "english": GROUP_ID - 1, "funds": GROUP_ID - 2}
RULES = f"english {GROUPS['english']} language=en; funds {GROUPS['funds']} category=funds"
FIRST_USER = 3_000_000
AGENT = 2_999_999  # the agent whose browser watches the web desk
MARK = re.compile(r"P(\d+)n(\d+)")  # ticket number, message number within the ticket


@dataclass(slots=True)
class Peak:
    route_of: dict[int, str]  # ticket number → its route
    sent_at: dict[tuple[int, int], float] = field(default_factory=dict)
    arrived_at: dict[tuple[int, int], float] = field(default_factory=dict)
    last_in_order: dict[int, int] = field(default_factory=dict)
    wrong_group: int = 0
    out_of_order: int = 0
    group_messages: Counter[int] = field(default_factory=Counter)

    def on_event(self, event: BotEvent) -> None:
        if event.chat_id not in GROUPS.values() or event.method != "sendMessage":
            return
        self.group_messages[event.chat_id] += 1
        for ticket_text, number_text in MARK.findall(event.text):
            ticket, number = int(ticket_text), int(number_text)
            if (ticket, number) in self.arrived_at:
                continue
            self.arrived_at[(ticket, number)] = event.at
            if event.chat_id != GROUPS[self.route_of[ticket]]:
                self.wrong_group += 1
            if number <= self.last_in_order.get(ticket, 0):
                self.out_of_order += 1
            self.last_in_order[ticket] = max(number, self.last_in_order.get(ticket, 0))


def seed(db_path: Path, tickets: int) -> dict[int, str]:
    """Users and their open tickets, cards posted and first answers given a minute ago (so no
    SLA reminder competes for the groups' budget); a third in each route."""
    routes = list(GROUPS)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    route_of = {n: routes[n % 3] for n in range(1, tickets + 1)}
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO users (id, locale, first_name, first_seen_at, last_seen_at)"
            " VALUES (?, 'zh', ?, '2026-11-01T00:00:00+00:00', '2026-11-01T00:00:00+00:00')",
            ((FIRST_USER + n, f"u{n}") for n in route_of),
        )
        conn.executemany(
            "INSERT INTO tickets (id, reference, user_id, category, priority, status, subject,"
            " created_at, updated_at, first_response_at, card_message_id, route)"
            " VALUES (?, ?, ?, 'question', 'normal', 'in_progress', 'subject-question',"
            " ?, ?, ?, 1, ?)",
            (
                (n, f"TP-{n:06d}", FIRST_USER + n, now, now, now, route)
                for n, route in route_of.items()
            ),
        )
    return route_of


async def replay(args: argparse.Namespace) -> None:
    emulator = BotApiEmulator(TOKEN)
    await emulator.start()
    for name, chat in GROUPS.items():
        emulator.add_group(chat, f"Desk {name}", is_forum=False)
    for n in range(1, args.tickets + 1):
        emulator.add_user(FIRST_USER + n, f"u{n}", language_code="zh")
    emulator.limit_groups(20, 60)
    emulator.limit_overall(30)
    port = _free_port()
    web = {"WEB_DESK_PORT": str(port), "AGENT_IDS": str(AGENT)} if args.web_desk else {}
    watcher = WebDeskWatcher(f"http://127.0.0.1:{port}", TOKEN, AGENT) if args.web_desk else None
    with tempfile.TemporaryDirectory() as workdir:
        bot = BotProcess(
            emulator,
            Path(workdir),
            AGENT_CHAT_ID=str(GROUP_ID),
            AGENT_ROUTES=RULES,
            MAX_OPEN_TICKETS="5",
            FLOOD_MAX_MESSAGES="1000",
            LOG_LEVEL="WARNING",
            **web,
        )
        await bot.start()
        await bot.stop()
        peak = Peak(seed(bot.db_path, args.tickets))
        emulator.listeners.append(peak.on_event)
        await bot.start()
        if watcher is not None:
            await watcher.start()
        try:
            await _load(emulator, peak, args, watcher)
            ended = time.monotonic()
            if watcher is not None:
                await _watch_out(emulator, watcher)
                await watcher.stop()
                await bot.stop()
                await emulator.stop()
                _report_web(args, peak, emulator, watcher)
                return
            expected = len(peak.sent_at)
            # Three groups at 20 a minute, and five minutes more.
            timeout = expected + 300
            with contextlib.suppress(TimeoutError):  # the report says how many never arrived
                await emulator.wait_until(lambda: len(peak.arrived_at) >= expected, timeout=timeout)
            caught_up = max(peak.arrived_at.values(), default=ended) - ended
        finally:
            await bot.stop()
            await emulator.stop()
    _report(args, peak, emulator, caught_up)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _watch_out(emulator: BotApiEmulator, watcher: WebDeskWatcher) -> None:
    """Wait (a little) for the last messages to show in the workspace."""
    with contextlib.suppress(TimeoutError):
        await emulator.wait_until(
            lambda: len(watcher.visible_at) >= len(watcher.sent_at), timeout=30
        )


async def _load(
    emulator: BotApiEmulator,
    peak: Peak,
    args: argparse.Namespace,
    watcher: WebDeskWatcher | None = None,
) -> None:
    rng = random.Random(7)
    counts: Counter[int] = Counter()
    interval = 60 / args.per_minute
    start = time.monotonic()
    for k in range(int(args.per_minute * args.minutes)):
        delay = start + k * interval - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        ticket = rng.randint(1, args.tickets)
        counts[ticket] += 1
        peak.sent_at[(ticket, counts[ticket])] = time.monotonic()
        if watcher is not None:
            watcher.expect(ticket, counts[ticket])
        emulator.user_message(
            FIRST_USER + ticket, f"还有一个情况 P{ticket}n{counts[ticket]} 请帮我看看"
        )


def _report(
    args: argparse.Namespace, peak: Peak, emulator: BotApiEmulator, caught_up: float
) -> None:
    sent, arrived = len(peak.sent_at), len(peak.arrived_at)
    delays = [
        peak.arrived_at[key] - at for key, at in peak.sent_at.items() if key in peak.arrived_at
    ]
    lat = Latency.of(delays)
    print(
        f"peak: {args.per_minute:g} user messages a minute for {args.minutes:g} min over"
        f" {args.tickets} open tickets in 3 groups (20 a minute each); machine:"
        f" {os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    )
    print(
        f"  relays arrived: {arrived} of {sent}; in the wrong group: {peak.wrong_group};"
        f" out of order within a ticket: {peak.out_of_order}"
    )
    print(
        f"  429 answered: group {emulator.rate_limited}, overall"
        f" {emulator.overall_rate_limited}, private {emulator.private_rate_limited}"
    )
    print(
        f"  delay, user message → its relay in the group: p50 {lat.p50 / 1000:.1f} s"
        f"  p95 {lat.p95 / 1000:.1f} s  max {lat.worst / 1000:.1f} s"
    )
    print(f"  the groups caught up {caught_up:.0f} s after the peak ended")
    carried = sum(peak.group_messages.values())
    print(
        f"  group messages: {carried} ({', '.join(f'{n}' for n in peak.group_messages.values())}"
        f" per group), {arrived / max(carried, 1):.2f} relays per message"
    )


def _report_web(
    args: argparse.Namespace, peak: Peak, emulator: BotApiEmulator, watcher: WebDeskWatcher
) -> None:
    sent, seen = len(watcher.sent_at), len(watcher.visible_at)
    delays = [
        watcher.visible_at[k] - at for k, at in watcher.sent_at.items() if k in watcher.visible_at
    ]
    lat = Latency.of(delays)
    late = sum(1 for d in delays if d > 1.0)
    print(
        f"peak with the web desk: {args.per_minute:g} user messages a minute for"
        f" {args.minutes:g} min over {args.tickets} open tickets in 3 groups; machine:"
        f" {os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    )
    print(
        f"  visible in the workspace: {seen} of {sent}; delay p50 {lat.p50:.0f} ms"
        f"  p95 {lat.p95:.0f} ms  max {lat.worst:.0f} ms; later than 1 s: {late}"
        f"  ({watcher.pages_loaded} ticket pages loaded)"
    )
    print(
        f"  the groups received {sum(peak.group_messages.values())} messages, relays among"
        f" them: {len(peak.arrived_at)}; 429 answered: group {emulator.rate_limited}, overall"
        f" {emulator.overall_rate_limited}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-minute", type=float, default=200.0)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--tickets", type=int, default=1000)
    parser.add_argument("--web-desk", action="store_true", help="agents work in the web desk")
    asyncio.run(replay(parser.parse_args()))


if __name__ == "__main__":
    main()
