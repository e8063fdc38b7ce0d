"""Delivers running broadcasts in the background at BROADCAST_RATE messages per second, or
BROADCAST_PAID_RATE for a paid one (allow_paid_broadcast).

- Sends are spaced evenly (never a burst), several may be in flight at once so a slow answer
  does not slow the rate (more at a higher rate), and a RetryAfter holds every send for the
  time Telegram asks.
- What an answer means is bot/delivery's policy: 403 (blocked, deactivated) marks the user
  inactive and is final, 400 is final, other errors retry with backoff up to MAX_ATTEMPTS;
  a row is marked sent as soon as Telegram accepts it.
- Rows are read in batches and a batch finishes before the next is read, so no row is ever
  in flight twice; after a restart the rows still pending are simply read again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections import deque
from dataclasses import dataclass

from telegram import Bot, Message
from telegram.error import TelegramError

from bot.broadcasts.render import notice_markup, send_notice
from bot.core.config import Settings
from bot.core.i18n import Translator
from bot.db.broadcasts import BroadcastRepository
from bot.db.users import UserRepository
from bot.delivery.background import BackgroundLoop
from bot.delivery.outcome import Outcome, Result, attempt, backoff
from bot.delivery.pacing import EvenSpacing
from bot.domain.broadcasts import Broadcast, BroadcastStatus, Delivery

log = logging.getLogger(__name__)

BATCH_SIZE = 200  # rows read at once; a paid broadcast reads a second's worth
MAX_IN_FLIGHT = 8  # sends awaiting Telegram's answer at once; more at a higher rate
IN_FLIGHT_SECONDS = 0.04  # ...enough to keep the rate while each answer takes this long
# Sends are paced this much below the configured rate: a send that leaves on time can reach
# Telegram a little late, and a late cluster must not tip a one-second window over the limit.
HEADROOM = 0.03
MAX_ATTEMPTS = 5
BACKOFF_BASE_SECONDS = 2.0
MAX_BACKOFF_SECONDS = 300.0
IDLE_WAIT_SECONDS = 5.0
RATE_WINDOW_SECONDS = 10.0


def rate_for(settings: Settings, *, paid: bool) -> float:
    """Messages per second a broadcast is sent at."""
    return settings.broadcast_paid_rate if paid else settings.broadcast_rate


@dataclass(slots=True)
class _Pace:
    """How one kind of broadcast (free or paid) is paced: its spacing, how many sends may
    await an answer at once, and how many rows are read at a time."""

    spacing: EvenSpacing
    slots: asyncio.Semaphore
    batch: int

    @classmethod
    def at(cls, rate: float) -> _Pace:
        in_flight = max(MAX_IN_FLIGHT, math.ceil(rate * IN_FLIGHT_SECONDS))
        spacing = EvenSpacing(rate * (1 - HEADROOM))
        return cls(spacing, asyncio.Semaphore(in_flight), max(BATCH_SIZE, int(rate)))


class BroadcastWorker:
    def __init__(
        self,
        bot: Bot,
        *,
        store: BroadcastRepository,
        users: UserRepository,
        translator: Translator,
        settings: Settings,
    ) -> None:
        self._bot = bot
        self._store = store
        self._users = users
        self._translator = translator
        self._settings = settings
        self._paces: dict[bool, _Pace] = {}  # by paid
        self._cancelled: set[int] = set()
        self._completed: deque[float] = deque()
        self._in_flight: set[asyncio.Task[None]] = set()
        self._loop = BackgroundLoop("broadcasts", self._round, idle_seconds=IDLE_WAIT_SECONDS)

    # ------------------------------------------------------------------ life
    def start(self) -> None:
        self._loop.start()

    def wake(self) -> None:
        self._loop.wake()

    def cancel(self, broadcast_id: int) -> None:
        self._cancelled.add(broadcast_id)
        self._loop.wake()

    async def stop(self, timeout: float = 10.0) -> None:
        """Let sends in flight finish and be recorded; the rest stays pending for next start."""
        await self._loop.stop(timeout)

    def achieved_rate(self) -> float:
        """Messages per second over the last few seconds."""
        now = time.monotonic()
        while self._completed and self._completed[0] < now - RATE_WINDOW_SECONDS:
            self._completed.popleft()
        if len(self._completed) < 2:
            return 0.0
        span = max(now - self._completed[0], 1.0)
        return len(self._completed) / span

    def _pace(self, broadcast: Broadcast) -> _Pace:
        if broadcast.paid not in self._paces:
            self._paces[broadcast.paid] = _Pace.at(rate_for(self._settings, paid=broadcast.paid))
        return self._paces[broadcast.paid]

    # ------------------------------------------------------------------ loop
    async def _round(self) -> float:
        for broadcast in await self._store.running():
            return await self._advance(broadcast)  # one broadcast at a time, oldest first
        return IDLE_WAIT_SECONDS

    async def _advance(self, broadcast: Broadcast) -> float:
        """Send one batch of a broadcast; returns how long to wait before the next round."""
        store = self._store
        if broadcast.id in self._cancelled:
            await store.finish(broadcast.id, BroadcastStatus.CANCELLED)
            return 0.0
        pace = self._pace(broadcast)
        batch = await store.due(broadcast.id, now=time.time(), limit=pace.batch)
        if not batch:
            next_at = await store.next_attempt_at(broadcast.id)
            if next_at is None:
                if await store.finish(broadcast.id, BroadcastStatus.DONE):
                    await self._report_done(broadcast)
                return 0.0
            return max(0.05, next_at - time.time())
        loop = asyncio.get_running_loop()
        try:
            for delivery in batch:
                if self._loop.stopping or broadcast.id in self._cancelled:
                    break
                wait = pace.spacing.take(loop.time())
                if wait > 0:
                    await asyncio.sleep(wait)
                await pace.slots.acquire()
                task = loop.create_task(self._deliver(broadcast, delivery, pace))
                self._in_flight.add(task)
                task.add_done_callback(self._in_flight.discard)
        finally:
            # The whole batch is recorded before the next is read: no row is sent twice.
            if self._in_flight:
                await asyncio.wait(set(self._in_flight))
        return 0.0

    async def _deliver(self, broadcast: Broadcast, delivery: Delivery, pace: _Pace) -> None:
        locale = delivery.locale or self._settings.default_locale
        markup = notice_markup(
            self._translator, locale, security_critical=broadcast.security_critical
        )
        try:
            outcome = await attempt(
                lambda: send_notice(
                    self._bot,
                    delivery.user_id,
                    broadcast.content,
                    markup,
                    paid=broadcast.paid,
                ),
                what=f"broadcast {broadcast.id} to {delivery.user_id}",
            )
            await self._record(delivery, outcome, pace)
        finally:
            pace.slots.release()

    async def _record(self, delivery: Delivery, outcome: Outcome[Message], pace: _Pace) -> None:
        store = self._store
        if outcome.result is Result.SENT:
            message_id = outcome.value.message_id if outcome.value is not None else 0
            await store.mark_sent(delivery, message_id)
            self._completed.append(time.monotonic())
        elif outcome.result is Result.HOLD:
            delay = outcome.hold_seconds
            pace.spacing.hold(asyncio.get_running_loop().time(), delay)
            await store.retry_later(
                delivery, at=time.time() + delay, error=outcome.error, counts=False
            )
        elif outcome.result is Result.BLOCKED:
            await store.mark_failed(delivery, f"blocked: {outcome.error}")
            await self._users.set_blocked(delivery.user_id, True)
        elif outcome.result is Result.REFUSED:
            # "chat not found" and the like: asking again will not change the answer.
            await store.mark_failed(delivery, outcome.error)
        else:
            await self._retry_or_fail(delivery, outcome.error)

    async def _retry_or_fail(self, delivery: Delivery, error: str) -> None:
        store = self._store
        attempts = delivery.attempts + 1
        if attempts >= MAX_ATTEMPTS:
            await store.mark_failed(delivery, error)
            return
        delay = backoff(attempts, base=BACKOFF_BASE_SECONDS, cap=MAX_BACKOFF_SECONDS)
        await store.retry_later(delivery, at=time.time() + delay, error=error)

    async def _report_done(self, broadcast: Broadcast) -> None:
        progress = await self._store.progress(broadcast.id)
        admin = await self._users.get(broadcast.admin_id)
        locale = admin.locale if admin else self._settings.default_locale
        text = self._translator.t(
            locale,
            "broadcast-finished",
            id=str(broadcast.id),
            sent=str(progress.sent),
            failed=str(progress.failed),
        )
        with contextlib.suppress(TelegramError):
            await self._bot.send_message(broadcast.admin_id, text)
