"""The exact-words half of what the classifier sees: character n-grams (1–3, within words,
as scikit-learn's "char_wb" does) weighted by TF-IDF, in plain Python and NumPy so the bot
itself needs no machine-learning library to answer."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

MAX_N = 3
_DIGITS = re.compile(r"\d+")

SparseRow = tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]  # (columns, values)


def normalized(text: str) -> str:
    """Full-width to half-width, case folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def without_digits(text: str) -> str:
    """What the classifier reads (both its halves): the text without its digits. An amount,
    an order number or a date says nothing about what the user wants, but the corpus's
    amounts sit mostly in reports of theft, and with digits a model learned that "case 4471"
    or "order 88213" made a question urgent."""
    return _DIGITS.sub(" ", unicodedata.normalize("NFKC", text))


def grams(text: str) -> Counter[str]:
    """Character 1- to 3-grams of each word padded with spaces (a Chinese run is one word)."""
    counts: Counter[str] = Counter()
    for word in normalized(without_digits(text)).split():
        padded = f" {word} "
        for n in range(1, MAX_N + 1):
            for i in range(len(padded) - n + 1):
                gram = padded[i : i + n]
                if gram != " ":
                    counts[gram] += 1
    return counts


class GramSpace:
    """A vocabulary of n-grams with their inverse document frequencies."""

    def __init__(self, vocabulary: dict[str, int], idf: npt.NDArray[np.float32]) -> None:
        self.vocabulary = vocabulary
        self.idf = idf

    @classmethod
    def fit(cls, texts: Iterable[str]) -> GramSpace:
        documents = 0
        frequency: Counter[str] = Counter()
        for text in texts:
            documents += 1
            frequency.update(grams(text).keys())
        vocabulary = {gram: i for i, gram in enumerate(sorted(frequency))}
        # Smoothed idf, as scikit-learn's TfidfVectorizer computes it.
        idf = np.array(
            [math.log((1 + documents) / (1 + frequency[g])) + 1 for g in sorted(frequency)],
            dtype=np.float32,
        )
        return cls(vocabulary, idf)

    @property
    def size(self) -> int:
        return len(self.vocabulary)

    def row(self, text: str) -> SparseRow:
        """One text's unit-length TF-IDF vector (sublinear tf), as (columns, values)."""
        counts = [(self.vocabulary[g], c) for g, c in grams(text).items() if g in self.vocabulary]
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        columns = np.array([column for column, _ in counts], dtype=np.int64)
        tf = np.array([1 + math.log(c) for _, c in counts], dtype=np.float32)
        values = tf * self.idf[columns]
        return columns, values / np.float32(np.linalg.norm(values))

    def rows(self, texts: Sequence[str]) -> list[SparseRow]:
        return [self.row(text) for text in texts]
