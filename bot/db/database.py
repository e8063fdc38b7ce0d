"""Long-lived aiosqlite connections, opened lazily and migrated on first use: one that
writes, and a few that only read.

Every statement runs under its connection's lock, cursor and all, and a transaction holds the
writer's lock from BEGIN to COMMIT. Tasks share the writer (handlers, the outbox worker, jobs,
the update fetcher): unserialized, one task's open cursor would make another's COMMIT fail,
its statement could land inside another's transaction, and a write inside a stale read
snapshot fails at once with "database is locked".

A plain SELECT goes to a free reader instead (in one trip to its thread), so a user's read
never queues behind a checkpoint, a batch of writes or a WAL flush (WAL lets a reader run
beside the writer). Outside a
transaction every write commits at once, so the reader sees it as soon as it returns; the
statements inside a transaction() read on the writer, and see their own changes.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import aiosqlite

from bot.core.diagnostics import DIAGNOSTICS
from bot.db.migrations import apply_migrations
from bot.db.write_batch import Applied, WriteBatcher, batchable

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
# Read-only connections: a read takes whichever is free. Each is a thread; SQLite runs a
# statement with the GIL released, so reads go on beside the event loop and one another.
READERS = 3
T = TypeVar("T")


@asynccontextmanager
async def _timed_lock(lock: asyncio.Lock, name: str = "db.lock_wait") -> AsyncIterator[None]:
    """The connection's lock, with the wait for it recorded when diagnostics are on."""
    if not DIAGNOSTICS.enabled:
        async with lock:
            yield
        return
    started = time.perf_counter()
    async with lock:
        DIAGNOSTICS.record(name, time.perf_counter() - started)
        yield


class _Statement:
    """`await conn.execute(...)` or `async with conn.execute(...) as cursor:`, serialized."""

    def __init__(
        self,
        conn: aiosqlite.Connection,
        lock: asyncio.Lock,
        sql: str,
        params: Any,
        name: str = "db",  # what diagnostics call its waits and runs ("db.read" for reads)
        writes: WriteBatcher | None = None,  # awaited data changes go through group commit
    ):
        self._conn, self._lock, self._sql, self._params = conn, lock, sql, params
        self._name = name
        self._writes = writes
        self._cursor: aiosqlite.Cursor | None = None

    def __await__(self) -> Generator[Any, None, _Done]:
        return self._run().__await__()

    async def _run(self) -> _Done:
        if self._writes is not None and batchable(self._sql):
            return _Done.of(await self._writes.write(self._sql, self._params))
        if self._name == "db.read":
            # One trip to the reader's thread (execute, fetch, close): a read holds its
            # connection for one turn of the event loop, not three.
            async with _timed_lock(self._lock, "db.read.lock_wait"):
                found = await self._conn.execute_fetchall(self._sql, self._params)
            return _Done(-1, None, list(found))
        async with _timed_lock(self._lock, f"{self._name}.lock_wait"):
            with DIAGNOSTICS.timed(f"{self._name}.statement"):
                cursor = await self._conn.execute(self._sql, self._params)
                # Finish the statement now, so no half-read cursor outlives the lock.
                rows = list(await cursor.fetchall()) if cursor.description else None
                await cursor.close()
        return _Done(cursor.rowcount, cursor.lastrowid, rows)

    async def __aenter__(self) -> aiosqlite.Cursor | _Done:
        if self._name == "db.read":
            return await self._run()
        await self._lock.acquire()
        try:
            self._cursor = await self._conn.execute(self._sql, self._params)
        except BaseException:
            self._lock.release()
            raise
        return self._cursor

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._name == "db.read":
            return
        try:
            if self._cursor is not None:
                await self._cursor.close()
        finally:
            self._lock.release()


class _Done:
    """A finished statement: rowcount, lastrowid and any rows, read after the lock is gone."""

    def __init__(self, rowcount: int, lastrowid: int | None, rows: list[Any] | None) -> None:
        self.rowcount, self.lastrowid, self._rows = rowcount, lastrowid, rows or []

    @classmethod
    def of(cls, applied: Applied) -> _Done:
        return cls(applied.rowcount, applied.lastrowid, applied.rows)

    async def fetchone(self) -> aiosqlite.Row | None:
        return self._rows[0] if self._rows else None

    async def fetchall(self) -> list[aiosqlite.Row]:
        return self._rows


