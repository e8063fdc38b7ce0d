"""Read-only queries behind /stats and /export. Each reads one indexed range, never the
whole history, so a large database answers as fast as a small one."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

from bot.core.clock import iso, parse_iso
from bot.db.store import Store
from bot.db.ticket_rows import OPEN_STATUSES_SQL
from bot.domain.stats import TicketTimes, UserCounts
from bot.domain.tickets import Priority

EXPORT_BATCH = 1000


def _maybe(text: str | None) -> datetime | None:
    return parse_iso(text) if text else None


class StatsRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    async def _rows(self, sql: str, params: Any = ()) -> list[Any]:
        conn = await self._db.connection()
        async with conn.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def users(self, *, active_since: datetime) -> UserCounts:
        (row,) = await self._rows(
            # CASE, not SUM over a comparison: PostgreSQL has no SUM(boolean).
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN last_seen_at >= ? THEN 1 ELSE 0 END), 0),"
            " COALESCE(SUM(blocked_bot), 0) FROM users",
            (iso(active_since),),
        )
        by_locale = await self._rows("SELECT locale, COUNT(*) FROM users GROUP BY locale")
        return UserCounts(
            total=row[0],
            active=row[1],
            inactive=row[2],
            by_locale={locale: count for locale, count in by_locale},
        )

    async def open_by_route(self) -> dict[str, int]:
        rows = await self._rows(
            "SELECT route, COUNT(*) FROM tickets"
            f" WHERE status IN ({OPEN_STATUSES_SQL}) GROUP BY route"
        )
        return {str(route): int(count) for route, count in rows}

    async def open_by_priority(self) -> dict[Priority, int]:
        rows = await self._rows(
            "SELECT priority, COUNT(*) FROM tickets"
            f" WHERE status IN ({OPEN_STATUSES_SQL}) GROUP BY priority"
        )
        counts = {priority: 0 for priority in Priority}
        counts.update({Priority(priority): count for priority, count in rows})
        return counts

    async def created_since(self, since: datetime) -> list[TicketTimes]:
        rows = await self._rows(
            "SELECT priority, created_at, first_response_at, closed_at, route FROM tickets"
            " WHERE created_at >= ?",
            (iso(since),),
        )
        return [
            TicketTimes(Priority(r[0]), parse_iso(r[1]), _maybe(r[2]), _maybe(r[3]), r[4])
            for r in rows
        ]

    async def closed_since(self, since: datetime) -> list[TicketTimes]:
        rows = await self._rows(
            "SELECT priority, created_at, first_response_at, closed_at, route FROM tickets"
            " WHERE closed_at >= ?",
            (iso(since),),
        )
        return [
            TicketTimes(Priority(r[0]), parse_iso(r[1]), _maybe(r[2]), _maybe(r[3]), r[4])
            for r in rows
        ]

    async def ratings_since(self, since: datetime) -> dict[int, int]:
        rows = await self._rows(
            "SELECT rating, COUNT(*) FROM tickets"
            " WHERE closed_at >= ? AND rating IS NOT NULL GROUP BY rating",
            (iso(since),),
        )
        counts = {rating: 0 for rating in range(1, 6)}
        counts.update({rating: count for rating, count in rows})
        return counts

    async def top_faq(self, since: datetime, *, limit: int) -> list[tuple[str, int]]:
        rows = await self._rows(
            "SELECT faq_entry, COUNT(*) AS n FROM questions"
            " WHERE asked_at >= ? AND faq_entry IS NOT NULL"
            " GROUP BY faq_entry ORDER BY n DESC, faq_entry LIMIT ?",
            (iso(since), limit),
        )
        return [(entry, count) for entry, count in rows]

    async def export(self, table: str) -> AsyncIterator[list[Any]]:
        """Rows for a CSV export, oldest first, in batches (never the whole table in memory)."""
        queries = {
            "tickets": "SELECT id, reference, user_id, category, priority, status, created_at,"
            " first_response_at, closed_at, claimed_by, rating, close_reason FROM tickets"
            " WHERE id > ? ORDER BY id LIMIT ?",
            "questions": "SELECT id, user_id, locale, text, faq_entry, round(score, 3), asked_at"
            " FROM questions WHERE id > ? ORDER BY id LIMIT ?",
        }
        last = 0
        while True:
            rows = await self._rows(queries[table], (last, EXPORT_BATCH))
            if not rows:
                return
            for row in rows:
                yield list(row)
            last = rows[-1][0]
