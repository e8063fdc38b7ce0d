"""Ratings and suggestions users leave through the feedback flow."""

from __future__ import annotations

from bot.core.clock import iso, utc_now
from bot.db.database import expect_row
from bot.db.store import Store


class FeedbackRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    async def record(self, *, user_id: int, rating: int, text: str, ticket_id: int | None) -> int:
        """Once per ticket: a replay after a kill returns the feedback already recorded."""
        conn = await self._db.connection()
        if ticket_id is not None:
            async with conn.execute(
                "SELECT id FROM feedback WHERE ticket_id = ?", (ticket_id,)
            ) as found:
                row = await found.fetchone()
            if row is not None:
                return int(row[0])
        cursor = await conn.execute(
            "INSERT INTO feedback (user_id, rating, text, ticket_id, created_at)"
            " VALUES (?, ?, ?, ?, ?) RETURNING id",
            (user_id, rating, text, ticket_id, iso(utc_now())),
        )
        return int(expect_row(await cursor.fetchone())[0])
