"""The daily retention pass: content older than the team keeps it is removed in small batches,
with a pause between them so updates go on being handled while it runs."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from bot.core.clock import iso, utc_now
from bot.core.config import Settings
from bot.db.retention import RetentionRepository
from bot.db.store import Store

log = logging.getLogger(__name__)

BATCH = 200
PAUSE_SECONDS = 0.05


@dataclass(frozen=True, slots=True)
class Removed:
    tickets: int = 0  # closed tickets whose content was removed
    questions: int = 0
    deliveries: int = 0


class RetentionJob:
    def __init__(self, store: RetentionRepository, db: Store, settings: Settings) -> None:
        self._store = store
        self._db = db
        self._settings = settings

    def _cutoff(self, days: float | None) -> str | None:
        days = self._settings.retention_days if days is None else days
        return iso(utc_now() - timedelta(days=days)) if days > 0 else None

    async def run(self) -> Removed:
        settings = self._settings
        tickets = await self._drain(self._store.closed_ticket_content, self._cutoff(None))
        questions = await self._drain(
            self._store.question_texts, self._cutoff(settings.retention_questions_days)
        )
        deliveries = await self._drain(
            self._store.broadcast_deliveries, self._cutoff(settings.retention_broadcasts_days)
        )
        removed = Removed(tickets, questions, deliveries)
        if removed != Removed():
            await self._db.checkpoint()
            log.info("retention: removed %s", removed)
        return removed

    @staticmethod
    async def _drain(step: Callable[[str, int], Awaitable[int]], cutoff: str | None) -> int:
        if cutoff is None:
            return 0
        total = 0
        while (done := await step(cutoff, BATCH)) > 0:
            total += done
            await asyncio.sleep(PAUSE_SECONDS)
        return total
