"""What stored text carries in place of what it must not keep: a mark such as ⟦recovery_phrase⟧
where a secret was, ⟦edited⟧ before an edited message. Marks are flags, not words: each viewer
sees them rendered from the catalogs in their own language (catalog keys `mark-<name>`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum


class SecretKind(StrEnum):
    RECOVERY_PHRASE = "recovery_phrase"
    PRIVATE_KEY = "private_key"
    CARD_NUMBER = "card_number"
    PASSWORD = "password"


class Mark(StrEnum):
    RECOVERY_PHRASE = "recovery_phrase"
    PRIVATE_KEY = "private_key"
    CARD_NUMBER = "card_number"
    PASSWORD = "password"
    UNCONFIRMED = "unconfirmed"  # a value withheld until its sender says what it is
    WITHHELD = "withheld"  # a message held back as the possible first part of a phrase
    EDITED = "edited"
    HELD_BACK = "held_back"  # an agent's message that did not reach the user


_MARK = re.compile(r"⟦([a-z_]{1,24})⟧")
_KNOWN = frozenset(m.value for m in Mark)


def mark(name: Mark | SecretKind) -> str:
    return f"⟦{name.value}⟧"


def marks_in(text: str) -> set[Mark]:
    return {Mark(m) for m in _MARK.findall(text or "") if m in _KNOWN}


def render_marks(text: str, translate: Callable[[str], str]) -> str:
    """Marks replaced by their catalog text (`translate` maps a catalog key to a string)."""
    if "⟦" not in text:
        return text
    return _MARK.sub(
        lambda m: translate(f"mark-{m.group(1)}") if m.group(1) in _KNOWN else m.group(0), text
    )


def without_marks(text: str) -> str:
    """User-typed look-alikes of a mark are not flags: brackets swapped for plain ones."""
    return text.replace("⟦", "[").replace("⟧", "]") if "⟦" in text else text
