"""The in-process harness fails a test whose bot logged a traceback, as the e2e harness does."""

from __future__ import annotations

from pathlib import Path

import pytest
from telegram.ext import CommandHandler

from bot.sandbox.emulator import BotApiEmulator
from tests.inprocess import running_bot


async def _boom(update: object, context: object) -> None:
    raise RuntimeError("a handler bug")


async def test_a_logged_traceback_fails_the_block(emulator: BotApiEmulator, tmp_path: Path):
    with pytest.raises(AssertionError, match="a handler bug"):
        async with running_bot(emulator, tmp_path) as bot:
            bot.application.add_handler(CommandHandler("boom", _boom), group=-100)
            user = bot.user()
            user.send("/boom")
            await user.reply()  # the error handler's apology
