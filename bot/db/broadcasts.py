"""Broadcasts and their per-recipient delivery rows."""

from __future__ import annotations

from typing import Any

import aiosqlite

from bot.core.clock import iso, parse_iso, utc_now
from bot.db.database import expect_row
from bot.db.store import Store
from bot.db.ticket_rows import OPEN_STATUSES_SQL
from bot.domain.broadcasts import (
    Audience,
    AudienceKind,
    Broadcast,
    BroadcastStatus,
    Content,
    ContentType,
    Delivery,
    DeliveryStatus,
    NewBroadcast,
    Progress,
)


def _broadcast(row: aiosqlite.Row) -> Broadcast:
    return Broadcast(
        id=row["id"],
        admin_id=row["admin_id"],
        content=Content(ContentType(row["content_type"]), row["text"], row["file_id"]),
        audience=Audience.decode(row["audience"]),
        security_critical=bool(row["security_critical"]),
        status=BroadcastStatus(row["status"]),
        total=row["total"],
        created_at=parse_iso(row["created_at"]),
        finished_at=parse_iso(row["finished_at"]) if row["finished_at"] else None,
        paid=bool(row["paid"]),
    )


def _audience_filter(
    audience: Audience, *, admin_id: int, security_critical: bool
) -> tuple[str, list[Any]]:
    """WHERE clause over `users u` selecting who a broadcast reaches."""
    if audience.kind is AudienceKind.TEST:
        return "u.id = ?", [admin_id]
    # Users who blocked the bot are inactive; opted-out users only get security-critical ones.
    clauses, params = ["u.blocked_bot = 0"], []
    if not security_critical:
        clauses.append("u.notices_opt_out = 0")
    if audience.kind is AudienceKind.LOCALE:
        clauses.append("u.locale = ?")
        params.append(audience.locale)
    elif audience.kind is AudienceKind.OPEN_TICKETS:
        clauses.append(
            "EXISTS (SELECT 1 FROM tickets t WHERE t.user_id = u.id"
            f" AND t.status IN ({OPEN_STATUSES_SQL}))"
        )
    return " AND ".join(clauses), params


class BroadcastRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    async def count_audience(
        self, audience: Audience, *, admin_id: int, security_critical: bool
    ) -> int:
        where, params = _audience_filter(
            audience, admin_id=admin_id, security_critical=security_critical
        )
        conn = await self._db.connection()
        async with conn.execute(f"SELECT COUNT(*) FROM users u WHERE {where}", params) as cursor:
            row = await cursor.fetchone()
        return int(expect_row(row)[0])

    async def create(self, new: NewBroadcast) -> Broadcast:
        """The broadcast and one pending row per recipient, in one transaction. Confirming the
        same update again returns the broadcast it already created."""
        if new.source_update_id is not None:
            existing = await self._by_source(new.source_update_id)
            if existing is not None:
                return existing
        where, params = _audience_filter(
            new.audience, admin_id=new.admin_id, security_critical=new.security_critical
        )
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO broadcasts (admin_id, content_type, text, file_id, audience,"
                " security_critical, status, source_update_id, created_at, paid)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    new.admin_id,
                    new.content.type.value,
                    new.content.text,
                    new.content.file_id,
                    new.audience.encode(),
                    int(new.security_critical),
                    BroadcastStatus.RUNNING.value,
                    new.source_update_id,
                    iso(utc_now()),
                    int(new.paid),
                ),
            )
            broadcast_id = int(expect_row(await cursor.fetchone())[0])
            cursor = await conn.execute(
                "INSERT INTO broadcast_deliveries (broadcast_id, user_id)"
                f" SELECT ?, u.id FROM users u WHERE {where}",
                [broadcast_id, *params],
            )
            await conn.execute(
                "UPDATE broadcasts SET total = ? WHERE id = ?", (cursor.rowcount, broadcast_id)
            )
        broadcast = await self.get(broadcast_id)
        assert broadcast is not None
        return broadcast

    async def _by_source(self, update_id: int) -> Broadcast | None:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM broadcasts WHERE source_update_id = ?", (update_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return _broadcast(row) if row else None

    async def get(self, broadcast_id: int) -> Broadcast | None:
        conn = await self._db.connection()
        async with conn.execute("SELECT * FROM broadcasts WHERE id = ?", (broadcast_id,)) as cur:
            row = await cur.fetchone()
        return _broadcast(row) if row else None

    async def latest(self) -> Broadcast | None:
        conn = await self._db.connection()
        async with conn.execute("SELECT * FROM broadcasts ORDER BY id DESC LIMIT 1") as cursor:
            row = await cursor.fetchone()
        return _broadcast(row) if row else None

    async def running(self) -> list[Broadcast]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM broadcasts WHERE status = ? ORDER BY id",
            (BroadcastStatus.RUNNING.value,),
        ) as cursor:
            rows = await cursor.fetchall()
        return [_broadcast(row) for row in rows]

    async def due(self, broadcast_id: int, *, now: float, limit: int) -> list[Delivery]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT d.broadcast_id, d.user_id, d.attempts, COALESCE(u.locale, '') AS locale"
            " FROM broadcast_deliveries d LEFT JOIN users u ON u.id = d.user_id"
            " WHERE d.broadcast_id = ? AND d.status = 'pending' AND d.next_attempt_at <= ?"
            " ORDER BY d.user_id LIMIT ?",
            (broadcast_id, now, limit),
        ) as cursor:
            rows = await cursor.fetchall()
        return [
            Delivery(row["broadcast_id"], row["user_id"], row["locale"], row["attempts"])
            for row in rows
        ]

    async def next_attempt_at(self, broadcast_id: int) -> float | None:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT MIN(next_attempt_at) FROM broadcast_deliveries"
            " WHERE broadcast_id = ? AND status = 'pending'",
            (broadcast_id,),
        ) as cursor:
            row = await cursor.fetchone()
        earliest = expect_row(row)[0]
        return None if earliest is None else float(earliest)

    async def mark_sent(self, delivery: Delivery, message_id: int) -> None:
        conn = await self._db.connection()
        await conn.execute(
            "UPDATE broadcast_deliveries SET status = 'sent', message_id = ?, sent_at = ?,"
            " attempts = attempts + 1, error = NULL WHERE broadcast_id = ? AND user_id = ?",
            (message_id, iso(utc_now()), delivery.broadcast_id, delivery.user_id),
        )

    async def mark_failed(self, delivery: Delivery, error: str) -> None:
        conn = await self._db.connection()
        await conn.execute(
            "UPDATE broadcast_deliveries SET status = 'failed', error = ?, attempts = attempts + 1"
            " WHERE broadcast_id = ? AND user_id = ?",
            (error[:300], delivery.broadcast_id, delivery.user_id),
        )

    async def retry_later(
        self, delivery: Delivery, *, at: float, error: str, counts: bool = True
    ) -> None:
        """Back to pending until `at`; a RetryAfter (counts=False) is not the recipient's fault."""
        conn = await self._db.connection()
        await conn.execute(
            "UPDATE broadcast_deliveries SET next_attempt_at = ?, error = ?,"
            " attempts = attempts + ? WHERE broadcast_id = ? AND user_id = ?",
            (at, error[:300], int(counts), delivery.broadcast_id, delivery.user_id),
        )

    async def progress(self, broadcast_id: int) -> Progress:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT status, COUNT(*) FROM broadcast_deliveries WHERE broadcast_id = ?"
            " GROUP BY status",
            (broadcast_id,),
        ) as cursor:
            counts = {row[0]: row[1] for row in await cursor.fetchall()}
        if not counts:  # retention removed the rows: the counts it kept
            async with conn.execute(
                "SELECT sent_count, failed_count FROM broadcasts WHERE id = ?", (broadcast_id,)
            ) as cursor:
                row = await cursor.fetchone()
            if row is not None and row[0] is not None:
                counts = {DeliveryStatus.SENT.value: row[0], DeliveryStatus.FAILED.value: row[1]}
        sent = counts.get(DeliveryStatus.SENT.value, 0)
        failed = counts.get(DeliveryStatus.FAILED.value, 0)
        pending = counts.get(DeliveryStatus.PENDING.value, 0)
        return Progress(total=sent + failed + pending, sent=sent, failed=failed, pending=pending)

    async def finish(self, broadcast_id: int, status: BroadcastStatus) -> bool:
        """Move a running broadcast to done/cancelled; False if it had already left running."""
        conn = await self._db.connection()
        cursor = await conn.execute(
            "UPDATE broadcasts SET status = ?, finished_at = ? WHERE id = ? AND status = ?",
            (status.value, iso(utc_now()), broadcast_id, BroadcastStatus.RUNNING.value),
        )
        return cursor.rowcount > 0
