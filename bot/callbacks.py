"""Inline-button payloads: short, versioned ("1:faq:e:login"), built and parsed only here.

A payload from an older build, a forged one, or one whose target no longer exists parses to
None (or fails its handler's lookup) and is answered as stale, never trusted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERSION = "1"
_PART = re.compile(r"^[a-z0-9_-]{1,40}$")
MAX_BYTES = 64  # Telegram's limit for callback_data


@dataclass(frozen=True, slots=True)
class Callback:
    namespace: str
    action: str
    args: tuple[str, ...] = ()

    def encode(self) -> str:
        parts = (VERSION, self.namespace, self.action, *self.args)
        for part in parts:
            if not _PART.match(part):
                raise ValueError(f"callback part {part!r} is not a short token")
        data = ":".join(parts)
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"callback data {data!r} is longer than {MAX_BYTES} bytes")
        return data

    @property
    def arg(self) -> str | None:
        return self.args[0] if self.args else None


def cb(namespace: str, action: str, *args: str) -> str:
    return Callback(namespace, action, tuple(args)).encode()


def parse(data: str | None) -> Callback | None:
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    parts = data.split(":")
    if len(parts) < 3 or parts[0] != VERSION or not all(_PART.match(p) for p in parts[1:]):
        return None
    return Callback(parts[1], parts[2], tuple(parts[3:]))


def pattern(namespace: str, action: str | None = None) -> re.Pattern[str]:
    """A regex for CallbackQueryHandler matching one namespace (and optionally one action)."""
    tail = re.escape(action) if action else r"[a-z0-9_-]+"
    return re.compile(rf"^{VERSION}:{re.escape(namespace)}:{tail}(:[a-z0-9_-]+)*$")
