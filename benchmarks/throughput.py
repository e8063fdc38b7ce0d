"""How fast the bot is, against two floors: a bare python-telegram-bot echo bot, and an echo
bot on our own HTTP stack without any framework (aiohttp + uvloop).

Runs the real bot (`python -m bot`, its own process) on the Bot API emulator with simulated
users sending mixed traffic (benchmarks/traffic.py: /start, menu presses, FAQ questions in
both languages, a feedback flow, tickets opened through "Talk to an agent", a follow-up relayed
to the ticket's topic, the agent's answer relayed back) and prints, for each bot, over
`--runs` interleaved runs (median and the spread):
  * updates handled per second (100 people at once, each waiting for the answer before the
    next step), and our throughput as a ratio of each floor's;
  * latency from an update's injection to the bot's first visible answer at a steady rate,
    for every rate of `--rates` (p50/p95/p99/max), by step kind at the first rate, and the
    rate where p99 first crosses 100 ms;
  * where the bot's time goes (DIAGNOSTICS_FILE): the event loop's lag, the database lock
    wait, the slowest handlers and Bot API calls;
  * peak RSS of the bot process; with `--history`, the same with 100,000 users and 200,000
    tickets already in the database.

    python benchmarks/throughput.py [--runs 3] [--rates 50,100,150,200] [--seconds 20]
    python benchmarks/throughput.py --quick [--rates 150]   # one run, our bot only
    python benchmarks/throughput.py --database both        # the bot on SQLite and PostgreSQL
    python benchmarks/throughput.py --replicas 1,2,3 --database postgres   # webhook replicas
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.history import seed_history
from benchmarks.memory import peak_rss_mb
from benchmarks.traffic import KINDS, Driver, closed_loop, open_loop, prepare, users_for
from bot.core.diagnostics import summarize
from bot.sandbox import peek
from bot.sandbox.emulator import BotApiEmulator
from bot.sandbox.people import GROUP_ID
from bot.sandbox.pg_cluster import Cluster, start_cluster
from bot.sandbox.process import TOKEN, BotProcess
from bot.sandbox.replica_group import start_replicas

ROOT = Path(__file__).resolve().parents[1]
CONCURRENCY = 100  # people using the bot at the same moment in the throughput run
ROUNDS = 3
THROUGHPUT_USERS = 700
REPLICAS = "pg-webhook-x"  # N replicas in webhook mode on PostgreSQL
FLOORS = {"echo-ptb": "echo_bot.py", "echo-aiohttp": "echo_bot_aiohttp.py"}
# The benchmark measures the bot's own cost, not the waits it imposes on purpose to stay within
# Telegram's limits (about 30 messages a second in all, 20 a minute per group, 1 a second per
# chat; see the desk and broadcast tests): like the echo bots, it runs without them here.
BOT_ENV = {
    "OVERALL_MAX_RATE": "1000000",
    "GROUP_MAX_MESSAGES": "1000000",
    "GROUP_WINDOW_SECONDS": "1",
    "PRIVATE_CHAT_INTERVAL_SECONDS": "0",
    "FLOOD_MAX_MESSAGES": "100000",
    "MAX_OPEN_TICKETS": "1000",
    "LOG_LEVEL": "WARNING",
}


@dataclass(slots=True)
class Latency:
    p50: float
    p95: float
    p99: float
    worst: float  # ms
    count: int

    @classmethod
    def of(cls, seconds: list[float]) -> Latency:
        if not seconds:
            return cls(float("nan"), float("nan"), float("nan"), float("nan"), 0)
        s = summarize(seconds)  # the bot's own diagnostics compute the same percentiles
        return cls(s.p50_ms, s.p95_ms, s.p99_ms, s.max_ms, s.count)


@dataclass(slots=True)
class RunResult:
    updates_per_second: float = 0.0
    by_rate: dict[float, Latency] = field(default_factory=dict)
    by_kind: dict[str, Latency] = field(default_factory=dict)  # at the first rate
    peak_rss_mb: float = float("nan")
    diagnostics: dict[str, dict[str, float]] = field(default_factory=dict)


_databases = itertools.count(1)  # a fresh PostgreSQL database per run


async def _start_floor(emulator: BotApiEmulator, script: str) -> asyncio.subprocess.Process:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(ROOT / "benchmarks" / script),
        env={**os.environ, "BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": emulator.url},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    await emulator.wait_until(lambda: emulator.calls["getUpdates"] > 0, timeout=30)
    return process


async def measure(
    which: str,
    *,
    rates: list[float],
    seconds: float,
    history: tuple[int, int] | None,
    diagnose: bool = True,
    cluster: Cluster | None = None,
) -> RunResult:
    emulator = BotApiEmulator(TOKEN)
    await emulator.start()
    latency_users = [users_for(rate, seconds) for rate in rates]
    plan = prepare(emulator, THROUGHPUT_USERS + sum(latency_users))
    result = RunResult()
    with tempfile.TemporaryDirectory() as workdir:
        diagnostics = Path(workdir) / "diagnostics.json"
        floor, bot, others = None, None, []
        if which in FLOORS:
            floor = await _start_floor(emulator, FLOORS[which])
            pid = floor.pid
        else:
            env = {**BOT_ENV, "DIAGNOSTICS_FILE": str(diagnostics)} if diagnose else BOT_ENV
            if which == "bot-pg":
                assert cluster is not None
                name = f"bench_{os.getpid()}_{next(_databases)}"
                peek.query(cluster.url, f"CREATE DATABASE {name}")
                env = {**env, "DATABASE_URL": cluster.url_for(name)}
            if which.startswith(REPLICAS):
                assert cluster is not None
                group = await _replicas(emulator, Path(workdir), cluster, which, env)
                bot, others = group[0], group[1:]
            else:
                bot = BotProcess(emulator, Path(workdir), AGENT_CHAT_ID=str(GROUP_ID), **env)
                await bot.start()
            if history is not None:
                await bot.stop()
                seed_history(bot.db_path, *history)
                await bot.start()
            pid = bot.pid
        try:
            driver = Driver(emulator, echo=floor is not None)
            # Throughput: three rounds of fresh users; the median round is reported.
            rounds = []
            for part in range(ROUNDS):
                chunk = plan[
                    part * THROUGHPUT_USERS // ROUNDS : (part + 1) * THROUGHPUT_USERS // ROUNDS
                ]
                updates, elapsed = await closed_loop(driver, chunk, CONCURRENCY)
                rounds.append(updates / elapsed)
            result.updates_per_second = statistics.median(rounds)
            start = THROUGHPUT_USERS
            for rate, users in zip(rates, latency_users, strict=True):
                if bot is not None:  # the desk finishes posting before the next rate
                    await emulator.wait_until(lambda: bot.outbox_empty(), timeout=60)
                by_kind = await open_loop(driver, plan[start : start + users], rate, seconds)
                start += users
                result.by_rate[rate] = Latency.of([s for v in by_kind.values() for s in v])
                if not result.by_kind:
                    result.by_kind = {k: Latency.of(v) for k, v in by_kind.items()}
            result.peak_rss_mb = peak_rss_mb(pid)
        finally:
            for other in others:
                await other.stop()
            if bot is not None:
                await bot.stop()
                if diagnostics.is_file():
                    result.diagnostics = json.loads(diagnostics.read_text())
            if floor is not None:
                floor.terminate()
                await floor.wait()
            await emulator.stop()
    return result


async def _replicas(
    emulator: BotApiEmulator, workdir: Path, cluster: Cluster, which: str, env: dict[str, str]
) -> list[BotProcess]:
    """N replicas in webhook mode on one fresh PostgreSQL database (--replicas)."""
    name = f"bench_{os.getpid()}_{next(_databases)}"
    peek.query(cluster.url, f"CREATE DATABASE {name}")
    count = int(which.removeprefix(REPLICAS))
    # Diagnostics from the first replica only (they would overwrite one another's file).
    (first,) = await start_replicas(
        emulator, workdir, cluster.url_for(name), 1, AGENT_CHAT_ID=str(GROUP_ID), **env
    )
    plain = {k: v for k, v in env.items() if k != "DIAGNOSTICS_FILE"}
    rest = await start_replicas(
        emulator,
        workdir,
        cluster.url_for(name),
        count - 1,
        first=1,
        AGENT_CHAT_ID=str(GROUP_ID),
        **plain,
    )
    return [first, *rest]


def spread(values: list[float], digits: int = 1) -> str:
    if len(values) == 1:
        return f"{values[0]:.{digits}f}"
    return (
        f"{statistics.median(values):.{digits}f} "
        f"({min(values):.{digits}f}–{max(values):.{digits}f})"
    )


def report(results: dict[str, list[RunResult]], rates: list[float]) -> None:
    bots = [name for name in results if name.startswith("bot")]
    ours = results[bots[0]]
    print("\nthroughput, updates/s (median of runs, with the range)")
    for name, runs in results.items():
        print(f"  {name:<14} {spread([r.updates_per_second for r in runs])}")
    pairs = [(bot, floor) for bot in bots for floor in FLOORS if floor in results]
    if len(bots) == 2:
        pairs.insert(0, (bots[1], bots[0]))  # PostgreSQL against SQLite
    for top, bottom in pairs:
        ratios = [
            t.updates_per_second / b.updates_per_second
            for t, b in zip(results[top], results[bottom], strict=True)
        ]
        print(f"  ratio {top} / {bottom:<12} {spread(ratios, 2)}×")
    print("\nlatency, ms: injection → first visible answer (median of runs, with the range)")
    for name, runs in results.items():
        for rate in rates:
            print(
                f"  {name:<14} {rate:5g}/s  p50 {spread([r.by_rate[rate].p50 for r in runs])}"
                f"  p99 {spread([r.by_rate[rate].p99 for r in runs])}"
                f"  max {spread([r.by_rate[rate].worst for r in runs])}"
            )
    crossing = [
        rate for rate in rates if statistics.median(r.by_rate[rate].p99 for r in ours) > 100
    ]
    print(f"  bot p99 first above 100 ms at: {crossing[0] if crossing else 'none of'} {rates}/s")
    print(f"\nthe bot by step kind at {rates[0]:g}/s, ms")
    for kind in KINDS:
        seen = [r.by_kind[kind] for r in ours if kind in r.by_kind]
        if seen:
            p50, p99 = spread([s.p50 for s in seen]), spread([s.p99 for s in seen])
            print(
                f"  {kind:<16} p50 {p50}  p99 {p99}"
                f"  max {spread([s.worst for s in seen])}  ({seen[0].count} steps)"
            )
    if ours[-1].diagnostics:
        print("\nwhere the bot's time goes (all rates of a run; the last run)")
        _where_time_goes(ours[-1].diagnostics)
    for bot in bots:
        print(f"\npeak RSS, MB: {bot} {spread([r.peak_rss_mb for r in results[bot]])}")


def _where_time_goes(diagnostics: dict[str, dict[str, float]]) -> None:
    def line(name: str) -> str:
        d = diagnostics[name]
        return (
            f"  {name:<44} n {int(d['count']):>6}  p50 {d['p50_ms']:6.2f}  p99 {d['p99_ms']:7.2f}"
            f"  max {d['max_ms']:7.1f}  total {d['total_ms'] / 1000:6.2f} s"
        )

    for name in (
        "loop.lag",
        "db.lock_wait",
        "db.statement",
        "db.transaction",
        "update.handled",
        "update.checkpoint",
        "understanding.batch",
    ):
        if name in diagnostics:
            print(line(name))
    timed = [
        k for k in diagnostics if k.startswith(("handler.", "api.")) and "p99_ms" in diagnostics[k]
    ]
    for name in sorted(timed, key=lambda k: -diagnostics[k]["total_ms"])[:12]:
        print(line(name))
    for name, level in diagnostics.items():
        if name.startswith("level:"):
            print(f"  {name:<44} mean {level['mean']:.1f}  max {level['max']:.0f}")


async def main_async(args: argparse.Namespace) -> None:
    rates = [float(r) for r in args.rates.split(",")]
    print(
        f"{THROUGHPUT_USERS} users for throughput, fresh users per rate; rates {rates}/s for"
        f" {args.seconds:g} s each; {args.runs} run(s); machine: {os.cpu_count()} CPUs,"
        f" Python {sys.version.split()[0]}"
    )
    bots = {"sqlite": ["bot"], "postgres": ["bot-pg"], "both": ["bot", "bot-pg"]}[args.database]
    if args.replicas:  # beside the SQLite single process, as the README compares them
        bots = ["bot", *(f"{REPLICAS}{n}" for n in args.replicas.split(","))]
        args.database = "postgres"
    names = bots if args.quick or not args.floors else [*bots, *FLOORS]
    cluster = start_cluster() if args.database != "sqlite" else None
    results: dict[str, list[RunResult]] = {name: [] for name in names}
    history = (args.history_users, args.history_tickets) if args.history else None
    for run in range(args.runs):
        for name in names:  # interleaved, so a machine that slows down hurts all alike
            result = await measure(
                name,
                rates=rates,
                seconds=args.seconds,
                history=history,
                diagnose=args.diagnose,
                cluster=cluster,
            )
            results[name].append(result)
            p99 = ", ".join(f"{r:g}/s p99 {result.by_rate[r].p99:.1f}" for r in rates)
            print(
                f"run {run + 1} {name:<13} {result.updates_per_second:6.1f} upd/s  {p99}",
                flush=True,
            )
    if cluster is not None:
        cluster.stop()
    report(results, rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rates", default=None, help="default 50,100,150,200 (--quick: 100)")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--history", action="store_true", help="100k users, 200k tickets seeded")
    parser.add_argument("--history-users", type=int, default=100_000)
    parser.add_argument("--history-tickets", type=int, default=200_000)
    parser.add_argument("--quick", action="store_true", help="one run of our bot only")
    parser.add_argument(
        "--no-floors", dest="floors", action="store_false", help="our bot(s) only, every run"
    )
    parser.add_argument(
        "--database",
        choices=("sqlite", "postgres", "both"),
        default="sqlite",
        help="the bot on SQLite (default), on PostgreSQL (a throw-away local cluster), or both",
    )
    parser.add_argument(
        "--replicas",
        default="",
        help="e.g. 1,2,3: that many replicas in webhook mode on PostgreSQL, beside the bot on"
        " SQLite",
    )
    parser.add_argument(
        "--no-diagnostics",
        dest="diagnose",
        action="store_false",
        help="run the bot without DIAGNOSTICS_FILE (its timers cost a little)",
    )
    args = parser.parse_args()
    if args.quick:
        args.runs = 1
    args.rates = args.rates or ("100" if args.quick else "50,100,150,200")
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
