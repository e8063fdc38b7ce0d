"""Ratings and suggestions users leave through the feedback flow."""

from __future__ import annotations

from bot.core.clock import iso, utc_now
from bot.db.database import expect_row
from bot.db.store import Store


class FeedbackRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    async def record(self, *, user_id: int, rating: int, text: str, ticket_id: int | None) -> int:
        conn = await self._db.connection()
        cursor = await conn.execute(
            "INSERT INTO feedback (user_id, rating, text, ticket_id, created_at)"
            " VALUES (?, ?, ?, ?, ?) RETURNING id",
            (user_id, rating, text, ticket_id, iso(utc_now())),
        )
        return int(expect_row(await cursor.fetchone())[0])
