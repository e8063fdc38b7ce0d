"""The audit trail: who (an agent's or admin's Telegram id) did what, to which ticket, when.
Rows are only added; /audit reads them back by person, ticket and day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from bot.core.clock import iso, parse_iso, utc_now
from bot.db.store import Store


class AuditAction(StrEnum):
    VIEW = "view"  # a ticket's details opened in the web desk
    REPLY = "reply"
    NOTE = "note"
    SNIPPET_SENT = "snippet_sent"
    ANSWER_SENT = "answer_sent"
    HELD_BACK = "held_back"  # a reply that asked for a secret, not sent
    CLAIM = "claim"
    PRIORITY = "priority"
    CATEGORY = "category"
    CLOSE = "close"
    REOPEN = "reopen"
    BAN = "ban"
    UNBAN = "unban"
    SNIPPET_SAVED = "snippet_saved"
    SNIPPET_DELETED = "snippet_deleted"
    KB_EDIT = "kb_edit"
    BROADCAST = "broadcast"
    EXPORT = "export"
    ERASE = "erase"
    SIGN_IN = "sign_in"  # the web desk


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor_id: int
    action: str
    ticket_id: int | None
    detail: str


@dataclass(frozen=True, slots=True)
class AuditQuery:
    actor_id: int | None = None
    ticket_id: int | None = None
    day: date | None = None
    limit: int = 30


class AuditRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    async def record(
        self,
        actor_id: int,
        action: AuditAction,
        *,
        ticket_id: int | None = None,
        detail: str = "",
    ) -> None:
        conn = await self._db.connection()
        await conn.execute(
            "INSERT INTO audit_log (at, actor_id, action, ticket_id, detail)"
            " VALUES (?, ?, ?, ?, ?)",
            (iso(utc_now()), actor_id, action.value, ticket_id, detail[:300]),
        )

    async def entries(self, query: AuditQuery) -> list[AuditEntry]:
        where: list[str] = []
        params: list[object] = []
        if query.actor_id is not None:
            where.append("actor_id = ?")
            params.append(query.actor_id)
        if query.ticket_id is not None:
            where.append("ticket_id = ?")
            params.append(query.ticket_id)
        if query.day is not None:
            start = datetime.combine(query.day, time.min, tzinfo=UTC)
            where += ["at >= ?", "at < ?"]
            params += [iso(start), iso(start + timedelta(days=1))]
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        conn = await self._db.connection()
        async with conn.execute(
            f"SELECT id, at, actor_id, action, ticket_id, detail FROM audit_log {clause}"
            " ORDER BY id DESC LIMIT ?",
            (*params, query.limit),
        ) as cursor:
            rows = await cursor.fetchall()
        return [
            AuditEntry(int(r[0]), parse_iso(r[1]), int(r[2]), r[3], r[4], r[5]) for r in rows
        ]
