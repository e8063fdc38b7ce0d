"""Telegram's send limits as one budget every replica draws from: a sliding window per scope
("all" for the bot-wide limit, "chat:<id>" for a group or a private chat), kept in the
database. A send takes a slot in each of its scopes before it goes and settles the slot when
it has finished: Telegram counts a send when it arrives, which is between the two, so a
window counted on finish times never runs ahead of Telegram's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.db.store import Store

# A slot not yet settled counts as a send this far ahead of when it was taken: a request
# reaches Telegram well within it, and a slot left by a replica killed mid-send lapses soon
# (a longer margin held every chat that replica was sending to, and the bot-wide budget).
IN_FLIGHT_SECONDS = 2.0
MIN_WAIT_SECONDS = 0.02


@dataclass(frozen=True, slots=True)
class Budget:
    scope: str
    limit: int  # sends at most…
    window: float  # …per this many seconds


@dataclass(frozen=True, slots=True)
class Taken:
    """Either the slots taken (send now), or how long to wait before asking again."""

    slots: tuple[int, ...] = ()
    wait: float = 0.0


class SendBudgetRepository:
    def __init__(self, db: Store) -> None:
        self._db = db
        self._known: set[str] = set()  # scopes with their row (rows are never deleted)

    async def take(self, budgets: Sequence[Budget], now: float) -> Taken:
        ordered = sorted(budgets, key=lambda b: b.scope)  # one lock order: no deadlock
        async with self._db.transaction() as conn:
            fresh = [b.scope for b in ordered if b.scope not in self._known]
            if fresh:
                await conn.executemany(
                    "INSERT INTO send_scopes (scope) VALUES (?) ON CONFLICT DO NOTHING",
                    [(scope,) for scope in fresh],
                )
                self._known.update(fresh)
            for budget in ordered:  # the scope's row lock: one replica counts at a time
                await conn.execute(
                    "UPDATE send_scopes SET scope = scope WHERE scope = ?", (budget.scope,)
                )
            wait = await self._wait(conn, ordered, now)
            if wait > 0:
                return Taken(wait=wait)
            values = ", ".join("(?, ?)" for _ in ordered)
            async with conn.execute(
                f"INSERT INTO send_slots (scope, at) VALUES {values} RETURNING id",
                [v for b in ordered for v in (b.scope, now + IN_FLIGHT_SECONDS)],
            ) as cursor:
                slots = tuple(int(row[0]) for row in await cursor.fetchall())
        return Taken(slots=slots)

    @staticmethod
    async def _wait(conn: Any, budgets: Sequence[Budget], now: float) -> float:
        """0 if every budget has room now; else how long until the fullest one may."""
        where = " OR ".join("(scope = ? AND at > ?)" for _ in budgets)
        async with conn.execute(
            f"SELECT scope, COUNT(*), MIN(at) FROM send_slots WHERE {where} GROUP BY scope",
            [v for b in budgets for v in (b.scope, now - b.window)],
        ) as cursor:
            counts = {row[0]: (int(row[1]), row[2]) for row in await cursor.fetchall()}
        wait = 0.0
        for budget in budgets:
            count, oldest = counts.get(budget.scope, (0, None))
            if count >= budget.limit:
                # The oldest send leaves the window then; one still in flight: soon.
                free_at = oldest + budget.window if oldest is not None and oldest <= now else now
                wait = max(wait, free_at - now, MIN_WAIT_SECONDS)
        return wait

    async def settle(self, slots: Sequence[int], at: float) -> None:
        if not slots:
            return
        conn = await self._db.connection()
        await conn.executemany(
            "UPDATE send_slots SET at = ? WHERE id = ?", [(at, s) for s in slots]
        )

    async def prune(self, before: float) -> int:
        conn = await self._db.connection()
        cursor = await conn.execute("DELETE FROM send_slots WHERE at < ?", (before,))
        return cursor.rowcount
