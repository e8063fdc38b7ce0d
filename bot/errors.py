"""The global error handler: the last net, not the plan. Logs with context, tells the user."""

from __future__ import annotations

import logging

from telegram import Update

from bot.context import BotContext

log = logging.getLogger(__name__)


async def report_error(update: object, ctx: BotContext) -> None:
    kind = "none"
    user_id = None
    if isinstance(update, Update):
        kind = next(
            (k for k in ("message", "callback_query", "edited_message") if getattr(update, k)),
            "other",
        )
        user_id = update.effective_user.id if update.effective_user else None
    log.error(
        "error while handling update (type=%s, user=%s): %r",
        kind,
        user_id,
        ctx.error,
        exc_info=ctx.error,
    )
    if (
        isinstance(update, Update)
        and update.effective_chat
        and update.effective_chat.type == "private"
    ):
        try:
            await ctx.bot.send_message(update.effective_chat.id, ctx.t("error-generic"))
        except Exception:
            log.warning("could not tell the user about the error")
