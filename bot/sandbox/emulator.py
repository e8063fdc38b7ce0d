"""A local Telegram Bot API server, faithful enough for python-telegram-bot to run unmodified.

It keeps users, chats and messages in memory, serves getUpdates by long polling, records
everything the bot does as BotEvents, and lets tests (or the sandbox) act as users and
agents, inject faults, and read back what the bot sent.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import re
import time
import uuid
from collections import Counter, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.sandbox.params import Upload, read_params
from bot.sandbox.telegram_html import EntityParseError, visible_text

JSON = dict[str, Any]
_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?")
MAX_TEXT = 4096
MAX_CAPTION = 1024
BOT_ID = 7_000_000_001

_MEDIA_KINDS = ("photo", "document", "voice", "video", "sticker", "animation", "audio")


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> JSON:
        body: JSON = {"ok": False, "error_code": self.code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass(frozen=True, slots=True)
class BotEvent:
    """One thing the bot did that a person would notice."""

    seq: int
    method: str
    chat_id: int | None
    message: JSON | None = None  # for sends and edits: the message as it now stands
    params: JSON = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)  # when the emulator carried it out

    @property
    def text(self) -> str:
        if self.message is None:
            return str(self.params.get("text", ""))
        return self.message.get("text") or self.message.get("caption") or ""

    @property
    def buttons(self) -> list[list[JSON]]:
        markup = (self.message or {}).get("reply_markup") or {}
        return markup.get("inline_keyboard", [])


@dataclass(slots=True)
class Fault:
    """Answer the next `count` calls of `method` (or any sending method if None) with an error."""

    code: int
    method: str | None = None
    count: int = 1
    retry_after: int | None = None
    description: str | None = None


class BotApiEmulator:
    def __init__(self, token: str, *, bot_username: str = "tpwallet_support_bot") -> None:
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
        self.chats: dict[int, JSON] = {}
        self.messages: dict[tuple[int, int], JSON] = {}
        self.blocked_by: set[int] = set()
        self.commands: dict[tuple[str, str], list[JSON]] = {}
        self.files: dict[str, bytes] = {}
        self.calls: Counter[str] = Counter()
        self.faults: list[Fault] = []
        self.events: list[BotEvent] = []
        self.confirmed_offset = 0
        self.members: dict[int, set[int]] = {}
        self.rate_limited = 0  # 429s answered because a group's budget was exceeded
        self.timeout_seconds = 1.0
        self.injected: Counter[int] = Counter()  # random faults answered, by code (0 = timeout)
        self._group_limit: tuple[int, float] | None = None
        self._overall_limit: int | None = None
        self._overall_sends: deque[float] = deque()
        self.overall_rate_limited = 0  # 429s answered because the bot-wide budget was exceeded
        self._sends_open = asyncio.Event()
        self._sends_open.set()
        self.held = 0  # sending calls waiting while sends are paused
        self.topics: dict[int, dict[int, str]] = {}  # forum chat -> thread id -> topic name
        self.message_html: dict[tuple[int, int], str] = {}  # bot messages as the bot wrote them
        self.version = 0  # bumped on every change; the sandbox page polls on it
        self.listeners: list[Callable[[BotEvent], None]] = []  # called on every BotEvent
        self._group_sends: dict[int, list[float]] = {}
        self._random_faults: tuple[float, tuple[int, ...], random.Random] | None = None
        self.delivered_updates: list[JSON] = []
        self._pending: list[JSON] = []
        self._update_ids = itertools.count(1)
        self._event_seq = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._topic_ids = itertools.count(1000)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.url = ""

    # ----------------------------------------------------------------- server life
    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.*}", self._handle_file)
        self._runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound_host, bound_port = self._runner.addresses[0][:2]
        self.url = f"http://{bound_host}:{bound_port}"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # ------------------------------------------------------------ people and chats
    def add_user(
        self,
        user_id: int,
        first_name: str = "Test",
        *,
        language_code: str | None = "en",
        username: str | None = None,
    ) -> JSON:
        user: JSON = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            user["language_code"] = language_code
        if username:
            user["username"] = username
        self.users[user_id] = user
        self.chats[user_id] = {"id": user_id, "type": "private", "first_name": first_name}
        return user

    def add_group(
        self, chat_id: int, title: str, *, is_forum: bool = False, members: set[int] | None = None
    ) -> JSON:
        chat: JSON = {"id": chat_id, "type": "supergroup", "title": title}
        if is_forum:
            chat["is_forum"] = True
        self.chats[chat_id] = chat
        self.members[chat_id] = set(members or ())
        return chat

    def limit_groups(self, max_messages: int, window_seconds: float) -> None:
        """Enforce Telegram's per-group budget: more sends than this answer 429."""
        self._group_limit = (max_messages, window_seconds)

    def limit_overall(self, max_per_second: int) -> None:
        """Enforce Telegram's bot-wide budget (about 30 messages a second): more answer 429."""
        self._overall_limit = max_per_second

    def pause_sends(self) -> None:
        """Hold every sending call unanswered (and not carried out) until resume_sends():
        a request in flight when the bot dies is then one Telegram never executed."""
        self._sends_open.clear()

    def resume_sends(self) -> None:
        self._sends_open.set()

    def sent_to(self, chat_id: int, text: str | None = None) -> list[BotEvent]:
        """Messages the bot sent (not edited) into a chat, optionally only those with `text`."""
        return [
            e
            for e in self.events
            if e.chat_id == chat_id
            and e.method.startswith("send")
            and e.message is not None
            and (text is None or e.text == text)
        ]

    def fail_randomly(
        self,
        rate: float,
        codes: tuple[int, ...] = (429, 500),
        seed: int = 7,
        timeout_seconds: float = 1.0,
    ) -> None:
        """Answer a share of sending calls with one of `codes`, reproducibly. Code 0 is a
        timeout: the answer comes after `timeout_seconds` and the call is not carried out."""
        self._random_faults = (rate, codes, random.Random(seed))
        self.timeout_seconds = timeout_seconds

    def block_bot(self, user_id: int) -> None:
        """The user blocks the bot: sends to them now fail with 403."""
        self.blocked_by.add(user_id)

    # ------------------------------------------------------------- injecting updates
    def user_message(
        self,
        user_id: int,
        text: str | None = None,
        *,
        chat_id: int | None = None,
        message_thread_id: int | None = None,
        reply_to: JSON | None = None,
        media: str | None = None,
        caption: str | None = None,
        data: bytes | None = None,
        file_name: str | None = None,
    ) -> JSON:
        """A message from a user (in their private chat unless chat_id names a group); media
        with `data` is a real upload the bot can download."""
        chat = self.chats[chat_id if chat_id is not None else user_id]
        message = self._new_message(chat["id"], sender=self.users[user_id])
        if text is not None:
            message["text"] = text
            command = _COMMAND.match(text)
            if command:
                entity = {"type": "bot_command", "offset": 0, "length": len(command.group(0))}
                message["entities"] = [entity]
        if media is not None:
            file_id = None
            if data is not None:
                file_id = f"{media}-{uuid.uuid4().hex[:12]}"
                self.files[file_id] = data
            message.update(self._media_payload(media, file_id=file_id, size=len(data or b"x")))
            if file_name and "document" in message:
                message["document"]["file_name"] = file_name
            if caption:
                message["caption"] = caption
        if message_thread_id is not None:
            message["message_thread_id"] = message_thread_id
            message["is_topic_message"] = True
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        self.messages[(chat["id"], message["message_id"])] = message
        self._queue_update({"message": message})
        return message

    def edit_user_message(self, message: JSON, text: str) -> JSON:
        """The user edits a message they sent earlier."""
        edited = {**message, "text": text, "edit_date": int(time.time())}
        self.messages[(message["chat"]["id"], message["message_id"])] = edited
        self._queue_update({"edited_message": edited})
        return edited

    def raw_message(self, user_id: int, fields: JSON, *, chat_id: int | None = None) -> JSON:
        """A message with arbitrary content fields (dice, location, poll…), as clients send."""
        chat = self.chats[chat_id if chat_id is not None else user_id]
        message = {**self._new_message(chat["id"], sender=self.users[user_id]), **fields}
        self.messages[(chat["id"], message["message_id"])] = message
        self._queue_update({"message": message})
        return message

    @property
    def last_update_id(self) -> int:
        return max((u["update_id"] for u in self._pending), default=0) or max(
            (u["update_id"] for u in self.delivered_updates), default=0
        )

    def redeliver_last_update(self) -> None:
        """Deliver the most recently delivered update once more, as Telegram may after a retry."""
        self._pending.append(dict(self.delivered_updates[-1]))
        asyncio.get_running_loop().create_task(self._notify())

    def press_button(self, user_id: int, message: JSON, data: str) -> str:
        """A tap on an inline button of a message the bot sent."""
        query_id = uuid.uuid4().hex[:16]
        self._queue_update(
            {
                "callback_query": {
                    "id": query_id,
                    "from": self.users[user_id],
                    "chat_instance": str(message["chat"]["id"]),
                    "message": message,
                    "data": data,
                }
            }
        )
        return query_id

    def _queue_update(self, payload: JSON) -> None:
        update = {"update_id": next(self._update_ids), **payload}
        self._pending.append(update)
        asyncio.get_running_loop().create_task(self._notify())

    async def _notify(self) -> None:
        self.version += 1
        async with self._changed:
            self._changed.notify_all()

    async def wait_changed(self, seen: int, timeout: float) -> int:
        """Wait until something changes after version `seen` (or the timeout); the version."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while self.version == seen and time.monotonic() < deadline:
                try:
                    await asyncio.wait_for(self._changed.wait(), deadline - time.monotonic())
                except TimeoutError:
                    break
        return self.version

    # ------------------------------------------------------------- reading results
    def events_for(self, chat_id: int, *, after: int = 0) -> list[BotEvent]:
        return [e for e in self.events if e.chat_id == chat_id and e.seq > after]

    async def wait_for_event(
        self, predicate: Callable[[BotEvent], bool], *, after: int = 0, timeout: float = 10.0
    ) -> BotEvent:
        deadline = time.monotonic() + timeout
        async with self._changed:
            while True:
                for event in self.events:
                    if event.seq > after and predicate(event):
                        return event
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("the bot did not do what the test waited for")
                try:
                    await asyncio.wait_for(self._changed.wait(), remaining)
                except TimeoutError:
                    continue

    async def wait_until(self, condition: Callable[[], bool], *, timeout: float = 10.0) -> None:
        """Wait for a condition on emulator state (or anything else: it is re-checked often)."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while not condition():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("condition not reached")
                try:
                    await asyncio.wait_for(self._changed.wait(), min(remaining, 0.1))
                except TimeoutError:
                    continue

    @property
    def last_seq(self) -> int:
        return self.events[-1].seq if self.events else 0

    @property
    def pending_updates(self) -> int:
        return len(self._pending)

    # ------------------------------------------------------------------ HTTP layer
    async def _handle_method(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        handler = self._methods().get(method.lower())
        if handler is None:
            body = {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
            return web.json_response(body, status=404)
        try:
            params = await read_params(request)
            if method in self._SENDING and not self._sends_open.is_set():
                self.held += 1
                try:
                    await self._sends_open.wait()
                finally:
                    self.held -= 1
            self.calls[method] += 1
            await self._notify()
            try:
                self._inject_fault(method, params)
            except ApiError as error:
                if error.code == 0:  # a timeout: the client gives up; nothing was done
                    await asyncio.sleep(self.timeout_seconds)
                    return web.json_response(ApiError(504, "Gateway Timeout").payload(), status=504)
                raise
            result = await handler(params)
        except ApiError as error:
            return web.json_response(error.payload(), status=error.code)
        except EntityParseError as error:
            error = ApiError(400, f"Bad Request: can't parse entities: {error}")
            return web.json_response(error.payload(), status=400)
        return web.json_response({"ok": True, "result": result})

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        data = self.files.get(request.match_info["path"])
        if data is None:
            return web.Response(status=404)
        return web.Response(body=data)

    _SENDING = frozenset(
        {
            "sendMessage",
            "copyMessage",
            "forwardMessage",
            "sendPhoto",
            "sendDocument",
            "sendVoice",
            "sendVideo",
            "sendSticker",
            "sendAnimation",
            "sendAudio",
            "editMessageText",
            "createForumTopic",
        }
    )

    def _inject_fault(self, method: str, params: JSON) -> None:
        if method in ("getUpdates", "getMe", "deleteWebhook"):
            return
        if self._random_faults is not None and method in self._SENDING:
            rate, codes, rng = self._random_faults
            if rng.random() < rate:
                code = rng.choice(codes)
                self.injected[code] += 1
                if code == 0:
                    raise ApiError(0, "timeout")
                text = (
                    "Too Many Requests: retry after 1" if code == 429 else "Internal Server Error"
                )
                raise ApiError(code, text, retry_after=1 if code == 429 else None)
        if self._overall_limit is not None and method in self._SENDING:
            self._check_overall_budget()
        if self._group_limit is not None and method in self._SENDING:
            self._check_group_budget(params)
        for fault in self.faults:
            if fault.count > 0 and (fault.method is None or fault.method == method):
                fault.count -= 1
                descriptions = {
                    429: f"Too Many Requests: retry after {fault.retry_after or 1}",
                    500: "Internal Server Error",
                    502: "Bad Gateway",
                    403: "Forbidden: bot was blocked by the user",
                }
                raise ApiError(
                    fault.code,
                    fault.description or descriptions.get(fault.code, "Error"),
                    retry_after=(fault.retry_after or 1) if fault.code == 429 else None,
                )

    def _check_overall_budget(self) -> None:
        assert self._overall_limit is not None
        now = time.monotonic()
        while self._overall_sends and self._overall_sends[0] <= now - 1.0:
            self._overall_sends.popleft()
        if len(self._overall_sends) >= self._overall_limit:
            self.overall_rate_limited += 1
            raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
        self._overall_sends.append(now)

    def _check_group_budget(self, params: JSON) -> None:
        try:
            chat = self.chats.get(int(params.get("chat_id") or 0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return
        if chat is None or chat["type"] == "private" or self._group_limit is None:
            return
        limit, window = self._group_limit
        now = time.monotonic()
        sends = [t for t in self._group_sends.get(chat["id"], []) if t > now - window]
        if len(sends) >= limit:
            self.rate_limited += 1
            retry = max(1, int(sends[0] + window - now + 0.999))
            raise ApiError(429, f"Too Many Requests: retry after {retry}", retry_after=retry)
        sends.append(now)
        self._group_sends[chat["id"]] = sends

    def _methods(self) -> dict[str, Callable[[JSON], Awaitable[object]]]:
        return {
            "getme": self._get_me,
            "logout": self._true,
            "close": self._true,
            "deletewebhook": self._true,
            "getwebhookinfo": self._get_webhook_info,
            "getupdates": self._get_updates,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagecaption": self._edit_message_caption,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "answercallbackquery": self._answer_callback_query,
            "copymessage": self._copy_message,
            "forwardmessage": self._forward_message,
            "sendphoto": self._send_media("photo"),
            "senddocument": self._send_media("document"),
            "sendvoice": self._send_media("voice"),
            "sendvideo": self._send_media("video"),
            "sendsticker": self._send_media("sticker"),
            "sendanimation": self._send_media("animation"),
            "sendaudio": self._send_media("audio"),
            "deletemessage": self._delete_message,
            "sendchataction": self._chat_action,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._true,
            "setchatmenubutton": self._true,
            "setmydescription": self._true,
            "setmyshortdescription": self._true,
            "getchat": self._get_chat,
            "getchatmember": self._get_chat_member,
            "createforumtopic": self._create_forum_topic,
            "editforumtopic": self._true,
            "closeforumtopic": self._true,
            "reopenforumtopic": self._true,
            "getfile": self._get_file,
        }

    # --------------------------------------------------------------- the methods
    async def _true(self, params: JSON) -> bool:
        return True

    async def _get_me(self, params: JSON) -> JSON:
        return self.bot_user

    async def _get_webhook_info(self, params: JSON) -> JSON:
        return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}

    async def _get_updates(self, params: JSON) -> list[JSON]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        if offset:
            # Telegram forgets every update below the offset: that is the confirmation.
            self.delivered_updates += [u for u in self._pending if u["update_id"] < offset]
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
            self.confirmed_offset = max(self.confirmed_offset, offset)
        deadline = time.monotonic() + timeout
        async with self._changed:
            while not self._pending and time.monotonic() < deadline:
                try:
                    await asyncio.wait_for(self._changed.wait(), deadline - time.monotonic())
                except TimeoutError:
                    break
        return self._pending[:limit]

    def _chat(self, chat_id: object) -> JSON:
        try:
            chat = self.chats[int(chat_id)]  # type: ignore[arg-type]
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

    def _bot_message(self, chat: JSON, params: JSON) -> JSON:
        message = self._new_message(chat["id"], sender=self.bot_user)
        thread = params.get("message_thread_id")
        if thread is not None:
            message["message_thread_id"] = int(thread)  # type: ignore[arg-type]
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

    @staticmethod
    def _text(params: JSON, name: str, limit: int, *, required: bool) -> str | None:
        raw = params.get(name)
        if raw is None or raw == "":
            if required:
                raise ApiError(400, f"Bad Request: {name} is empty")
            return None
        text = visible_text(str(raw), params.get("parse_mode"))  # type: ignore[arg-type]
        if not text.strip() and required:
            raise ApiError(400, f"Bad Request: {name} must be non-empty")
        if len(text) > limit:
            kind = "message" if name == "text" else "message caption"
            raise ApiError(400, f"Bad Request: {kind} is too long")
        return text

    async def _send_message(self, params: JSON) -> JSON:
        chat = self._chat(params.get("chat_id"))
        text = self._text(params, "text", MAX_TEXT, required=True)
        message = self._bot_message(chat, params)
        message["text"] = text
        self.messages[(chat["id"], message["message_id"])] = message
        self._record("sendMessage", chat["id"], message, params)
        return message

    def _existing(self, params: JSON) -> JSON:
        chat = self._chat(params.get("chat_id"))
        key = (chat["id"], int(params.get("message_id") or 0))  # type: ignore[arg-type]
        message = self.messages.get(key)
        if message is None or message["from"]["id"] != BOT_ID:
            raise ApiError(400, "Bad Request: message to edit not found")
        return message

    async def _edit_message_text(self, params: JSON) -> JSON:
        message = self._existing(params)
        text = self._text(params, "text", MAX_TEXT, required=True)
        markup = (
            params.get("reply_markup") if isinstance(params.get("reply_markup"), dict) else None
        )
        if text == message.get("text") and markup == message.get("reply_markup"):
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply"
                " markup are exactly the same as a current content and reply markup of the message",
            )
        updated = {**message, "text": text, "edit_date": int(time.time())}
        updated.pop("reply_markup", None)
        if markup:
            updated["reply_markup"] = markup
        self.messages[(message["chat"]["id"], message["message_id"])] = updated
        self._record("editMessageText", message["chat"]["id"], updated, params)
        return updated

    async def _edit_message_caption(self, params: JSON) -> JSON:
        message = self._existing(params)
        caption = self._text(params, "caption", MAX_CAPTION, required=False)
        updated = {**message, "caption": caption or "", "edit_date": int(time.time())}
        self.messages[(message["chat"]["id"], message["message_id"])] = updated
        self._record("editMessageCaption", message["chat"]["id"], updated, params)
        return updated

    async def _edit_message_reply_markup(self, params: JSON) -> JSON:
        message = self._existing(params)
        markup = (
            params.get("reply_markup") if isinstance(params.get("reply_markup"), dict) else None
        )
        if markup == message.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified")
        updated = {**message, "edit_date": int(time.time())}
        updated.pop("reply_markup", None)
        if markup:
            updated["reply_markup"] = markup
        self.messages[(message["chat"]["id"], message["message_id"])] = updated
        self._record("editMessageReplyMarkup", message["chat"]["id"], updated, params)
        return updated

    async def _answer_callback_query(self, params: JSON) -> bool:
        if not params.get("callback_query_id"):
            raise ApiError(400, "Bad Request: query is too old and response timeout expired")
        self._record("answerCallbackQuery", None, None, params)
        return True

    def _media_payload(self, kind: str, *, file_id: str | None, size: int = 1024) -> JSON:
        file_id = file_id or f"{kind}-{uuid.uuid4().hex[:12]}"
        item = {"file_id": file_id, "file_unique_id": file_id[-12:], "file_size": size}
        if kind == "photo":
            return {"photo": [{**item, "width": 800, "height": 600}]}
        if kind == "sticker":
            return {
                "sticker": {
                    **item,
                    "type": "regular",
                    "width": 512,
                    "height": 512,
                    "is_animated": False,
                    "is_video": False,
                }
            }
        if kind in ("video", "animation"):
            return {kind: {**item, "width": 640, "height": 360, "duration": 3}}
        if kind in ("voice", "audio"):
            return {kind: {**item, "duration": 3}}
        return {"document": {**item, "file_name": "file.bin"}}

    def _send_media(self, kind: str) -> Callable[[JSON], Awaitable[JSON]]:
        async def send(params: JSON) -> JSON:
            chat = self._chat(params.get("chat_id"))
            payload = params.get(kind)
            if payload is None or payload == "":
                raise ApiError(400, f"Bad Request: there is no {kind} in the request")
            caption = self._text(params, "caption", MAX_CAPTION, required=False)
            message = self._bot_message(chat, params)
            if isinstance(payload, Upload):
                file_id = f"{kind}-{uuid.uuid4().hex[:12]}"
                self.files[file_id] = payload.data
                message.update(self._media_payload(kind, file_id=file_id, size=len(payload.data)))
            else:
                message.update(self._media_payload(kind, file_id=str(payload)))
            if caption:
                message["caption"] = caption
            self.messages[(chat["id"], message["message_id"])] = message
            self._record(f"send{kind.capitalize()}", chat["id"], message, params)
            return message

        return send

    def _copy_content(self, params: JSON) -> tuple[JSON, JSON]:
        source_chat = self.chats.get(int(params.get("from_chat_id") or 0))  # type: ignore[arg-type]
        key = (source_chat["id"] if source_chat else 0, int(params.get("message_id") or 0))  # type: ignore[arg-type]
        original = self.messages.get(key)
        if original is None:
            raise ApiError(400, "Bad Request: message to copy not found")
        target = self._chat(params.get("chat_id"))
        message = self._bot_message(target, params)
        for name in ("text", "caption", *_MEDIA_KINDS):
            if name in original:
                message[name] = original[name]
        if "caption" in params:
            message["caption"] = self._text(params, "caption", MAX_CAPTION, required=False) or ""
        return message, target

    async def _copy_message(self, params: JSON) -> JSON:
        message, target = self._copy_content(params)
        self.messages[(target["id"], message["message_id"])] = message
        self._record("copyMessage", target["id"], message, params)
        return {"message_id": message["message_id"]}

    async def _forward_message(self, params: JSON) -> JSON:
        message, target = self._copy_content(params)
        message["forward_origin"] = {
            "type": "hidden_user",
            "sender_user_name": "user",
            "date": int(time.time()),
        }
        self.messages[(target["id"], message["message_id"])] = message
        self._record("forwardMessage", target["id"], message, params)
        return message

    async def _delete_message(self, params: JSON) -> bool:
        chat = self._chat(params.get("chat_id"))
        key = (chat["id"], int(params.get("message_id") or 0))  # type: ignore[arg-type]
        if self.messages.pop(key, None) is None:
            raise ApiError(400, "Bad Request: message to delete not found")
        self._record("deleteMessage", chat["id"], None, params)
        return True

    async def _chat_action(self, params: JSON) -> bool:
        self._chat(params.get("chat_id"))
        return True

    async def _set_my_commands(self, params: JSON) -> bool:
        scope = params.get("scope") or {"type": "default"}
        scope_type = scope.get("type", "default") if isinstance(scope, dict) else "default"
        language = str(params.get("language_code") or "")
        self.commands[(scope_type, language)] = list(params.get("commands") or [])  # type: ignore[arg-type]
        return True

    async def _get_my_commands(self, params: JSON) -> list[JSON]:
        scope = params.get("scope") or {"type": "default"}
        scope_type = scope.get("type", "default") if isinstance(scope, dict) else "default"
        return self.commands.get((scope_type, str(params.get("language_code") or "")), [])

    async def _get_chat(self, params: JSON) -> JSON:
        chat = dict(self._chat(params.get("chat_id")))
        chat.update(
            accent_color_id=0,
            max_reaction_count=11,
            accepted_gift_types={
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        )
        return chat

    async def _get_chat_member(self, params: JSON) -> JSON:
        chat = self._chat(params.get("chat_id"))
        user = self.users.get(int(params.get("user_id") or 0))  # type: ignore[arg-type]
        if user is None:
            raise ApiError(400, "Bad Request: user not found")
        member = user["id"] in self.members.get(chat["id"], set())
        return {"status": "member" if member else "left", "user": user}

    async def _create_forum_topic(self, params: JSON) -> JSON:
        chat = self._chat(params.get("chat_id"))
        if not chat.get("is_forum"):
            raise ApiError(400, "Bad Request: the chat is not a forum")
        topic = {
            "message_thread_id": next(self._topic_ids),
            "name": params.get("name", ""),
            "icon_color": 7322096,
        }
        self.topics.setdefault(chat["id"], {})[topic["message_thread_id"]] = str(topic["name"])
        self._record("createForumTopic", chat["id"], None, params)
        return topic

    async def _get_file(self, params: JSON) -> JSON:
        file_id = str(params.get("file_id") or "")
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": file_id[-12:],
            "file_size": len(self.files[file_id]),
            "file_path": file_id,
        }
