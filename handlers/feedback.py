"""Feedback & suggestions: a 1–5 rating and free text, stored as a LOW ticket for the team.
A rating of 1 or 2 offers to turn the text into a complaint."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler
from telegram.ext import filters as f

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.domain.tickets import Category, NewTicket, TicketField
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.flow import Expect, Flow, Step, ask, callback_arg, choice_rows
from bot.ui.screens import button, home_row
from handlers.complaint import CARRY_KEY

RATING, TEXT = "feedback.rating", "feedback.text"
RATINGS = ("1", "2", "3", "4", "5")
LOW_RATING = 2
MAX_TEXT = 2000

flow = Flow("feedback")


async def ask_rating(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    rows = choice_rows(ctx, [(f"rating-{r}", cb("fb", "rate", r)) for r in RATINGS], per_row=5)
    await ask(update, ctx, ctx.t("feedback-rating-prompt"), rows, hint=hint)


async def ask_text(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    rows = choice_rows(ctx, [("btn-skip", cb("fb", "text", "skip"))])
    await ask(update, ctx, ctx.t("feedback-text-prompt"), rows, hint=hint)


async def start(update: Update, ctx: BotContext) -> str:
    flow.clear(ctx)
    return await flow.go(update, ctx, RATING)


async def rated(update: Update, ctx: BotContext) -> str:
    value = callback_arg(update)
    if value not in RATINGS:
        return await flow.go(update, ctx, RATING)
    flow.data(ctx)["rating"] = int(value)
    return await flow.go(update, ctx, TEXT)


async def _store(update: Update, ctx: BotContext, text: str) -> int:
    rating = int(flow.data(ctx).get("rating", 3))
    services = ctx.services
    new = NewTicket(
        user_id=ctx.profile.id,
        category=Category.FEEDBACK,
        subject="subject-feedback",
        details=(TicketField("field-rating", f"rating-{rating}", True),),
        description=text,
    )
    ticket = await services.tickets.open(new)
    await services.feedback.record(
        user_id=ctx.profile.id, rating=rating, text=text, ticket_id=ticket.id
    )
    if rating > LOW_RATING or not text:
        return await flow.finish(update, ctx, ctx.t("feedback-thanks"))
    # Offer the complaint flow with the text carried over; the carry survives a restart.
    ctx.user_data[CARRY_KEY] = text
    end = await flow.finish(update, ctx, "", menu=False)
    markup = InlineKeyboardMarkup(
        [[button(ctx, "feedback-to-complaint", cb("fb", "complain"))], home_row(ctx)]
    )
    await ctx.bot.send_message(
        update.effective_chat.id, ctx.t("feedback-thanks-low"), reply_markup=markup
    )
    return end


async def typed_text(update: Update, ctx: BotContext) -> int | str:
    text = (update.effective_message.text or "").strip()
    if len(text) > MAX_TEXT:
        await ask_text(update, ctx, hint=ctx.t("text-too-long-field", limit=MAX_TEXT))
        return TEXT
    return await _store(update, ctx, text)


async def skipped_text(update: Update, ctx: BotContext) -> int:
    await update.callback_query.answer()
    return await _store(update, ctx, "")


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    pattern = callbacks.pattern
    flow.add(
        Step(
            RATING,
            ask_rating,
            None,
            Expect.BUTTONS,
            [CallbackQueryHandler(rated, pattern=pattern("fb", "rate"))],
        )
    )
    flow.add(
        Step(
            TEXT,
            ask_text,
            RATING,
            Expect.TEXT_OR_BUTTONS,
            [
                MessageHandler(f.TEXT & ~f.COMMAND, typed_text),
                CallbackQueryHandler(skipped_text, pattern=pattern("fb", "text")),
            ],
        )
    )
    return [
        flow.build(
            [
                CallbackQueryHandler(start, pattern=pattern("m", "feedback")),
                CommandHandler("feedback", start, filters=f.ChatType.PRIVATE),
            ],
            timeout_seconds=services.settings.flow_timeout_minutes * 60,
        )
    ]
