"""The BIP-39 word lists (from the `mnemonic` package, the reference implementation) in the
shapes the phrase detector looks them up in, loaded once."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from mnemonic import Mnemonic

MIN_FUZZY_LENGTH = 4  # BIP-39: the first four letters identify a word
MAX_FUZZY_LENGTH = 10  # the longest list word has 8 letters
UNIGRAM_CAP = 1.5


@dataclass(frozen=True, slots=True)
class EnglishList:
    words: frozenset[str]
    by_prefix: dict[str, str]  # first four letters -> the one word starting with them
    by_deletion: dict[str, frozenset[str]]  # a word with one letter removed -> the words

    def exact(self, token: str) -> bool:
        return token in self.words

    def near(self, token: str) -> bool:
        """A list word typed short (BIP-39's own four-letter rule) or with one typo: a letter
        dropped, added, replaced, or two swapped."""
        if not MIN_FUZZY_LENGTH <= len(token) <= MAX_FUZZY_LENGTH:
            return False
        word = self.by_prefix.get(token[:4])
        if word is not None and word.startswith(token):
            return True
        if token in self.by_deletion:
            return True
        for index in range(len(token)):
            shorter = token[:index] + token[index + 1 :]
            if shorter in self.words and len(shorter) >= MIN_FUZZY_LENGTH:
                return True
            if shorter in self.by_deletion:
                return True
        return False


@dataclass(frozen=True, slots=True)
class ChineseList:
    index: dict[str, int]  # simplified and traditional characters -> position in the list
    unigram: tuple[float, ...]  # log(frequency in natural text / chance in a phrase), by position
    links: bytes  # bitset over ordered pairs of positions that occur inside dictionary words
    scored: dict[str, tuple[int, float]]  # character -> (position, capped unigram), one lookup

    def linked(self, first: int, second: int) -> bool:
        bit = first * 2048 + second
        return bool(self.links[bit >> 3] & (1 << (bit & 7)))


@lru_cache(maxsize=1)
def english() -> EnglishList:
    words = frozenset(Mnemonic("english").wordlist)
    deletions: dict[str, set[str]] = {}
    for word in words:
        if len(word) < MIN_FUZZY_LENGTH:
            continue
        for index in range(len(word)):
            deletions.setdefault(word[:index] + word[index + 1 :], set()).add(word)
    return EnglishList(
        words=words,
        by_prefix={word[:4]: word for word in words},
        by_deletion={key: frozenset(value) for key, value in deletions.items()},
    )


@lru_cache(maxsize=1)
def chinese() -> ChineseList:
    simplified = Mnemonic("chinese_simplified").wordlist
    traditional = Mnemonic("chinese_traditional").wordlist
    index = {char: position for position, char in enumerate(simplified)}
    for position, char in enumerate(traditional):
        index.setdefault(char, position)  # the two lists are the same words in two scripts
    data = resources.files("bot.safety").joinpath("data")
    unigram = tuple(
        float(line.split("\t")[1])
        for line in data.joinpath("zh_unigram.txt").read_text("utf-8").splitlines()
    )
    links = zlib.decompress(data.joinpath("zh_links.bin").read_bytes())
    # Capped: one very common character alone cannot outvote the rest of a phrase.
    scored = {
        char: (position, min(unigram[position], UNIGRAM_CAP)) for char, position in index.items()
    }
    return ChineseList(index=index, unigram=unigram, links=links, scored=scored)
