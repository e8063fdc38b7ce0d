"""Runs first for every private update: records the user and loads their locale."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop, BaseHandler, TypeHandler

from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.flow import APPLIED_KEY
from bot.ui.profiles import ensure_profile

ORDER = 1  # where its handlers stand: see handlers/__init__.py

GROUP = -10


async def remember_user(update: Update, ctx: BotContext) -> None:
    ctx.update_id = update.update_id
    applied = ctx.user_data.get(APPLIED_KEY) if ctx.user_data is not None else None
    if isinstance(applied, int) and update.update_id <= applied:
        # Replayed after a kill, but its step was already written: do not apply it twice.
        raise ApplicationHandlerStop
    chat = update.effective_chat
    if chat is None or chat.type != chat.PRIVATE:
        return
    await ensure_profile(ctx, update.effective_user)


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, None]]:
    return [TypeHandler(Update, remember_user)]
