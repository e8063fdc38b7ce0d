"""The outbox: every message the desk relays, stored before it is sent and kept until it is."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

import aiosqlite

from bot.core.clock import iso, parse_iso, utc_now
from bot.db.store import Store


class OutboxKind(StrEnum):
    GROUP_TEXT = "group_text"  # a user's text, into the ticket's thread (may be coalesced)
    GROUP_COPY = "group_copy"  # a user's media message, copied into the thread
    GROUP_FILE = "group_file"  # a flow attachment (file id), into the thread
    GROUP_NOTICE = "group_notice"  # a system line for agents (SLA, delivery failure, status)
    TOPIC = "topic"  # open the ticket's forum topic (a send of its own in the group's budget)
    CARD = "card"  # post or refresh the ticket card
    USER_COPY = "user_copy"  # an agent's message, copied to the user
    USER_TEXT = "user_text"  # a text to the user (snippets, closing, notices)
    USER_UPLOAD = "user_upload"  # a photo or file an agent attached in the web desk


GROUP_KINDS = frozenset(
    {
        OutboxKind.GROUP_TEXT,
        OutboxKind.GROUP_COPY,
        OutboxKind.GROUP_FILE,
        OutboxKind.GROUP_NOTICE,
        OutboxKind.CARD,
    }
)


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    kind: OutboxKind
    chat_id: int
    ticket_id: int | None
    ticket_message_id: int | None
    payload: dict[str, Any]
    attempts: int
    next_attempt_at: datetime


@dataclass(frozen=True, slots=True)
class NewOutboxItem:
    kind: OutboxKind
    chat_id: int
    ticket_id: int | None = None
    ticket_message_id: int | None = None
    payload: dict[str, Any] | None = None


def _item(row: aiosqlite.Row, payload: dict[str, Any] | None = None) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        kind=OutboxKind(row["kind"]),
        chat_id=row["chat_id"],
        ticket_id=row["ticket_id"],
        ticket_message_id=row["ticket_message_id"],
        payload=payload if payload is not None else json.loads(row["payload"]),
        attempts=row["attempts"],
        next_attempt_at=parse_iso(row["next_attempt_at"]),
    )


ENQUEUE_SQL = (
    "INSERT INTO outbox (kind, chat_id, ticket_id, ticket_message_id, payload,"
    " next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def outbox_rows(items: list[NewOutboxItem]) -> list[tuple[object, ...]]:
    now = iso(utc_now())
    return [
        (
            i.kind.value,
            i.chat_id,
            i.ticket_id,
            i.ticket_message_id,
            json.dumps(i.payload or {}, ensure_ascii=False),
            now,
            now,
        )
        for i in items
    ]


PARSED_KEPT = 5000  # pending rows' payloads kept parsed between rounds


class OutboxRepository:
    def __init__(self, db: Store) -> None:
        self._db = db
        # The worker reads the pending rows again after every send; a row changes only when a
        # send is retried, so each is built once per attempt (parsing the payload each time
        # was 5 % of the bot's CPU under load; building the items, another 5 %).
        self._built: dict[int, tuple[int, str, OutboxItem]] = {}

    async def enqueue(self, items: list[NewOutboxItem]) -> None:
        # One statement for all the rows: group commit makes it one transaction.
        conn = await self._db.connection()
        await conn.executemany(ENQUEUE_SQL, outbox_rows(items))

    async def pending(
        self, *, skip_chats: Iterable[int] = (), limit: int = 100
    ) -> list[OutboxItem]:
        """Pending rows in send order, due or not: a row waiting for its retry holds back the
        rows after it for the same chat, so each chat's messages keep their order. Chats in
        `skip_chats` (a send in flight) are left out: a long queue for a busy group is then
        not read again after every send."""
        skip = list(skip_chats)
        marks = ", ".join("?" * len(skip))
        where = f" AND chat_id NOT IN ({marks})" if skip else ""
        conn = await self._db.connection()
        async with conn.execute(
            f"SELECT * FROM outbox WHERE status = 'pending'{where} ORDER BY id LIMIT ?",
            (*skip, limit),
        ) as cursor:
            rows = await cursor.fetchall()
        if len(self._built) > PARSED_KEPT:
            self._built.clear()
        return [self._built_item(row) for row in rows]

    def _built_item(self, row: aiosqlite.Row) -> OutboxItem:
        attempts, due = row["attempts"], row["next_attempt_at"]
        built = self._built.get(row["id"])
        if built is not None and built[0] == attempts and built[1] == due:
            return built[2]
        item = _item(row, built[2].payload if built is not None else None)
        self._built[item.id] = (attempts, due, item)
        return item

    async def retry_all_now(self) -> None:
        """After a restart, pending rows are tried at once instead of waiting out old backoff."""
        conn = await self._db.connection()
        await conn.execute(
            "UPDATE outbox SET next_attempt_at = ? WHERE status = 'pending'", (iso(utc_now()),)
        )

    async def mark_sent(self, item_ids: list[int]) -> None:
        self._forget(item_ids)
        conn = await self._db.connection()
        now = iso(utc_now())
        await conn.executemany(
            "UPDATE outbox SET status = 'sent', sent_at = ? WHERE id = ?",
            [(now, item_id) for item_id in item_ids],
        )

    async def retry_later(self, item_ids: list[int], at: datetime, error: str) -> None:
        conn = await self._db.connection()
        await conn.executemany(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, error = ?"
            " WHERE id = ?",
            [(iso(at), error[:500], item_id) for item_id in item_ids],
        )

    async def fail(self, item_ids: list[int], error: str) -> None:
        self._forget(item_ids)
        conn = await self._db.connection()
        await conn.executemany(
            "UPDATE outbox SET status = 'failed', error = ? WHERE id = ?",
            [(error[:500], item_id) for item_id in item_ids],
        )

    def _forget(self, item_ids: list[int]) -> None:
        for item_id in item_ids:
            self._built.pop(item_id, None)
