from __future__ import annotations

import itertools
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.sandbox import peek
from bot.sandbox.emulator import BotApiEmulator
from bot.sandbox.pg_cluster import Cluster, start_cluster
from tests.e2e.harness import GROUP_ID, TOKEN, BotProcess
from tests.e2e.replica_fixtures import replica_cluster, replicas
from tests.people_fixtures import forum, make_agent, make_user, plain_group

# shared fixtures
__all__ = ["forum", "make_agent", "make_user", "plain_group", "replica_cluster", "replicas"]


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    emu = BotApiEmulator(TOKEN)
    await emu.start()
    yield emu
    await emu.stop()


# E2E_DATABASE=postgres runs the suite on PostgreSQL: a throw-away cluster for the session,
# a fresh database per test (tests that read SQLite's files themselves are marked sqlite_only).
ENGINE = os.environ.get("E2E_DATABASE", "sqlite")
_databases = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster | None]:
    if ENGINE != "postgres":
        yield None
        return
    cluster = start_cluster()
    yield cluster
    cluster.stop()


def _fresh_database(cluster: Cluster) -> str:
    name = f"e2e_{os.getpid()}_{next(_databases)}"
    peek.query(cluster.url, f"CREATE DATABASE {name}")
    return cluster.url_for(name)


@pytest.fixture
async def start_bot(emulator: BotApiEmulator, tmp_path: Path, pg_cluster: Cluster | None):
    """Start the bot with extra settings; it is stopped and its log checked afterwards."""
    started: list[BotProcess] = []
    database_url = _fresh_database(pg_cluster) if pg_cluster is not None else None

    async def start(**env: str) -> BotProcess:
        if database_url is not None:
            env.setdefault("DATABASE_URL", database_url)
        process = BotProcess(emulator, tmp_path, **env)
        await process.start()
        started.append(process)
        return process

    yield start
    for process in started:
        # Shown by pytest only when the test failed: the bot's side of the story.
        print("\n".join(process.log().splitlines()[-40:]))
        code = await process.stop()
        assert code in (0, None), f"bot did not stop cleanly ({code}):\n{process.log()}"
        if not process.errors_expected:
            assert "Traceback" not in process.log(), process.log()
        assert TOKEN.split(":")[1] not in process.log(), "the bot token leaked into the log"


@pytest.fixture
async def bot(start_bot) -> BotProcess:
    return await start_bot()


@pytest.fixture
async def desk_bot(start_bot):
    """The bot with the agent desk on (the test creates the group first)."""

    async def start(**env: str) -> BotProcess:
        return await start_bot(AGENT_CHAT_ID=str(GROUP_ID), **env)

    return start
