"""/language and the Language menu item: pick zh or en; the choice is stored for good."""

from __future__ import annotations

import dataclasses

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.core.config import SUPPORTED_LOCALES
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.entries import CommandEntry, MenuEntry, add_command, add_menu
from bot.ui.screens import home_row, show, show_menu

ORDER = 51  # where its handlers stand: see handlers/__init__.py
add_menu(MenuEntry("language", "menu-language", 80))
add_command(CommandEntry("language", "cmd-language", 60))

callbacks.claim("lang", __name__)  # this module handles every "lang" button


def _choices(ctx: BotContext) -> InlineKeyboardMarkup:
    row = [
        InlineKeyboardButton(ctx.t(f"lang-{locale}"), callback_data=cb("lang", "set", locale))
        for locale in SUPPORTED_LOCALES
    ]
    return InlineKeyboardMarkup([row, home_row(ctx)])


async def ask_language(update: Update, ctx: BotContext) -> None:
    await show(update, ctx, ctx.t("language-prompt"), _choices(ctx))


async def set_language(update: Update, ctx: BotContext) -> None:
    parsed = callbacks.parse(update.callback_query.data if update.callback_query else None)
    locale = parsed.arg if parsed else None
    if locale not in SUPPORTED_LOCALES or ctx.known_profile is None:
        await ask_language(update, ctx)
        return
    await ctx.services.users.set_locale(ctx.profile.id, locale)
    ctx.profile = dataclasses.replace(ctx.profile, locale=locale)
    await show_menu(update, ctx, lead=ctx.t("language-set"))


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CommandHandler("language", ask_language, filters=filters.ChatType.PRIVATE),
        CallbackQueryHandler(ask_language, pattern=callbacks.pattern("m", "language")),
        CallbackQueryHandler(set_language, pattern=callbacks.pattern("lang", "set")),
    ]
