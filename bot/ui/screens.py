"""Screens more than one feature shows: the main menu, the greeting, and how to answer in place."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.runtime.context import BotContext
from bot.ui import entries

log = logging.getLogger(__name__)

MENU_NAMESPACE = callbacks.claim("m", "bot.ui.screens")  # main-menu buttons: "1:m:<action>"


def button(ctx: BotContext, label_key: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(ctx.t(label_key), callback_data=data)


def main_menu_markup(ctx: BotContext) -> InlineKeyboardMarkup:
    # Features declare their own buttons (bot/ui/entries.py); two to a row.
    buttons = [button(ctx, item.label, cb(MENU_NAMESPACE, item.action)) for item in entries.menu()]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


def home_row(ctx: BotContext, *, back: str | None = None) -> list[InlineKeyboardButton]:
    """The navigation row under a screen: optional Back, then Main menu."""
    row = [button(ctx, "btn-back", back)] if back else []
    row.append(button(ctx, "btn-menu", cb(MENU_NAMESPACE, "home")))
    return row


async def show(
    update: Update, ctx: BotContext, text: str, markup: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Answer a button press by editing its message in place; answer anything else anew."""
    query = update.callback_query
    if query is not None:
        await query.answer()
        if isinstance(query.message, Message):
            try:
                edited = await query.message.edit_text(text, reply_markup=markup)
                return edited if isinstance(edited, Message) else None
            except BadRequest as error:
                if "not modified" in str(error).lower():
                    return query.message
                # Too old to edit, or deleted: fall through and send a fresh message.
                log.info("could not edit message in place: %s", error)
    chat = update.effective_chat
    if chat is None:
        return None
    return await ctx.bot.send_message(chat.id, text, reply_markup=markup)


def _menu_text(ctx: BotContext, lead: str | None) -> str:
    return ctx.t("menu-prompt") if lead is None else f"{lead}\n\n{ctx.t('menu-prompt')}"


async def show_menu(update: Update, ctx: BotContext, *, lead: str | None = None) -> None:
    await show(update, ctx, _menu_text(ctx, lead), main_menu_markup(ctx))


async def send_menu(update: Update, ctx: BotContext, *, lead: str | None = None) -> None:
    """Like show_menu, but always a new message (after a typed command or a stale button)."""
    chat = update.effective_chat
    if chat is None:
        return
    await ctx.bot.send_message(chat.id, _menu_text(ctx, lead), reply_markup=main_menu_markup(ctx))


async def send_greeting(update: Update, ctx: BotContext) -> None:
    user = update.effective_user
    name = user.first_name if user else ""
    lead = f"{ctx.t('start-greeting', name=name)}\n\n{ctx.t('safety-reminder')}"
    await send_menu(update, ctx, lead=lead)
