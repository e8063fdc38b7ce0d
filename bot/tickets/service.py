"""Opening tickets and adding to them: the decisions, between handlers and storage."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.core.routes import DEFAULT_ROUTE
from bot.db.tickets import TicketRepository
from bot.domain.tickets import Category, NewTicket, Ticket

log = logging.getLogger(__name__)

OnOpened = Callable[[Ticket], Awaitable[None]]
RouteFor = Callable[[NewTicket], Awaitable[str]]  # the agents' group's route (routing.py)


async def _one_group(new: NewTicket) -> str:
    return DEFAULT_ROUTE


class TicketNotFound(Exception):
    """No such ticket for this user (or it belongs to someone else)."""


class TooManyOpenTickets(Exception):
    """The user already has the most open tickets one person may have."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


class TicketService:
    def __init__(
        self,
        repository: TicketRepository,
        *,
        max_open: int,
        on_opened: OnOpened,
        route_for: RouteFor = _one_group,
    ) -> None:
        self._tickets = repository
        self._route_for = route_for
        self._max_open = max_open
        self._on_opened = on_opened  # the hand-off to the agent desk

    async def open(self, new: NewTicket) -> Ticket:
        # Feedback is not a request for help, so it never counts against the cap.
        if new.source_update_id is not None:
            existing = await self._tickets.by_source_update(new.source_update_id)
            if existing is not None:
                return existing  # a replayed update: this ticket was already opened
        capped = new.category is not Category.FEEDBACK
        if capped and await self._tickets.count_open(new.user_id) >= self._max_open:
            raise TooManyOpenTickets(self._max_open)
        ticket = await self._tickets.create(new, route=await self._route_for(new))
        log.info(
            "ticket %s opened (category=%s, priority=%s, route=%s)",
            ticket.reference,
            ticket.category,
            ticket.priority,
            ticket.route,
        )
        await self._on_opened(ticket)
        return ticket

    async def owned(self, user_id: int, ticket_id: int) -> Ticket:
        ticket = await self._tickets.get(ticket_id)
        if ticket is None or ticket.user_id != user_id:
            raise TicketNotFound(ticket_id)
        return ticket
