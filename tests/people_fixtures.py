"""Fixtures both handler-test levels share (tests/unit/handlers in-process, tests/e2e as a
process): people made on the emulator and the agents' group. Each level's conftest imports
them and adds its own `emulator`, `start_bot`, `bot` and `desk_bot`."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from bot.sandbox.emulator import BotApiEmulator
from bot.sandbox.people import GROUP_ID, TgAgent, TgUser

# People are made on the emulator, not through a bot: a test that starts its own bot with
# start_bot(...) gets no second one polling beside it.
_user_ids = itertools.count(100_001)
_agent_ids = itertools.count(900_001)


@pytest.fixture
def make_user(emulator: BotApiEmulator) -> Callable[..., TgUser]:
    def make(first_name: str = "Ann", language_code: str | None = "en") -> TgUser:
        return TgUser.create(emulator, next(_user_ids), first_name, language_code)

    return make


@pytest.fixture
def make_agent(emulator: BotApiEmulator) -> Callable[..., TgAgent]:
    def make(first_name: str = "Lin", *, member: bool = True, language: str = "zh") -> TgAgent:
        return TgAgent.create(
            emulator, next(_agent_ids), first_name, member=member, language_code=language
        )

    return make


@pytest.fixture
def forum(emulator: BotApiEmulator) -> int:
    emulator.add_group(GROUP_ID, "Support desk", is_forum=True)
    return GROUP_ID


@pytest.fixture
def plain_group(emulator: BotApiEmulator) -> int:
    emulator.add_group(GROUP_ID, "Support desk", is_forum=False)
    return GROUP_ID
