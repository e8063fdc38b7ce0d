"""Opening a ticket from a flow and telling the user: the acknowledgement, or why not."""

from __future__ import annotations

import dataclasses

from telegram import Update

from bot.domain.tickets import Category, NewTicket
from bot.runtime.context import BotContext
from bot.tickets.service import TooManyOpenTickets
from bot.ui.screens import send_menu
from bot.ui.ticket_text import ticket_ack

ASSIST_ENTRIES = 2  # answers the card offers the agent


async def open_and_acknowledge(ctx: BotContext, new: NewTicket, *, lead: str = "") -> str:
    new = dataclasses.replace(
        new, source_update_id=ctx.update_id, suggested=await _suggestions(ctx, new.description)
    )
    try:
        ticket = await ctx.services.tickets.open(new)
    except TooManyOpenTickets as error:
        return ctx.t("tickets-too-many", max=error.limit)
    return f"{lead}\n\n{ticket_ack(ctx, ticket)}" if lead else ticket_ack(ctx, ticket)


async def _suggestions(ctx: BotContext, description: str) -> tuple[str, ...]:
    """The entries whose answers may settle the ticket, for the agent to send in one tap."""
    understanding = ctx.services.understanding
    if not description.strip() or not understanding.ready:
        return ()
    return (await understanding.understand(description)).best_entries[:ASSIST_ENTRIES]


async def acknowledge_again(update: Update, ctx: BotContext) -> bool:
    """The update that opened a ticket comes again after a kill (it was applied, but its
    acknowledgement may never have gone out): acknowledge the ticket it opened once more."""
    ticket = await ctx.services.ticket_store.by_source_update(update.update_id)
    user = update.effective_user
    if ticket is None or user is None or ticket.user_id != user.id:
        return False
    feedback = ticket.category is Category.FEEDBACK
    await send_menu(
        update, ctx, lead=ctx.t("feedback-thanks") if feedback else ticket_ack(ctx, ticket)
    )
    return True
