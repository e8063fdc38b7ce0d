"""A user with an open ticket (or one closed recently) talks to their agent: every message
is stored on the ticket and copied to the agents' group."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, MessageHandler
from telegram.ext import filters as f

from bot.desk.active import HasActiveTicket
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.parts import message_of
from bot.ui.screens import send_menu
from handlers.faq import answer_question

ORDER = 42  # where its handlers stand: see handlers/__init__.py

RELAYED_CONTENT = (
    f.TEXT | f.PHOTO | f.Document.ALL | f.VIDEO | f.VOICE | f.AUDIO | f.Sticker.ALL | f.ANIMATION
)


async def to_ticket(update: Update, ctx: BotContext) -> None:
    message = message_of(update)
    if await ctx.services.desk.relays.relay_from_user(message) is not None:
        return
    # The ticket aged out of the reopen window since the filter last looked.
    if message.text:
        await answer_question(update, ctx)
    else:
        await send_menu(update, ctx, lead=ctx.t("unsupported-message"))


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    active = HasActiveTicket(services.active)
    return [
        MessageHandler(
            f.ChatType.PRIVATE & ~f.COMMAND & ~f.UpdateType.EDITED & active & RELAYED_CONTENT,
            to_ticket,
        )
    ]
