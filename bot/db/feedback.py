"""Ratings and suggestions users leave through the feedback flow."""

from __future__ import annotations

from bot.core.clock import iso, utc_now
from bot.db.database import Database


class FeedbackRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def record(self, *, user_id: int, rating: int, text: str, ticket_id: int | None) -> int:
        conn = await self._db.connection()
        cursor = await conn.execute(
            "INSERT INTO feedback (user_id, rating, text, ticket_id, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (user_id, rating, text, ticket_id, iso(utc_now())),
        )
        return int(cursor.lastrowid or 0)
