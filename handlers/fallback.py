"""The last net for private chats: stale buttons, unknown commands, content we cannot read."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.screens import send_menu

ORDER = 99  # where its handlers stand: see handlers/__init__.py


async def stale_button(update: Update, ctx: BotContext) -> None:
    query = update.callback_query
    if query is None:
        return
    await query.answer(ctx.t("stale-button"), show_alert=False)
    await send_menu(update, ctx, lead=ctx.t("stale-button"))


async def unknown_command(update: Update, ctx: BotContext) -> None:
    await send_menu(update, ctx, lead=ctx.t("help-text"))


async def unreadable(update: Update, ctx: BotContext) -> None:
    await send_menu(update, ctx, lead=ctx.t("unsupported-message"))


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, None]]:
    private = filters.ChatType.PRIVATE
    return [
        CallbackQueryHandler(stale_button),
        MessageHandler(private & filters.COMMAND, unknown_command),
        MessageHandler(private & ~filters.COMMAND & ~filters.StatusUpdate.ALL, unreadable),
    ]
