"""What the desk sends leaves through here: rows into the outbox, then the worker woken. The
outbox is the only way out, so every relay survives a restart and keeps its order."""

from __future__ import annotations

from typing import Protocol

from bot.core.config import Locale, Settings
from bot.core.i18n import Translator
from bot.db.outbox import NewOutboxItem, OutboxKind, OutboxRepository
from bot.domain.tickets import Ticket


class Waker(Protocol):
    def is_forum_chat(self, chat_id: int) -> bool: ...

    def wake(self) -> None: ...


class DeskQueue:
    def __init__(
        self, outbox: OutboxRepository, settings: Settings, translator: Translator
    ) -> None:
        self._outbox = outbox
        self._settings = settings
        self._translator = translator
        self._worker: Waker | None = None

    def attach(self, worker: Waker) -> None:
        self._worker = worker

    @property
    def enabled(self) -> bool:
        return self._settings.agent_chat_id is not None

    @property
    def relays_to_group(self) -> bool:
        """Every message is relayed into the group; else (the web desk carries the
        conversations) the group gets only notifications: cards, notices, reminders."""
        return self.enabled and not self._settings.group_notifications_only

    def group_of(self, ticket: Ticket) -> int:
        """The agents' group that works this ticket: its route's (AGENT_ROUTES), else
        AGENT_CHAT_ID."""
        return self._settings.route_chat(ticket.route)

    def is_forum_chat(self, chat_id: int) -> bool:
        """Whether this agents' group has topics (one per ticket) or works by replies."""
        return self._worker is not None and self._worker.is_forum_chat(chat_id)

    def route_of_chat(self, chat_id: int) -> str | None:
        return self._settings.route_of_chat(chat_id)

    @property
    def agent_locale(self) -> Locale:
        """The language of what the whole group reads (DESK_LOCALE)."""
        return self._settings.desk_language

    def t(self, key: str, **params: object) -> str:
        """A text for the agents, in their language."""
        return self._translator.t(self.agent_locale, key, **params)

    def wake(self) -> None:
        if self._worker is not None:
            self._worker.wake()

    async def enqueue(self, items: list[NewOutboxItem]) -> None:
        if items:
            await self._outbox.enqueue(items)
            self.wake()

    def card(self, ticket: Ticket) -> NewOutboxItem:
        return NewOutboxItem(OutboxKind.CARD, self.group_of(ticket), ticket.id)

    def topic(self, ticket: Ticket) -> NewOutboxItem:
        """Open the ticket's topic, or rename it to the ticket's state (✅ when closed)."""
        return NewOutboxItem(OutboxKind.TOPIC, self.group_of(ticket), ticket.id)

    def notice(self, ticket: Ticket, key: str, **params: object) -> NewOutboxItem:
        text = self.t(key, **params)
        return NewOutboxItem(
            OutboxKind.GROUP_NOTICE, self.group_of(ticket), ticket.id, None, {"text": text}
        )

    def to_user(
        self, ticket: Ticket, text: str, markup: dict[str, object] | None = None
    ) -> NewOutboxItem:
        payload: dict[str, object] = {"text": text}
        if markup is not None:
            payload["reply_markup"] = markup
        return NewOutboxItem(OutboxKind.USER_TEXT, ticket.user_id, ticket.id, None, payload)
