"""Loading the user's profile (and so their locale) onto the context."""

from __future__ import annotations

from telegram import User

from bot.core.i18n import choose_locale
from bot.runtime.context import BotContext
from bot.safety.normalize import display_name


async def ensure_profile(ctx: BotContext, user: User | None) -> None:
    """Record the contact and set ctx.profile; used before handlers and by timed jobs."""
    if user is None or user.is_bot or ctx.known_profile is not None:
        return
    services = ctx.services
    ctx.profile = await services.users.touch(
        user.id,
        first_name=display_name(user.first_name),
        language_code=user.language_code,
        initial_locale=choose_locale(user.language_code, services.settings.default_locale),
    )
