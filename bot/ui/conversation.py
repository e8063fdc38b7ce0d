"""What every guided conversation shares: the ways out (/start, /menu, /cancel)."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, ConversationHandler, filters

from bot.runtime.context import BotContext
from bot.ui.screens import send_greeting, send_menu


async def leave_with_greeting(update: Update, ctx: BotContext) -> int:
    await send_greeting(update, ctx)
    return ConversationHandler.END


async def leave_to_menu(update: Update, ctx: BotContext) -> int:
    await send_menu(update, ctx)
    return ConversationHandler.END


async def leave_cancelled(update: Update, ctx: BotContext) -> int:
    await send_menu(update, ctx, lead=ctx.t("cancelled"))
    return ConversationHandler.END


Leave = Callable[[Update, BotContext], Coroutine[Any, Any, int]]


def exit_fallbacks(
    cleanup: Callable[[BotContext], None] | None = None,
) -> list[BaseHandler[Update, BotContext, object]]:
    """/start, /menu and /cancel end the conversation, after `cleanup` drops its data."""

    def leaving(leave: Leave) -> Leave:
        async def run(update: Update, ctx: BotContext) -> int:
            if cleanup is not None:
                cleanup(ctx)
            return await leave(update, ctx)

        return run

    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("start", leaving(leave_with_greeting), filters=private),
        CommandHandler("menu", leaving(leave_to_menu), filters=private),
        CommandHandler("cancel", leaving(leave_cancelled), filters=private),
    ]
