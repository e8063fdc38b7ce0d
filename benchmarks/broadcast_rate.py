"""Broadcast throughput: the real bot sends one announcement to N recipients (default 5,000)
on the Bot API emulator, which enforces Telegram's bot-wide budget of 30 messages a second
and answers 429 beyond it. Prints the achieved rate against BROADCAST_RATE and the 429 count.

    python benchmarks/broadcast_rate.py [--recipients 5000] [--rate 25]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from bot.sandbox.emulator import BotApiEmulator, BotEvent
from bot.sandbox.people import TgUser
from bot.sandbox.process import TOKEN, BotProcess

ADMIN_ID = 42
FIRST_USER = 1_000_000
TELEGRAM_BUDGET_PER_SECOND = 30
NOTICE = "Benchmark announcement: scheduled maintenance at 23:00 UTC."


def peak_per_second(times: list[float]) -> int:
    """The most sends inside any one-second window."""
    peak, start = 0, 0
    for end, moment in enumerate(times):
        while times[start] <= moment - 1.0:
            start += 1
        peak = max(peak, end - start + 1)
    return peak


async def run(recipients: int, rate: float) -> None:
    emulator = BotApiEmulator(TOKEN)
    emulator.limit_overall(TELEGRAM_BUDGET_PER_SECOND)
    await emulator.start()
    with tempfile.TemporaryDirectory() as workdir:
        bot = BotProcess(emulator, Path(workdir), ADMIN_IDS=str(ADMIN_ID), BROADCAST_RATE=str(rate))
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
            confirmed = emulator.last_seq
            admin.press(await admin.reply(), "Send now")
            started = time.monotonic()
            expected = recipients + 1  # and the admin
            await emulator.wait_until(
                lambda: len(_deliveries(emulator, confirmed)) >= expected,
                timeout=recipients / rate * 3 + 60,
            )
            wall = time.monotonic() - started
            times = [event.at for event in _deliveries(emulator, confirmed)]
            achieved = (len(times) - 1) / (times[-1] - times[0])
            per_user = {}
            for event in _deliveries(emulator, confirmed):
                per_user[event.chat_id] = per_user.get(event.chat_id, 0) + 1
            print(f"recipients                 {recipients:,} (+ the admin)")
            print(f"configured rate            {rate:g} messages/s")
            print(
                f"achieved rate              {achieved:.2f} messages/s "
                f"({achieved / rate:.1%} of the configured rate)"
            )
            print(
                f"busiest one-second window  {peak_per_second(times)} sends "
                f"(Telegram's budget: {TELEGRAM_BUDGET_PER_SECOND})"
            )
            print(f"wall time                  {wall:.1f} s")
            print(f"429 answers provoked       {emulator.overall_rate_limited}")
            print(
                f"recipients reached once    {sum(1 for n in per_user.values() if n == 1):,}"
                f" of {expected:,}; twice or more: {sum(1 for n in per_user.values() if n > 1)}"
            )
        finally:
            await bot.stop()
            await emulator.stop()


def _deliveries(emulator: BotApiEmulator, after: int) -> list[BotEvent]:
    """Announcements sent after the admin confirmed (the preview came before)."""
    return [e for e in emulator.events if e.seq > after and e.text == NOTICE]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=5000)
    parser.add_argument("--rate", type=float, default=25.0)
    args = parser.parse_args()
    asyncio.run(run(args.recipients, args.rate))


if __name__ == "__main__":
    main()
