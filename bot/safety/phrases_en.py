"""English recovery phrases: a run of BIP-39 list words (or words one typo away, or cut to the
four letters that identify them) that is not English prose. Prose needs the short function words
(a, the, my, is, to) the list does not have, and leans on the few list words that are also
everyday glue words ("please", "again") or support vocabulary ("token balance zero").
Layouts: numbered or bulleted lists, one word per line, commas, plus signs, tildes, zero-width
characters between words."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise

from bot.safety.normalize import Normalized
from bot.safety.phrase_runs import (
    MAX_LABEL_CJK,
    MIN_RUN,
    Language,
    PhraseRun,
    gap_ok,
    is_cjk,
)
from bot.safety.wordlists import english

MIN_EN_FRAGMENT = 3  # English words of a phrase part withheld on their own
_SHORT_FRAGMENT = 5
_NUMBERED = re.compile(r"(?:^|[^0-9])\d{1,2}\s*[.)、:]?\s*$")
PROSE_SHARE = 0.3
SHORT_PROSE_SHARE = 0.2  # random picks: ~0.5 glue words in 12; a sentence: several in any 8

# Everyday words that happen to be in the English list: prose is full of them, a random pick of
# 2,048 words rarely is.
PROSE_WORDS = frozenset(
    """about again all also any can come first give good have hello help into just keep know like
    more much must need never next now one only other please right same sorry still sure thank
    that then there they this time today use very wait want what when where will wrong
    you""".split()
)

# List words that support chats are full of ("token balance zero", "device system update"):
# each counts half as much as a glue word against a run being a phrase.
DOMAIN_WORDS = frozenset(
    """account address amount app balance bank card cash change check chain claim code coin
    confirm connect control copy cost credit crypto device deposit detail different dollar
    double early empty error exchange exit fee file final fix found gas guide history hour
    identify index install issue item key language level limit link list lock login market
    message method minute mobile model month move network notice number occur office online
    open option order output page pair pay phone photo point price problem process profit
    protect question quick receive record recover reduce release remove rent repair report
    request reset return review reward safe save scan screen search second secret security
    seed select sell send service session setup share shift sign simple slow small solution
    solve speed spend staff start state status step stock submit success supply support swap
    system team test text ticket token total track trade transfer trend trust type unlock
    update upgrade usage user valid verify version video wallet warning web week withdraw word
    work world year zero six seven eight ten twelve twenty hundred million morning night
    tomorrow angry broken slow deny agree proof display camera hurry call crash since before
    always soon early""".split()
)
_LATIN_TOKEN = re.compile(r"[a-z]+")
# "Word 1: abandon", "No.2 ability": the label is part of the numbering, not a word.
_LABEL_WORDS = frozenset({"word", "no", "nr", "num"})
_LABEL_TAIL = re.compile(r"\s*\.?\s*#?\d")


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    token: str
    exact: bool


_EXACT_SCORE = 1.0
_NEAR_SCORE = 0.4
_PROSE_SCORE = -2.0
_DOMAIN_SCORE = -0.5


def _best_stretches(words: list[_Word]) -> list[list[_Word]]:
    """The parts of a run of list words that read least like prose (Kadane over per-word
    scores: a list word counts for a phrase, an everyday glue word against it), so the sentence
    around a phrase ("my words are … can you check") is not taken for part of it."""
    found: list[list[_Word]] = []
    running, start = 0.0, 0
    best, best_start, best_end = 0.0, 0, -1
    for i, word in enumerate(words):
        if running <= 0:
            if best_end >= 0:
                found.append(words[best_start : best_end + 1])
            running, start, best, best_end = 0.0, i, 0.0, -1
        if word.token in PROSE_WORDS:
            running += _PROSE_SCORE
        elif word.token in DOMAIN_WORDS:
            running += _DOMAIN_SCORE
        else:
            running += _EXACT_SCORE if word.exact else _NEAR_SCORE
        if running > best:
            best, best_start, best_end = running, start, i
    if best_end >= 0:
        found.append(words[best_start : best_end + 1])
    return found


def _looks_random(words: list[_Word], *, minimum: int) -> bool:
    count = len(words)
    if count < minimum:
        return False
    # A short run must read as random more clearly: telegraphic complaints ("transfer since
    # morning / twenty hundred / display wrong price") are runs of list words too.
    prose_allowed = max(1.0, count * (PROSE_SHARE if count >= 12 else SHORT_PROSE_SHARE))
    if count < MIN_RUN:  # a few words alone: hold back only what reads as no sentence at all
        prose_allowed = 0.5 if count < 4 else 1.0 if count < 6 else 2.0
    tokens = [w.token for w in words]
    if len(set(tokens)) < 0.75 * count:
        return False  # "help help help ..." is emphasis
    near = sum(not w.exact for w in words)
    return near <= max(1, count // 6) and _prose_weight(tokens) <= prose_allowed


def _prose_weight(tokens: list[str]) -> float:
    return sum(1.0 if t in PROSE_WORDS else 0.5 if t in DOMAIN_WORDS else 0.0 for t in tokens)


def find_english(normalized: Normalized) -> tuple[list[PhraseRun], PhraseRun | None, bool]:
    folded = normalized.folded
    wordlist = english()
    runs: list[PhraseRun] = []
    run: list[_Word] = []
    sequence: list[_Word | None] = []  # every word in order; None for a word not in the list
    previous_end = 0

    def close() -> None:
        # Found in its least prose-like part, removed whole: a phrase may hold glue words too,
        # and a few words of the sentence around it are a cheap loss next to a leaked word.
        if len(run) >= MIN_RUN and (
            _looks_random(run, minimum=MIN_RUN)
            or any(_looks_random(stretch, minimum=MIN_RUN) for stretch in _best_stretches(run))
        ):
            runs.append(PhraseRun(run[0].start, run[-1].end, len(run), Language.EN))
        run.clear()

    spans = _tokens(normalized)
    tokens = [folded[start:end] for start, end in spans]
    exact = [wordlist.exact(token) for token in tokens]
    last = len(tokens) - 1
    for i, (start, end) in enumerate(spans):
        token = tokens[i]
        if token in _LABEL_WORDS and _LABEL_TAIL.match(folded, end):
            previous_end = end  # numbering: the gap runs on from here
            continue
        # A typo matters only next to list words (and the check is the costly part).
        listed = exact[i] or (
            ((i > 0 and exact[i - 1]) or (i < last and exact[i + 1])) and wordlist.near(token)
        )
        if not listed:
            sequence.append(None)
            close()
            previous_end = end
            continue
        if run and not gap_ok(folded[previous_end:start]):
            close()
        word = _Word(start, end, token, exact[i])
        run.append(word)
        sequence.append(word)
        previous_end = end
    close()
    if runs:
        return runs, None, False
    return runs, *_english_fragment(folded, sequence)


_MAX_FRAME = 3  # "and 7. earth …", "… (continued)", "… thats all": words around a part


def _english_fragment(folded: str, sequence: list[_Word | None]) -> tuple[PhraseRun | None, bool]:
    """Is the message a part of a phrase: list words only, perhaps framed by a few other words
    or a Chinese label at either end ("后6个 wise soldier …")?"""
    first, last = 0, len(sequence)
    while first < min(last, _MAX_FRAME) and _frame_word(sequence[first]):
        first += 1
    while last > first and len(sequence) - last < _MAX_FRAME and _frame_word(sequence[last - 1]):
        last -= 1
    inner = sequence[first:last]
    words = [w for w in inner if w is not None]
    if not words or len(words) != len(inner) or not _all_gaps_ok(folded, words):
        return None, False
    fragment = PhraseRun(words[0].start, words[-1].end, len(words), Language.EN)
    framed = first > 0 or last < len(sequence)
    cjk = sum(1 for c in folded if is_cjk(c)) if not folded.isascii() else 0
    if cjk > MAX_LABEL_CJK or (framed and len(words) < MIN_EN_FRAGMENT + 1):
        return fragment, False
    # Words numbered one by one ("1. baby 2. beauty 3. long") are a list of words, whatever
    # they are; a short everyday message ("long story follows") must not wait.
    numbered = sum(
        _NUMBERED.search(folded, max(0, w.start - 6), w.start) is not None for w in words
    )
    if numbered >= 2 and numbered >= len(words) - 1:
        return fragment, _looks_random(words, minimum=2)
    if len(words) <= _SHORT_FRAGMENT and not all(w.exact for w in words):
        return fragment, False
    return fragment, _looks_random(words, minimum=MIN_EN_FRAGMENT)


def _frame_word(word: _Word | None) -> bool:
    return word is None or word.token in PROSE_WORDS


def _all_gaps_ok(text: str, words: list[_Word]) -> bool:
    return all(gap_ok(text[a.end : b.start]) for a, b in pairwise(words))


def _tokens(normalized: Normalized) -> list[tuple[int, int]]:
    """Latin words; a word that is no list word but splits into list words where a zero-width
    character stood is those words ("core\u200bvessel" is core and vessel, "use\u200cful"
    is useful)."""
    folded = normalized.folded
    breaks = sorted(normalized.breaks)
    wordlist = english()
    spans: list[tuple[int, int]] = []
    for match in _LATIN_TOKEN.finditer(folded):
        start, end = match.span()
        inner: list[int] = []
        if breaks:
            at = bisect_right(breaks, start)
            while at < len(breaks) and breaks[at] < end:
                inner.append(breaks[at])
                at += 1
        token = match.group(0)
        if inner and not wordlist.exact(token) and not wordlist.near(token):
            cuts = [start, *inner, end]
            spans += list(pairwise(cuts))
        else:
            spans.append((start, end))
    return spans
