"""How a flow's question looks: the text, its buttons, and the Back/Cancel row under them."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.runtime.context import BotContext
from bot.ui.screens import button, show

FLOW_NAMESPACE = callbacks.claim("flow", "bot.ui.prompts")


def nav_row(ctx: BotContext) -> list[InlineKeyboardButton]:
    return [
        button(ctx, "btn-back", cb(FLOW_NAMESPACE, "back")),
        button(ctx, "btn-cancel", cb(FLOW_NAMESPACE, "cancel")),
    ]


def choice_rows(
    ctx: BotContext, choices: Sequence[tuple[str, str]], *, per_row: int = 1
) -> list[list[InlineKeyboardButton]]:
    """Buttons from (label key, callback data) pairs, `per_row` to a row."""
    buttons = [button(ctx, label, data) for label, data in choices]
    return [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]


async def ask(
    update: Update,
    ctx: BotContext,
    text: str,
    rows: list[list[InlineKeyboardButton]] | None = None,
    *,
    hint: str | None = None,
) -> None:
    """Show a question with its buttons and Back/Cancel. After a hint, always a new message."""
    markup = InlineKeyboardMarkup([*(rows or []), nav_row(ctx)])
    if hint is None:
        await show(update, ctx, text, markup)
        return
    if update.callback_query is not None:
        await update.callback_query.answer()
    chat = update.effective_chat
    if chat is not None:
        await ctx.bot.send_message(chat.id, f"{hint}\n\n{text}", reply_markup=markup)


def callback_arg(update: Update) -> str | None:
    parsed = callbacks.parse(update.callback_query.data if update.callback_query else None)
    return parsed.arg if parsed else None
