"""Questions users typed, with the FAQ entry they matched (or none): what to write next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.core.clock import iso, parse_iso, utc_now
from bot.db.database import expect_row
from bot.db.store import Store


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
    def __init__(self, db: Store) -> None:
        self._db = db

    async def record(
        self,
        *,
        user_id: int,
        locale: str,
        text: str,
        faq_entry: str | None,
        score: float,
        outcome: str | None = None,
    ) -> int:
        """Log a question (its text already screened of secrets); returns its id."""
        conn = await self._db.connection()
        cursor = await conn.execute(
            "INSERT INTO questions (user_id, locale, text, faq_entry, score, asked_at, outcome)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (user_id, locale, text, faq_entry, score, iso(utc_now()), outcome),
        )
        return int(expect_row(await cursor.fetchone())[0])

    async def rate(self, question_id: int, user_id: int, helpful: bool) -> bool:
        """The asker's 👍/👎 on the answer; False if it is not theirs or already rated."""
        conn = await self._db.connection()
        cursor = await conn.execute(
            "UPDATE questions SET helpful = ? WHERE id = ? AND user_id = ? AND helpful IS NULL",
            (int(helpful), question_id, user_id),
        )
        return cursor.rowcount == 1

    async def unanswered(self, since: datetime, *, limit: int) -> list[AskedQuestion]:
        """Questions no entry answered well, newest first, not yet drafted into an entry:
        nothing matched, only a choice was offered, or the answer was rated 👎."""
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM questions WHERE asked_at >= ? AND drafted_as IS NULL"
            " AND (helpful = 0 OR outcome IN ('handover', 'out_of_scope', 'offer')"
            " OR (outcome IS NULL AND faq_entry IS NULL)) ORDER BY id DESC LIMIT ?",
            (iso(since), limit),
        ) as cursor:
            rows = await cursor.fetchall()
        return [_asked(row) for row in rows]

    async def mark_drafted(self, question_ids: list[int], entry_id: str) -> None:
        """These questions became the phrasings of a draft entry: no longer candidates."""
        async with self._db.transaction() as conn:
            for question_id in question_ids:
                await conn.execute(
                    "UPDATE questions SET drafted_as = ? WHERE id = ?", (entry_id, question_id)
                )

    async def for_user(self, user_id: int) -> list[AskedQuestion]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM questions WHERE user_id = ? ORDER BY id", (user_id,)
        ) as cursor:
            rows = await cursor.fetchall()
        return [_asked(row) for row in rows]


def _asked(row: aiosqlite.Row) -> AskedQuestion:
    return AskedQuestion(
        id=row["id"],
        user_id=row["user_id"],
        locale=row["locale"],
        text=row["text"],
        faq_entry=row["faq_entry"],
        score=row["score"],
        asked_at=parse_iso(row["asked_at"]),
    )
