"""Tickets, their messages and their status history."""

from __future__ import annotations

import json

import aiosqlite

from bot.clock import iso, parse_iso, utc_now
from bot.db.database import Database
from bot.tickets.models import (
    Category,
    Direction,
    NewTicket,
    Priority,
    Status,
    Ticket,
    TicketEvent,
    TicketField,
    TicketMessage,
    reference_for,
)


def _ticket(row: aiosqlite.Row) -> Ticket:
    return Ticket(
        id=row["id"],
        reference=row["reference"],
        user_id=row["user_id"],
        category=Category(row["category"]),
        priority=Priority(row["priority"]),
        status=Status(row["status"]),
        subject=row["subject"],
        details=tuple(TicketField(**item) for item in json.loads(row["details"])),
        created_at=parse_iso(row["created_at"]),
        updated_at=parse_iso(row["updated_at"]),
        first_response_at=parse_iso(row["first_response_at"]) if row["first_response_at"] else None,
        closed_at=parse_iso(row["closed_at"]) if row["closed_at"] else None,
    )


def _message(row: aiosqlite.Row) -> TicketMessage:
    return TicketMessage(
        id=row["id"],
        ticket_id=row["ticket_id"],
        direction=Direction(row["direction"]),
        content_type=row["content_type"],
        text=row["text"],
        file_id=row["file_id"],
        telegram_message_id=row["telegram_message_id"],
        created_at=parse_iso(row["created_at"]),
    )


class TicketRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def create(self, new: NewTicket) -> Ticket:
        """The ticket, its opening messages and its 'created' event, in one transaction."""
        now = iso(utc_now())
        details = json.dumps(
            [{"label": f.label, "value": f.value, "translate": f.translate} for f in new.details],
            ensure_ascii=False,
        )
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO tickets (reference, user_id, category, priority, status, subject,"
                " details, created_at, updated_at) VALUES ('', ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new.user_id,
                    new.category.value,
                    new.priority.value,
                    Status.OPEN.value,
                    new.subject,
                    details,
                    now,
                    now,
                ),
            )
            ticket_id = int(cursor.lastrowid or 0)
            await conn.execute(
                "UPDATE tickets SET reference = ? WHERE id = ?",
                (reference_for(ticket_id), ticket_id),
            )
            opening = [("text", new.description, None)] if new.description else []
            opening += [(a.content_type, a.caption, a.file_id) for a in new.attachments]
            await conn.executemany(
                "INSERT INTO ticket_messages (ticket_id, direction, content_type, text, file_id,"
                " author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (ticket_id, Direction.IN.value, kind, text, file_id, new.user_id, now)
                    for kind, text, file_id in opening
                ],
            )
            await conn.execute(
                "INSERT INTO ticket_events (ticket_id, kind, new_value, actor, at)"
                " VALUES (?, 'created', ?, ?, ?)",
                (ticket_id, Status.OPEN.value, f"user:{new.user_id}", now),
            )
        ticket = await self.get(ticket_id)
        assert ticket is not None
        return ticket

    async def set_status(self, ticket_id: int, status: Status, *, actor: str) -> Ticket | None:
        """Change the status and record who did it and when; None if nothing changed."""
        now = iso(utc_now())
        closed_at = now if status is Status.CLOSED else None
        async with self._db.transaction() as conn:
            async with conn.execute("SELECT status FROM tickets WHERE id = ?", (ticket_id,)) as cur:
                row = await cur.fetchone()
            if row is None or row["status"] == status.value:
                return None
            await conn.execute(
                "UPDATE tickets SET status = ?, updated_at = ?, closed_at = ? WHERE id = ?",
                (status.value, now, closed_at, ticket_id),
            )
            await conn.execute(
                "INSERT INTO ticket_events (ticket_id, kind, old_value, new_value, actor, at)"
                " VALUES (?, 'status', ?, ?, ?, ?)",
                (ticket_id, row["status"], status.value, actor, now),
            )
        return await self.get(ticket_id)

    async def get(self, ticket_id: int) -> Ticket | None:
        conn = await self._db.connection()
        async with conn.execute("SELECT * FROM tickets WHERE id = ?", (ticket_id,)) as cursor:
            row = await cursor.fetchone()
        return _ticket(row) if row else None

    async def for_user(self, user_id: int, *, limit: int = 10) -> list[Ticket]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM tickets WHERE user_id = ? ORDER BY id DESC LIMIT ?", (user_id, limit)
        ) as cursor:
            rows = await cursor.fetchall()
        return [_ticket(row) for row in rows]

    async def count_for_user(self, user_id: int) -> int:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT COUNT(*) FROM tickets WHERE user_id = ?", (user_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0])

    async def add_message(
        self,
        ticket_id: int,
        *,
        direction: Direction,
        content_type: str,
        text: str,
        file_id: str | None,
        telegram_message_id: int | None,
        author_id: int | None,
    ) -> TicketMessage:
        now = iso(utc_now())
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO ticket_messages (ticket_id, direction, content_type, text, file_id,"
                " telegram_message_id, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    ticket_id,
                    direction.value,
                    content_type,
                    text,
                    file_id,
                    telegram_message_id,
                    author_id,
                    now,
                ),
            )
            await conn.execute("UPDATE tickets SET updated_at = ? WHERE id = ?", (now, ticket_id))
        async with conn.execute(
            "SELECT * FROM ticket_messages WHERE id = ?", (cursor.lastrowid,)
        ) as read:
            return _message(await read.fetchone())

    async def messages(self, ticket_id: int, *, last: int = 50) -> list[TicketMessage]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM (SELECT * FROM ticket_messages WHERE ticket_id = ?"
            " ORDER BY id DESC LIMIT ?) ORDER BY id",
            (ticket_id, last),
        ) as cursor:
            rows = await cursor.fetchall()
        return [_message(row) for row in rows]

    async def events(self, ticket_id: int) -> list[TicketEvent]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id", (ticket_id,)
        ) as cursor:
            rows = await cursor.fetchall()
        return [
            TicketEvent(r["kind"], r["old_value"], r["new_value"], r["actor"], parse_iso(r["at"]))
            for r in rows
        ]
