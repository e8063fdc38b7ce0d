"""Announcement opt-out: /notices off|on, and the button under every ordinary announcement."""

from __future__ import annotations

import contextlib

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.broadcasts.render import notices_toggle
from bot.core import callbacks
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.entries import CommandEntry, add_command
from bot.ui.parts import chat_of, message_of, query_of

ORDER = 13  # where its handlers stand: see handlers/__init__.py
add_command(CommandEntry("notices", "cmd-notices", 70))

callbacks.claim("notice", __name__)  # this module handles every "notice" button


def _toggle_markup(ctx: BotContext, opted_out: bool) -> InlineKeyboardMarkup:
    return notices_toggle(ctx.services.translator, ctx.locale, opted_out=opted_out)


async def _set(ctx: BotContext, opted_out: bool) -> str:
    await ctx.services.users.set_notices_opt_out(ctx.profile.id, opted_out)
    return ctx.t("notices-off" if opted_out else "notices-on")


async def command(update: Update, ctx: BotContext) -> None:
    message = message_of(update)
    choice = (ctx.args or [""])[0].lower()
    if choice in ("off", "on"):
        opted_out = choice == "off"
        text = await _set(ctx, opted_out)
    elif not ctx.args:
        opted_out = ctx.profile.notices_opt_out
        text = ctx.t("notices-status-off" if opted_out else "notices-status-on")
    else:
        await message.reply_text(ctx.t("notices-usage"))
        return
    await message.reply_text(text, reply_markup=_toggle_markup(ctx, opted_out))


async def pressed(update: Update, ctx: BotContext) -> None:
    query = query_of(update)
    parsed = callbacks.parse(query.data)
    opted_out = parsed is not None and parsed.action == "off"
    text = await _set(ctx, opted_out)
    await query.answer()
    # The button under the announcement flips, so the choice can be undone where it was made.
    if isinstance(query.message, Message):
        # Too old to edit: the confirmation below still says what happened.
        with contextlib.suppress(BadRequest):
            await query.message.edit_reply_markup(_toggle_markup(ctx, opted_out))
    await ctx.bot.send_message(chat_of(update).id, text)


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CommandHandler("notices", command, filters=filters.ChatType.PRIVATE),
        CallbackQueryHandler(pressed, pattern=callbacks.pattern("notice")),
    ]
