"""The one long-lived aiosqlite connection, opened lazily and migrated on first use."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from bot.db.migrations import apply_migrations

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


class Database:
    """Owns the connection. PTB reads persistence before post_init runs, so opening is lazy."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection: aiosqlite.Connection | None = None
        self._open_lock = asyncio.Lock()
        # One connection is shared by every coroutine: transactions must not interleave.
        self._transaction_lock = asyncio.Lock()

    async def connection(self) -> aiosqlite.Connection:
        if self._connection is None:
            async with self._open_lock:
                if self._connection is None:
                    self._connection = await self._open()
        return self._connection

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error."""
        conn = await self.connection()
        async with self._transaction_lock:
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
        version = await apply_migrations(conn)
        log.info("database ready at %s (schema version %d)", self.path, version)
        return conn

    async def close(self) -> None:
        if self._connection is not None:
            await self._connection.close()
            self._connection = None
