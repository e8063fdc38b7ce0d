"""Satisfaction after a ticket is closed: a 1–5 rating, then an optional comment."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler
from telegram.ext import filters as f

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.tickets.service import TicketNotFound
from bot.ui.flow import Expect, Flow, Step
from bot.ui.parts import message_of, query_of
from bot.ui.prompts import ask, choice_rows
from bot.ui.screens import send_menu

ORDER = 41  # where its handlers stand: see handlers/__init__.py

callbacks.claim("csat", __name__)  # this module handles every "csat" button

COMMENT = "csat.comment"
MAX_COMMENT = 1000

flow = Flow("csat")


async def ask_comment(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    rows = choice_rows(ctx, [("btn-skip", cb("csat", "skip"))])
    await ask(update, ctx, ctx.t("csat-comment-prompt"), rows, hint=hint)


async def rated(update: Update, ctx: BotContext) -> str | int:
    parsed = callbacks.parse(query_of(update).data)
    args = parsed.args if parsed else ()
    ticket = None
    ticket_id = parsed.int_arg(0) if parsed else None
    if len(args) == 2 and ticket_id is not None and args[1] in {"1", "2", "3", "4", "5"}:
        try:
            ticket = await ctx.services.tickets.owned(ctx.profile.id, ticket_id)
        except TicketNotFound:
            ticket = None
    if ticket is None or ticket.is_open or ticket.rating is not None:
        await query_of(update).answer(ctx.t("stale-button"))
        await send_menu(update, ctx, lead=ctx.t("stale-button"))
        return flow.END
    await ctx.services.desk.lifecycle.record_rating(ticket, int(args[1]))
    flow.clear(ctx)
    flow.data(ctx)["ticket_id"] = ticket.id
    return await flow.go(update, ctx, COMMENT)


async def commented(update: Update, ctx: BotContext) -> int | str:
    text = (message_of(update).text or "").strip()
    if not text or len(text) > MAX_COMMENT:
        await ask_comment(update, ctx, hint=ctx.t("text-too-long-field", limit=MAX_COMMENT))
        return COMMENT
    await ctx.services.desk.lifecycle.record_rating_comment(int(flow.data(ctx)["ticket_id"]), text)
    return await flow.finish(update, ctx, ctx.t("csat-thanks"))


async def skipped(update: Update, ctx: BotContext) -> int:
    await query_of(update).answer()
    return await flow.finish(update, ctx, ctx.t("csat-thanks"))


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    flow.add(
        Step(
            COMMENT,
            ask_comment,
            None,
            Expect.TEXT_OR_BUTTONS,
            [
                MessageHandler(f.TEXT & ~f.COMMAND, commented),
                CallbackQueryHandler(skipped, pattern=callbacks.pattern("csat", "skip")),
            ],
        )
    )
    return [
        flow.build(
            [CallbackQueryHandler(rated, pattern=callbacks.pattern("csat", "rate"))],
            timeout_seconds=services.settings.flow_timeout_minutes * 60,
        )
    ]
