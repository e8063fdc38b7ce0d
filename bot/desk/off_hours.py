"""Outside business hours a user is told when agents are back: in the ticket acknowledgement,
and at most every twelve hours while they keep writing."""

from __future__ import annotations

from datetime import timedelta

from bot.core.clock import utc_now
from bot.core.config import Settings
from bot.core.i18n import Translator
from bot.db.tickets import TicketRepository
from bot.db.users import UserRepository
from bot.desk.hours import BusinessHours
from bot.desk.queue import DeskQueue
from bot.domain.tickets import Ticket

NOTICE_EVERY = timedelta(hours=12)


class OffHours:
    def __init__(
        self,
        queue: DeskQueue,
        tickets: TicketRepository,
        users: UserRepository,
        translator: Translator,
        settings: Settings,
    ) -> None:
        self._queue = queue
        self._tickets = tickets
        self._users = users
        self._translator = translator
        self._settings = settings
        self.hours = BusinessHours.parse(settings.business_hours, settings.business_days)

    def now_closed(self) -> bool:
        return not self.hours.is_open(utc_now().astimezone(self._settings.zone))

    def text(self, locale: str) -> str:
        opening = self.hours.next_opening(utc_now().astimezone(self._settings.zone))
        return self._translator.t(
            locale,
            "off-hours",
            hours=self._settings.business_hours,
            timezone=self._settings.timezone,
            next=opening.strftime("%Y-%m-%d %H:%M"),
        )

    async def opened(self, ticket: Ticket) -> None:
        """A new ticket: its acknowledgement already said when to expect an answer."""
        if self.now_closed():
            await self._tickets.mark_off_hours_notice(ticket.id)

    async def notify_if_due(self, ticket: Ticket) -> None:
        if not self.now_closed():
            return
        last = ticket.off_hours_notice_at
        if last is not None and utc_now() - last < NOTICE_EVERY:
            return
        await self._tickets.mark_off_hours_notice(ticket.id)
        user = await self._users.get(ticket.user_id)
        text = self.text(user.locale if user else self._queue.agent_locale)
        await self._queue.enqueue([self._queue.to_user(ticket, text)])
