"""Feedback & suggestions: a 1–5 rating and free text, stored as a LOW ticket for the team.
A rating of 1 or 2 offers to turn the text into a complaint."""

from __future__ import annotations

import dataclasses
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler

from bot.core.callbacks import cb
from bot.core.validation import InvalidInput
from bot.domain.tickets import Category, TicketField
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.flow import Flow
from bot.ui.flow_steps import Buttons, Typed, labelled, question
from bot.ui.parts import chat_of
from bot.ui.screens import button, home_row
from bot.ui.urgent import triage
from handlers.complaint import CARRY_KEY, COMPLAINT_NAMESPACE

RATING, TEXT = "feedback.rating", "feedback.text"
RATINGS = ("1", "2", "3", "4", "5")
LOW_RATING = 2
MAX_TEXT = 2000
ORDER = 34

flow = Flow(
    "feedback",
    namespace="fb",
    command="feedback",
    menu=("menu-feedback", 40),
    category=Category.FEEDBACK,
)


async def _store(update: Update, ctx: BotContext, text: str) -> int:
    rating = int(flow.data(ctx).get("rating", 3))
    services = ctx.services
    new = flow.ticket(
        ctx,
        subject="subject-feedback",
        details=(TicketField("field-rating", f"rating-{rating}", True),),
        description=text,
    )
    # Keyed by the update: a replay after a kill finds this ticket instead of opening another.
    ticket = await services.tickets.open(dataclasses.replace(new, source_update_id=ctx.update_id))
    await services.feedback.record(
        user_id=ctx.profile.id, rating=rating, text=text, ticket_id=ticket.id
    )
    if rating > LOW_RATING or not text:
        return await flow.finish(update, ctx, ctx.t("feedback-thanks"))
    # Offer the complaint flow with the text carried over; the carry survives a restart.
    ctx.user_store[CARRY_KEY] = text
    end = await flow.finish(update, ctx, "", menu=False)
    markup = InlineKeyboardMarkup(
        [[button(ctx, "feedback-to-complaint", cb(COMPLAINT_NAMESPACE, "complain"))], home_row(ctx)]
    )
    await ctx.bot.send_message(
        chat_of(update).id, ctx.t("feedback-thanks-low"), reply_markup=markup
    )
    return end


def _text(raw: str, ctx: BotContext) -> str:
    text = raw.strip()
    if len(text) > MAX_TEXT:
        raise InvalidInput("text-too-long-field")
    return text


async def _typed(update: Update, ctx: BotContext, text: str) -> int:
    """Feedback that reports theft or a takeover gets the security steps and a HIGH ticket
    instead of a thank-you."""
    urgent = await triage(ctx, text)
    if urgent.reply is not None:
        return await flow.finish(update, ctx, urgent.reply)
    return await _store(update, ctx, text)


async def _skipped(update: Update, ctx: BotContext, value: str) -> int:
    return await _store(update, ctx, "")


question(
    flow,
    RATING,
    prompt="feedback-rating-prompt",
    back=None,
    buttons=Buttons(
        labelled(RATINGS, "rating-{}"), flow.store("rating", TEXT), per_row=5, action="rate"
    ),
)
question(
    flow,
    TEXT,
    prompt="feedback-text-prompt",
    back=RATING,
    buttons=Buttons((("skip", "btn-skip"),), _skipped),
    text=Typed(_text, _typed, limit=MAX_TEXT),
)


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    return [flow.build(timeout_seconds=services.settings.flow_timeout_minutes * 60)]
