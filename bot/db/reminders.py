"""Follow-ups promised to a user ("I'll ask you later whether it arrived"), kept across restarts."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from bot.core.clock import iso, parse_iso, utc_now
from bot.db.database import expect_row
from bot.db.store import Store


class ReminderStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    ANSWERED = "answered"


@dataclass(frozen=True, slots=True)
class Reminder:
    id: int
    user_id: int
    kind: str
    due_at: datetime
    payload: dict[str, Any]
    status: ReminderStatus


class ReminderRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    async def create(
        self, *, user_id: int, kind: str, due_at: datetime, payload: dict[str, Any]
    ) -> Reminder:
        conn = await self._db.connection()
        cursor = await conn.execute(
            "INSERT INTO reminders (user_id, kind, due_at, payload, created_at)"
            " VALUES (?, ?, ?, ?, ?) RETURNING id",
            (user_id, kind, iso(due_at), json.dumps(payload, ensure_ascii=False), iso(utc_now())),
        )
        reminder_id = int(expect_row(await cursor.fetchone())[0])
        return Reminder(reminder_id, user_id, kind, due_at, payload, ReminderStatus.PENDING)

    async def pending(self) -> list[Reminder]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM reminders WHERE status = 'pending' ORDER BY due_at"
        ) as cursor:
            rows = await cursor.fetchall()
        return [self._reminder(row) for row in rows]

    async def get(self, reminder_id: int) -> Reminder | None:
        conn = await self._db.connection()
        async with conn.execute("SELECT * FROM reminders WHERE id = ?", (reminder_id,)) as cursor:
            row = await cursor.fetchone()
        return self._reminder(row) if row else None

    async def claim(self, reminder_id: int, *, seconds: float) -> bool:
        """Take a due reminder to send it (replicas arm the same reminder; one sends it).
        A claim lapses after `seconds`, so a replica killed mid-send leaves it to another."""
        now = time.time()
        conn = await self._db.connection()
        cursor = await conn.execute(
            "UPDATE reminders SET claimed_until = ? WHERE id = ? AND status = 'pending'"
            " AND (claimed_until IS NULL OR claimed_until < ?)",
            (now + seconds, reminder_id, now),
        )
        return cursor.rowcount > 0

    async def unclaim(self, reminder_id: int) -> None:
        conn = await self._db.connection()
        await conn.execute("UPDATE reminders SET claimed_until = NULL WHERE id = ?", (reminder_id,))

    async def set_status(self, reminder_id: int, status: ReminderStatus) -> bool:
        """Move a reminder on; False if it was already there (a second tap, a replay)."""
        conn = await self._db.connection()
        cursor = await conn.execute(
            "UPDATE reminders SET status = ? WHERE id = ? AND status != ?",
            (status.value, reminder_id, status.value),
        )
        return cursor.rowcount > 0

    @staticmethod
    def _reminder(row: Any) -> Reminder:
        return Reminder(
            id=row["id"],
            user_id=row["user_id"],
            kind=row["kind"],
            due_at=parse_iso(row["due_at"]),
            payload=json.loads(row["payload"]),
            status=ReminderStatus(row["status"]),
        )
