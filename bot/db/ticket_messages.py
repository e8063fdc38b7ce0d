"""A ticket's conversation: a message stored with the relays it causes, and read back."""

from __future__ import annotations

from bot.core.clock import iso, utc_now
from bot.db.database import expect_row
from bot.db.outbox import NewOutboxItem, enqueue_in
from bot.db.store import Connection
from bot.db.ticket_rows import TicketTable, message_from_row
from bot.domain.tickets import Direction, Status, TicketMessage


async def reopen_in(conn: Connection, ticket_id: int, *, actor: str, at: str) -> None:
    """Reopen a closed or resolved ticket inside a caller's transaction, recording who did it."""
    async with conn.execute("SELECT status FROM tickets WHERE id = ?", (ticket_id,)) as cursor:
        row = await cursor.fetchone()
    if row is None or row["status"] not in (Status.CLOSED.value, Status.RESOLVED.value):
        return
    await conn.execute(
        "UPDATE tickets SET status = ?, updated_at = ?, closed_at = NULL, close_reason = NULL"
        " WHERE id = ?",
        (Status.OPEN.value, at, ticket_id),
    )
    await conn.execute(
        "INSERT INTO ticket_events (ticket_id, kind, old_value, new_value, actor, at)"
        " VALUES (?, 'status', ?, ?, ?, ?)",
        (ticket_id, row["status"], Status.OPEN.value, actor, at),
    )


async def _touch_ticket(
    conn: Connection, ticket_id: int, now: str, *, first_response: bool
) -> None:
    """A new message updates the ticket's time (and, for an agent's first answer, its first
    response time)."""
    await conn.execute("UPDATE tickets SET updated_at = ? WHERE id = ?", (now, ticket_id))
    if first_response:
        await conn.execute(
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
        """Store a message and queue its relay in one transaction: nothing is sent that was not
        recorded, and nothing recorded is left unsent. With `reopen_by`, a closed ticket is
        reopened in the same transaction (a replayed message reopens nothing)."""
        now = iso(utc_now())
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO ticket_messages"
                " (ticket_id, direction, content_type, text, file_id,"
                " telegram_message_id, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING RETURNING id",
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
            inserted = await cursor.fetchone()
            if inserted is None:
                # The same Telegram message again (a replayed update): stored and relayed already.
                async with conn.execute(
                    "SELECT * FROM ticket_messages WHERE ticket_id = ? AND direction = ?"
                    " AND telegram_message_id = ?",
                    (ticket_id, direction.value, telegram_message_id),
                ) as existing:
                    return message_from_row(expect_row(await existing.fetchone()))
            message_id = int(inserted[0])
            await _touch_ticket(conn, ticket_id, now, first_response=first_response)
            if reopen_by is not None:
                await reopen_in(conn, ticket_id, actor=reopen_by, at=now)
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
            return message_from_row(expect_row(await read.fetchone()))

    async def messages(self, ticket_id: int, *, last: int = 50) -> list[TicketMessage]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM (SELECT * FROM ticket_messages WHERE ticket_id = ?"
            " ORDER BY id DESC LIMIT ?) AS newest ORDER BY id",
            (ticket_id, last),
        ) as cursor:
            rows = await cursor.fetchall()
        return [message_from_row(row) for row in rows]
