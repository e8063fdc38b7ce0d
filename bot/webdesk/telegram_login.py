"""The Telegram Login Widget's answer, checked as Telegram documents it: the fields sorted into
"key=value" lines, an HMAC-SHA256 of them with the SHA-256 of the bot token as the key, equal
to the `hash` Telegram added, and an `auth_date` recent enough."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class WidgetLogin:
    agent_id: int
    agent_name: str


def check_string(fields: Mapping[str, str]) -> str:
    return "\n".join(f"{key}={fields[key]}" for key in sorted(fields) if key != "hash")


def widget_hash(bot_token: str, fields: Mapping[str, str]) -> str:
    key = hashlib.sha256(bot_token.encode()).digest()
    return hmac.new(key, check_string(fields).encode(), hashlib.sha256).hexdigest()


def verify_widget(
    bot_token: str, fields: Mapping[str, str], now: float, max_age_seconds: float
) -> WidgetLogin | None:
    """Who signed in, or None if the answer was not Telegram's, or is too old."""
    given = fields.get("hash", "")
    if not given or not hmac.compare_digest(given, widget_hash(bot_token, fields)):
        return None
    try:
        auth_date, agent_id = float(fields["auth_date"]), int(fields["id"])
    except (KeyError, ValueError):
        return None
    if not 0 <= now - auth_date <= max_age_seconds:
        return None
    return WidgetLogin(agent_id, fields.get("first_name", ""))
