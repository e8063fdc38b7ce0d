"""Drive the real bot process (`python -m bot`) against the Bot API emulator over HTTP."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from bot.sandbox.emulator import JSON, BotApiEmulator, BotEvent

TOKEN = "123456:TEST-token-for-e2e"
ROOT = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT = 30.0


class BotProcess:
    """One bot process; start, stop (SIGTERM) and kill (SIGKILL) it like an operator would."""

    def __init__(self, emulator: BotApiEmulator, workdir: Path, **env: str) -> None:
        self.emulator = emulator
        self.workdir = workdir
        self.db_path = workdir / "support.db"
        self.log_path = workdir / "bot.log"
        self.env = {
            **os.environ,
            "BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": emulator.url,
            "DATABASE_PATH": str(self.db_path),
            "DEFAULT_LOCALE": "zh",
            "PYTHONUNBUFFERED": "1",
            # Tests run at any hour: agents are "at work" unless a test says otherwise.
            "BUSINESS_HOURS": "00:00-24:00",
            "BUSINESS_DAYS": "1-7",
            # Scripted users type far faster than people; the flood test sets its own limit.
            "FLOOD_MAX_MESSAGES": "1000",
            **env,
        }
        self.process: asyncio.subprocess.Process | None = None
        self.errors_expected = False  # a test that provokes errors on purpose sets this

    async def start(self) -> None:
        polls_before = self.emulator.calls["getUpdates"]
        log = self.log_path.open("ab")
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            cwd=self.workdir,
            env=self.env,
            stdout=log,
            stderr=log,
        )
        log.close()
        try:
            await self.emulator.wait_until(
                lambda: (
                    self.emulator.calls["getUpdates"] > polls_before
                    or (self.process is not None and self.process.returncode is not None)
                ),
                timeout=STARTUP_TIMEOUT,
            )
        except TimeoutError:
            raise AssertionError(f"bot did not start polling:\n{self.log()}") from None
        if self.process.returncode is not None:
            raise AssertionError(f"bot exited with {self.process.returncode}:\n{self.log()}")

    async def stop(self) -> int | None:
        return await self._end(signal.SIGTERM)

    async def kill(self) -> int | None:
        return await self._end(signal.SIGKILL)

    async def _end(self, sig: signal.Signals) -> int | None:
        if self.process is None or self.process.returncode is not None:
            return self.process.returncode if self.process else None
        self.process.send_signal(sig)
        try:
            await asyncio.wait_for(self.process.wait(), 20)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()
        return self.process.returncode

    def log(self) -> str:
        return self.log_path.read_text("utf-8", errors="replace") if self.log_path.exists() else ""

    def seed_users(
        self, users: list[tuple[int, str]], *, opted_out: frozenset[int] = frozenset()
    ) -> None:
        """Users who talked to the bot before (id, locale), written as an import would."""
        now = "2026-11-01T00:00:00+00:00"
        with sqlite3.connect(self.db_path) as conn:
            conn.executemany(
                "INSERT INTO users (id, locale, first_name, first_seen_at, last_seen_at,"
                " notices_opt_out) VALUES (?, ?, ?, ?, ?, ?)",
                [(uid, loc, f"u{uid}", now, now, int(uid in opted_out)) for uid, loc in users],
            )

    def query(self, sql: str, *params: object) -> list[tuple]:
        """Read the bot's database as an operator would (a separate connection)."""
        with sqlite3.connect(self.db_path) as conn:
            return conn.execute(sql, params).fetchall()


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
                    self.press_data(message, button["callback_data"])
                    return button["callback_data"]
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


GROUP_ID = -1001234567890


@dataclass
class TgAgent:
    """A person in the agents' group: reads what the bot posts there, writes, taps buttons."""

    emulator: BotApiEmulator
    id: int
    first_name: str
    group_id: int = GROUP_ID

    @classmethod
    def create(
        cls, emulator: BotApiEmulator, user_id: int, first_name: str, *, member: bool = True
    ) -> TgAgent:
        emulator.add_user(user_id, first_name, language_code="zh")
        if member:
            emulator.members.setdefault(GROUP_ID, set()).add(user_id)
        return cls(emulator, user_id, first_name)

    async def group_event(
        self,
        predicate,
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
