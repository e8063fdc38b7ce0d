"""Leases: a role only one instance may hold at a time (the poller), taken when free or
expired, kept by renewing, handed back on a clean stop. Works the same on SQLite (instances
sharing a file) and PostgreSQL (replicas on several machines; their clocks kept by NTP)."""

from __future__ import annotations

import time

from bot.db.store import Store


class LeaseRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    async def try_hold(self, name: str, holder: str, *, seconds: float) -> bool:
        """Take or renew `name` for `seconds`; False while another holder's lease runs."""
        now = time.time()
        conn = await self._db.connection()
        async with conn.execute(
            "INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,"
            " expires_at = excluded.expires_at"
            " WHERE leases.holder = excluded.holder OR leases.expires_at < ?"
            " RETURNING holder",
            (name, holder, now + seconds, now),
        ) as cursor:
            return await cursor.fetchone() is not None

    async def holder(self, name: str) -> str | None:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT holder FROM leases WHERE name = ? AND expires_at >= ?", (name, time.time())
        ) as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row else None

    async def release(self, name: str, holder: str) -> None:
        conn = await self._db.connection()
        await conn.execute("DELETE FROM leases WHERE name = ? AND holder = ?", (name, holder))
