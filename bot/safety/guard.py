"""Applying the secret scan to a conversation: which secrets a flow step legitimately asks
for, and a password typed right after the user mentioned one."""

from __future__ import annotations

import re
import time

from bot.safety.secrets import (
    PLACEHOLDER,
    Scan,
    SecretKind,
    looks_like_lone_secret,
    mentions_secret,
    scan,
)

MENTION_WINDOW_SECONDS = 120.0
# Steps whose handlers store only a masked value of what they ask for.
STEPS_ALLOWING_HASHES = frozenset({"transfer.txid"})
STEPS_ALLOWING_CARDS = frozenset({"transfer.recipient"})

_ASKS_FOR_SECRET = re.compile(
    r"(send|share|tell|give|provide|type|enter|need|confirm|发|提供|告诉|输入|给|报)"
    r".{0,40}"
    r"(recovery phrase|seed|mnemonic|private key|secret key|password|passcode|\bpin\b|cvv|"
    r"助记词|私钥|密钥|密码|安全码)",
    re.IGNORECASE | re.DOTALL,
)


_NEGATION = re.compile(
    r"(never|don't|do not|not|no one|不要|不会|绝不|别|切勿|永远不|请勿)\s*$", re.IGNORECASE
)


def asks_for_secret(text: str) -> bool:
    """An agent's message that asks the user for a secret, which support never does.
    ("Never share your recovery phrase" is a warning, not a request.)"""
    text = text or ""
    for match in _ASKS_FOR_SECRET.finditer(text):
        if not _NEGATION.search(text[max(0, match.start() - 15) : match.start()]):
            return True
    return False


class SecretGuard:
    def __init__(self) -> None:
        self._mentioned: dict[int, float] = {}

    def inspect(self, user_id: int, text: str, *, step: str | None = None) -> Scan:
        result = scan(
            text,
            allow_hashes=step in STEPS_ALLOWING_HASHES,
            allow_cards=step in STEPS_ALLOWING_CARDS,
        )
        now = time.monotonic()
        mentioned_at = self._mentioned.pop(user_id, None)
        if (
            not result.found
            and mentioned_at is not None
            and now - mentioned_at < MENTION_WINDOW_SECONDS
            and looks_like_lone_secret(text)
        ):
            result = Scan(PLACEHOLDER[SecretKind.PASSWORD], frozenset({SecretKind.PASSWORD}))
        if mentions_secret(text) and not result.found:
            self._mentioned[user_id] = now
        return result
