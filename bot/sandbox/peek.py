"""Read (or seed) the bot's database from outside, as an operator would with sqlite3 or psql:
a separate connection, synchronous, for tests and benchmarks. SQL is written for SQLite
(`?` placeholders) and translated for PostgreSQL."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import asyncpg

from bot.db.postgres import to_postgres

_THREAD = ThreadPoolExecutor(1, thread_name_prefix="peek")


def _in_own_loop(url: str, sql: str, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    async def work() -> list[tuple[Any, ...]]:
        conn = await asyncpg.connect(url)
        try:
            if len(rows) > 1:
                await conn.executemany(to_postgres(sql), rows)
                return []
            return [
                tuple(r) for r in await conn.fetch(to_postgres(sql), *(rows[0] if rows else ()))
            ]
        finally:
            await conn.close()

    return asyncio.run(work())


def query(where: Path | str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(where, Path):
        with sqlite3.connect(where) as conn:
            return conn.execute(sql, params).fetchall()
    # Its own thread and loop: callers are often inside a running event loop.
    return _THREAD.submit(_in_own_loop, where, sql, [params]).result()


def execute_many(where: Path | str, sql: str, rows: list[tuple[Any, ...]]) -> None:
    if isinstance(where, Path):
        with sqlite3.connect(where) as conn:
            conn.executemany(sql, rows)
        return
    if rows:
        _THREAD.submit(_in_own_loop, where, sql, rows).result()


def stored_bytes(where: Path | str) -> bytes:
    """Everything the database holds, to search for what must not be there: SQLite's files
    (the database, its WAL and shared memory), or PostgreSQL's content as pg_dump writes it."""
    if isinstance(where, Path):
        return b"".join(p.read_bytes() for p in sorted(where.parent.glob(where.name + "*")))
    from bot.sandbox.pg_cluster import server_binary

    dump = subprocess.run([server_binary("pg_dump"), where], check=True, capture_output=True)
    return dump.stdout


def integrity_ok(where: Path | str) -> bool:
    """SQLite's integrity_check, or pg_amcheck over every table and index."""
    if isinstance(where, Path):
        return query(where, "PRAGMA integrity_check") == [("ok",)]
    from bot.sandbox.pg_cluster import server_binary

    check = subprocess.run(
        [server_binary("pg_amcheck"), "--install-missing", "--heapallindexed", where],
        capture_output=True,
    )
    return check.returncode == 0
