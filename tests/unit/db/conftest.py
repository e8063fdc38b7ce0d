"""The repositories' tests run on both engines where the repository is ported: `db` is SQLite
(a file), or PostgreSQL (a throw-away cluster from the machine's packages, one database per
test). A test module opts in with `pytestmark = both_engines`."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest

from bot.db.database import Database
from bot.db.postgres import PgDatabase
from bot.sandbox.pg_cluster import Cluster, start_cluster

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    cluster = start_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture
async def db(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[object]:
    engine = getattr(request, "param", "sqlite")
    if engine == "sqlite":
        database: Database | PgDatabase = Database(tmp_path / "nested" / "support.db")
    else:
        cluster: Cluster = request.getfixturevalue("pg_cluster")
        name = f"test_{next(_names)}"
        admin = await asyncpg.connect(cluster.url)
        await admin.execute(f"CREATE DATABASE {name}")
        await admin.close()
        database = PgDatabase(cluster.url_for(name))
    yield database
    await database.close()


both_engines = pytest.mark.parametrize("db", ["sqlite", "postgres"], indirect=True)
