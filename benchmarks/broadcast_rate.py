"""Broadcast throughput: the real bot sends one announcement to N recipients (default 5,000)
on the Bot API emulator, which enforces Telegram's bot-wide budgets: 30 messages a second,
and 1,000 a second for sends that set allow_paid_broadcast, answering 429 beyond them.
Prints the achieved rate against the configured one, the busiest second, the 429 count,
whether every recipient got it exactly once, the Stars a paid one cost and the bot's peak RSS.

    python benchmarks/broadcast_rate.py [--recipients 5000] [--rate 25]
    python benchmarks/broadcast_rate.py --paid --rate 1000 --recipients 50000 [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.memory import peak_rss_mb
from bot.sandbox.emulator import BotApiEmulator, BotEvent
from bot.sandbox.people import TgUser
from bot.sandbox.process import TOKEN, BotProcess

ADMIN_ID = 42
FIRST_USER = 1_000_000
TELEGRAM_BUDGET_PER_SECOND = 30
PAID_BUDGET_PER_SECOND = 1000
NOTICE = "Benchmark announcement: scheduled maintenance at 23:00 UTC."


@dataclass(frozen=True, slots=True)
class RunResult:
    achieved: float  # messages a second, first to last delivery
    busiest_second: int
    wall_seconds: float
    rate_limited: int  # 429 answers
    once: int  # recipients (and the admin) reached exactly once
    more_than_once: int
    stars: float
    peak_rss_mb: float


def peak_per_second(times: list[float]) -> int:
    """The most sends inside any one-second window."""
    peak, start = 0, 0
    for end, moment in enumerate(times):
        while times[start] <= moment - 1.0:
            start += 1
        peak = max(peak, end - start + 1)
    return peak


async def run_once(recipients: int, rate: float, *, paid: bool) -> RunResult:
    emulator = BotApiEmulator(TOKEN)
    emulator.limit_overall(TELEGRAM_BUDGET_PER_SECOND, paid_per_second=PAID_BUDGET_PER_SECOND)
    await emulator.start()
    rate_setting = (
        {"BROADCAST_PAID": "1", "BROADCAST_PAID_RATE": f"{rate:g}"}
        if paid
        else {"BROADCAST_RATE": f"{rate:g}"}
    )
    with tempfile.TemporaryDirectory() as workdir:
        bot = BotProcess(emulator, Path(workdir), ADMIN_IDS=str(ADMIN_ID), **rate_setting)
        await bot.start()
        try:
            users = [(FIRST_USER + n, "zh" if n % 2 else "en") for n in range(recipients)]
            for user_id, locale in users:
                emulator.add_user(user_id, f"u{user_id}", language_code=locale)
            bot.seed_users(users)
            admin = TgUser.create(emulator, ADMIN_ID, "Admin", "en")
            admin.send("/broadcast")
            await admin.reply()
            admin.send(NOTICE)
            admin.press(await admin.reply(), "Everyone")
            await admin.reply()  # the preview
            confirmation = await admin.reply()
            if paid:
                admin.press(confirmation, "Send faster")
                await admin.reply()
                confirmation = await admin.reply()
            deliveries: list[BotEvent] = []
            everyone = asyncio.Event()
            expected = recipients + 1  # and the admin

            def delivered(event: BotEvent) -> None:
                # A listener, not a scan of every event on each change: 50,000 of them.
                if event.text == NOTICE:
                    deliveries.append(event)
                    if len(deliveries) >= expected:
                        everyone.set()

            emulator.listeners.append(delivered)
            stars_before = emulator.star_balance_tenths
            admin.press(confirmation, "Send now")
            started = time.monotonic()
            with contextlib.suppress(TimeoutError):  # reported below as not reached
                await asyncio.wait_for(everyone.wait(), recipients / rate * 3 + 60)
            wall = time.monotonic() - started
            times = [event.at for event in deliveries]
            per_user = Counter(event.chat_id for event in deliveries)
            return RunResult(
                achieved=(len(times) - 1) / (times[-1] - times[0]),
                busiest_second=peak_per_second(times),
                wall_seconds=wall,
                rate_limited=emulator.overall_rate_limited,
                once=sum(1 for n in per_user.values() if n == 1),
                more_than_once=sum(1 for n in per_user.values() if n > 1),
                stars=(stars_before - emulator.star_balance_tenths) / 10,
                peak_rss_mb=peak_rss_mb(bot.pid),
            )
        finally:
            await bot.stop()
            await emulator.stop()


def spread(values: list[float], unit: str, digits: int = 1) -> str:
    middle = statistics.median(values)
    return f"{middle:.{digits}f} {unit} (runs: {', '.join(f'{v:.{digits}f}' for v in values)})"


async def run(recipients: int, rate: float, *, paid: bool, runs: int) -> None:
    results = [await run_once(recipients, rate, paid=paid) for _ in range(runs)]
    budget = PAID_BUDGET_PER_SECOND if paid else TELEGRAM_BUDGET_PER_SECOND
    print(f"recipients                 {recipients:,} (+ the admin), {runs} run(s)")
    print(f"configured rate            {rate:g} messages/s ({'paid' if paid else 'free'})")
    print(f"achieved rate              {spread([r.achieved for r in results], 'messages/s', 2)}")
    print(
        f"busiest one-second window  {max(r.busiest_second for r in results)} sends "
        f"(Telegram's budget: {budget})"
    )
    print(f"wall time                  {spread([r.wall_seconds for r in results], 's')}")
    print(f"429 answers provoked       {sum(r.rate_limited for r in results)}")
    print(
        f"recipients reached once    {min(r.once for r in results):,} of {recipients + 1:,}"
        f" (fewest over the runs); twice or more: {max(r.more_than_once for r in results)}"
    )
    if paid:
        print(f"Stars spent                {spread([r.stars for r in results], 'Stars')}")
    print(f"bot peak RSS               {spread([r.peak_rss_mb for r in results], 'MB')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=5000)
    parser.add_argument("--rate", type=float, default=None, help="default 25, or 1000 paid")
    parser.add_argument("--paid", action="store_true", help="send with allow_paid_broadcast")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    rate = args.rate if args.rate is not None else (1000.0 if args.paid else 25.0)
    asyncio.run(run(args.recipients, rate, paid=args.paid, runs=args.runs))


if __name__ == "__main__":
    main()
