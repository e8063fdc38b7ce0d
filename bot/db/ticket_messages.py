"""A ticket's conversation: a message stored with the relays it causes, and read back."""

from __future__ import annotations

from typing import Any

from bot.core.clock import iso, parse_iso, utc_now
from bot.db.database import expect_row
from bot.db.outbox import ENQUEUE_SQL, NewOutboxItem, outbox_rows
from bot.db.ticket_rows import TicketTable, message_from_row
from bot.domain.tickets import Direction, Status, TicketMessage


def _reopen(conn: Any, ticket_id: int, *, actor: str, at: str) -> None:
    """Reopen a closed or resolved ticket inside a caller's transaction, recording who did it."""
    row = conn.execute("SELECT status FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
    if row is None or row[0] not in (Status.CLOSED.value, Status.RESOLVED.value):
        return
    conn.execute(
        "UPDATE tickets SET status = ?, updated_at = ?, closed_at = NULL, close_reason = NULL"
        " WHERE id = ?",
        (Status.OPEN.value, at, ticket_id),
    )
    conn.execute(
        "INSERT INTO ticket_events (ticket_id, kind, old_value, new_value, actor, at)"
        " VALUES (?, 'status', ?, ?, ?, ?)",
        (ticket_id, row[0], Status.OPEN.value, actor, at),
    )


def _touch_ticket(conn: Any, ticket_id: int, now: str, *, first_response: bool) -> None:
    """A new message updates the ticket's time (and, for an agent's first answer, its first
    response time)."""
    conn.execute("UPDATE tickets SET updated_at = ? WHERE id = ?", (now, ticket_id))
    if first_response:
        conn.execute(
            "UPDATE tickets SET first_response_at = ? WHERE id = ? AND first_response_at IS NULL",
            (now, ticket_id),
        )


class TicketMessages(TicketTable):
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
        reopen_by: str | None = None,
    ) -> TicketMessage:
        """Store a message and queue its relay in one transaction (nothing is sent that was not
        recorded, nothing recorded is left unsent); with `reopen_by`, a closed ticket reopens
        in it too (a replayed message reopens nothing)."""
        now = iso(utc_now())
        row = (
            ticket_id, direction.value, content_type, text, file_id, telegram_message_id,
            author_id, now,
        )  # fmt: skip

        def store(conn: Any) -> int | None:
            # One trip to the writer, committed with whatever else is queued.
            inserted = conn.execute(
                "INSERT INTO ticket_messages"
                " (ticket_id, direction, content_type, text, file_id,"
                " telegram_message_id, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING RETURNING id",
                row,
            ).fetchone()
            if inserted is None:
                return None
            message_id = int(inserted[0])
            _touch_ticket(conn, ticket_id, now, first_response=first_response)
            if reopen_by is not None:
                _reopen(conn, ticket_id, actor=reopen_by, at=now)
            outbox = [
                NewOutboxItem(i.kind, i.chat_id, i.ticket_id, message_id, i.payload) for i in relay
            ]
            if outbox:
                conn.executemany(ENQUEUE_SQL, outbox_rows(outbox))
            return message_id

        message_id = await self._db.atomically(store)
        main = await self._db.connection()
        if message_id is None:
            # The same Telegram message again (a replayed update): stored and relayed already.
            async with main.execute(
                "SELECT * FROM ticket_messages WHERE ticket_id = ? AND direction = ?"
                " AND telegram_message_id = ?",
                (ticket_id, direction.value, telegram_message_id),
            ) as existing:
                return message_from_row(expect_row(await existing.fetchone()))
        return TicketMessage(
            message_id, ticket_id, direction, content_type, text, file_id, telegram_message_id,
            parse_iso(now),
        )  # fmt: skip

    async def messages(self, ticket_id: int, *, last: int = 50) -> list[TicketMessage]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM (SELECT * FROM ticket_messages WHERE ticket_id = ?"
            " ORDER BY id DESC LIMIT ?) AS newest ORDER BY id",
            (ticket_id, last),
        ) as cursor:
            rows = await cursor.fetchall()
        return [message_from_row(row) for row in rows]
