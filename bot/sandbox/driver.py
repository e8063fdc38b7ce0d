"""The emulator's other side, used by tests, benchmarks and the sandbox page: add people and
groups, act as them (write, edit, tap a button), and wait for and read what the bot did."""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections.abc import Callable

from bot.sandbox.api_media import media_payload
from bot.sandbox.records import JSON, BotEvent
from bot.sandbox.state import EmulatorState

_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?")


class Driver(EmulatorState):
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
            self._attach_media(message, media, caption=caption, data=data, file_name=file_name)
        if message_thread_id is not None:
            message["message_thread_id"] = message_thread_id
            message["is_topic_message"] = True
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        self.messages[(chat["id"], message["message_id"])] = message
        self._queue_update({"message": message})
        return message

    def _attach_media(
        self,
        message: JSON,
        media: str,
        *,
        caption: str | None,
        data: bytes | None,
        file_name: str | None,
    ) -> None:
        file_id = None
        if data is not None:
            file_id = f"{media}-{uuid.uuid4().hex[:12]}"
            self.files[file_id] = data
        message.update(media_payload(media, file_id=file_id, size=len(data or b"x")))
        if file_name and "document" in message:
            message["document"]["file_name"] = file_name
        if caption:
            message["caption"] = caption

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

    @property
    def last_update_id(self) -> int:
        return max((u["update_id"] for u in self._pending), default=0) or max(
            (u["update_id"] for u in self.delivered_updates), default=0
        )

    def redeliver_last_update(self) -> None:
        """Deliver the most recently delivered update once more, as Telegram may after a retry."""
        self._pending.append(dict(self.delivered_updates[-1]))
        asyncio.get_running_loop().create_task(self._notify())

    @property
    def pending_updates(self) -> int:
        return len(self._pending)

    # ------------------------------------------------------------- reading results
    @property
    def last_seq(self) -> int:
        return self.events[-1].seq if self.events else 0

    def events_for(self, chat_id: int, *, after: int = 0) -> list[BotEvent]:
        return [e for e in self.events if e.chat_id == chat_id and e.seq > after]

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
                await self._poll_for_change(remaining)

    async def wait_until(self, condition: Callable[[], bool], *, timeout: float = 10.0) -> None:
        """Wait for a condition on emulator state (or anything else: it is re-checked often)."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while not condition():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("condition not reached")
                await self._poll_for_change(min(remaining, 0.1))

    async def wait_changed(self, seen: int, timeout: float) -> int:
        """Wait until something changes after version `seen` (or the timeout); the version."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while self.version == seen and time.monotonic() < deadline:
                if not await self._wait_for_change(deadline - time.monotonic()):
                    break
        return self.version
