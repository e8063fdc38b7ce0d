"""Chinese recovery phrases. The list holds 2,048 common characters, so most Chinese text is made
of list characters too; what tells a phrase from prose is structure. Natural text uses frequent
characters and links them into words; a phrase is characters picked at random, rare ones as
often as common ones, next to each other by chance. Each character adds evidence one way or the
other: its frequency in natural text (capped, so one very common character cannot outvote a
phrase), whether it forms a dictionary word with the one before it, and whether it stands alone
between separators or after a list number (natural text is not written one character at a
time). A stretch of at least MIN_RUN characters whose evidence for "random" is strong enough is
a phrase, however it is laid out: joined, spaced, comma-separated, in groups of three or four.

Vectorized with NumPy: a 4,096-character message costs well under a millisecond whatever it
holds (benchmarks/secret_guard.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from bot.safety.normalize import Normalized
from bot.safety.phrase_runs import (
    MAX_GAP,
    MAX_LABEL_CJK,
    MIN_FRAGMENT,
    MIN_RUN,
    Language,
    PhraseRun,
)
from bot.safety.wordlists import chinese

# Evidence for natural text, in natural-log units (see scripts/build_zh_model.py).
_LINKED = 2.3  # log(P(pair is a word | natural) / P(pair is a word | random)) ~ log(.5/.05)
_UNLINKED = -0.65  # log(.5/.95)
_NOT_IN_LIST = 2.0  # a character a phrase cannot hold (or holds only as a typo)
LENGTH_REWARD = 0.7
ALONE_REWARD = 1.0
NUMBERED_REWARD = 1.0  # "1. 产 2. 呈": numbering single characters is what phrase lists do
RANDOM_EVIDENCE_PHRASE = 8.0  # a stretch of >= MIN_RUN characters this random is a phrase
RANDOM_EVIDENCE_FRAGMENT = 4.5
MAX_SEGMENTS = 32  # phrases looked for in one stretch
MAX_FRAGMENT_CHARS = 64  # a part of a phrase, with its label, is no longer than this
WIDEN = 2
_NOT_CJK = -2
_BARRIER = 1.0e6  # keeps a running minimum inside its own stretch
_NUMBER_MARKS = " \t.)、:"
_LONG_NUMBER = re.compile(r"\d{3}")


@dataclass(frozen=True, slots=True)
class _Tables:
    classes: npt.NDArray[np.int16]  # per BMP code point: list position, -1 other CJK, -2 not CJK
    natural: npt.NDArray[np.float64]  # per list position: capped natural-text evidence
    links: npt.NDArray[np.uint8]  # bitset over ordered pairs of list positions
    letters: npt.NDArray[np.bool_]  # per BMP code point: a letter of a non-CJK script
    number_marks: npt.NDArray[np.bool_]  # per BMP code point: may follow a list number


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    wordlist = chinese()
    codes = np.arange(0x10000)
    cjk = (
        ((codes >= 0x4E00) & (codes <= 0x9FFF))
        | ((codes >= 0x3400) & (codes <= 0x4DBF))
        | ((codes >= 0xF900) & (codes <= 0xFAFF))
    )
    classes = np.where(cjk, -1, _NOT_CJK).astype(np.int16)
    natural = np.zeros(2048)
    for char, (position, evidence) in wordlist.scored.items():
        if ord(char) < 0x10000:
            classes[ord(char)] = position
        natural[position] = evidence
    letters = np.array([chr(c).isalpha() for c in range(0x10000)]) & ~cjk
    marks = np.zeros(0x10000, dtype=bool)
    marks[[ord(c) for c in _NUMBER_MARKS]] = True
    return _Tables(classes, natural, np.frombuffer(wordlist.links, dtype=np.uint8), letters, marks)


@dataclass(frozen=True, slots=True)
class _Chars:
    """The CJK characters of a text, in order, with what the scan knows of each."""

    positions: npt.NDArray[np.int64]  # in the normalized text
    indexes: npt.NDArray[np.int16]  # list position, -1 when not in the list
    stretch: npt.NDArray[np.int64]  # stretch number: characters joined only by separators
    randomness: npt.NDArray[np.float64]  # evidence for "random" per character

    def stretch_bounds(self) -> list[tuple[int, int]]:
        starts = np.flatnonzero(np.diff(self.stretch, prepend=-1))
        ends = np.append(starts[1:], len(self.stretch))
        return list(zip(starts.tolist(), ends.tolist(), strict=True))


def _scan(text: str) -> _Chars | None:
    tables = _tables()
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    codes = np.where(codes < 0x10000, codes, 0)
    classes = tables.classes[codes]
    positions = np.flatnonzero(classes != _NOT_CJK)
    if positions.size == 0:
        return None
    indexes = classes[positions]
    count = positions.size

    # Stretches: a gap between two CJK characters may hold separators and list numbers, but no
    # letters, no number of three digits or more, and not more than MAX_GAP characters.
    digits = (codes >= 48) & (codes <= 57)
    bad = tables.letters[codes].copy()
    if codes.size >= 3:
        bad[:-2] |= digits[:-2] & digits[1:-1] & digits[2:]
    bad_before = np.concatenate(([0], np.cumsum(bad)))
    gap_start, gap_end = positions[:-1] + 1, positions[1:]
    adjacent = np.concatenate(([False], gap_end == gap_start))
    broken = (gap_end - gap_start > MAX_GAP) | (bad_before[gap_end] - bad_before[gap_start] > 0)
    stretch = np.cumsum(np.concatenate(([True], broken)))

    # Natural-text evidence: frequency, and a dictionary word with the character before.
    listed = indexes >= 0
    natural = np.where(listed, tables.natural[np.maximum(indexes, 0)], _NOT_IN_LIST)
    pair = adjacent[1:] & listed[1:] & listed[:-1]
    bits = indexes[:-1].astype(np.int64) * 2048 + np.maximum(indexes[1:], 0)
    linked = (tables.links[bits >> 3] >> (bits & 7)) & 1
    natural[1:] += np.where(pair, np.where(linked == 1, _LINKED, _UNLINKED), 0.0)

    # A character alone between separators, and one right after a list number.
    following = np.concatenate((adjacent[1:], [False]))
    alone = ~adjacent & ~following
    numbered = np.zeros(count, dtype=bool)
    before = positions - 1
    marks_only = np.ones(count, dtype=bool)
    for _ in range(4):
        inside = before >= 0
        code = np.where(inside, codes[np.maximum(before, 0)], 0)
        is_digit = inside & (code >= 48) & (code <= 57)
        numbered |= marks_only & is_digit
        marks_only &= inside & tables.number_marks[code]
        before = before - 1
    reward = LENGTH_REWARD + np.where(
        alone, ALONE_REWARD + np.where(numbered, NUMBERED_REWARD, 0), 0
    )
    return _Chars(positions, indexes, stretch, reward - natural)


def _segments(chars: _Chars) -> list[tuple[int, int]]:
    """Stretches of at least MIN_RUN characters with enough evidence for "random": the best one
    ending at each place is the prefix sum there minus the lowest prefix sum at least MIN_RUN
    back in the same stretch (a running minimum kept inside its stretch by a barrier)."""
    values = chars.randomness
    prefix = np.concatenate(([0.0], np.cumsum(values)))
    count = values.size
    if count < MIN_RUN:
        return []
    stretch = chars.stretch
    lowest = np.minimum.accumulate(prefix[:-1] - _BARRIER * stretch) + _BARRIER * stretch
    ends = np.arange(MIN_RUN - 1, count)
    firsts = ends - MIN_RUN + 1
    same = stretch[firsts] == stretch[ends]
    totals = np.where(same, prefix[ends + 1] - lowest[firsts], -np.inf)
    found: list[tuple[int, int]] = []
    for start, end in chars.stretch_bounds():
        if (
            end - start < MIN_RUN
            or totals[start : end - MIN_RUN + 1].max() < RANDOM_EVIDENCE_PHRASE
        ):
            continue
        found += _segments_in(prefix, start, end)
    return found


def _segments_in(prefix: npt.NDArray[np.float64], start: int, end: int) -> list[tuple[int, int]]:
    """Left to right within one stretch: the best stretch of what is left, while good enough."""
    found = []
    low = start
    for _ in range(MAX_SEGMENTS):
        if end - low < MIN_RUN:
            break
        lowest_prefix = np.minimum.accumulate(prefix[low : end - MIN_RUN + 1])
        totals = prefix[low + MIN_RUN : end + 1] - lowest_prefix
        best = int(np.argmax(totals))
        if totals[best] < RANDOM_EVIDENCE_PHRASE:
            break
        last = low + best + MIN_RUN - 1
        first = low + int(np.argmin(prefix[low : low + best + 1]))
        found.append((first, last))
        low = last + 1
    return found


def _widen(chars: _Chars, first: int, last: int, start: int, end: int) -> tuple[int, int]:
    """A phrase's edge words may be common characters that read as natural on their own; take
    up to WIDEN list characters on each side unless they form a word with the text beyond."""
    wordlist = chinese()
    indexes = chars.indexes
    for _ in range(WIDEN):
        if first == start or indexes[first - 1] < 0:
            break
        outer = first - 2
        if (
            outer >= start
            and indexes[outer] >= 0
            and wordlist.linked(int(indexes[outer]), int(indexes[first - 1]))
        ):
            break
        first -= 1
    for _ in range(WIDEN):
        if last + 1 >= end or indexes[last + 1] < 0:
            break
        outer = last + 2
        if (
            outer < end
            and indexes[outer] >= 0
            and wordlist.linked(int(indexes[last + 1]), int(indexes[outer]))
        ):
            break
        last += 1
    return first, last


def find_chinese(normalized: Normalized) -> tuple[list[PhraseRun], PhraseRun | None, bool]:
    """(phrases, the message as a part of one, whether that part reads as random on its own)."""
    text = normalized.text
    if text.isascii():
        return [], None, False
    chars = _scan(text)
    if chars is None:
        return [], None, False
    bounds = chars.stretch_bounds()
    runs = []
    for first, last in _segments(chars):
        start, end = next((s, e) for s, e in bounds if s <= first < e)
        first, last = _widen(chars, first, last, start, end)
        listed = int((chars.indexes[first : last + 1] >= 0).sum())
        runs.append(
            PhraseRun(
                int(chars.positions[first]), int(chars.positions[last]) + 1, listed, Language.ZH
            )
        )
    if runs or len(bounds) != 1 or chars.positions.size > MAX_FRAGMENT_CHARS:
        return runs, None, False
    folded = normalized.folded
    if (
        any("a" <= c <= "z" for c in folded)
        or chars.indexes.min() < 0
        or _LONG_NUMBER.search(folded)
    ):
        return runs, None, False  # a part is list characters and list numbers, nothing else
    return runs, *_fragment(chars)


def _fragment(chars: _Chars) -> tuple[PhraseRun, bool]:
    """The message is list characters only. The part may come with a label ("前半部分
    膨、滴、紹、誤", "后面是望姑夜析"): judge its most random stretch, if what is left around it
    is short."""
    count = chars.positions.size
    whole = PhraseRun(int(chars.positions[0]), int(chars.positions[-1]) + 1, count, Language.ZH)
    first, last, evidence = _most_random(chars.randomness.tolist())
    size = last - first + 1
    if (
        size < MIN_FRAGMENT
        or count - size > MAX_LABEL_CJK
        or evidence < RANDOM_EVIDENCE_FRAGMENT
        or len(set(chars.indexes[first : last + 1].tolist())) < 0.75 * size
    ):
        return whole, False
    start, end = int(chars.positions[first]), int(chars.positions[last]) + 1
    return PhraseRun(start, end, size, Language.ZH), True


def _most_random(randomness: list[float]) -> tuple[int, int, float]:
    """The stretch with the most evidence for "random", any length (Kadane)."""
    best, best_first, best_last = float("-inf"), 0, -1
    running, start = 0.0, 0
    for i, value in enumerate(randomness):
        if running <= 0:
            running, start = 0.0, i
        running += value
        if running > best:
            best, best_first, best_last = running, start, i
    return best_first, best_last, best
