"""Talk to an agent: one question ("briefly describe the problem"), then a ticket."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler
from telegram.ext import filters as f

from bot.core import callbacks
from bot.core.validation import InvalidInput, clean_text
from bot.domain.tickets import Category, NewTicket
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.entries import CommandEntry, MenuEntry, add_command, add_menu
from bot.ui.flow import Expect, Flow, Step
from bot.ui.parts import message_of
from bot.ui.prompts import ask
from bot.ui.ticket_ack import open_and_acknowledge
from bot.ui.urgent import report_urgent

ORDER = 35  # where its handlers stand: see handlers/__init__.py
add_menu(MenuEntry("agent", "menu-agent", 70))
add_command(CommandEntry("agent", "cmd-agent", 50))

DESCRIBE = "agent.describe"
MIN_TEXT, MAX_TEXT = 5, 2000

flow = Flow("agent_request")


async def ask_description(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    text = f"{ctx.t('agent-describe-prompt')}\n\n{ctx.t('never-ask-secrets')}"
    await ask(update, ctx, text, hint=hint)


async def start(update: Update, ctx: BotContext) -> str:
    flow.clear(ctx)
    return await flow.go(update, ctx, DESCRIBE)


async def described(update: Update, ctx: BotContext) -> str | int:
    try:
        text = clean_text(message_of(update).text, minimum=MIN_TEXT, maximum=MAX_TEXT)
    except InvalidInput as error:
        await ask_description(update, ctx, hint=ctx.t(error.key, limit=MAX_TEXT))
        return DESCRIBE
    understanding = ctx.services.understanding
    result = await understanding.understand(text) if understanding.ready else None
    if result is not None and result.urgent:
        return await flow.finish(update, ctx, await report_urgent(ctx, text))
    # The classifier files the ticket (agents can still change its priority on the card).
    new = NewTicket(
        user_id=ctx.profile.id,
        category=result.category if result else Category.QUESTION,
        subject="subject-question",
        description=text,
        urgency=result.priority if result else None,
    )
    return await flow.finish(update, ctx, await open_and_acknowledge(ctx, new))


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    flow.add(
        Step(
            DESCRIBE,
            ask_description,
            None,
            Expect.TEXT,
            [MessageHandler(f.TEXT & ~f.COMMAND, described)],
        )
    )
    return [
        flow.build(
            [
                CallbackQueryHandler(start, pattern=callbacks.pattern("m", "agent")),
                CommandHandler("agent", start, filters=f.ChatType.PRIVATE),
            ],
            timeout_seconds=services.settings.flow_timeout_minutes * 60,
        )
    ]
