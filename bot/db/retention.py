"""Retention: what is older than the team keeps it, removed a batch at a time (each batch one
short transaction, so updates are never held up). The rows /stats counts stay: a ticket keeps
its row without its messages, a question its entry and time without its text, a broadcast
its delivery counts without one row per recipient."""

from __future__ import annotations

import sqlite3

from bot.db.store import Store
from bot.db.ticket_rows import OPEN_STATUSES_SQL


class RetentionRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    async def closed_ticket_content(self, before: str, batch: int) -> int:
        """Remove the content of up to `batch` tickets closed before `before`; how many."""
        return await self._db.atomically(lambda conn: _tickets(conn, before, batch))

    async def question_texts(self, before: str, batch: int) -> int:
        conn = await self._db.connection()
        cursor = await conn.execute(
            "UPDATE questions SET text = '' WHERE id IN (SELECT id FROM questions"
            " WHERE asked_at < ? AND text != '' ORDER BY id LIMIT ?)",
            (before, batch),
        )
        return cursor.rowcount

    async def broadcast_deliveries(self, before: str, batch: int) -> int:
        return await self._db.atomically(lambda conn: _deliveries(conn, before, batch))


def _tickets(conn: sqlite3.Connection, before: str, batch: int) -> int:
    ids = [
        row[0]
        for row in conn.execute(
            f"SELECT id FROM tickets WHERE status NOT IN ({OPEN_STATUSES_SQL})"
            " AND closed_at < ? AND (details != '[]' OR EXISTS"
            " (SELECT 1 FROM ticket_messages m WHERE m.ticket_id = tickets.id))"
            " ORDER BY id LIMIT ?",
            (before, batch),
        ).fetchall()
    ]
    if not ids:
        return 0
    marks = ", ".join("?" for _ in ids)
    conn.execute(f"DELETE FROM outbox WHERE ticket_id IN ({marks})", ids)
    conn.execute(f"DELETE FROM desk_uploads WHERE ticket_id IN ({marks})", ids)
    conn.execute(f"DELETE FROM ticket_messages WHERE ticket_id IN ({marks})", ids)
    conn.execute(f"UPDATE tickets SET details = '[]' WHERE id IN ({marks})", ids)
    return len(ids)


def _deliveries(conn: sqlite3.Connection, before: str, batch: int) -> int:
    """A finished broadcast's counts are kept on its row before its delivery rows go."""
    broadcasts = [
        row[0]
        for row in conn.execute(
            "SELECT id FROM broadcasts b WHERE status != 'running' AND finished_at < ?"
            " AND EXISTS (SELECT 1 FROM broadcast_deliveries d WHERE d.broadcast_id = b.id)"
            " ORDER BY id LIMIT 1",
            (before,),
        ).fetchall()
    ]
    if not broadcasts:
        return 0
    broadcast = broadcasts[0]
    conn.execute(
        "UPDATE broadcasts SET"
        " sent_count = (SELECT COUNT(*) FROM broadcast_deliveries"
        "  WHERE broadcast_id = ? AND status = 'sent'),"
        " failed_count = (SELECT COUNT(*) FROM broadcast_deliveries"
        "  WHERE broadcast_id = ? AND status = 'failed')"
        " WHERE id = ? AND sent_count IS NULL",
        (broadcast, broadcast, broadcast),
    )
    return conn.execute(
        "DELETE FROM broadcast_deliveries WHERE broadcast_id = ? AND user_id IN"
        " (SELECT user_id FROM broadcast_deliveries WHERE broadcast_id = ? LIMIT ?)",
        (broadcast, broadcast, batch),
    ).rowcount
