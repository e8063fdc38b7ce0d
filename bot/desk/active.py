"""Which users have a ticket their messages belong to (open, or closed recently enough to
reopen). Kept in memory so a synchronous handler filter can route messages."""

from __future__ import annotations

from datetime import timedelta

from telegram import Message
from telegram.ext.filters import MessageFilter

from bot.core.clock import utc_now
from bot.db.tickets import TicketRepository


class ActiveTickets:
    def __init__(self, tickets: TicketRepository, *, reopen_days: float) -> None:
        self._tickets = tickets
        self._reopen = timedelta(days=reopen_days)
        self._users: set[int] = set()

    async def load(self, *, keep_known: bool = False) -> None:
        """All users with a recent ticket; `keep_known` adds to the set instead of replacing
        it, so a ticket opened while the query ran is not forgotten."""
        found = set(await self._tickets.users_with_recent_tickets(utc_now() - self._reopen))
        self._users = self._users | found if keep_known else found

    def add(self, user_id: int) -> None:
        """A ticket of theirs was just opened."""
        self._users.add(user_id)

    async def refresh(self, user_id: int) -> None:
        ticket = await self._tickets.latest_for_user(user_id)
        recent = ticket is not None and (
            ticket.is_open
            or (ticket.closed_at is not None and ticket.closed_at >= utc_now() - self._reopen)
        )
        if recent:
            self._users.add(user_id)
        else:
            self._users.discard(user_id)

    def __contains__(self, user_id: int) -> bool:
        return user_id in self._users


class HasActiveTicket(MessageFilter):
    """Passes messages from users whose messages belong to a ticket."""

    def __init__(self, active: ActiveTickets) -> None:
        super().__init__(name="HasActiveTicket")
        self._active = active

    def filter(self, message: Message) -> bool:
        return message.from_user is not None and message.from_user.id in self._active
