"""PostgreSQL under the same repositories (DATABASE_URL=postgresql://…), through asyncpg.

The repositories write one SQL for both engines: `?` placeholders, ON CONFLICT, RETURNING,
ISO-8601 text for times. This module gives them what bot/db/database.py gives them on SQLite
(a connection whose execute() is awaited or used as `async with`, transactions), translating
the placeholders to `$1…` on the way."""

from __future__ import annotations

import asyncio
import functools
import itertools
import re
from collections.abc import AsyncIterator, Callable, Generator, Iterable
from contextlib import asynccontextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import asyncpg

from bot.db.pg_schema import migrate

if TYPE_CHECKING:
    from bot.db.pg_schema import Conn

T = TypeVar("T")
CLOSE_SECONDS = 5
_STATUS_COUNT = re.compile(r"(\d+)$")
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|\?")
_ROW_STATEMENT = re.compile(r"\s*(SELECT|WITH)\b", re.IGNORECASE)
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)


# Both run on every statement; the repositories' SQL is a few hundred constant strings.
@functools.cache
def to_postgres(sql: str) -> str:
    """`?` → `$1, $2, …`, leaving quoted text alone."""
    counter = itertools.count(1)
    return _TOKENS.sub(lambda m: f"${next(counter)}" if m.group() == "?" else m.group(), sql)


@functools.cache
def _returns_rows(sql: str) -> bool:
    return bool(_ROW_STATEMENT.match(sql) or _RETURNING.search(sql))


class Result:
    """A finished statement, shaped like the SQLite side's: rowcount, rows, fetchone/all."""

    def __init__(self, rowcount: int, rows: list[asyncpg.Record]) -> None:
        self.rowcount = rowcount
        self.lastrowid: int | None = None  # PostgreSQL has none: use RETURNING id
        self.rows = rows

    async def fetchone(self) -> asyncpg.Record | None:
        return self.rows[0] if self.rows else None

    async def fetchall(self) -> list[asyncpg.Record]:
        return self.rows

    async def close(self) -> None:
        return None


def _storable(params: Any) -> tuple[Any, ...]:
    """PostgreSQL text cannot hold NUL (SQLite can); a user can still type one."""
    return tuple(p.replace("\x00", "\ufffd") if isinstance(p, str) else p for p in params)


async def run(conn: Conn, sql: str, params: Any = ()) -> Result:
    query = to_postgres(sql)
    params = _storable(params)
    if _returns_rows(sql):
        rows = await conn.fetch(query, *params)
        return Result(len(rows), list(rows))
    status = await conn.execute(query, *params)
    found = _STATUS_COUNT.search(status or "")
    return Result(int(found.group(1)) if found else 0, [])


class _Statement:
    """`await conn.execute(...)` or `async with conn.execute(...) as cursor:`."""

    def __init__(self, source: PgConnection, sql: str, params: Any) -> None:
        self._source, self._sql, self._params = source, sql, params

    def __await__(self) -> Generator[Any, None, Result]:
        return self._source._run(self._sql, self._params).__await__()

    async def __aenter__(self) -> Result:
        return await self._source._run(self._sql, self._params)

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None


class PgConnection:
    """Statements from the pool (each on whichever connection is free), or, inside a
    transaction, on the transaction's own connection."""

    def __init__(self, pool: asyncpg.Pool, held: Conn | None = None) -> None:
        self._pool = pool
        self._held = held

    def execute(self, sql: str, params: Any = ()) -> _Statement:
        return _Statement(self, sql, params)

    async def executemany(self, sql: str, rows: Iterable[Any]) -> Result:
        rows = list(rows)
        if self._held is not None:
            await self._held.executemany(to_postgres(sql), [_storable(r) for r in rows])
        else:
            async with self._pool.acquire() as conn:
                await conn.executemany(to_postgres(sql), [_storable(r) for r in rows])
        return Result(len(rows), [])

    async def _run(self, sql: str, params: Any) -> Result:
        if self._held is not None:
            return await run(self._held, sql, params)
        async with self._pool.acquire() as conn:
            return await run(conn, sql, params)


class _SyncResult:
    def __init__(self, result: Result) -> None:
        self.rowcount, self.lastrowid, self._rows = result.rowcount, None, result.rows

    def fetchone(self) -> asyncpg.Record | None:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list[asyncpg.Record]:
        return self._rows


class _SyncBridge:
    """What Database.atomically's work gets on SQLite (a plain sqlite3 connection), for the
    same work on PostgreSQL: it runs in a worker thread, each statement on the event loop."""

    def __init__(self, conn: Conn, loop: asyncio.AbstractEventLoop) -> None:
        self._conn, self._loop = conn, loop

    def execute(self, sql: str, params: Any = ()) -> _SyncResult:
        done = asyncio.run_coroutine_threadsafe(run(self._conn, sql, params), self._loop)
        return _SyncResult(done.result())

    def executemany(self, sql: str, rows: Iterable[Any]) -> None:
        statement = self._conn.executemany(to_postgres(sql), [_storable(r) for r in rows])
        asyncio.run_coroutine_threadsafe(statement, self._loop).result()


class PgDatabase:
    dialect = "postgresql"

    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        self.url = url
        self._pool_size = pool_size
        self._pool: asyncpg.Pool | None = None

    async def _ready(self) -> asyncpg.Pool:
        if self._pool is None:
            self._pool = await asyncpg.create_pool(self.url, min_size=1, max_size=self._pool_size)
            async with self._pool.acquire() as conn:
                await migrate(conn)
        return self._pool

    async def connection(self) -> PgConnection:
        return PgConnection(await self._ready())

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[PgConnection]:
        pool = await self._ready()
        async with pool.acquire() as conn, conn.transaction():
            yield PgConnection(pool, conn)

    async def atomically(self, work: Callable[[Any], T]) -> T:
        """`work` (written for a sqlite3 connection: execute, executemany, fetchone) as one
        transaction."""
        pool = await self._ready()
        loop = asyncio.get_running_loop()
        async with pool.acquire() as conn, conn.transaction():
            return await asyncio.to_thread(work, _SyncBridge(conn, loop))

    async def checkpoint(self) -> None:
        pass  # the server's own business (VACUUM reclaims what was erased)

    async def close(self) -> None:
        if self._pool is not None:
            try:
                # Graceful: waits for connections in use. A stop must not hang on one.
                await asyncio.wait_for(self._pool.close(), CLOSE_SECONDS)
            except TimeoutError:
                self._pool.terminate()
            self._pool = None
