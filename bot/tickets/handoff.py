"""The one place a new ticket leaves the flows. The agent desk plugs in here."""

from __future__ import annotations

import logging

from telegram.ext import Application

from bot.tickets.models import Ticket

log = logging.getLogger(__name__)


async def hand_to_agents(application: Application, ticket: Ticket) -> None:  # type: ignore[type-arg]
    # Until the agent desk exists the ticket waits in the database, visible to its user in
    # "My tickets"; agents will pick up every open ticket from there.
    log.info(
        "ticket %s opened (category=%s, priority=%s)",
        ticket.reference,
        ticket.category,
        ticket.priority,
    )
