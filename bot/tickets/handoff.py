"""The one place a new ticket leaves the flows: it goes to the agent desk."""

from __future__ import annotations

import logging

from telegram.ext import Application

from bot.tickets.models import Ticket

log = logging.getLogger(__name__)


async def hand_to_agents(application: Application, ticket: Ticket) -> None:  # type: ignore[type-arg]
    log.info(
        "ticket %s opened (category=%s, priority=%s)",
        ticket.reference,
        ticket.category,
        ticket.priority,
    )
    await application.services.desk.ticket_opened(ticket)  # type: ignore[attr-defined]
