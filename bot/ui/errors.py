"""The global error handler: the last net, not the plan. Logs the error with its context
(never a secret: the log filter scans every line), tells the user in their language, and
alerts admins at most once per ADMIN_ALERT_INTERVAL_SECONDS per kind of error."""

from __future__ import annotations

import contextlib
import logging
import time

from telegram import Update
from telegram.error import TelegramError

from bot.runtime.context import BotContext
from bot.safety.detector import detect
from bot.ui.profiles import ensure_profile

log = logging.getLogger(__name__)
_last_alert: dict[str, float] = {}


def _update_kind(update: object) -> str:
    if not isinstance(update, Update):
        return "job" if update is None else type(update).__name__
    for kind in ("message", "edited_message", "callback_query", "my_chat_member"):
        if getattr(update, kind, None) is not None:
            return kind
    return "other"


async def report_error(update: object, ctx: BotContext) -> None:
    error = ctx.error
    kind = type(error).__name__
    user_id = (
        update.effective_user.id if isinstance(update, Update) and update.effective_user else None
    )
    log.error(
        "error while handling update (type=%s, user=%s): %s",
        _update_kind(update),
        user_id,
        kind,
        exc_info=error,
    )
    if (
        isinstance(update, Update)
        and update.effective_chat
        and update.effective_chat.type == "private"
    ):
        # Error handlers get a fresh context: load the user's language again.
        with contextlib.suppress(Exception):
            await ensure_profile(ctx, update.effective_user)
        with contextlib.suppress(TelegramError):
            await ctx.bot.send_message(update.effective_chat.id, ctx.t("error-generic"))
    await _alert_admins(ctx, kind, str(error))


async def _alert_admins(ctx: BotContext, kind: str, detail: str) -> None:
    settings = ctx.services.settings
    now = time.monotonic()
    last = _last_alert.get(kind)
    if not settings.admin_ids or (
        last is not None and now - last < settings.admin_alert_interval_seconds
    ):
        return
    _last_alert[kind] = now
    token = settings.bot_token.get_secret_value()
    detail = detect(detail.replace(token, "[token]")).redacted()[:500]
    text = ctx.services.translator.t(
        settings.default_locale, "admin-error-alert", kind=kind, detail=detail
    )
    for admin_id in settings.admin_ids:
        with contextlib.suppress(TelegramError):
            await ctx.bot.send_message(admin_id, text)
