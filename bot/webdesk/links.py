"""One-time sign-in links: signed with a key derived from the bot token, short-lived, bound to
one agent's Telegram id. The signature proves the bot issued the link; the nonce, recorded
when it is used, makes it sign in once."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from enum import StrEnum

_PURPOSE = b"tpwallet web desk sign-in v1"


@dataclass(frozen=True, slots=True)
class LinkClaim:
    agent_id: int
    agent_name: str
    expires_at: float
    nonce: str


class LinkRefusal(StrEnum):
    FORGED = "forged"  # not signed with this bot's key, or not a link at all
    EXPIRED = "expired"


def _key(bot_token: str) -> bytes:
    return hmac.new(_PURPOSE, bot_token.encode(), hashlib.sha256).digest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign_link(bot_token: str, agent_id: int, agent_name: str, expires_at: float) -> str:
    body = json.dumps(
        {"a": agent_id, "n": agent_name, "e": round(expires_at, 3), "k": secrets.token_hex(16)},
        separators=(",", ":"),
    ).encode()
    signature = hmac.new(_key(bot_token), body, hashlib.sha256).digest()
    return f"{_b64(body)}.{_b64(signature)}"


def read_link(bot_token: str, token: str, now: float) -> LinkClaim | LinkRefusal:
    body_part, _, signature_part = token.partition(".")
    try:
        body, signature = _unb64(body_part), _unb64(signature_part)
    except (binascii.Error, ValueError):
        return LinkRefusal.FORGED
    expected = hmac.new(_key(bot_token), body, hashlib.sha256).digest()
    if not signature_part or not hmac.compare_digest(signature, expected):
        return LinkRefusal.FORGED
    try:
        fields = json.loads(body)
        claim = LinkClaim(int(fields["a"]), str(fields["n"]), float(fields["e"]), str(fields["k"]))
    except (ValueError, KeyError, TypeError):
        return LinkRefusal.FORGED
    return LinkRefusal.EXPIRED if claim.expires_at <= now else claim
