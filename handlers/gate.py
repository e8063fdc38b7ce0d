"""Early gates for private chats: banned users are served nothing (after one short notice an
hour), and edited messages are relayed to the user's ticket or ignored, never re-answered."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import ApplicationHandlerStop, BaseHandler, TypeHandler

from bot.context import BotContext
from bot.services import Services

GROUP = -5


async def gate(update: Update, ctx: BotContext) -> None:
    """One handler, since a group runs only its first matching handler."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or chat.type != chat.PRIVATE:
        return
    if user.id in ctx.services.desk.banned:
        await _refuse_banned(update, ctx)
    if update.edited_message is not None:
        await ctx.services.desk.relay_from_user(update.edited_message, edited=True)
        raise ApplicationHandlerStop


async def _refuse_banned(update: Update, ctx: BotContext) -> None:
    user, chat = update.effective_user, update.effective_chat
    if ctx.services.desk.banned_notice_due(user.id):
        await ctx.bot.send_message(chat.id, ctx.t("banned-notice"))
    if update.callback_query is not None:
        await update.callback_query.answer()
    raise ApplicationHandlerStop


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    return [TypeHandler(Update, gate)]
