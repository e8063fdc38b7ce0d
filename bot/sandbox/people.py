"""Scripted people for the emulator: a user in a private chat and an agent in the group.
Tests, benchmarks and the sandbox drive the bot through them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.sandbox.emulator import JSON, BotApiEmulator, BotEvent

GROUP_ID = -1001234567890


@dataclass
class TgUser:
    """A person in a private chat with the bot: types, taps, and reads what comes back."""

    emulator: BotApiEmulator
    id: int
    first_name: str
    language_code: str | None
    cursor: int = 0
    pressed_at: int = 0

    @classmethod
    def create(
        cls, emulator: BotApiEmulator, user_id: int, first_name: str, language_code: str | None
    ) -> TgUser:
        emulator.add_user(user_id, first_name, language_code=language_code)
        return cls(emulator, user_id, first_name, language_code, emulator.last_seq)

    def send(self, text: str) -> JSON:
        self.cursor = self.emulator.last_seq
        return self.emulator.user_message(self.id, text)

    def send_media(self, kind: str, caption: str | None = None) -> JSON:
        self.cursor = self.emulator.last_seq
        return self.emulator.user_message(self.id, media=kind, caption=caption)

    def press(self, target: BotEvent | JSON, label_part: str) -> str:
        """Tap the button whose label contains `label_part`; returns its callback data."""
        message = target.message if isinstance(target, BotEvent) else target
        assert message is not None
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                if label_part in button["text"]:
                    data: str = button["callback_data"]
                    self.press_data(message, data)
                    return data
        labels = [b["text"] for r in message["reply_markup"]["inline_keyboard"] for b in r]
        raise AssertionError(f"no button with {label_part!r} in {labels}")

    def press_data(self, target: BotEvent | JSON, data: str) -> None:
        message = target.message if isinstance(target, BotEvent) else target
        assert message is not None
        self.cursor = self.pressed_at = self.emulator.last_seq
        self.emulator.press_button(self.id, message, data)

    async def reply(self, timeout: float = 10.0) -> BotEvent:
        """The next message the bot sends to or edits in this chat."""
        event = await self.emulator.wait_for_event(
            lambda e: e.chat_id == self.id and e.message is not None,
            after=self.cursor,
            timeout=timeout,
        )
        self.cursor = event.seq
        return event

    async def callback_answer(self, timeout: float = 10.0) -> BotEvent:
        """The bot's answer to the last button press (the toast the user sees)."""
        return await self.emulator.wait_for_event(
            lambda e: e.method == "answerCallbackQuery", after=self.pressed_at, timeout=timeout
        )


def button_labels(event: BotEvent) -> list[str]:
    return [button["text"] for row in event.buttons for button in row]


@dataclass
class TgAgent:
    """A person in the agents' group: reads what the bot posts there, writes, taps buttons."""

    emulator: BotApiEmulator
    id: int
    first_name: str
    group_id: int = GROUP_ID

    @classmethod
    def create(
        cls,
        emulator: BotApiEmulator,
        user_id: int,
        first_name: str,
        *,
        member: bool = True,
        language_code: str = "zh",
    ) -> TgAgent:
        emulator.add_user(user_id, first_name, language_code=language_code)
        if member:
            emulator.members.setdefault(GROUP_ID, set()).add(user_id)
        return cls(emulator, user_id, first_name)

    async def group_event(
        self,
        predicate: Callable[[BotEvent], bool],
        *,
        after: int = 0,
        timeout: float = 15.0,
    ) -> BotEvent:
        return await self.emulator.wait_for_event(
            lambda e: e.chat_id == self.group_id and e.message is not None and predicate(e),
            after=after,
            timeout=timeout,
        )

    def write(
        self,
        text: str | None = None,
        *,
        thread: int | None = None,
        reply_to: JSON | None = None,
        media: str | None = None,
        caption: str | None = None,
    ) -> JSON:
        return self.emulator.user_message(
            self.id,
            text,
            chat_id=self.group_id,
            message_thread_id=thread,
            reply_to=reply_to,
            media=media,
            caption=caption,
        )

    def press(self, message: JSON, label_part: str) -> None:
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                if label_part in button["text"]:
                    self.emulator.press_button(self.id, message, button["callback_data"])
                    return
        raise AssertionError(f"no button {label_part!r} on {message.get('text')!r}")
