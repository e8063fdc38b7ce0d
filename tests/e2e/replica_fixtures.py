"""Several bot processes in webhook mode on one PostgreSQL database, with the emulator posting
each update to one of them in turn (replicas behind a balancer)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.sandbox import peek
from bot.sandbox.emulator import BotApiEmulator
from bot.sandbox.pg_cluster import Cluster, start_cluster
from bot.sandbox.replica_group import start_replicas
from tests.e2e.harness import GROUP_ID, BotProcess


@pytest.fixture(scope="session")
def replica_cluster(pg_cluster: Cluster | None) -> Iterator[Cluster]:
    """The session's PostgreSQL cluster, or one of our own when the suite runs on SQLite."""
    if pg_cluster is not None:
        yield pg_cluster
        return
    cluster = start_cluster()
    yield cluster
    cluster.stop()


@dataclass
class Replicas:
    emulator: BotApiEmulator
    workdir: Path
    database_url: str
    env: dict[str, str]
    processes: list[BotProcess] = field(default_factory=list)

    async def start(self, count: int) -> list[BotProcess]:
        self.processes = await start_replicas(
            self.emulator, self.workdir, self.database_url, count, **self.env
        )
        return self.processes

    def query(self, sql: str, *params: object) -> list[tuple[object, ...]]:
        return peek.query(self.database_url, sql, params)


@pytest.fixture
async def replicas(
    emulator: BotApiEmulator, tmp_path: Path, replica_cluster: Cluster
) -> AsyncIterator[Replicas]:
    name = f"replicas_{os.getpid()}_{tmp_path.name[-12:].replace('-', '_')}"
    peek.query(replica_cluster.url, f"CREATE DATABASE {name}")
    env = {"AGENT_CHAT_ID": str(GROUP_ID)}
    group = Replicas(emulator, tmp_path, replica_cluster.url_for(name), env)
    yield group
    for process in group.processes:
        print(f"--- {process.env['INSTANCE_ID']}")
        print("\n".join(process.log().splitlines()[-30:]))
    for process in group.processes:
        code = await process.stop()
        # -9: a replica the test killed and left dead; -15: one still starting when stopped.
        name = process.env["INSTANCE_ID"]
        assert code in (0, None, -9, -15), f"{name} did not stop cleanly ({code})"
        if not process.errors_expected:
            assert "Traceback" not in process.log(), process.log()
