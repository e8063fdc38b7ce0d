"""The knowledge base as data: entries with a question, an answer and example phrasings per
language, every change kept as a version (who, when, before and after)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum


class EntryStatus(StrEnum):
    LIVE = "live"  # answered and matched
    DRAFT = "draft"  # being written (e.g. from an FAQ candidate): not shown to users yet
    RETIRED = "retired"  # kept for its history; no longer answered


class EntryField(StrEnum):
    QUESTION = "question"
    ANSWER = "answer"
    PHRASINGS = "phrasings"  # one per line
    CATEGORY = "category"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class EntryText:
    question: str = ""
    answer: str = ""
    phrasings: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return bool(self.question.strip() and self.answer.strip())


@dataclass(frozen=True, slots=True)
class KbEntry:
    id: str
    category_id: str
    texts: Mapping[str, EntryText] = field(default_factory=dict)  # by locale
    status: EntryStatus = EntryStatus.LIVE
    version: int = 1
    position: int = 0  # order within the knowledge base (today's catalog order first)

    def text(self, locale: str) -> EntryText:
        """The entry in `locale`, or, if it was not written in that language, in another."""
        own = self.texts.get(locale)
        if own is not None and own.complete:
            return own
        others = [t for t in self.texts.values() if t.complete]
        return others[0] if others else own or EntryText()

    def with_text(self, locale: str, text: EntryText) -> KbEntry:
        return replace(self, texts={**self.texts, locale: text})


@dataclass(frozen=True, slots=True)
class KbChange:
    """One version of an entry: what changed from the version before it."""

    entry_id: str
    version: int
    actor_id: int
    at: datetime
    what: EntryField
    locale: str | None  # None for category and status
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class FaqCandidate:
    """Unanswered questions that mean the same: an entry the knowledge base may be missing."""

    key: int  # the id of its most typical question: names the group across recomputations
    count: int
    examples: tuple[str, ...]  # distinct texts, the most typical first
    question_ids: tuple[int, ...]
    locales: tuple[tuple[str, int], ...]  # (locale, questions), most first
