"""Ticket look-ups and lists: by id, user, topic or update, the desk queue, SLA breaches."""

from __future__ import annotations

from datetime import datetime

from bot.core.clock import iso
from bot.db.database import expect_row
from bot.db.ticket_rows import OPEN_STATUSES_SQL, TicketTable, event_from_row, ticket_from_row
from bot.domain.tickets import Priority, Ticket, TicketEvent


class TicketReads(TicketTable):
    async def get(self, ticket_id: int) -> Ticket | None:
        conn = await self._db.connection()
        async with conn.execute("SELECT * FROM tickets WHERE id = ?", (ticket_id,)) as cursor:
            row = await cursor.fetchone()
        return ticket_from_row(row) if row else None

    async def by_source_update(self, update_id: int) -> Ticket | None:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM tickets WHERE source_update_id = ?", (update_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return ticket_from_row(row) if row else None

    async def by_topic(self, route: str, topic_id: int) -> Ticket | None:
        """The ticket of a forum topic in a route's group (topic ids are counted per chat)."""
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM tickets WHERE route = ? AND topic_id = ?", (route, topic_id)
        ) as cursor:
            row = await cursor.fetchone()
        return ticket_from_row(row) if row else None

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
        return ticket_from_row(row) if row else None

    async def for_user(self, user_id: int, *, limit: int = 10) -> list[Ticket]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM tickets WHERE user_id = ? ORDER BY id DESC LIMIT ?", (user_id, limit)
        ) as cursor:
            rows = await cursor.fetchall()
        return [ticket_from_row(row) for row in rows]

    async def history(self, user_id: int, *, limit: int = 20) -> list[Ticket]:
        return await self.for_user(user_id, limit=limit)

    async def count_open(self, user_id: int) -> int:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT COUNT(*) FROM tickets WHERE user_id = ? AND category != 'feedback'"
            f" AND status IN ({OPEN_STATUSES_SQL})",
            (user_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return int(expect_row(row)[0])

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

    async def open_queue(self, *, limit: int = 30) -> list[Ticket]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM tickets WHERE status IN ('open', 'in_progress', 'waiting_user')"
            " ORDER BY CASE priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, id"
            " LIMIT ?",
            (limit,),
        ) as cursor:
            return [ticket_from_row(row) for row in await cursor.fetchall()]

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
            return [ticket_from_row(row) for row in await cursor.fetchall()]

    async def events(self, ticket_id: int) -> list[TicketEvent]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id", (ticket_id,)
        ) as cursor:
            rows = await cursor.fetchall()
        return [event_from_row(row) for row in rows]
