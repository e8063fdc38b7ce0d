"""Early gates for private chats: banned users are served nothing (after one short notice an
hour), and edited messages are relayed to the user's ticket or ignored, never re-answered."""

from __future__ import annotations

import contextlib
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, BaseHandler, TypeHandler

from bot.context import BotContext
from bot.flow import STEP_KEY
from bot.safety.flood import FloodVerdict
from bot.services import Services

GROUP = -5


async def gate(update: Update, ctx: BotContext) -> None:
    """One handler, since a group runs only its first matching handler."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or chat.type != chat.PRIVATE:
        return
    if user.id in ctx.services.desk.banned:
        await _refuse_banned(update, ctx)
    if update.message is not None or update.callback_query is not None:
        verdict = ctx.services.flood.check(user.id)
        if verdict is FloodVerdict.THROTTLED_NOTIFY:
            await ctx.bot.send_message(chat.id, ctx.t("flood-notice"))
        if verdict is not FloodVerdict.OK:
            if update.callback_query is not None:
                await update.callback_query.answer()
            raise ApplicationHandlerStop
    # Only what the user wrote: a button press carries the bot's own message.
    message = update.message or update.edited_message
    if message is not None and (message.text or message.caption):
        await _guard_secrets(update, ctx)
    if update.edited_message is not None:
        await ctx.services.desk.relay_from_user(update.edited_message, edited=True)
        raise ApplicationHandlerStop


async def _refuse_banned(update: Update, ctx: BotContext) -> None:
    user, chat = update.effective_user, update.effective_chat
    if ctx.services.desk.banned_notice_due(user.id):
        await ctx.bot.send_message(chat.id, ctx.t("banned-notice"))
    if update.callback_query is not None:
        await update.callback_query.answer()
    raise ApplicationHandlerStop


async def _guard_secrets(update: Update, ctx: BotContext) -> None:
    """A secret stops here: it reaches no handler, store, relay or log line."""
    message = update.message or update.edited_message
    step = ctx.user_data.get(STEP_KEY) if ctx.user_data is not None else None
    result = ctx.services.guard.inspect(
        update.effective_user.id, message.text or message.caption or "", step=step
    )
    if not result.found:
        return
    with contextlib.suppress(TelegramError):
        await message.delete()
    warnings = [ctx.t(f"secret-warning-{kind.value}") for kind in sorted(result.kinds)]
    warnings.append(ctx.t("secret-never-share"))
    await ctx.bot.send_message(update.effective_chat.id, "\n\n".join(warnings))
    await ctx.services.desk.relay_redacted(message, result.redacted)
    raise ApplicationHandlerStop


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    return [TypeHandler(Update, gate)]
