"""A ticket's conversation: a message stored with the relays it causes, and read back."""

from __future__ import annotations

from bot.core.clock import iso, utc_now
from bot.db.database import expect_row
from bot.db.outbox import NewOutboxItem, enqueue_in
from bot.db.ticket_rows import TicketTable, message_from_row
from bot.domain.tickets import Direction, TicketMessage


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
                    return message_from_row(expect_row(await existing.fetchone()))
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
            return message_from_row(expect_row(await read.fetchone()))

    async def messages(self, ticket_id: int, *, last: int = 50) -> list[TicketMessage]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM (SELECT * FROM ticket_messages WHERE ticket_id = ?"
            " ORDER BY id DESC LIMIT ?) ORDER BY id",
            (ticket_id, last),
        ) as cursor:
            rows = await cursor.fetchall()
        return [message_from_row(row) for row in rows]
