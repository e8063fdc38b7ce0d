"""Runs first for every private update: records the user and loads their locale."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, TypeHandler

from bot.context import BotContext
from bot.i18n import choose_locale

GROUP = -10


async def remember_user(update: Update, ctx: BotContext) -> None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or user.is_bot or chat is None or chat.type != chat.PRIVATE:
        return
    services = ctx.services
    ctx.profile = await services.users.touch(
        user.id,
        first_name=user.first_name,
        language_code=user.language_code,
        initial_locale=choose_locale(user.language_code, services.settings.default_locale),
    )


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [TypeHandler(Update, remember_user)]
