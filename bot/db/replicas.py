"""Replicas taking webhook updates on one database: each says where it listens and that it is
alive, and each chat belongs to one live replica at a time. The owner screens and handles the
chat's updates in order (the others forward them to it); when an owner stops renewing, any
replica may take its chats over."""

from __future__ import annotations

import time

from bot.db.store import Store


class ReplicaRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    async def heartbeat(self, instance: str, address: str, *, seconds: float) -> float:
        """Say this replica is alive for `seconds` more; returns until when."""
        until = time.time() + seconds
        conn = await self._db.connection()
        await conn.execute(
            "INSERT INTO replicas (instance_id, address, alive_until) VALUES (?, ?, ?)"
            " ON CONFLICT (instance_id) DO UPDATE SET address = excluded.address,"
            " alive_until = excluded.alive_until",
            (instance, address, until),
        )
        return until

    async def leave(self, instance: str) -> None:
        """A clean stop: this replica's chats are free for the others at once."""
        async with self._db.transaction() as conn:
            await conn.execute("DELETE FROM chat_owners WHERE instance_id = ?", (instance,))
            await conn.execute("DELETE FROM replicas WHERE instance_id = ?", (instance,))

    async def disown_all(self, instance: str) -> None:
        """A restart: chats this replica held before are handed out afresh."""
        conn = await self._db.connection()
        await conn.execute("DELETE FROM chat_owners WHERE instance_id = ?", (instance,))

    async def claim_chat(self, chat_id: int, instance: str) -> bool:
        """Take `chat_id` if nobody alive holds it (or we do); False while another does."""
        conn = await self._db.connection()
        async with conn.execute(
            "INSERT INTO chat_owners (chat_id, instance_id) VALUES (?, ?)"
            " ON CONFLICT (chat_id) DO UPDATE SET instance_id = excluded.instance_id"
            " WHERE chat_owners.instance_id = excluded.instance_id OR NOT EXISTS ("
            "   SELECT 1 FROM replicas r WHERE r.instance_id = chat_owners.instance_id"
            "   AND r.alive_until > ?)"
            " RETURNING instance_id",
            (chat_id, instance, time.time()),
        ) as cursor:
            return await cursor.fetchone() is not None

    async def owner_address(self, chat_id: int) -> str | None:
        """Where the live owner of `chat_id` listens (None: no live owner)."""
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT r.address FROM chat_owners o JOIN replicas r ON r.instance_id = o.instance_id"
            " WHERE o.chat_id = ? AND r.alive_until > ?",
            (chat_id, time.time()),
        ) as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row else None

    async def orphaned_chats(self, *, limit: int = 100) -> list[int]:
        """Chats with updates waiting whose owner is gone (or who never had one)."""
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT DISTINCT i.chat_id FROM inbox i"
            " LEFT JOIN chat_owners o ON o.chat_id = i.chat_id"
            " LEFT JOIN replicas r ON r.instance_id = o.instance_id AND r.alive_until > ?"
            " WHERE i.status = 'pending' AND i.chat_id IS NOT NULL AND r.instance_id IS NULL"
            " LIMIT ?",
            (time.time(), limit),
        ) as cursor:
            return [int(row[0]) for row in await cursor.fetchall()]
