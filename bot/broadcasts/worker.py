"""Delivers running broadcasts in the background at BROADCAST_RATE messages per second.

- Sends are spaced evenly (never a burst), a few may be in flight at once so a slow answer
  does not slow the rate, and a RetryAfter holds every send for the time Telegram asks.
- 403 (blocked, deactivated) marks the user inactive and is final; other errors retry with
  backoff up to MAX_ATTEMPTS; a row is marked sent as soon as Telegram accepts it.
- Rows are read in batches and a batch finishes before the next is read, so no row is ever
  in flight twice; after a restart the rows still pending are simply read again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections import deque

from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.broadcasts.render import notice_markup, send_notice
from bot.core.clock import seconds
from bot.core.config import Settings
from bot.core.i18n import Translator
from bot.db.broadcasts import BroadcastRepository
from bot.db.users import UserRepository
from bot.domain.broadcasts import Broadcast, BroadcastStatus, Delivery

log = logging.getLogger(__name__)

BATCH_SIZE = 200
MAX_IN_FLIGHT = 8
MAX_ATTEMPTS = 5
MAX_BACKOFF_SECONDS = 300.0
IDLE_WAIT_SECONDS = 5.0
RATE_WINDOW_SECONDS = 10.0


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
        self._interval = 1.0 / settings.broadcast_rate
        self._wake = asyncio.Event()
        self._stopping = False
        self._cancelled: set[int] = set()
        self._next_slot = 0.0
        self._completed: deque[float] = deque()
        self._task: asyncio.Task[None] | None = None
        self._in_flight: set[asyncio.Task[None]] = set()
        self._slots = asyncio.Semaphore(MAX_IN_FLIGHT)

    # ------------------------------------------------------------------ life
    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="broadcasts")

    def wake(self) -> None:
        self._wake.set()

    def cancel(self, broadcast_id: int) -> None:
        self._cancelled.add(broadcast_id)
        self._wake.set()

    async def stop(self, timeout: float = 10.0) -> None:
        """Let sends in flight finish and be recorded; the rest stays pending for next start."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(asyncio.shield(self._task), timeout)
            self._task.cancel()

    def achieved_rate(self) -> float:
        """Messages per second over the last few seconds."""
        now = time.monotonic()
        while self._completed and self._completed[0] < now - RATE_WINDOW_SECONDS:
            self._completed.popleft()
        if len(self._completed) < 2:
            return 0.0
        span = max(now - self._completed[0], 1.0)
        return len(self._completed) / span

    # ------------------------------------------------------------------ loop
    async def _run(self) -> None:
        store = self._store
        while not self._stopping:
            wait = IDLE_WAIT_SECONDS
            try:
                for broadcast in await store.running():
                    wait = min(wait, await self._advance(broadcast))
                    break  # one broadcast at a time, oldest first
            except Exception:  # the loop must survive anything one round throws
                log.exception("broadcast round failed")
                wait = 1.0
            if self._stopping:
                break
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), max(wait, 0.0))

    async def _advance(self, broadcast: Broadcast) -> float:
        """Send one batch of a broadcast; returns how long to wait before the next round."""
        store = self._store
        if broadcast.id in self._cancelled:
            await store.finish(broadcast.id, BroadcastStatus.CANCELLED)
            return 0.0
        batch = await store.due(broadcast.id, now=time.time(), limit=BATCH_SIZE)
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
                if self._stopping or broadcast.id in self._cancelled:
                    break
                await self._wait_for_slot(loop)
                await self._slots.acquire()
                task = loop.create_task(self._deliver(broadcast, delivery))
                self._in_flight.add(task)
                task.add_done_callback(self._in_flight.discard)
        finally:
            # The whole batch is recorded before the next is read: no row is sent twice.
            if self._in_flight:
                await asyncio.wait(set(self._in_flight))
        return 0.0

    async def _wait_for_slot(self, loop: asyncio.AbstractEventLoop) -> None:
        now = loop.time()
        slot = max(now, self._next_slot)
        self._next_slot = slot + self._interval
        if slot > now:
            await asyncio.sleep(slot - now)

    def _hold(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        self._next_slot = max(self._next_slot, loop.time() + seconds)

    async def _deliver(self, broadcast: Broadcast, delivery: Delivery) -> None:
        store = self._store
        translator = self._translator
        locale = delivery.locale or self._settings.default_locale
        markup = notice_markup(translator, locale, security_critical=broadcast.security_critical)
        try:
            message = await send_notice(self._bot, delivery.user_id, broadcast.content, markup)
        except RetryAfter as error:
            delay = seconds(error.retry_after)
            self._hold(delay)
            await store.retry_later(
                delivery, at=time.time() + delay, error=str(error), counts=False
            )
        except Forbidden as error:
            await store.mark_failed(delivery, f"blocked: {error}")
            await self._users.set_blocked(delivery.user_id, True)
        except BadRequest as error:
            # "chat not found" and the like: asking again will not change the answer.
            await store.mark_failed(delivery, str(error))
        except (NetworkError, TelegramError) as error:
            await self._retry_or_fail(delivery, str(error))
        except Exception as error:
            log.exception("broadcast %s to %s failed", broadcast.id, delivery.user_id)
            await self._retry_or_fail(delivery, repr(error))
        else:
            await store.mark_sent(delivery, message.message_id)
            self._completed.append(time.monotonic())
        finally:
            self._slots.release()

    async def _retry_or_fail(self, delivery: Delivery, error: str) -> None:
        store = self._store
        attempts = delivery.attempts + 1
        if attempts >= MAX_ATTEMPTS:
            await store.mark_failed(delivery, error)
            return
        backoff = min(MAX_BACKOFF_SECONDS, 2.0 * 2**attempts) * random.uniform(0.8, 1.2)
        await store.retry_later(delivery, at=time.time() + backoff, error=error)

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
