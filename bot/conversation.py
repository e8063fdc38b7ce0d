"""What every guided conversation shares: the ways out (/start, /menu, /cancel)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, ConversationHandler, filters

from bot.context import BotContext
from bot.ui import send_greeting, send_menu


async def leave_with_greeting(update: Update, ctx: BotContext) -> int:
    await send_greeting(update, ctx)
    return ConversationHandler.END


async def leave_to_menu(update: Update, ctx: BotContext) -> int:
    await send_menu(update, ctx)
    return ConversationHandler.END


async def leave_cancelled(update: Update, ctx: BotContext) -> int:
    await send_menu(update, ctx, lead=ctx.t("cancelled"))
    return ConversationHandler.END


def exit_fallbacks() -> list[BaseHandler[Update, BotContext, object]]:
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("start", leave_with_greeting, filters=private),
        CommandHandler("menu", leave_to_menu, filters=private),
        CommandHandler("cancel", leave_cancelled, filters=private),
    ]
