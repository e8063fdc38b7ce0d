"""Handler tests run the real application in-process (tests/inprocess.py): the same fixture
names as tests/e2e, so a test reads the same at either level."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from pathlib import Path

import pytest

from bot.sandbox.emulator import BotApiEmulator
from bot.sandbox.people import GROUP_ID
from tests.inprocess import InProcessBot, running_bot, started_emulator
from tests.people_fixtures import forum, make_agent, make_user, plain_group

__all__ = ["forum", "make_agent", "make_user", "plain_group"]  # shared fixtures


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
            # e2e tests name settings as environment variables (FLOOD_MAX_MESSAGES="20"); the
            # same call works here: pydantic-settings fields are those names in lower case.
            fields = {name.lower(): value for name, value in overrides.items()}
            return await stack.enter_async_context(running_bot(emulator, tmp_path, **fields))

        yield start


@pytest.fixture
async def bot(start_bot: Callable[..., Awaitable[InProcessBot]]) -> InProcessBot:
    return await start_bot()


@pytest.fixture
def desk_bot(
    start_bot: Callable[..., Awaitable[InProcessBot]],
) -> Callable[..., Awaitable[InProcessBot]]:
    """The bot with the agent desk on (the test creates the group first)."""

    async def start(**env: str) -> InProcessBot:
        return await start_bot(AGENT_CHAT_ID=str(GROUP_ID), **env)

    return start
