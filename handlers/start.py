"""/start, /menu, /help, /cancel outside any flow, and the main menu's buttons."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot import callbacks
from bot.callbacks import cb
from bot.config import Settings
from bot.context import BotContext
from bot.ui import MENU_ITEMS, button, home_row, send_greeting, send_menu, show, show_menu

# Menu items whose guided flows arrive in later releases; they answer honestly meanwhile.
NOT_YET_AVAILABLE = frozenset({"complaint", "feedback", "tickets", "agent"})
_LABELS = dict(MENU_ITEMS)


async def start(update: Update, ctx: BotContext) -> None:
    await send_greeting(update, ctx)


async def menu(update: Update, ctx: BotContext) -> None:
    await send_menu(update, ctx)


async def help_command(update: Update, ctx: BotContext) -> None:
    markup = InlineKeyboardMarkup([home_row(ctx)])
    await show(update, ctx, ctx.t("help-text"), markup)


async def cancel(update: Update, ctx: BotContext) -> None:
    await send_menu(update, ctx, lead=ctx.t("nothing-to-cancel"))


async def menu_button(update: Update, ctx: BotContext) -> None:
    parsed = callbacks.parse(update.callback_query.data if update.callback_query else None)
    action = parsed.action if parsed else ""
    if action in NOT_YET_AVAILABLE:
        text = ctx.t("coming-soon", feature=ctx.t(_LABELS[action]))
        markup = InlineKeyboardMarkup([[button(ctx, "menu-faq", cb("m", "faq"))], home_row(ctx)])
        await show(update, ctx, text, markup)
        return
    await show_menu(update, ctx)


def build_handlers(settings: Settings) -> list[BaseHandler[Update, BotContext, None]]:
    private = filters.ChatType.PRIVATE
    actions = "|".join(sorted(NOT_YET_AVAILABLE | {"home"}))
    return [
        CommandHandler("start", start, filters=private),
        CommandHandler("menu", menu, filters=private),
        CommandHandler("help", help_command, filters=private),
        CommandHandler("cancel", cancel, filters=private),
        CallbackQueryHandler(menu_button, pattern=rf"^{callbacks.VERSION}:m:({actions})$"),
    ]
