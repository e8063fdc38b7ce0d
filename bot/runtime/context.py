"""What a handler sees: the PTB context plus our services and the user's locale."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from telegram.ext import CallbackContext, ExtBot

from bot.core.config import Locale
from bot.db.users import UserProfile

if TYPE_CHECKING:
    from bot.runtime.services import Services


class BotContext(CallbackContext[ExtBot[None], dict[str, Any], dict[str, Any], dict[str, Any]]):
    __slots__ = ("profile", "update_id")

    def __init__(self, application: Any, chat_id: int | None = None, user_id: int | None = None):
        super().__init__(application, chat_id=chat_id, user_id=user_id)
        # Set by handlers.identify before any feature handler runs.
        self.profile: UserProfile | None = None
        # The update being handled: effects keyed by it are not repeated when it is replayed.
        self.update_id: int | None = None

    @property
    def services(self) -> Services:
        return self.application.services  # type: ignore[attr-defined,no-any-return]

    @property
    def locale(self) -> Locale:
        if self.profile is not None:
            return self.profile.locale
        return self.services.settings.default_locale

    def t(self, key: str, **params: object) -> str:
        return self.services.translator.t(self.locale, key, **params)
