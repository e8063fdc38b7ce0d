"""My tickets: the user's tickets with status and age; one ticket's history; adding a
message, photo or document to an open ticket."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler
from telegram.ext import filters as f

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.tickets.service import TicketNotFound
from bot.ui.entries import CommandEntry, MenuEntry, add_command, add_menu
from bot.ui.flow import Expect, Flow, Step
from bot.ui.parts import message_of, query_of
from bot.ui.prompts import ask
from bot.ui.screens import button, home_row, send_menu, show
from bot.ui.ticket_text import ticket_history, ticket_line

ORDER = 40  # where its handlers stand: see handlers/__init__.py
add_menu(MenuEntry("tickets", "menu-tickets", 60))
add_command(CommandEntry("tickets", "cmd-tickets", 40))

callbacks.claim("tk", __name__)  # this module handles every "tk" button

ADD = "tickets.add"
LIST_LIMIT = 10
MAX_TEXT = 4000

flow = Flow("tickets")


def _ticket_id(update: Update) -> int | None:
    parsed = callbacks.parse(update.callback_query.data if update.callback_query else None)
    return parsed.int_arg() if parsed else None


async def list_tickets(update: Update, ctx: BotContext) -> None:
    tickets = await ctx.services.ticket_store.for_user(ctx.profile.id, limit=LIST_LIMIT)
    if not tickets:
        if update.callback_query:
            await update.callback_query.answer()
        await send_menu(update, ctx, lead=ctx.t("tickets-none"))
        return
    rows = [
        [InlineKeyboardButton(ticket_line(ctx, t), callback_data=cb("tk", "view", str(t.id)))]
        for t in tickets
    ]
    rows.append(home_row(ctx))
    await show(update, ctx, ctx.t("tickets-title"), InlineKeyboardMarkup(rows))


async def view_ticket(update: Update, ctx: BotContext) -> None:
    services = ctx.services
    try:
        ticket = await services.tickets.owned(ctx.profile.id, _ticket_id(update) or 0)
    except TicketNotFound:
        await query_of(update).answer(ctx.t("ticket-not-found"))
        await list_tickets(update, ctx)
        return
    messages = await services.ticket_store.messages(ticket.id)
    rows = []
    if ticket.is_open:
        rows.append([button(ctx, "ticket-add", cb("tk", "add", str(ticket.id)))])
    rows.append([button(ctx, "tickets-back", cb("tk", "list")), *home_row(ctx)])
    await show(update, ctx, ticket_history(ctx, ticket, messages), InlineKeyboardMarkup(rows))


# ------------------------------------------------------------ adding to a ticket
async def ask_addition(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    reference = flow.data(ctx).get("reference", "")
    await ask(update, ctx, ctx.t("ticket-add-prompt", reference=reference), hint=hint)


async def start_adding(update: Update, ctx: BotContext) -> str | int:
    flow.clear(ctx)
    try:
        ticket = await ctx.services.tickets.owned(ctx.profile.id, _ticket_id(update) or 0)
    except TicketNotFound:
        await query_of(update).answer(ctx.t("ticket-not-found"))
        return await flow.finish(update, ctx, ctx.t("ticket-not-found"))
    if not ticket.is_open:
        await query_of(update).answer(ctx.t("ticket-not-open"))
        return await flow.finish(update, ctx, ctx.t("ticket-not-open"))
    flow.data(ctx).update(ticket_id=ticket.id, reference=ticket.reference)
    return await flow.go(update, ctx, ADD)


async def added(update: Update, ctx: BotContext) -> str | int:
    message = message_of(update)
    data = flow.data(ctx)
    if not (message.photo or message.document):
        text = (message.text or "").strip()
        if not text or len(text) > MAX_TEXT:
            await ask_addition(update, ctx, hint=ctx.t("text-too-long-field", limit=MAX_TEXT))
            return ADD
    try:
        ticket = await ctx.services.tickets.owned(ctx.profile.id, int(data.get("ticket_id", 0)))
    except TicketNotFound:
        ticket = None
    if ticket is None or not ticket.is_open:
        return await flow.finish(update, ctx, ctx.t("ticket-not-open"))
    # Through the desk like any message of the user's: stored, and relayed to the agents.
    await ctx.services.desk.relays.relay_from_user(message, ticket=ticket)
    end = await flow.finish(update, ctx, "", menu=False)
    markup = InlineKeyboardMarkup(
        [[button(ctx, "ticket-view", cb("tk", "view", str(ticket.id)))], home_row(ctx)]
    )
    await message.reply_text(ctx.t("ticket-added", reference=ticket.reference), reply_markup=markup)
    return end


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    pattern = callbacks.pattern
    flow.add(
        Step(
            ADD,
            ask_addition,
            None,
            Expect.ANYTHING,
            [MessageHandler((f.TEXT & ~f.COMMAND) | f.PHOTO | f.Document.ALL, added)],
        )
    )
    adding = flow.build(
        [CallbackQueryHandler(start_adding, pattern=pattern("tk", "add"))],
        timeout_seconds=services.settings.flow_timeout_minutes * 60,
    )
    return [
        adding,
        CommandHandler("tickets", list_tickets, filters=f.ChatType.PRIVATE),
        CallbackQueryHandler(list_tickets, pattern=pattern("m", "tickets")),
        CallbackQueryHandler(list_tickets, pattern=pattern("tk", "list")),
        CallbackQueryHandler(view_ticket, pattern=pattern("tk", "view")),
    ]
