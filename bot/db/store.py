"""What a repository needs from its database, whichever engine is under it: SQLite
(bot/db/database.py) or PostgreSQL (bot/db/postgres.py). Rows index by position and by
column name on both (aiosqlite.Row, asyncpg.Record)."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    async def fetchone(self) -> Any: ...

    async def fetchall(self) -> Iterable[Any]: ...


class Statement(Protocol):
    """`await conn.execute(…)` (the statement run to its end) or `async with conn.execute(…)
    as cursor` (its rows read inside)."""

    def __await__(self) -> Generator[Any, None, Cursor]: ...

    async def __aenter__(self) -> Cursor: ...

    async def __aexit__(self, kind: Any, error: Any, tb: Any, /) -> Any: ...


class Connection(Protocol):
    def execute(self, sql: str, params: Any = ..., /) -> Statement: ...

    async def executemany(self, sql: str, rows: Iterable[Any], /) -> Any: ...


class Store(Protocol):
    async def connection(self) -> Connection: ...

    def transaction(self) -> AbstractAsyncContextManager[Connection]:
        """One connection, all or nothing."""

    async def atomically(self, work: Callable[[Any], T]) -> T:
        """`work` makes plain (sqlite3-style) calls, all in one transaction."""

    async def checkpoint(self) -> None:
        """Empty the write-ahead log into the database file (PostgreSQL: nothing to do)."""

    async def close(self) -> None: ...
