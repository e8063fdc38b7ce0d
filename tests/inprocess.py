"""The real application in the test's own event loop, against the Bot API emulator: handler
tests drive it through the same TgUser/TgAgent as the process-level tests, in milliseconds.

    async with started_emulator() as emulator, running_bot(emulator, tmp_path) as bot:
        user = bot.user("Ann", "en")
        user.send("/start")
        assert (await user.reply()).text.startswith("Hi Ann!")

Restarts, kills, faults and the browser stay with tests/e2e (a real `python -m bot`).
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram import Update

from bot.app import SupportApplication, build_application
from bot.core.config import Settings
from bot.sandbox.emulator import BotApiEmulator
from bot.sandbox.people import TgAgent, TgUser
from bot.sandbox.process import TOKEN

# What the e2e harness gives every bot process (bot/sandbox/process.py), as settings.
DEFAULTS: dict[str, object] = {
    "default_locale": "zh",
    # Tests run at any hour: agents are "at work" unless a test says otherwise.
    "business_hours": "00:00-24:00",
    "business_days": "1-7",
    # Scripted users type far faster than people.
    "flood_max_messages": 1000,
}
FIRST_USER_ID = 100_001
FIRST_AGENT_ID = 900_001


class _ErrorLog(logging.Handler):
    """Log records that carry a traceback: what the e2e tests look for in the bot's log."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:
            self.records.append(record)


@dataclass
class InProcessBot:
    """The running application, the emulator it talks to, and people to drive it with."""

    emulator: BotApiEmulator
    application: SupportApplication
    settings: Settings
    errors_expected: bool = False  # a test that provokes errors on purpose sets this
    _user_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(FIRST_USER_ID))
    _agent_ids: itertools.count[int] = field(
        default_factory=lambda: itertools.count(FIRST_AGENT_ID)
    )

    def user(self, first_name: str = "Ann", language_code: str | None = "en") -> TgUser:
        """A new person in a private chat with the bot."""
        return TgUser.create(self.emulator, next(self._user_ids), first_name, language_code)

    def agent(self, first_name: str = "Lin", *, member: bool = True) -> TgAgent:
        """A new person in the agents' group (a member of it unless told otherwise)."""
        return TgAgent.create(self.emulator, next(self._agent_ids), first_name, member=member)

    def query(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        """Read the bot's database as an operator would (a separate connection)."""
        with sqlite3.connect(self.settings.database_path) as conn:
            return conn.execute(sql, params).fetchall()


@asynccontextmanager
async def started_emulator() -> AsyncIterator[BotApiEmulator]:
    """The Bot API emulator on a free local port, stopped afterwards."""
    emulator = BotApiEmulator(TOKEN)
    await emulator.start()
    try:
        yield emulator
    finally:
        await emulator.stop()


def make_settings(emulator: BotApiEmulator, workdir: Path, **overrides: object) -> Settings:
    """The settings of a bot against `emulator` with its database in `workdir`; overrides use
    the Settings field names (agent_chat_id=..., admin_ids=frozenset({...}))."""
    values: dict[str, Any] = {
        "bot_token": TOKEN,
        "telegram_api_url": emulator.url,
        "database_path": workdir / "support.db",
        **DEFAULTS,
        **overrides,
    }
    # No .env file: a developer's own settings must not change what a test sees.
    # _env_file is an argument of BaseSettings.__init__, not a field, so mypy does not see it.
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@asynccontextmanager
async def running_bot(
    emulator: BotApiEmulator, workdir: Path, **overrides: object
) -> AsyncIterator[InProcessBot]:
    """build_application(settings) started as `python -m bot` starts it (run_polling's steps,
    hooks included), polling `emulator` until the block ends; then a clean shutdown. A logged
    traceback fails the block unless the test set errors_expected."""
    settings = make_settings(emulator, workdir, **overrides)
    application = build_application(settings)
    bot = InProcessBot(emulator, application, settings)
    errors = _ErrorLog()
    logging.getLogger().addHandler(errors)
    try:
        try:
            await _start(application)
            yield bot
        finally:
            await _stop(application)  # also after a failed start: what did start is shut down
    finally:
        logging.getLogger().removeHandler(errors)
    if errors.records and not bot.errors_expected:
        formatter = logging.Formatter()
        raise AssertionError("\n".join(formatter.format(r) for r in errors.records))


async def _start(application: SupportApplication) -> None:
    # Application.run_polling's start, without its own event loop and signal handlers.
    await application.initialize()
    if application.post_init:
        await application.post_init(application)
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0.0, allowed_updates=Update.ALL_TYPES)
    await application.start()


async def _stop(application: SupportApplication) -> None:
    # Application.run_polling's shutdown, in its order.
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()
        if application.post_stop:
            await application.post_stop(application)
    await application.shutdown()
    if application.post_shutdown:
        await application.post_shutdown(application)
