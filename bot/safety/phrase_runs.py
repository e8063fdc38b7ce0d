"""What the phrase detectors share: the minimum sizes, what they return, and what may stand
between two words of a phrase (separators and list numbering, never letters)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

MIN_RUN = 8  # a partial phrase of this many list words is already too much to share
MIN_FRAGMENT = 3  # a message of only list words this long may be the first part of a phrase
MAX_GAP = 24
MAX_LABEL_CJK = 8  # a label around a part ("前半部分", "后6个") is no longer than this
# No number longer than a position in a list.
_BAD_GAP = re.compile(r"\d{3}")


class Language(StrEnum):
    EN = "en"
    ZH = "zh"
    HEX = "hex"  # half of a hex key sent in two messages


@dataclass(frozen=True, slots=True)
class PhraseRun:
    start: int  # in the normalized text
    end: int
    words: int
    language: Language


@dataclass(frozen=True, slots=True)
class PhraseScan:
    runs: tuple[PhraseRun, ...]  # each long enough to be a secret on its own
    fragment: PhraseRun | None  # the whole message is list words only, too few to be a secret
    # The fragment reads as random on its own (withheld even when nothing came before it);
    # otherwise it only continues a phrase already begun ("1. 产 … 9. 邵", then "10. 撑").
    fragment_strong: bool = False


@lru_cache(maxsize=4096)  # the same few gaps (" ", ", ", "\n2. ") come back all the time
def gap_ok(gap: str) -> bool:
    # Letters of any script end a run; numbering of any kind (1. ① ➀ ❶ ⓫) does not.
    return len(gap) <= MAX_GAP and not _BAD_GAP.search(gap) and not any(c.isalpha() for c in gap)


def is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def has_cjk(text: str) -> bool:
    return not text.isascii() and any(is_cjk(c) for c in text)
