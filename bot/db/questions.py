"""Questions users typed, with the FAQ entry they matched (or none): what to write next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.core.clock import iso, parse_iso, utc_now
from bot.db.database import Database


@dataclass(frozen=True, slots=True)
class AskedQuestion:
    id: int
    user_id: int
    locale: str
    text: str
    faq_entry: str | None
    score: float
    asked_at: datetime


class QuestionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def record(
        self, *, user_id: int, locale: str, text: str, faq_entry: str | None, score: float
    ) -> None:
        conn = await self._db.connection()
        await conn.execute(
            "INSERT INTO questions (user_id, locale, text, faq_entry, score, asked_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (user_id, locale, text, faq_entry, score, iso(utc_now())),
        )

    async def for_user(self, user_id: int) -> list[AskedQuestion]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM questions WHERE user_id = ? ORDER BY id", (user_id,)
        ) as cursor:
            rows = await cursor.fetchall()
        return [
            AskedQuestion(
                id=row["id"],
                user_id=row["user_id"],
                locale=row["locale"],
                text=row["text"],
                faq_entry=row["faq_entry"],
                score=row["score"],
                asked_at=parse_iso(row["asked_at"]),
            )
            for row in rows
        ]
