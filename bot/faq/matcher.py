"""Free-text FAQ matching: TF-IDF over character n-grams (Chinese has no spaces) and stemmed
words plus their trigrams (English, typo-tolerant). A query is scored against every locale's
texts, so a Chinese-speaking user who types English is still answered.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

import snowballstemmer  # type: ignore[import-untyped]  # the package ships no types

from bot.faq.knowledge import KnowledgeSnapshot

_RUNS = re.compile(r"[\u3400-\u9fff]+|[a-z0-9]+")
_CJK = re.compile(r"[\u3400-\u9fff]")
# Words that say nothing about which entry is meant.
_EN_STOP_WORDS = """
a an the i me my we our you your it its is are was were be been am do does did to of in
on for and or but with at by from this that there what how why when where which who can
could should would will please help hi hello hey so if not no any some get got have has
had just about into up out as than then them they he she his her thanks thank thx ok okay
tpwallet wallet
"""
_EN_STOP = frozenset(_EN_STOP_WORDS.split())
_ZH_STOP = frozenset("的了吗呢吧啊我你他她它们是在有和就都也还要怎么请问一下这那个")

WEIGHT_TITLE = 2.0
WEIGHT_KEYWORDS = 2.0
WEIGHT_ANSWER = 0.5
WEIGHT_UNIGRAM = 0.4
WEIGHT_TRIGRAM = 0.3

MIN_SCORE = 0.13  # below this, nothing is offered: a wrong answer is worse than none
RELATED_RATIO = 0.5  # further entries are shown only when close to the best one


@dataclass(frozen=True, slots=True)
class FaqMatch:
    entry_id: str
    score: float


class _Stemmer(Protocol):
    """The one method of snowballstemmer's (untyped) stemmers used here."""

    def stemWord(self, word: str) -> str: ...  # the library's camelCase name


_stemmer: _Stemmer = snowballstemmer.stemmer("english")


def features(text: str) -> dict[str, float]:
    """Weighted feature counts of one text (weights are fractional, hence no Counter)."""
    text = unicodedata.normalize("NFKC", text).lower()
    counts: defaultdict[str, float] = defaultdict(float)
    for run in _RUNS.findall(text):
        if _CJK.match(run):
            for char in run:
                if char not in _ZH_STOP:
                    counts["u:" + char] += WEIGHT_UNIGRAM
            for i in range(len(run) - 1):
                counts["b:" + run[i : i + 2]] += 1.0
        elif run not in _EN_STOP:
            stem = _stemmer.stemWord(run)
            counts["w:" + stem] += 1.0
            padded = f"^{stem}$"
            for i in range(len(padded) - 2):
                counts["t:" + padded[i : i + 3]] += WEIGHT_TRIGRAM
    return counts


def _weighted(parts: Iterable[tuple[str, float]]) -> dict[str, float]:
    total: defaultdict[str, float] = defaultdict(float)
    for text, weight in parts:
        for feature, count in features(text).items():
            total[feature] += count * weight
    return total


class _Index:
    """One locale's documents as unit-length TF-IDF vectors."""

    def __init__(self, documents: dict[str, dict[str, float]]) -> None:
        doc_count = len(documents)
        frequency: Counter[str] = Counter()
        for counts in documents.values():
            frequency.update(counts.keys())
        self._idf = {f: math.log(1 + doc_count / n) for f, n in frequency.items()}
        self._vectors = {entry: self._vector(counts) for entry, counts in documents.items()}

    def _vector(self, counts: dict[str, float]) -> dict[str, float]:
        vector = {
            f: (1 + math.log(1 + c)) * self._idf[f] for f, c in counts.items() if f in self._idf
        }
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {f: v / norm for f, v in vector.items()}

    def scores(self, query: dict[str, float]) -> dict[str, float]:
        q = self._vector(query)
        if not q:
            return {}
        return {
            entry: sum(weight * vector.get(f, 0.0) for f, weight in q.items())
            for entry, vector in self._vectors.items()
        }


class FaqMatcher:
    def __init__(self, knowledge: KnowledgeSnapshot, locales: Iterable[str]):
        self._indexes = []
        for locale in locales:
            documents = {
                entry.id: _weighted(
                    (
                        (entry.text(locale).question, WEIGHT_TITLE),
                        (", ".join(entry.text(locale).phrasings), WEIGHT_KEYWORDS),
                        (entry.text(locale).answer, WEIGHT_ANSWER),
                    )
                )
                for entry in knowledge.entries
            }
            self._indexes.append(_Index(documents))

    def rank(self, text: str) -> list[FaqMatch]:
        query = features(text)
        best: dict[str, float] = {}
        for index in self._indexes:
            for entry, score in index.scores(query).items():
                best[entry] = max(best.get(entry, 0.0), score)
        ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
        return [FaqMatch(entry, round(score, 4)) for entry, score in ranked]

    def match(self, text: str, limit: int = 3) -> list[FaqMatch]:
        """The best one to `limit` entries worth showing, or none."""
        ranked = self.rank(text)
        if not ranked or ranked[0].score < MIN_SCORE:
            return []
        floor = max(MIN_SCORE, ranked[0].score * RELATED_RATIO)
        return [m for m in ranked[:limit] if m.score >= floor]
