"""How the bot talks to the Bot API: a bot that files every update in the durable inbox before
returning it, and a request layer that retries what certainly was not delivered."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from telegram import Update
from telegram.error import BadRequest, NetworkError
from telegram.ext import ExtBot
from telegram.request import RequestData

from bot.core.diagnostics import DIAGNOSTICS
from bot.core.metrics import record_send
from bot.db.inbox import InboxRepository
from bot.plumbing.http_client import AiohttpRequest
from bot.plumbing.update_order import order_key
from bot.safety.screen import MessageScreen

log = logging.getLogger(__name__)

JSONDict = dict[str, Any]

RETRY_STATUSES = frozenset({500, 502, 503, 504})
# Calls answered with the message sent. The bot reads its id, chat and thread, never the
# buttons or formatting it sent itself, and parsing those back into objects cost 5 % of its
# CPU under load: they are dropped from the answer before PTB builds the Message.
SENT_MESSAGE_CALLS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendVideo",
        "sendAnimation",
        "sendVoice",
        "sendAudio",
        "sendSticker",
        "editMessageText",
        "editMessageCaption",
        "editMessageReplyMarkup",
    }
)
ANSWERED_KEPT = 10_000  # button presses whose answer went out, newest kept
ECHOED_FIELDS = ("reply_markup", "entities", "caption_entities", "from", "link_preview_options")
RETRIES = 3
# A batch with more text than this is screened in a worker thread, so no long message holds up
# the event loop (other chats' updates keep being answered meanwhile).
SCREEN_INLINE_CHARS = 2_000


def _text_size(update: Update) -> int:
    message = update.effective_message
    return len((message.text or message.caption or "") if message else "")


class SupportBot(ExtBot[None]):
    """ExtBot whose getUpdates screens each update for secrets and stores the batch (secrets
    marked out) before PTB can confirm it with the next offset."""

    __slots__ = ("_answered", "_inbox", "_raw_updates", "_redelivered", "_screen")
    _raw_updates: dict[object, JSONDict]  # the last getUpdates answer, by update id

    def attach_inbox(self, inbox: InboxRepository, screen: MessageScreen) -> None:
        # Underscore names: PTB freezes its bots' public attributes.
        self._inbox = inbox
        self._screen = screen
        self._redelivered: set[int] = set()

    async def _do_post(
        self, endpoint: str, data: JSONDict, **timeouts: Any
    ) -> bool | JSONDict | list[JSONDict]:
        if endpoint == "answerCallbackQuery":
            return await self._answer_once(data, **timeouts)
        result = await super()._do_post(endpoint, data, **timeouts)
        if isinstance(result, dict) and endpoint in SENT_MESSAGE_CALLS:
            for field in ECHOED_FIELDS:
                result.pop(field, None)
        elif isinstance(result, list) and endpoint == "getUpdates":
            # As Telegram sent them: the inbox stores these rather than PTB's objects turned
            # back into dicts (PTB parses copies, so these stay as they came).
            self._raw_updates = {u.get("update_id"): dict(u) for u in result if isinstance(u, dict)}
        return result

    async def _answer_once(self, data: JSONDict, **timeouts: Any) -> bool | JSONDict:
        """Telegram takes one answer per button press and refuses the next with an error; a
        handler that answered with a toast and then shows a screen (which answers too) would
        fail there. The first answer stands; a later one for the same press is dropped."""
        answered: dict[str, None] = getattr(self, "_answered", {})
        query_id = str(data.get("callback_query_id"))
        if query_id in answered:
            return True
        try:
            result = await super()._do_post("answerCallbackQuery", data, **timeouts)
        except BadRequest as error:
            # Answered already (by a process that died after it), or too late: the toast is
            # gone either way, and what the handler does next must still happen.
            if "query is too old" not in str(error).lower():
                raise
            log.info("a button press could not be answered: %s", error)
            result = True
        answered[query_id] = None
        if len(answered) > ANSWERED_KEPT:
            del answered[next(iter(answered))]
        self._answered = answered
        return result if isinstance(result, (bool, dict)) else True

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        self._raw_updates = {}
        updates = await super().get_updates(*args, **kwargs)
        raw, self._raw_updates = self._raw_updates, {}
        await self.file_updates(updates, [raw.get(u.update_id) for u in updates])
        return updates

    async def file_updates(
        self, updates: Sequence[Update], raw: Sequence[JSONDict | None] = ()
    ) -> None:
        """Screen and store updates as they arrive: once this returns they survive a kill
        (webhook mode answers Telegram's POST only after it). `raw`: each update as Telegram
        sent it, where known (else it is rebuilt from the object)."""
        inbox = getattr(self, "_inbox", None)
        if updates and inbox is not None:
            screen = self._screen
            given = list(raw) or [None] * len(updates)
            pairs = list(zip(updates, given, strict=True))
            if sum(_text_size(u) for u in updates) > SCREEN_INLINE_CHARS:
                copies = await asyncio.to_thread(lambda: [screen.screen(u, d) for u, d in pairs])
            else:
                copies = [screen.screen(u, d) for u, d in pairs]
            chats = [order_key(u) for u in updates]
            self._redelivered |= await inbox.store(copies, chats)

    def already_handled(self, update_id: int) -> bool:
        """True once for an update Telegram delivered again after it had been handled."""
        redelivered: set[int] = getattr(self, "_redelivered", set())
        if update_id in redelivered:
            redelivered.discard(update_id)
            return True
        return False


class RetryingRequest(AiohttpRequest):
    """5xx answers, failed connections and timeouts: try again, briefly. A timed-out request
    may in fact have been carried out, so a repeat can duplicate a message; a duplicate is
    the lesser harm than a user left without an answer. With `retries=0` it tries once and
    leaves retrying to the caller (the shared rate limiter, which takes a new slot for each
    try: a timed-out try may still be counted by Telegram)."""

    def __init__(self, *args: Any, retries: int = RETRIES, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._retries = retries

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = AiohttpRequest.DEFAULT_NONE,
        write_timeout: Any = AiohttpRequest.DEFAULT_NONE,
        connect_timeout: Any = AiohttpRequest.DEFAULT_NONE,
        pool_timeout: Any = AiohttpRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        with DIAGNOSTICS.timed(f"api.{url.rsplit('/', 1)[-1]}"):
            return await self._with_retries(
                url,
                method,
                request_data,
                read_timeout,
                write_timeout,
                connect_timeout,
                pool_timeout,
            )

    async def _with_retries(
        self,
        url: str,
        method: str,
        request_data: RequestData | None,
        read_timeout: Any,
        write_timeout: Any,
        connect_timeout: Any,
        pool_timeout: Any,
    ) -> tuple[int, bytes]:
        for attempt in range(self._retries + 1):
            try:
                code, payload = await super().do_request(
                    url,
                    method,
                    request_data,
                    read_timeout=read_timeout,
                    write_timeout=write_timeout,
                    connect_timeout=connect_timeout,
                    pool_timeout=pool_timeout,
                )
            except NetworkError:  # TimedOut included
                record_send(url.rsplit("/", 1)[-1], None)
                if attempt == self._retries:
                    raise
                await asyncio.sleep(0.2 * 2**attempt)
                continue
            record_send(url.rsplit("/", 1)[-1], code)
            if code not in RETRY_STATUSES or attempt == self._retries:
                return code, payload
            await asyncio.sleep(0.2 * 2**attempt)
        raise AssertionError("unreachable")
