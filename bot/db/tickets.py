"""Tickets: opening one, and every change to its row (status, priority, claim, desk ids,
rating), each status change recorded in its history. Reads and messages live in
ticket_reads and ticket_messages; TicketRepository is the one object callers hold."""

from __future__ import annotations

import json
import sqlite3
from typing import Literal

from bot.core.clock import iso, utc_now
from bot.core.routes import DEFAULT_ROUTE
from bot.db.store import Connection
from bot.db.ticket_messages import TicketMessages
from bot.db.ticket_reads import TicketReads
from bot.domain.tickets import (
    Category,
    Direction,
    NewTicket,
    Priority,
    Status,
    Ticket,
    reference_for,
)


class TicketRepository(TicketReads, TicketMessages):
    async def create(self, new: NewTicket, *, route: str = DEFAULT_ROUTE) -> Ticket:
        """The ticket, its opening messages and its 'created' event, in one transaction."""
        now = iso(utc_now())
        details = json.dumps(
            [{"label": f.label, "value": f.value, "translate": f.translate} for f in new.details],
            ensure_ascii=False,
        )
        opening: list[tuple[str, str, str | None]] = (
            [("text", new.description, None)] if new.description else []
        )
        opening += [(a.content_type, a.caption, a.file_id) for a in new.attachments]

        def insert(raw: sqlite3.Connection) -> int:
            cursor = raw.execute(
                "INSERT INTO tickets (reference, user_id, category, priority, status, subject,"
                " details, created_at, updated_at, source_update_id, suggested, route)"
                " VALUES ('', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
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
                    ",".join(new.suggested),
                    route,
                ),
            )
            ticket_id = int(cursor.fetchone()[0])
            raw.execute(
                "UPDATE tickets SET reference = ? WHERE id = ?",
                (reference_for(ticket_id), ticket_id),
            )
            raw.executemany(
                "INSERT INTO ticket_messages (ticket_id, direction, content_type, text, file_id,"
                " author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (ticket_id, Direction.IN.value, kind, text, file_id, new.user_id, now)
                    for kind, text, file_id in opening
                ],
            )
            raw.execute(
                "INSERT INTO ticket_events (ticket_id, kind, new_value, actor, at)"
                " VALUES (?, 'created', ?, ?, ?)",
                (ticket_id, Status.OPEN.value, f"user:{new.user_id}", now),
            )
            return ticket_id

        # One trip to the writer's thread for the four statements (the ticket path is hot).
        ticket_id = await self._db.atomically(insert)
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
        return await self._correct(ticket_id, "priority", priority.value, actor=actor)

    async def set_category(
        self, ticket_id: int, category: Category, *, actor: str
    ) -> Ticket | None:
        """An agent's correction: the category changes, and the user's words with the right
        category become a labelled example (training data for the classifier)."""
        return await self._correct(ticket_id, "category", category.value, actor=actor)

    async def _correct(
        self, ticket_id: int, column: Literal["priority", "category"], value: str, *, actor: str
    ) -> Ticket | None:
        """Set one of the ticket's labels, record the event and the user's words with the new
        label, in one transaction; None if it already had that value."""
        now = iso(utc_now())
        async with self._db.transaction() as conn:
            async with conn.execute(
                f"SELECT {column} AS value FROM tickets WHERE id = ?", (ticket_id,)
            ) as cur:
                row = await cur.fetchone()
            if row is None or row["value"] == value:
                return None
            await conn.execute(
                f"UPDATE tickets SET {column} = ?, updated_at = ? WHERE id = ?",
                (value, now, ticket_id),
            )
            await conn.execute(
                "INSERT INTO ticket_events (ticket_id, kind, old_value, new_value, actor, at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (ticket_id, column, row["value"], value, actor, now),
            )
            await _label_users_words(conn, ticket_id, f"{column}:{value}", actor, now)
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


async def _label_users_words(
    conn: Connection, ticket_id: int, label: str, actor: str, now: str
) -> None:
    """Store the ticket's first words from the user (already screened of secrets) with the
    label an agent chose. Tickets from a flow without typed words teach nothing: skipped."""
    async with conn.execute(
        "SELECT text FROM ticket_messages WHERE ticket_id = ? AND direction = 'in'"
        " AND content_type = 'text' AND text != '' ORDER BY id LIMIT 1",
        (ticket_id,),
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        return
    agent_id = int(actor.split(":", 1)[1]) if actor.startswith("agent:") else 0
    await conn.execute(
        "INSERT INTO labelled_examples (text, label, source, actor_id, at)"
        " VALUES (?, ?, 'agent-correction', ?, ?)",
        (row["text"], label, agent_id, now),
    )
