"""Sends what the outbox holds, in order per ticket and per chat, within Telegram's budgets.

- One send in flight per ticket (and per private chat) keeps each ticket's messages in order;
  different tickets' sends into the agents' group go side by side, within its budget.
- Per-group (GROUP_MAX_MESSAGES per GROUP_WINDOW_SECONDS) and per-private-chat budgets keep
  the bot under Telegram's limits; while a group is out of budget its queued text relays for
  one ticket pile up and go out as one message that quotes them in order.
- What an answer means is bot/delivery's policy: 429 waits as told, network errors and 5xx
  retry with backoff, 403 from a user is final and reported in the ticket's thread; rows stay
  pending until sent, so a restart resumes them.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Sequence
from datetime import timedelta
from typing import Protocol

from bot.core.clock import utc_now
from bot.core.config import Settings
from bot.core.diagnostics import DIAGNOSTICS
from bot.core.i18n import Translator
from bot.core.routes import DEFAULT_ROUTE
from bot.db.outbox import GROUP_KINDS, NewOutboxItem, OutboxItem, OutboxKind, OutboxRepository
from bot.db.tickets import TicketRepository
from bot.db.users import UserRepository
from bot.delivery.background import BackgroundLoop
from bot.delivery.outcome import Outcome, Result, attempt, backoff
from bot.delivery.pacing import SlidingWindow

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 25
BACKOFF_BASE_SECONDS = 0.5
MAX_BACKOFF_SECONDS = 60.0
COALESCE_TEXT_LIMIT = 3500
IDLE_WAIT_SECONDS = 0.5
MAX_LANES_PER_GROUP = 8  # sends in flight at once into the agents' group (different tickets)

Lane = tuple[int, int | None]  # (chat, ticket in the agents' group or None)


class Sender(Protocol):
    def is_forum_chat(self, chat_id: int) -> bool: ...

    async def send(self, batch: list[OutboxItem]) -> None: ...


def lane_of(item: OutboxItem) -> Lane:
    """Order matters within a ticket, not across tickets: in the agents' group each ticket is
    its own lane, so one slow topic does not hold up the others. A private chat is one lane."""
    if item.chat_id < 0 and item.ticket_id is not None:
        return (item.chat_id, item.ticket_id)
    return (item.chat_id, None)


def lanes_allowed(chat_id: int) -> int:
    return MAX_LANES_PER_GROUP if chat_id < 0 else 1


def coalesce(first: OutboxItem, items: Sequence[OutboxItem], taken: set[int]) -> list[OutboxItem]:
    """A user's queued texts for one ticket go out together, in order."""
    if first.kind is not OutboxKind.GROUP_TEXT:
        return [first]
    batch, size = [first], len(first.payload.get("text", ""))
    for item in items:
        if item.id <= first.id or item.id in taken or item.ticket_id != first.ticket_id:
            continue
        if item.chat_id != first.chat_id or item.kind is not OutboxKind.GROUP_TEXT:
            break  # never jump over another kind of message for the same ticket
        size += len(item.payload.get("text", ""))
        if size > COALESCE_TEXT_LIMIT:
            break
        batch.append(item)
    return batch


