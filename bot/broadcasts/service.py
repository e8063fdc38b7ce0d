"""What the admin commands ask of broadcasts: start one, cancel, read progress."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Bot

from bot.broadcasts.worker import BroadcastWorker, rate_for
from bot.core.config import Settings
from bot.core.i18n import Translator
from bot.db.broadcasts import BroadcastRepository
from bot.db.users import UserRepository
from bot.domain.broadcasts import Broadcast, BroadcastStatus, NewBroadcast, Progress


@dataclass(frozen=True, slots=True)
class BroadcastReport:
    broadcast: Broadcast
    progress: Progress
    rate: float  # messages per second achieved lately (0 when idle)
    limit: float  # the configured rate
    eta_seconds: float | None  # None when nothing is pending or it is not running


class BroadcastService:
    def __init__(
        self,
        store: BroadcastRepository,
        *,
        users: UserRepository,
        translator: Translator,
        settings: Settings,
    ) -> None:
        self._store = store
        self._users = users
        self._translator = translator
        self._settings = settings
        self._worker: BroadcastWorker | None = None

    def start(self, bot: Bot) -> None:
        self._worker = BroadcastWorker(
            bot,
            store=self._store,
            users=self._users,
            translator=self._translator,
            settings=self._settings,
        )
        self._worker.start()

    async def stop(self) -> None:
        if self._worker is not None:
            await self._worker.stop()

    async def launch(self, new: NewBroadcast) -> Broadcast:
        broadcast = await self._store.create(new)
        if self._worker is not None:
            self._worker.wake()
        return broadcast

    async def cancel_running(self) -> list[Broadcast]:
        cancelled = []
        for broadcast in await self._store.running():
            if await self._store.finish(broadcast.id, BroadcastStatus.CANCELLED):
                cancelled.append(broadcast)
                if self._worker is not None:
                    self._worker.cancel(broadcast.id)
        return cancelled

    async def report(self, broadcast_id: int | None = None) -> BroadcastReport | None:
        if broadcast_id is None:
            running = await self._store.running()
            broadcast = running[0] if running else await self._store.latest()
        else:
            broadcast = await self._store.get(broadcast_id)
        if broadcast is None:
            return None
        progress = await self._store.progress(broadcast.id)
        is_running = broadcast.status is BroadcastStatus.RUNNING
        limit = rate_for(self._settings, paid=broadcast.paid)
        rate = self._worker.achieved_rate() if self._worker and is_running else 0.0
        if not is_running and broadcast.finished_at is not None:
            # A finished one shows its average: what it sent over the time it took.
            seconds = (broadcast.finished_at - broadcast.created_at).total_seconds()
            rate = progress.sent / seconds if seconds > 0 else 0.0
        eta = None
        if is_running and progress.pending:
            eta = progress.pending / (rate or limit)
        return BroadcastReport(broadcast, progress, rate, limit, eta)
