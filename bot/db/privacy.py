"""A user's data: everything stored about them, read out for /mydata, and erased for /forget
(their words, files, name and contact details gone; their tickets kept as anonymous rows so
the statistics keep their counts)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from bot.core.clock import iso, utc_now
from bot.db.store import Store
from bot.db.ticket_rows import OPEN_STATUSES_SQL

ERASED_NAME = "—"  # what an erased user's name becomes


@dataclass(frozen=True, slots=True)
class StoredMessage:
    direction: str  # in (from the user) or out (to the user); notes are never exported
    content_type: str
    text: str
    at: str


@dataclass(frozen=True, slots=True)
class StoredTicket:
    reference: str
    category: str
    priority: str
    status: str
    created_at: str
    closed_at: str | None
    rating: int | None
    erased_at: str | None
    messages: list[StoredMessage] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class UserData:
    user_id: int
    first_name: str
    locale: str
    language_code: str | None
    first_seen_at: str
    last_seen_at: str
    notices_opt_out: bool
    tickets: list[StoredTicket]
    feedback: list[dict[str, Any]]
    questions: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Erased:
    tickets: int
    messages: int
    questions: int


class PrivacyRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    async def user_data(self, user_id: int) -> UserData | None:
        return await self._db.atomically(lambda conn: _read(conn, user_id))

    async def erase(self, user_id: int) -> Erased:
        return await self._db.atomically(lambda conn: _erase(conn, user_id, iso(utc_now())))


def _rows(conn: sqlite3.Connection, sql: str, *params: object) -> list[Any]:
    return list(conn.execute(sql, params).fetchall())


def _read(conn: sqlite3.Connection, user_id: int) -> UserData | None:
    users = _rows(
        conn,
        "SELECT first_name, locale, language_code, first_seen_at, last_seen_at, notices_opt_out"
        " FROM users WHERE id = ?",
        user_id,
    )
    if not users:
        return None
    user = users[0]
    tickets = []
    for row in _rows(
        conn,
        "SELECT id, reference, category, priority, status, created_at, closed_at, rating,"
        " erased_at FROM tickets WHERE user_id = ? ORDER BY id",
        user_id,
    ):
        messages = [
            StoredMessage(m[0], m[1], m[2], m[3])
            for m in _rows(
                conn,
                "SELECT direction, content_type, text, created_at FROM ticket_messages"
                " WHERE ticket_id = ? AND direction IN ('in', 'out') ORDER BY id",
                row[0],
            )
        ]
        reference, category, priority, status, created, closed, rating, erased = row[1:]
        tickets.append(
            StoredTicket(
                reference, category, priority, status, created, closed, rating, erased, messages
            )
        )
    feedback = [
        {"rating": r[0], "text": r[1], "at": r[2]}
        for r in _rows(
            conn,
            "SELECT rating, text, created_at FROM feedback WHERE user_id = ? ORDER BY id",
            user_id,
        )
    ]
    questions = [
        {"text": r[0], "at": r[1]}
        for r in _rows(
            conn,
            "SELECT text, asked_at FROM questions WHERE user_id = ? AND text != '' ORDER BY id",
            user_id,
        )
    ]
    return UserData(
        user_id,
        user[0],
        user[1],
        user[2],
        user[3],
        user[4],
        bool(user[5]),
        tickets,
        feedback,
        questions,
    )


def _erase(conn: sqlite3.Connection, user_id: int, now: str) -> Erased:
    tickets = [r[0] for r in _rows(conn, "SELECT id FROM tickets WHERE user_id = ?", user_id)]
    marks = ", ".join("?" for _ in tickets) or "NULL"
    # What an agent, a flow or the desk wrote about them goes with what they wrote.
    conn.execute(
        f"DELETE FROM outbox WHERE chat_id = ? OR ticket_id IN ({marks})", (user_id, *tickets)
    )
    conn.execute(f"DELETE FROM desk_uploads WHERE ticket_id IN ({marks})", tickets)
    messages = conn.execute(
        f"DELETE FROM ticket_messages WHERE ticket_id IN ({marks})", tickets
    ).rowcount
    conn.execute(
        "UPDATE tickets SET details = '[]', suggested = '', close_reason = NULL, erased_at = ?"
        " WHERE user_id = ?",
        (now, user_id),
    )
    # Nothing is left to work on: open tickets close, quietly (no rating request).
    conn.execute(
        f"UPDATE tickets SET status = 'closed', closed_at = ?, updated_at = ?"
        f" WHERE user_id = ? AND status IN ({OPEN_STATUSES_SQL})",
        (now, now, user_id),
    )
    # Examples the team labelled from their questions are their words too.
    conn.execute(
        "DELETE FROM labelled_examples WHERE text IN"
        " (SELECT text FROM questions WHERE user_id = ? AND text != '')",
        (user_id,),
    )
    questions = conn.execute(
        "UPDATE questions SET text = '' WHERE user_id = ? AND text != ''", (user_id,)
    ).rowcount
    conn.execute("UPDATE feedback SET text = '' WHERE user_id = ?", (user_id,))
    conn.execute("DELETE FROM reminders WHERE user_id = ?", (user_id,))
    conn.execute("DELETE FROM inbox WHERE chat_id = ?", (user_id,))
    conn.execute("DELETE FROM persisted_data WHERE owner_id = ?", (user_id,))
    conn.execute(
        "DELETE FROM conversation_state WHERE conv_key LIKE ? OR conv_key LIKE ?",
        (f"[{user_id},%", f"%, {user_id}]"),
    )
    conn.execute(
        "UPDATE users SET first_name = ?, language_code = NULL WHERE id = ?",
        (ERASED_NAME, user_id),
    )
    return Erased(len(tickets), messages, questions)
