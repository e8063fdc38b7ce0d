"""PostgreSQL's schema history: the files in bot/db/migrations/postgres, numbered as the
SQLite ones are (a version is the same schema on both engines), applied in order under an
advisory lock so that replicas starting together migrate once."""

from __future__ import annotations

import logging
from importlib import resources
from typing import TYPE_CHECKING

import asyncpg

if TYPE_CHECKING:
    from asyncpg.pool import PoolConnectionProxy

    Conn = asyncpg.Connection[asyncpg.Record] | PoolConnectionProxy[asyncpg.Record]

log = logging.getLogger(__name__)

MIGRATION_LOCK = 7_447_001  # any constant: the advisory lock's key


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("bot.db.migrations").joinpath("postgres")
    found = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            found.append((int(item.name[:4]), item.read_text("utf-8")))
    return sorted(found)


async def current_version(conn: Conn) -> int:
    exists = await conn.fetchval("SELECT to_regclass('schema_version') IS NOT NULL")
    if not exists:
        return 0
    return int(await conn.fetchval("SELECT MAX(version) FROM schema_version") or 0)


async def migrate(conn: Conn) -> int:
    await conn.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
    try:
        version = await current_version(conn)
        for number, script in _migrations():
            # The baseline stands for every SQLite version up to its own number.
            if number > version:
                await conn.execute(script)
                version = number
                log.info("PostgreSQL schema at version %d", version)
        return version
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK)
