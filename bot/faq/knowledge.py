"""One immutable view of the knowledge base: what users browse and what the matchers learn
from. A change produces a new snapshot; readers holding the old one are never disturbed."""

from __future__ import annotations

from collections.abc import Sequence

from bot.domain.knowledge import EntryStatus, KbEntry
from bot.faq.catalog import CATEGORIES, FaqCategory


class KnowledgeSnapshot:
    def __init__(self, entries: Sequence[KbEntry], category_ids: Sequence[str] | None = None):
        self.all_entries = tuple(sorted(entries, key=lambda e: (e.position, e.id)))
        self._by_id = {e.id: e for e in self.all_entries}
        self.entries = tuple(e for e in self.all_entries if e.status is EntryStatus.LIVE)
        ids = category_ids if category_ids is not None else [c.id for c in CATEGORIES]
        self.categories = tuple(
            FaqCategory(cid, tuple(e.id for e in self.entries if e.category_id == cid))
            for cid in ids
        )
        self._categories = {c.id: c for c in self.categories}

    def category(self, category_id: str) -> FaqCategory | None:
        return self._categories.get(category_id)

    def entry(self, entry_id: str) -> KbEntry | None:
        """A live entry (what users may be shown)."""
        found = self._by_id.get(entry_id)
        return found if found is not None and found.status is EntryStatus.LIVE else None

    def any_entry(self, entry_id: str) -> KbEntry | None:
        """An entry in any status (what the team manages)."""
        return self._by_id.get(entry_id)

    def question(self, entry_id: str, locale: str) -> str:
        found = self._by_id.get(entry_id)
        return found.text(locale).question if found else entry_id

    def answer(self, entry_id: str, locale: str) -> str:
        found = self._by_id.get(entry_id)
        return found.text(locale).answer if found else ""

    def search(self, words: str, limit: int = 8) -> list[KbEntry]:
        """Entries whose id, question, answer or phrasings contain every word of `words`."""
        needles = [w for w in words.casefold().split() if w]
        found = []
        for entry in self.all_entries:
            haystack = " ".join(
                [entry.id]
                + [f"{t.question} {t.answer} {' '.join(t.phrasings)}" for t in entry.texts.values()]
            ).casefold()
            if all(n in haystack for n in needles):
                found.append(entry)
        return found[:limit]

    @property
    def next_position(self) -> int:
        return max((e.position for e in self.all_entries), default=-1) + 1
