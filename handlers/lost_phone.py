"""Lost or stolen phone (/lostphone): whether it was locked, the account's email or phone,
and when it went missing become a HIGH account-security ticket, with the one piece of
self-help that does not wait for an agent: restoring from the user's own backup.

The worked example of docs/adding-a-flow.md: one module, its catalog entries, its test."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler

from bot.core.clock import utc_now
from bot.core.moments import parse_past_moment
from bot.core.validation import parse_contact, relative_day
from bot.domain.tickets import Category, TicketField
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.flow import Flow
from bot.ui.flow_steps import Buttons, Typed, labelled, question
from bot.ui.ticket_ack import open_and_acknowledge

LOCK, CONTACT, WHEN = "lost.lock", "lost.contact", "lost.when"
LOCK_ANSWERS = ("yes", "no", "unsure")
ORDER = 36  # a guided flow: after the others, before the free-text handlers

flow = Flow("lost", namespace="lo", command="lostphone", category=Category.ACCOUNT_SECURITY)


def _contact(text: str, ctx: BotContext) -> str:
    return parse_contact(text).masked  # only the masked form is kept


def _moment(text: str, ctx: BotContext) -> str:
    return parse_past_moment(text, now=utc_now().astimezone(ctx.services.settings.zone))


async def _open_ticket(update: Update, ctx: BotContext, when: str) -> int:
    data = flow.data(ctx)
    new = flow.ticket(
        ctx,
        subject="subject-lost-device",
        details=(
            TicketField("field-screen-lock", f"lost-lock-{data.get('lock', 'unsure')}", True),
            TicketField("field-contact", data.get("contact", "")),
            TicketField("field-when", when),
        ),
    )
    text = await open_and_acknowledge(ctx, new, lead=ctx.t("lost-advice"))
    return await flow.finish(update, ctx, text)


async def chose_day(update: Update, ctx: BotContext, day: str) -> int:
    now = utc_now().astimezone(ctx.services.settings.zone)
    return await _open_ticket(update, ctx, relative_day({"today": 0, "yesterday": 1}[day], now=now))


async def typed_day(update: Update, ctx: BotContext, when: str) -> int:
    return await _open_ticket(update, ctx, when)


question(
    flow,
    LOCK,
    prompt="lost-lock-prompt",
    back=None,
    buttons=Buttons(labelled(LOCK_ANSWERS, "lost-lock-{}"), flow.store("lock", CONTACT)),
)
question(
    flow,
    CONTACT,
    prompt="lost-contact-prompt",
    back=LOCK,
    text=Typed(_contact, flow.store("contact", WHEN)),
)
question(
    flow,
    WHEN,
    prompt="lost-when-prompt",
    back=CONTACT,
    buttons=Buttons(labelled(("today", "yesterday"), "when-{}"), chose_day, per_row=2),
    text=Typed(_moment, typed_day),
)


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    return [flow.build(timeout_seconds=services.settings.flow_timeout_minutes * 60)]
