"""Handler tests run the real application in-process (tests/inprocess.py): the same fixture
names as tests/e2e, so a test reads the same at either level."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from pathlib import Path

import pytest

from bot.sandbox.emulator import BotApiEmulator
from bot.sandbox.people import GROUP_ID, TgAgent, TgUser
from tests.inprocess import (
    FIRST_AGENT_ID,
    FIRST_USER_ID,
    InProcessBot,
    running_bot,
    started_emulator,
)


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


# People are made on the emulator, not through a bot: a test that starts its own bot with
# start_bot(...) must not get a second one polling beside it.
_user_ids = itertools.count(FIRST_USER_ID)
_agent_ids = itertools.count(FIRST_AGENT_ID)


@pytest.fixture
def make_user(emulator: BotApiEmulator) -> Callable[..., TgUser]:
    def make(first_name: str = "Ann", language_code: str | None = "en") -> TgUser:
        return TgUser.create(emulator, next(_user_ids), first_name, language_code)

    return make


@pytest.fixture
def make_agent(emulator: BotApiEmulator) -> Callable[..., TgAgent]:
    def make(first_name: str = "Lin", *, member: bool = True) -> TgAgent:
        return TgAgent.create(emulator, next(_agent_ids), first_name, member=member)

    return make


@pytest.fixture
def forum(emulator: BotApiEmulator) -> int:
    emulator.add_group(GROUP_ID, "Support desk", is_forum=True)
    return GROUP_ID


@pytest.fixture
def plain_group(emulator: BotApiEmulator) -> int:
    emulator.add_group(GROUP_ID, "Support desk", is_forum=False)
    return GROUP_ID


@pytest.fixture
def desk_bot(
    start_bot: Callable[..., Awaitable[InProcessBot]],
) -> Callable[..., Awaitable[InProcessBot]]:
    """The bot with the agent desk on (the test creates the group first)."""

    async def start(**env: str) -> InProcessBot:
        return await start_bot(AGENT_CHAT_ID=str(GROUP_ID), **env)

    return start
