"""What /readyz and /metrics read from the database: that it answers, and how much work waits."""

from __future__ import annotations

from dataclasses import dataclass

from bot.db.store import Store


@dataclass(frozen=True, slots=True)
class QueueDepths:
    inbox: int  # updates stored, not yet handled
    outbox: int  # relays and desk posts not yet sent
    broadcast: int  # deliveries of running broadcasts not yet sent


class HealthRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    async def depths(self) -> QueueDepths:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT (SELECT COUNT(*) FROM inbox WHERE status = 'pending'),"
            " (SELECT COUNT(*) FROM outbox WHERE status = 'pending'),"
            " (SELECT COUNT(*) FROM broadcast_deliveries d JOIN broadcasts b"
            "  ON b.id = d.broadcast_id WHERE b.status = 'running' AND d.status = 'pending')"
        ) as cursor:
            row = await cursor.fetchone()
        assert row is not None
        return QueueDepths(inbox=row[0], outbox=row[1], broadcast=row[2])