class OutboxWorker:
    def __init__(
        self,
        sender: Sender,
        *,
        outbox: OutboxRepository,
        users: UserRepository,
        translator: Translator,
        settings: Settings,
        tickets: TicketRepository | None = None,
    ) -> None:
        self._sender = sender
        self._tickets = tickets  # to tell the right agents' group (AGENT_ROUTES)
        self._outbox = outbox
        self._users = users
        self._translator = translator
        self._settings = settings
        self._in_flight: dict[Lane, asyncio.Task[None]] = {}
        self._windows: dict[int, SlidingWindow] = {}
        self._loop = BackgroundLoop("outbox", self._round, idle_seconds=IDLE_WAIT_SECONDS)

    def is_forum_chat(self, chat_id: int) -> bool:
        return self._sender.is_forum_chat(chat_id)

    # ------------------------------------------------------------------ life
    def start(self) -> None:
        self._loop.start()

    def wake(self) -> None:
        self._loop.wake()

    async def stop(self, timeout: float = 10.0) -> None:
        """Finish what is in flight; pending rows stay for the next start."""
        self._loop.stopping = True
        if self._in_flight:
            await asyncio.wait(list(self._in_flight.values()), timeout=timeout)
        await self._loop.stop(timeout)

    async def run_once(self) -> float:
        """One round and the sends it started, without the background task (tests, tools)."""
        wait = await self._round()
        if self._in_flight:
            await asyncio.wait(list(self._in_flight.values()))
        return wait

    # ---------------------------------------------------------------- pacing
    def window(self, chat_id: int) -> SlidingWindow:
        window = self._windows.get(chat_id)
        if window is None:
            settings = self._settings
            if chat_id == settings.agent_chat_id or chat_id < 0:
                window = SlidingWindow(settings.group_max_messages, settings.group_window_seconds)
            else:
                interval = settings.private_chat_interval_seconds
                window = SlidingWindow(1, interval) if interval > 0 else SlidingWindow(10**9, 1)
            self._windows[chat_id] = window
        return window

    async def _round(self) -> float:
        """Start every send whose lane is free and whose chat has budget; returns the wait."""
        loop = asyncio.get_running_loop()
        wait = IDLE_WAIT_SECONDS
        # Lanes busy before the rows are read stay busy this round: a send finishing while we
        # read would otherwise leave a stale "pending" row to send twice.
        busy: set[Lane] = set(self._in_flight)
        sending: Counter[int] = Counter(chat for chat, _ in busy)
        full = {chat for chat, n in sending.items() if n >= lanes_allowed(chat)}
        items = await self._outbox.pending(skip_chats=full)
        DIAGNOSTICS.level("outbox.ready_rows", len(items))
        now, wall = loop.time(), utc_now()
        taken: set[int] = set()
        for item in items:
            lane = lane_of(item)
            if item.id in taken or lane in busy or item.chat_id in full:
                continue
            if item.next_attempt_at > wall:
                busy.add(lane)  # waiting for its retry; later rows of its lane wait too
                wait = min(wait, (item.next_attempt_at - wall).total_seconds())
                continue
            window = self.window(item.chat_id)
            if not window.available(now, sending[item.chat_id]):
                # Keep the order: nothing later for this chat goes before this one.
                full.add(item.chat_id)
                wait = min(wait, max(0.01, window.ready_at(now) - now))
                continue
            batch = coalesce(item, items, taken)
            taken.update(i.id for i in batch)
            self._in_flight[lane] = loop.create_task(self._deliver(batch, lane))
            busy.add(lane)
            sending[item.chat_id] += 1
            if sending[item.chat_id] >= lanes_allowed(item.chat_id):
                full.add(item.chat_id)
        return wait

    # -------------------------------------------------------------- outcomes
    async def _deliver(self, batch: list[OutboxItem], lane: Lane) -> None:
        first = batch[0]
        loop = asyncio.get_running_loop()
        try:
            outcome = await attempt(
                lambda: self._sender.send(batch), what=f"outbox item {first.id}"
            )
            await self._record(batch, outcome)
        finally:
            # Stamped on completion, not launch: the server counted the request on arrival,
            # which is earlier, so the window here can never run ahead of Telegram's.
            self.window(first.chat_id).record(loop.time())
            self._in_flight.pop(lane, None)
            self._loop.wake()

    async def _record(self, batch: list[OutboxItem], outcome: Outcome[None]) -> None:
        ids = [item.id for item in batch]
        outbox = self._outbox
        if outcome.result is Result.SENT:
            await outbox.mark_sent(ids)
        elif outcome.result is Result.HOLD:
            delay = outcome.hold_seconds
            self.window(batch[0].chat_id).hold(asyncio.get_running_loop().time(), delay)
            await outbox.retry_later(ids, utc_now() + timedelta(seconds=delay), outcome.error)
        elif outcome.result is Result.BLOCKED:
            await outbox.fail(ids, outcome.error)
            await self._report_undeliverable(batch[0], outcome.error)
        else:
            permanent = outcome.result is Result.REFUSED
            await self._retry_or_fail(batch, outcome.error, permanent=permanent)

    async def _retry_or_fail(self, batch: list[OutboxItem], error: str, *, permanent: bool) -> None:
        ids = [item.id for item in batch]
        attempts = max(item.attempts for item in batch) + 1
        if permanent or attempts >= MAX_ATTEMPTS:
            await self._outbox.fail(ids, error)
            return
        delay = backoff(attempts, base=BACKOFF_BASE_SECONDS, cap=MAX_BACKOFF_SECONDS)
        await self._outbox.retry_later(ids, utc_now() + timedelta(seconds=delay), error)

    async def _report_undeliverable(self, item: OutboxItem, error: str) -> None:
        if item.kind in GROUP_KINDS or item.ticket_id is None:
            log.error("could not post to the agents' group: %s", error)
            return
        await self._users.set_blocked(item.chat_id, True)
        text = self._translator.t(self._settings.desk_language, "desk-undeliverable")
        ticket = await self._tickets.get(item.ticket_id) if self._tickets else None
        group = self._settings.route_chat(ticket.route if ticket else DEFAULT_ROUTE)
        notice = NewOutboxItem(OutboxKind.GROUP_NOTICE, group, item.ticket_id, None, {"text": text})
        await self._outbox.enqueue([notice])
