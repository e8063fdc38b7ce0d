"""The emulator's world in memory (users, chats, messages, files, what the bot did) and the
bookkeeping every part of it shares: change notices, recorded events, message ids, updates."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import Counter
from collections.abc import Callable

from bot.sandbox.params import Upload
from bot.sandbox.records import BOT_ID, BOT_USERNAME, JSON, ApiError, BotEvent, int_param


class EmulatorState:
    def __init__(self, token: str, *, bot_username: str = BOT_USERNAME) -> None:
        self.token = token
        self.bot_user: JSON = {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "tpWallet Support",
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": True,
            "supports_inline_queries": False,
        }
        self.users: dict[int, JSON] = {}
        self.star_balance_tenths = 10_000_000  # the bot's Stars, in tenths (1,000,000 Stars)
        self.chats: dict[int, JSON] = {}
        self.messages: dict[tuple[int, int], JSON] = {}
        self.answered_queries: set[str] = set()  # Telegram takes one answer per button press
        self.blocked_by: set[int] = set()
        self.commands: dict[tuple[str, str], list[JSON]] = {}
        self.files: dict[str, bytes] = {}
        self.calls: Counter[str] = Counter()
        self.events: list[BotEvent] = []
        self.confirmed_offset = 0
        self.members: dict[int, set[int]] = {}
        self.topics: dict[int, dict[int, str]] = {}  # forum chat -> thread id -> topic name
        self.message_html: dict[tuple[int, int], str] = {}  # bot messages as the bot wrote them
        self.version = 0  # bumped on every change; the sandbox page polls on it
        self.listeners: list[Callable[[BotEvent], None]] = []  # called on every BotEvent
        self.delivered_updates: list[JSON] = []
        self._pending: list[JSON] = []
        self._update_ids = itertools.count(1)
        self._event_seq = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._topic_ids = itertools.count(1000)
        self._changed = asyncio.Condition()

    async def _wait_for_change(self, seconds: float) -> bool:
        """Inside `async with self._changed`: wait up to `seconds` for the next change notice;
        False when the time ran out. asyncio.timeout rather than wait_for: on Python 3.11
        wait_for can swallow a cancellation that lands as a notice arrives, which left a
        long poll running after its client had gone (and server shutdown waiting for it)."""
        try:
            async with asyncio.timeout(seconds):
                await self._changed.wait()
        except TimeoutError:
            return False
        return True

    async def _poll_for_change(self, seconds: float) -> bool:
        """The test driver's short re-checks: like _wait_for_change, but with wait_for, which
        on this loop wakes a waiter half as often (the throughput benchmark measured the
        emulator's own time at +50 % with asyncio.timeout here, and the bot's rate 7 % lower).
        A driver wait is never cancelled under a client, so the 3.11 issue does not arise."""
        try:
            await asyncio.wait_for(self._changed.wait(), seconds)
        except TimeoutError:
            return False
        return True

    async def _notify(self) -> None:
        self.version += 1
        async with self._changed:
            self._changed.notify_all()

    def _queue_update(self, payload: JSON) -> None:
        update = {"update_id": next(self._update_ids), **payload}
        self._pending.append(update)
        asyncio.get_running_loop().create_task(self._notify())

    def _chat(self, chat_id: object) -> JSON:
        try:
            chat = self.chats[int_param(chat_id)]
        except (KeyError, TypeError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None
        if chat["id"] in self.blocked_by:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def _new_message(self, chat_id: int, *, sender: JSON) -> JSON:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return {
            "message_id": next(counter),
            "from": sender,
            "chat": self.chats[chat_id],
            "date": int(time.time()),
        }

    def _bot_message(self, chat: JSON, params: JSON) -> JSON:
        """A new message from the bot into `chat`, with the thread, buttons and reply asked for."""
        message = self._new_message(chat["id"], sender=self.bot_user)
        thread = params.get("message_thread_id")
        if thread is not None:
            message["message_thread_id"] = int(thread)
            message["is_topic_message"] = True
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        reply = params.get("reply_parameters")
        if isinstance(reply, dict) and "message_id" in reply:
            original = self.messages.get((chat["id"], int(reply["message_id"])))
            if original is not None:
                message["reply_to_message"] = original
        return message

    def _record(self, method: str, chat_id: int | None, message: JSON | None, params: JSON) -> None:
        clean = {k: v for k, v in params.items() if not isinstance(v, Upload)}
        if message is not None and chat_id is not None:
            markup = clean.get("text") or clean.get("caption")
            key = (chat_id, message["message_id"])
            if isinstance(markup, str) and str(clean.get("parse_mode", "")).upper() == "HTML":
                self.message_html[key] = markup
            elif "text" in clean or "caption" in clean:
                self.message_html.pop(key, None)
        event = BotEvent(next(self._event_seq), method, chat_id, message, clean)
        self.events.append(event)
        for listener in self.listeners:
            listener(event)
        asyncio.get_running_loop().create_task(self._notify())
