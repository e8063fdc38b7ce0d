"""Tickets, their messages and their status history."""

from __future__ import annotations

import json
from datetime import datetime

import aiosqlite

from bot.core.clock import iso, parse_iso, utc_now
from bot.db.database import Database
from bot.db.outbox import NewOutboxItem, enqueue_in
from bot.domain.tickets import (
    OPEN_STATUSES,
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

# The open statuses as an SQL list, for every repository that asks "is it still open?".
OPEN_STATUSES_SQL = ", ".join(f"'{status.value}'" for status in sorted(OPEN_STATUSES))


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
        topic_id=row["topic_id"],
        card_message_id=row["card_message_id"],
        claimed_by=row["claimed_by"],
        claimed_by_name=row["claimed_by_name"],
        rating=row["rating"],
        close_reason=row["close_reason"],
        off_hours_notice_at=(
            parse_iso(row["off_hours_notice_at"]) if row["off_hours_notice_at"] else None
        ),
        secret_flag=bool(row["secret_flag"]),
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
                " details, created_at, updated_at, source_update_id)"
                " VALUES ('', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new.user_id,
                    new.category.value,
                    new.priority.value,
                    Status.OPEN.value,
                    new.subject,
                    details,
                    now,
                    now,
                    new.source_update_id,
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

    async def set_status(
        self, ticket_id: int, status: Status, *, actor: str, reason: str | None = None
    ) -> Ticket | None:
        """Change the status and record who did it and when; None if nothing changed."""
        now = iso(utc_now())
        closed_at = now if status in (Status.CLOSED, Status.RESOLVED) else None
        async with self._db.transaction() as conn:
            async with conn.execute("SELECT status FROM tickets WHERE id = ?", (ticket_id,)) as cur:
                row = await cur.fetchone()
            if row is None or row["status"] == status.value:
                return None
            await conn.execute(
                "UPDATE tickets SET status = ?, updated_at = ?, closed_at = ?, close_reason = ?"
                " WHERE id = ?",
                (status.value, now, closed_at, reason, ticket_id),
            )
            await conn.execute(
                "INSERT INTO ticket_events (ticket_id, kind, old_value, new_value, actor, at)"
                " VALUES (?, 'status', ?, ?, ?, ?)",
                (ticket_id, row["status"], status.value, actor, now),
            )
        return await self.get(ticket_id)

    async def set_priority(
        self, ticket_id: int, priority: Priority, *, actor: str
    ) -> Ticket | None:
        now = iso(utc_now())
        async with self._db.transaction() as conn:
            async with conn.execute(
                "SELECT priority FROM tickets WHERE id = ?", (ticket_id,)
            ) as cur:
                row = await cur.fetchone()
            if row is None or row["priority"] == priority.value:
                return None
            await conn.execute(
                "UPDATE tickets SET priority = ?, updated_at = ? WHERE id = ?",
                (priority.value, now, ticket_id),
            )
            await conn.execute(
                "INSERT INTO ticket_events (ticket_id, kind, old_value, new_value, actor, at)"
                " VALUES (?, 'priority', ?, ?, ?, ?)",
                (ticket_id, row["priority"], priority.value, actor, now),
            )
        return await self.get(ticket_id)

    async def claim(self, ticket_id: int, *, agent_id: int, agent_name: str) -> Ticket | None:
        """Assign the ticket and move it to in progress; None if this agent already has it."""
        now = iso(utc_now())
        async with self._db.transaction() as conn:
            async with conn.execute(
                "SELECT status, claimed_by FROM tickets WHERE id = ?", (ticket_id,)
            ) as cur:
                row = await cur.fetchone()
            if row is None or row["claimed_by"] == agent_id:
                return None
            await conn.execute(
                "UPDATE tickets SET claimed_by = ?, claimed_by_name = ?, status = ?, updated_at = ?"
                " WHERE id = ?",
                (agent_id, agent_name, Status.IN_PROGRESS.value, now, ticket_id),
            )
            await conn.execute(
                "INSERT INTO ticket_events (ticket_id, kind, old_value, new_value, actor, at)"
                " VALUES (?, 'claim', ?, ?, ?, ?)",
                (ticket_id, row["status"], Status.IN_PROGRESS.value, f"agent:{agent_id}", now),
            )
        return await self.get(ticket_id)

    async def set_topic(self, ticket_id: int, topic_id: int) -> None:
        conn = await self._db.connection()
        await conn.execute("UPDATE tickets SET topic_id = ? WHERE id = ?", (topic_id, ticket_id))

    async def set_card(self, ticket_id: int, message_id: int) -> None:
        conn = await self._db.connection()
        await conn.execute(
            "UPDATE tickets SET card_message_id = ? WHERE id = ?", (message_id, ticket_id)
        )

    async def by_source_update(self, update_id: int) -> Ticket | None:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM tickets WHERE source_update_id = ?", (update_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return _ticket(row) if row else None

    async def by_topic(self, topic_id: int) -> Ticket | None:
        conn = await self._db.connection()
        async with conn.execute("SELECT * FROM tickets WHERE topic_id = ?", (topic_id,)) as cursor:
            row = await cursor.fetchone()
        return _ticket(row) if row else None

    async def latest_for_user(self, user_id: int) -> Ticket | None:
        """The user's open ticket if any (oldest open first), else their most recent one."""
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM tickets WHERE user_id = ?"
            " ORDER BY status IN ('open', 'in_progress', 'waiting_user') DESC,"
            " CASE WHEN status IN ('open', 'in_progress', 'waiting_user') THEN id END ASC,"
            " id DESC LIMIT 1",
            (user_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return _ticket(row) if row else None

    async def users_with_recent_tickets(self, since: datetime) -> dict[int, int]:
        """user id → ticket id, for users with an open ticket or one closed after `since`."""
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT user_id, id FROM tickets"
            " WHERE status IN ('open', 'in_progress', 'waiting_user') OR closed_at >= ?"
            " ORDER BY id",
            (iso(since),),
        ) as cursor:
            return {row[0]: row[1] for row in await cursor.fetchall()}

    async def without_card(self) -> list[int]:
        """Open tickets never handed to the desk (created while it was off, or cut off by a
        kill). Closed ones are left out: a desk switched on late is not flooded with history."""
        conn = await self._db.connection()
        async with conn.execute(
            f"SELECT id FROM tickets t WHERE status IN ({OPEN_STATUSES_SQL})"
            " AND card_message_id IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.ticket_id = t.id AND o.kind = 'card')"
            " ORDER BY id"
        ) as cursor:
            return [row[0] for row in await cursor.fetchall()]

    async def history(self, user_id: int, *, limit: int = 20) -> list[Ticket]:
        return await self.for_user(user_id, limit=limit)

    async def open_queue(self, *, limit: int = 30) -> list[Ticket]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM tickets WHERE status IN ('open', 'in_progress', 'waiting_user')"
            " ORDER BY CASE priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, id"
            " LIMIT ?",
            (limit,),
        ) as cursor:
            return [_ticket(row) for row in await cursor.fetchall()]

    async def sla_breaches(self, deadlines: dict[Priority, datetime]) -> list[Ticket]:
        """Open tickets with no first response, created before their priority's deadline,
        not yet reminded about."""
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM tickets WHERE status IN ('open', 'in_progress', 'waiting_user')"
            " AND first_response_at IS NULL AND sla_reminded_at IS NULL"
            " AND ((priority = 'high' AND created_at <= ?)"
            " OR (priority = 'normal' AND created_at <= ?)"
            " OR (priority = 'low' AND created_at <= ?)) ORDER BY id",
            tuple(iso(deadlines[p]) for p in (Priority.HIGH, Priority.NORMAL, Priority.LOW)),
        ) as cursor:
            return [_ticket(row) for row in await cursor.fetchall()]

    async def mark_sla_reminded(self, ticket_id: int) -> bool:
        conn = await self._db.connection()
        cursor = await conn.execute(
            "UPDATE tickets SET sla_reminded_at = ? WHERE id = ? AND sla_reminded_at IS NULL",
            (iso(utc_now()), ticket_id),
        )
        return cursor.rowcount > 0

    async def mark_off_hours_notice(self, ticket_id: int) -> None:
        conn = await self._db.connection()
        await conn.execute(
            "UPDATE tickets SET off_hours_notice_at = ? WHERE id = ?", (iso(utc_now()), ticket_id)
        )

    async def flag_secret(self, ticket_id: int) -> None:
        conn = await self._db.connection()
        await conn.execute("UPDATE tickets SET secret_flag = 1 WHERE id = ?", (ticket_id,))

    async def set_rating(self, ticket_id: int, rating: int) -> None:
        conn = await self._db.connection()
        await conn.execute("UPDATE tickets SET rating = ? WHERE id = ?", (rating, ticket_id))

    async def set_rating_comment(self, ticket_id: int, comment: str) -> None:
        conn = await self._db.connection()
        await conn.execute(
            "UPDATE tickets SET rating_comment = ? WHERE id = ?", (comment, ticket_id)
        )

    async def add_message_and_relay(
        self,
        ticket_id: int,
        *,
        direction: Direction,
        content_type: str,
        text: str,
        file_id: str | None,
        telegram_message_id: int | None,
        author_id: int | None,
        relay: list[NewOutboxItem],
        first_response: bool = False,
    ) -> TicketMessage:
        """Store a message and queue its relay in one transaction: nothing is sent that was not
        recorded, and nothing recorded is left unsent."""
        now = iso(utc_now())
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT OR IGNORE INTO ticket_messages"
                " (ticket_id, direction, content_type, text, file_id,"
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
            if cursor.rowcount == 0:
                # The same Telegram message again (a replayed update): stored and relayed already.
                async with conn.execute(
                    "SELECT * FROM ticket_messages WHERE ticket_id = ? AND direction = ?"
                    " AND telegram_message_id = ?",
                    (ticket_id, direction.value, telegram_message_id),
                ) as existing:
                    return _message(await existing.fetchone())
            message_id = int(cursor.lastrowid or 0)
            await conn.execute("UPDATE tickets SET updated_at = ? WHERE id = ?", (now, ticket_id))
            if first_response:
                await conn.execute(
                    "UPDATE tickets SET first_response_at = ?"
                    " WHERE id = ? AND first_response_at IS NULL",
                    (now, ticket_id),
                )
            await enqueue_in(
                conn,
                [
                    NewOutboxItem(i.kind, i.chat_id, i.ticket_id, message_id, i.payload)
                    for i in relay
                ],
            )
        main = await self._db.connection()
        async with main.execute(
            "SELECT * FROM ticket_messages WHERE id = ?", (message_id,)
        ) as read:
            return _message(await read.fetchone())

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

    async def count_open(self, user_id: int) -> int:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT COUNT(*) FROM tickets WHERE user_id = ? AND category != 'feedback'"
            f" AND status IN ({OPEN_STATUSES_SQL})",
            (user_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0])

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