def expect_row(row: aiosqlite.Row | None) -> aiosqlite.Row:
    """The row a statement always yields (an aggregate, a RETURNING upsert): none is a bug."""
    if row is None:
        raise RuntimeError("a statement that always yields a row yielded none")
    return row


def _only_reads(sql: str) -> bool:
    return sql.lstrip()[:6].upper() == "SELECT"


class SerializedConnection:
    def __init__(
        self,
        conn: aiosqlite.Connection,
        lock: asyncio.Lock,
        readers: list[aiosqlite.Connection] | None = None,
    ) -> None:
        self._conn, self._lock = conn, lock
        self._readers = [(reader, asyncio.Lock()) for reader in readers or []]
        self._turn = 0
        self._writes = WriteBatcher(conn, lock)

    def _free_reader(self) -> tuple[aiosqlite.Connection, asyncio.Lock]:
        for reader in self._readers:
            if not reader[1].locked():
                return reader
        self._turn = (self._turn + 1) % len(self._readers)
        return self._readers[self._turn]

    def execute(self, sql: str, params: Any = ()) -> _Statement:
        if self._readers and _only_reads(sql):
            return _Statement(*self._free_reader(), sql, params, name="db.read")
        return _Statement(self._conn, self._lock, sql, params, writes=self._writes)

    async def atomically(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Several statements, all or nothing, in one trip to the writer's thread."""
        return await self._writes.atomically(work)

    async def executemany(self, sql: str, rows: Iterable[Any]) -> _Done:
        if batchable(sql):
            return _Done.of(await self._writes.write(sql, rows, many=True))
        async with self._lock:
            cursor = await self._conn.executemany(sql, rows)
            await cursor.close()
        return _Done(cursor.rowcount, cursor.lastrowid, None)


class Database:
    """Owns the connection. PTB reads persistence before post_init runs, so opening is lazy."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._raw: aiosqlite.Connection | None = None
        self._readers: list[aiosqlite.Connection] = []
        self._serialized: SerializedConnection | None = None
        self._open_lock = asyncio.Lock()
        self._lock = asyncio.Lock()

    async def connection(self) -> SerializedConnection:
        if self._serialized is None:
            async with self._open_lock:
                if self._serialized is None:
                    self._raw = await self._open()
                    if str(self.path) != ":memory:":  # a second connection: another database
                        self._readers = [await self._open_reader() for _ in range(READERS)]
                    self._serialized = SerializedConnection(self._raw, self._lock, self._readers)
        return self._serialized

    async def atomically(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """`work` (plain sqlite3 calls on the writer's thread) as one transaction, committed
        with whatever else is queued: the hot paths' multi-statement writes."""
        conn = await self.connection()
        return await conn.atomically(work)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE … COMMIT under the lock, rolled back on any error. The block gets
        the raw connection: it already holds the lock."""
        await self.connection()
        assert self._raw is not None
        conn = self._raw
        async with _timed_lock(self._lock):
            with DIAGNOSTICS.timed("db.transaction"):
                await conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    await conn.execute("ROLLBACK")
                    raise
                await conn.execute("COMMIT")

    async def _open(self) -> aiosqlite.Connection:
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(self.path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA journal_mode = WAL")
        await conn.execute("PRAGMA foreign_keys = ON")
        await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # NORMAL is durable across process kills in WAL mode; only a power loss can drop the tail.
        await conn.execute("PRAGMA synchronous = NORMAL")
        # Deleted and overwritten content is zeroed, not left in free pages: an erased user's
        # words must not survive in the file's bytes (/forget).
        await conn.execute("PRAGMA secure_delete = ON")
        version = await apply_migrations(conn)
        log.info("database ready at %s (schema version %d)", self.path, version)
        return conn

    async def _open_reader(self) -> aiosqlite.Connection:
        conn = await aiosqlite.connect(self.path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA query_only = ON")
        await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn

    async def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file and empty it, so what was erased
        is gone from the log's bytes too."""
        conn = await self.connection()
        await conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    async def close(self) -> None:
        for reader in self._readers:
            await reader.close()  # a read still running finishes first (its thread's queue)
        self._readers = []
        if self._raw is not None:
            async with self._lock:
                await self._raw.close()
            self._raw = None
            self._serialized = None
