"""What a handler sees: the PTB context plus our services and the user's locale."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from telegram.ext import CallbackContext, ExtBot

from bot.core.config import Locale
from bot.db.users import UserProfile

if TYPE_CHECKING:
    from bot.runtime.services import Services


def services_of(application: Any) -> Services:
    """Our services, from an Application built by bot.app (used by start-up hooks and jobs)."""
    services: Services = application.services
    return services


class BotContext(CallbackContext[ExtBot[None], dict[str, Any], dict[str, Any], dict[str, Any]]):
    __slots__ = ("_profile", "agent_locale", "update_id")

    def __init__(self, application: Any, chat_id: int | None = None, user_id: int | None = None):
        super().__init__(application, chat_id=chat_id, user_id=user_id)
        # Set by handlers.identify before any feature handler runs.
        self._profile: UserProfile | None = None
        # The update being handled: effects keyed by it are not repeated when it is replayed.
        self.update_id: int | None = None
        # In the agents' group: the language of the agent who acts (see handlers.identify).
        self.agent_locale: Locale | None = None

    @property
    def profile(self) -> UserProfile:
        """The sender's profile; feature handlers run only after it is loaded."""
        if self._profile is None:
            raise LookupError("no user profile loaded for this update")
        return self._profile

    @profile.setter
    def profile(self, profile: UserProfile | None) -> None:
        self._profile = profile

    @property
    def known_profile(self) -> UserProfile | None:
        """The profile if one is loaded (updates from channels or bots have none)."""
        return self._profile

    @property
    def user_store(self) -> dict[str, Any]:
        """The sender's user_data; every update a flow handles has a sender."""
        data = self.user_data
        if data is None:
            raise LookupError("this update has no sender, so no user data")
        return data

    @property
    def services(self) -> Services:
        return services_of(self.application)

    @property
    def locale(self) -> Locale:
        if self._profile is not None:
            return self._profile.locale
        return self.services.settings.default_locale

    def t(self, key: str, **params: object) -> str:
        return self.services.translator.t(self.locale, key, **params)
