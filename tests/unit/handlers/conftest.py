"""Handler tests run the real application in-process (tests/inprocess.py): the same fixture
names as tests/e2e, so a test reads the same at either level."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from pathlib import Path

import pytest

from bot.sandbox.emulator import BotApiEmulator
from bot.sandbox.people import TgAgent, TgUser
from tests.inprocess import InProcessBot, running_bot, started_emulator


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    async with started_emulator() as emu:
        yield emu


@pytest.fixture
async def start_bot(
    emulator: BotApiEmulator, tmp_path: Path
) -> AsyncIterator[Callable[..., Awaitable[InProcessBot]]]:
    """Start the bot with setting overrides (Settings field names); stopped after the test."""
    async with AsyncExitStack() as stack:

        async def start(**overrides: object) -> InProcessBot:
            return await stack.enter_async_context(running_bot(emulator, tmp_path, **overrides))

        yield start


@pytest.fixture
async def bot(start_bot: Callable[..., Awaitable[InProcessBot]]) -> InProcessBot:
    return await start_bot()


@pytest.fixture
def make_user(bot: InProcessBot) -> Callable[..., TgUser]:
    return bot.user


@pytest.fixture
def make_agent(bot: InProcessBot) -> Callable[..., TgAgent]:
    return bot.agent
