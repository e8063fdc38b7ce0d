"""Read (or seed) the bot's database from outside, as an operator would with sqlite3 or psql:
a separate connection, synchronous, for tests and benchmarks. SQL is written for SQLite
(`?` placeholders) and translated for PostgreSQL."""

from __future__ import annotations

import asyncio
import sqlite3
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
