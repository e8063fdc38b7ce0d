"""Runs first for every private update: records the user and loads their locale."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop, BaseHandler, TypeHandler

from bot.core.i18n import choose_locale
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.flow import APPLIED_KEY, ask_again
from bot.ui.profiles import ensure_profile
from bot.ui.ticket_ack import acknowledge_again

ORDER = 1  # where its handlers stand: see handlers/__init__.py

GROUP = -10


async def remember_user(update: Update, ctx: BotContext) -> None:
    ctx.update_id = update.update_id
    applied = ctx.user_data.get(APPLIED_KEY) if ctx.user_data is not None else None
    if isinstance(applied, int) and update.update_id <= applied:
        # Replayed after a kill, but its step was already written: do not apply it twice.
        # The last one applied may not have been answered yet: its question goes out again.
        chat = update.effective_chat
        if update.update_id == applied and chat is not None and chat.type == chat.PRIVATE:
            await ensure_profile(ctx, update.effective_user)
            await ask_again(update, ctx) or await acknowledge_again(update, ctx)
        raise ApplicationHandlerStop
    chat = update.effective_chat
    if chat is not None and chat.id in ctx.services.settings.desk_chats:
        await _agent_language(ctx, update)
    if chat is None or chat.type != chat.PRIVATE:
        return
    await ensure_profile(ctx, update.effective_user)


async def _agent_language(ctx: BotContext, update: Update) -> None:
    """An agent's language: what they chose with /language in a private chat with the bot,
    else their Telegram language, else the desk's."""
    user = update.effective_user
    if user is None or user.is_bot:
        return
    profile = await ctx.services.users.get(user.id)
    desk = ctx.services.desk.agent_locale
    ctx.agent_locale = profile.locale if profile else choose_locale(user.language_code, desk)


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, None]]:
    return [TypeHandler(Update, remember_user)]
