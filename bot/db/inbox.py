"""The durable inbox: updates stored before Telegram is told they arrived, done once handled."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bot.core.clock import iso, utc_now
from bot.db.store import Store


class InboxRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    async def store(
        self, updates: list[dict[str, Any]], chats: list[int | None] | None = None
    ) -> set[int]:
        """Store a batch (with the chat, else the user, each update is from); returns the ids
        among them that were already handled (Telegram delivering an update again), so the
        caller need not ask the database per update."""
        if not updates:
            return set()
        now = iso(utc_now())
        ids = [u["update_id"] for u in updates]
        chats = chats if chats is not None else [None] * len(updates)
        rows = [
            (u["update_id"], json.dumps(u, ensure_ascii=False), now, chat)
            for u, chat in zip(updates, chats, strict=True)
        ]
        marks = ", ".join("?" * len(ids))

        def store(conn: Any) -> set[int]:
            # One trip to the writer (and one commit with whatever else is queued).
            found = conn.execute(
                f"SELECT update_id FROM inbox WHERE status = 'done' AND update_id IN ({marks})",
                ids,
            ).fetchall()
            conn.executemany(
                "INSERT INTO inbox (update_id, payload, received_at, chat_id) VALUES (?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                rows,
            )
            return {row[0] for row in found}

        return await self._db.atomically(store)

    async def mark_done_many(self, update_ids: list[int]) -> None:
        conn = await self._db.connection()
        now = iso(utc_now())
        # A handled update's id is all that is needed (a redelivery is skipped by it): its
        # content, people's words and names, is not kept a day longer.
        await conn.executemany(
            "UPDATE inbox SET status = 'done', done_at = ?, payload = '{}' WHERE update_id = ?",
            [(now, update_id) for update_id in update_ids],
        )

    async def pending(self) -> list[dict[str, Any]]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT payload FROM inbox WHERE status = 'pending' ORDER BY update_id"
        ) as cursor:
            return [json.loads(row[0]) for row in await cursor.fetchall()]

    async def pending_for_chat(self, chat_id: int) -> list[dict[str, Any]]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT payload FROM inbox WHERE chat_id = ? AND status = 'pending' ORDER BY update_id",
            (chat_id,),
        ) as cursor:
            return [json.loads(row[0]) for row in await cursor.fetchall()]

    async def prune(self, before: datetime) -> int:
        conn = await self._db.connection()
        cursor = await conn.execute(
            "DELETE FROM inbox WHERE status = 'done' AND done_at < ?", (iso(before),)
        )
        return cursor.rowcount
