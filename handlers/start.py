"""/start, /menu, /help, /cancel outside any flow, and the Main menu button."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.core import callbacks
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.entries import CommandEntry, add_command
from bot.ui.screens import home_row, send_greeting, send_menu, show, show_menu

ORDER = 90  # where its handlers stand: see handlers/__init__.py
add_command(CommandEntry("start", "cmd-start", 10))
add_command(CommandEntry("menu", "cmd-menu", 20))
add_command(CommandEntry("cancel", "cmd-cancel", 80))
add_command(CommandEntry("help", "cmd-help", 90))


async def start(update: Update, ctx: BotContext) -> None:
    await send_greeting(update, ctx)


async def menu(update: Update, ctx: BotContext) -> None:
    await send_menu(update, ctx)


async def help_command(update: Update, ctx: BotContext) -> None:
    markup = InlineKeyboardMarkup([home_row(ctx)])
    await show(update, ctx, ctx.t("help-text"), markup)


async def cancel(update: Update, ctx: BotContext) -> None:
    await send_menu(update, ctx, lead=ctx.t("nothing-to-cancel"))


async def home(update: Update, ctx: BotContext) -> None:
    await show_menu(update, ctx)


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, None]]:
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("start", start, filters=private),
        CommandHandler("menu", menu, filters=private),
        CommandHandler("help", help_command, filters=private),
        CommandHandler("cancel", cancel, filters=private),
        CallbackQueryHandler(home, pattern=callbacks.pattern("m", "home")),
    ]
