"""The emulator's vocabulary: what the bot did (BotEvent), a Bot API error, a scripted fault,
and the limits and parameter checks every Bot API method shares."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from bot.sandbox.telegram_html import visible_text

# A Bot API object (user, chat, message, request parameters) as Telegram's JSON has it.
JSON = dict[str, Any]

MAX_TEXT = 4096
MAX_CAPTION = 1024
BOT_ID = 7_000_000_001
BOT_USERNAME = "tpwallet_support_bot"
MEDIA_KINDS = ("photo", "document", "voice", "video", "sticker", "animation", "audio")


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
        rows: list[list[JSON]] = markup.get("inline_keyboard", [])
        return rows


@dataclass(slots=True)
class Fault:
    """Answer the next `count` calls of `method` (or any sending method if None) with an error."""

    code: int
    method: str | None = None
    count: int = 1
    retry_after: int | None = None
    description: str | None = None


def checked_text(params: JSON, name: str, limit: int, *, required: bool) -> str | None:
    """The text (or caption) a recipient would see, refused as Telegram refuses it: empty when
    required, over `limit`, or markup that does not parse."""
    raw = params.get(name)
    if raw is None or raw == "":
        if required:
            raise ApiError(400, f"Bad Request: {name} is empty")
        return None
    text = visible_text(str(raw), params.get("parse_mode"))
    if not text.strip() and required:
        raise ApiError(400, f"Bad Request: {name} must be non-empty")
    if len(text) > limit:
        kind = "message" if name == "text" else "message caption"
        raise ApiError(400, f"Bad Request: {kind} is too long")
    return text


def int_param(value: object) -> int:
    """int() of a request parameter, failing with TypeError or ValueError just as int() does."""
    if not isinstance(value, int | float | str | bytes):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    return int(value)
