"""How the bot talks to the Bot API: a bot that files every update in the durable inbox before
returning it, and a request layer that retries what certainly was not delivered."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import Update
from telegram.error import NetworkError
from telegram.ext import ExtBot
from telegram.request import RequestData

from bot.db.inbox import InboxRepository
from bot.http_client import AiohttpRequest
from bot.safety.secrets import scan

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({500, 502, 503, 504})
RETRIES = 3


def redacted_update(update: Update) -> dict[str, Any]:
    """The update as JSON with secrets in texts and captions replaced: what may be stored."""
    data = update.to_dict()
    for key in ("message", "edited_message", "channel_post", "edited_channel_post"):
        message = data.get(key)
        if isinstance(message, dict):
            for field in ("text", "caption"):
                if isinstance(message.get(field), str):
                    message[field] = scan(message[field]).redacted
    return data


class SupportBot(ExtBot[None]):
    """ExtBot whose getUpdates stores the batch before PTB can confirm it with the next offset."""

    __slots__ = ("_inbox", "_redelivered")

    def attach_inbox(self, inbox: InboxRepository) -> None:
        self._inbox = inbox  # an underscore name: PTB freezes its bots' public attributes
        self._redelivered: set[int] = set()

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        updates = await super().get_updates(*args, **kwargs)
        inbox = getattr(self, "_inbox", None)
        if updates and inbox is not None:
            self._redelivered |= await inbox.store([redacted_update(u) for u in updates])
        return updates

    def already_handled(self, update_id: int) -> bool:
        """True once for an update Telegram delivered again after it had been handled."""
        redelivered = getattr(self, "_redelivered", set())
        if update_id in redelivered:
            redelivered.discard(update_id)
            return True
        return False


class RetryingRequest(AiohttpRequest):
    """5xx answers, failed connections and timeouts: try again, briefly. A timed-out request
    may in fact have been carried out, so a repeat can duplicate a message; a duplicate is
    the lesser harm than a user left without an answer."""

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, **kwargs: Any
    ) -> tuple[int, bytes]:
        for attempt in range(RETRIES + 1):
            try:
                code, payload = await super().do_request(url, method, request_data, **kwargs)
            except NetworkError:  # TimedOut included
                if attempt == RETRIES:
                    raise
                await asyncio.sleep(0.2 * 2**attempt)
                continue
            if code not in RETRY_STATUSES or attempt == RETRIES:
                return code, payload
            await asyncio.sleep(0.2 * 2**attempt)
        raise AssertionError("unreachable")
