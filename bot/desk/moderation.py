"""Keeping the desk workable: banned users, and reminders when a first answer is overdue."""

from __future__ import annotations

import time
from datetime import timedelta

from bot.core.clock import utc_now
from bot.core.config import Settings
from bot.core.i18n import Translator
from bot.db.desk import DeskRepository
from bot.db.tickets import TicketRepository
from bot.desk.queue import DeskQueue
from bot.domain.tickets import Priority
from bot.tickets.sla import first_response_minutes, shortest_target

BANNED_NOTICE_EVERY_SECONDS = 3600.0


class Bans:
    def __init__(self, store: DeskRepository) -> None:
        self._store = store
        self._ids: set[int] = set()
        self._noticed: dict[int, float] = {}

    async def load(self) -> None:
        self._ids = await self._store.banned_ids()

    def __contains__(self, user_id: object) -> bool:
        return user_id in self._ids

    async def ban(self, user_id: int, agent_id: int) -> None:
        await self._store.ban(user_id, by=agent_id)
        self._ids.add(user_id)

    async def unban(self, user_id: int) -> bool:
        self._ids.discard(user_id)
        return await self._store.unban(user_id)

    def notice_due(self, user_id: int) -> bool:
        """A banned user hears why once an hour at most, not on every message."""
        now = time.monotonic()
        last = self._noticed.get(user_id)
        if last is not None and now - last < BANNED_NOTICE_EVERY_SECONDS:
            return False
        self._noticed[user_id] = now
        return True


class SlaReminders:
    def __init__(
        self,
        queue: DeskQueue,
        tickets: TicketRepository,
        translator: Translator,
        settings: Settings,
    ) -> None:
        self._queue = queue
        self._tickets = tickets
        self._translator = translator
        self._settings = settings

    async def remind(self) -> int:
        """One reminder in the ticket's thread per ticket whose first answer is overdue."""
        now = utc_now()
        settings = self._settings
        soonest = {p: shortest_target(settings, p) for p in Priority}
        deadlines = {p: now - timedelta(minutes=m) for p, m in soonest.items()}
        locale = self._queue.agent_locale
        count = 0
        for ticket in await self._tickets.sla_breaches(deadlines):
            target = first_response_minutes(settings, ticket.priority, ticket.route)
            if ticket.created_at > now - timedelta(minutes=target):
                continue  # its route allows it longer
            if not await self._tickets.mark_sla_reminded(ticket.id):
                continue
            waited = (now - ticket.created_at).total_seconds() / 60
            notice = self._queue.notice(
                ticket,
                "desk-sla-breach",
                reference=ticket.reference,
                waited=self._translator.duration(locale, waited),
                target=self._translator.duration(locale, target),
            )
            await self._queue.enqueue([notice])
            count += 1
        return count
