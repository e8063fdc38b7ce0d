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

    def int_arg(self, index: int = 0) -> int | None:
        """An id argument, or None when missing or out of range (a forged
        "1:tk:view:99999999999999999999" must not reach a database as an integer)."""
        if index >= len(self.args):
            return None
        return parse_id(self.args[index])


MAX_ID = 2**53  # ids and update numbers stay far below; SQLite's integers end at 2**63


def parse_id(value: str | None) -> int | None:
    if not value or not value.isdigit() or len(value) > 16:
        return None
    number = int(value)
    return number if 0 < number < MAX_ID else None


def cb(namespace: str, action: str, *args: str) -> str:
    return Callback(namespace, action, tuple(args)).encode()


def parse(data: str | None) -> Callback | None:
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    parts = data.split(":")
    if len(parts) < 3 or parts[0] != VERSION or not all(_PART.match(p) for p in parts[1:]):
        return None
    return Callback(parts[1], parts[2], tuple(parts[3:]))


class NamespaceClash(ValueError):
    """Two features claimed the same callback namespace: their buttons would reach each other."""


_OWNERS: dict[str, str] = {}


def claim(namespace: str, owner: str) -> str:
    """Reserve a namespace for one feature; a second owner fails at import, i.e. at start-up."""
    if not _PART.match(namespace):
        raise ValueError(f"callback namespace {namespace!r} is not a short token")
    holder = _OWNERS.setdefault(namespace, owner)
    if holder != owner:
        raise NamespaceClash(f"callback namespace {namespace!r} is used by {holder} and {owner}")
    return namespace


def owners() -> dict[str, str]:
    return dict(_OWNERS)


def pattern(namespace: str, action: str | None = None) -> re.Pattern[str]:
    """A regex for CallbackQueryHandler matching one namespace (and optionally one action).
    Handlers are built at start-up, so an unclaimed namespace stops the bot there."""
    if namespace not in _OWNERS:
        raise NamespaceClash(f"callback namespace {namespace!r} was never claimed")
    tail = re.escape(action) if action else r"[a-z0-9_-]+"
    return re.compile(rf"^{VERSION}:{re.escape(namespace)}:{tail}(:[a-z0-9_-]+)*$")
