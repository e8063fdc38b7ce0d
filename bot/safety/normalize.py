"""Text as the detectors read it: Unicode NFKC (fullwidth letters and digits from a Chinese
IME become ASCII, circled numbers become digits), format characters (zero-width, bidi
controls, BOM, soft hyphen) dropped, and a map back to the user's original characters so a
secret found in the normalized text is removed from the text the user actually sent."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

_cache: dict[str, str] = {}
# Only ASCII letters are folded: str.lower() may change the length of other characters.
_ASCII_LOWER = str.maketrans({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})


def _normalized_char(char: str) -> str:
    found = _cache.get(char)
    if found is None:
        # Format characters: zero-width space/joiners, bidi marks, BOM, soft hyphen, joiner.
        is_format = unicodedata.category(char) == "Cf"
        found = "" if is_format else unicodedata.normalize("NFKC", char)
        if len(_cache) < 65536:
            _cache[char] = found
    return found


@dataclass(frozen=True, slots=True)
class Normalized:
    original: str
    text: str  # NFKC without format characters; ASCII case kept (base58 is case-sensitive)
    folded: str  # `text` with ASCII letters lowered, same length
    origin: tuple[int, ...]  # origin[i]: index in `original` of text[i]; one extra at the end
    # Positions in `text` where a format character was dropped: "core\u200bvessel" may be two
    # words joined by a zero-width space, or one word with a stray one inside.
    breaks: frozenset[int] = frozenset()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original characters behind text[start:end] (format characters inside included)."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


# Format characters (Unicode category Cf) a message may carry.
_FORMAT = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


def normalize(original: str) -> Normalized:
    if original.isascii() or (
        unicodedata.is_normalized("NFKC", original) and not _FORMAT.search(original)
    ):
        return Normalized(
            original, original, original.translate(_ASCII_LOWER), tuple(range(len(original) + 1))
        )
    mapped = {char: _normalized_char(char) for char in set(original) if not char.isascii()}
    if all(len(value) <= 1 for value in mapped.values()):
        return _one_to_one(original, mapped)
    return _char_by_char(original)


def _one_to_one(original: str, mapped: dict[str, str]) -> Normalized:
    """Every character stays one character or is dropped: translate in C, and find the
    dropped ones with NumPy instead of a loop over the text."""
    text = original.translate({ord(c): (v or None) for c, v in mapped.items()})
    dropped = [ord(c) for c, v in mapped.items() if not v]
    if not dropped:
        return Normalized(
            original, text, text.translate(_ASCII_LOWER), tuple(range(len(original) + 1))
        )
    codes = np.frombuffer(original.encode("utf-32-le"), dtype=np.uint32)
    keep = ~np.isin(codes, np.array(dropped, dtype=np.uint32))
    origin = np.flatnonzero(keep).tolist()
    origin.append(len(original))
    # How many kept characters come before each original one.
    kept_before: npt.NDArray[np.intp] = np.cumsum(keep) - keep
    breaks: frozenset[int] = frozenset(kept_before[~keep].tolist())
    return Normalized(original, text, text.translate(_ASCII_LOWER), tuple(origin), breaks)


def _char_by_char(original: str) -> Normalized:
    parts: list[str] = []
    origin: list[int] = []
    breaks: set[int] = set()
    for index, char in enumerate(original):
        if char.isascii():
            parts.append(char)
            origin.append(index)
            continue
        mapped = _normalized_char(char)
        if mapped:
            parts.append(mapped)
            origin.extend([index] * len(mapped))
        else:
            breaks.add(len(origin))
    origin.append(len(original))
    text = "".join(parts)
    return Normalized(
        original, text, text.translate(_ASCII_LOWER), tuple(origin), frozenset(breaks)
    )


MAX_NAME = 64


def display_name(name: str | None) -> str:
    """A name as agents see it: no bidi overrides or zero-width characters (which can make
    "Support‮nimda" read as "Support admin"), no line breaks, not absurdly long."""
    kept = "".join(
        " " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
        for c in (name or "")
        if unicodedata.category(c) != "Cf"
    )
    return " ".join(kept.split())[:MAX_NAME]
