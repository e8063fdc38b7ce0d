"""The knowledge base the team grows from Telegram: entries are added, edited per language and
retired; every change is a new version (who, when, before/after) and is live at once: the
snapshot is swapped and listeners (the matchers) rebuild in the background."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.core.clock import utc_now
from bot.db.knowledge import KnowledgeRepository
from bot.domain.knowledge import EntryField, EntryStatus, EntryText, KbChange, KbEntry
from bot.faq.knowledge import KnowledgeSnapshot

log = logging.getLogger(__name__)

ENTRY_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$")
MAX_QUESTION, MAX_ANSWER, MAX_PHRASING, MAX_PHRASINGS = 200, 3500, 200, 100

Listener = Callable[[KnowledgeSnapshot], None]


class KnowledgeError(Exception):
    """A change the knowledge base refuses; `key` names the message that says why."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key, self.params = key, params


class KnowledgeBase:
    def __init__(
        self,
        repository: KnowledgeRepository,
        seed: Sequence[KbEntry],
        locales: tuple[str, ...],
        unsafe: Callable[[str], bool] = lambda text: False,  # text that holds or asks for a secret
    ) -> None:
        self._repository = repository
        self._seed = list(seed)
        self.locales = locales
        self._unsafe = unsafe
        self.current = KnowledgeSnapshot(self._seed)
        self._listeners: list[Listener] = []
        self._changes_seen = 0
        self._writing = asyncio.Lock()  # one change at a time: each builds on the last version

    def on_change(self, listener: Listener) -> None:
        self._listeners.append(listener)

    async def start(self) -> None:
        """Import the shipped entries into a new database, then serve what the database has."""
        if await self._repository.seed_once(self._seed):
            log.info("knowledge base seeded with %d entries", len(self._seed))
        await self._reload()

    async def follow_others(self) -> bool:
        """Replicas: take up the entries another replica changed; True if there were any."""
        async with self._writing:
            made = await self._repository.changes_made()
            if made == self._changes_seen:
                return False
            await self._reload()
            return True

    async def _reload(self) -> None:
        self._changes_seen = await self._repository.changes_made()
        self.current = KnowledgeSnapshot(await self._repository.load())
        for listener in self._listeners:
            listener(self.current)

    async def history(self, entry_id: str) -> list[KbChange]:
        return await self._repository.history(entry_id)

    # ------------------------------------------------------------------ changes
    async def add(
        self, entry_id: str, category_id: str, actor_id: int, *, draft_from: Sequence[str] = ()
    ) -> KbEntry:
        """A new draft entry; its texts are written next, and it goes live when published.
        `draft_from`: questions users asked (an FAQ candidate), kept as its phrasings."""
        async with self._writing:
            return await self._add_unlocked(entry_id, category_id, actor_id, draft_from=draft_from)

    async def edit(
        self, entry_id: str, what: EntryField, locale: str, value: str, actor_id: int
    ) -> KbEntry:
        """Replace the question, the answer or the phrasings (one per line) in one language."""
        async with self._writing:
            return await self._edit_unlocked(entry_id, what, locale, value, actor_id)

    async def set_status(self, entry_id: str, status: EntryStatus, actor_id: int) -> KbEntry:
        """Publish (LIVE) or retire an entry. Publishing needs a question and an answer in at
        least one language (users of the other language read that one until it is written)."""
        async with self._writing:
            return await self._set_status_unlocked(entry_id, status, actor_id)

    async def _add_unlocked(
        self, entry_id: str, category_id: str, actor_id: int, *, draft_from: Sequence[str] = ()
    ) -> KbEntry:
        entry_id = entry_id.strip().lower()
        if not ENTRY_ID.match(entry_id):
            raise KnowledgeError("kb-error-id-format")
        if self.current.any_entry(entry_id) is not None:
            raise KnowledgeError("kb-error-id-taken", id=entry_id)
        if self.current.category(category_id) is None:
            raise KnowledgeError("kb-error-unknown-category")
        phrasings = tuple(p[:MAX_PHRASING] for p in draft_from if p.strip())[:MAX_PHRASINGS]
        entry = KbEntry(
            entry_id,
            category_id,
            {locale: EntryText() for locale in self.locales},
            status=EntryStatus.DRAFT,
            position=self.current.next_position,
        )
        if phrasings:
            entry = entry.with_text(self.locales[0], EntryText(phrasings=phrasings))
        change = self._change(entry, EntryField.STATUS, None, "", EntryStatus.DRAFT.value, actor_id)
        await self._repository.save(entry, [change])
        await self._reload()
        return entry

    async def _edit_unlocked(
        self, entry_id: str, what: EntryField, locale: str, value: str, actor_id: int
    ) -> KbEntry:
        entry = self._existing(entry_id)
        if locale not in self.locales:
            raise KnowledgeError("kb-error-locale")
        value = self._checked(what, value)
        old = entry.texts.get(locale, EntryText())
        if what is EntryField.QUESTION:
            before, new = old.question, replace(old, question=value)
        elif what is EntryField.ANSWER:
            before, new = old.answer, replace(old, answer=value)
        elif what is EntryField.PHRASINGS:
            lines = tuple(line.strip() for line in value.splitlines() if line.strip())
            before, new = "\n".join(old.phrasings), replace(old, phrasings=lines)
        else:
            raise KnowledgeError("kb-error-field")
        return await self._commit(
            entry.with_text(locale, new), what, locale, before, value, actor_id
        )

    async def _set_status_unlocked(
        self, entry_id: str, status: EntryStatus, actor_id: int
    ) -> KbEntry:
        entry = self._existing(entry_id)
        if status is EntryStatus.LIVE and not any(t.complete for t in entry.texts.values()):
            raise KnowledgeError("kb-error-incomplete")
        if status is entry.status:
            return entry
        updated = replace(entry, status=status)
        return await self._commit(
            updated, EntryField.STATUS, None, entry.status.value, status.value, actor_id
        )

    # ------------------------------------------------------------------ helpers
    def _existing(self, entry_id: str) -> KbEntry:
        entry = self.current.any_entry(entry_id)
        if entry is None:
            raise KnowledgeError("kb-error-unknown-entry", id=entry_id)
        return entry

    def _checked(self, what: EntryField, value: str) -> str:
        value = value.strip()
        limit = {EntryField.QUESTION: MAX_QUESTION, EntryField.ANSWER: MAX_ANSWER}.get(
            what, MAX_PHRASING * MAX_PHRASINGS
        )
        if not value:
            raise KnowledgeError("kb-error-empty")
        if len(value) > limit:
            raise KnowledgeError("kb-error-too-long", limit=limit)
        if self._unsafe(value):
            raise KnowledgeError("kb-error-secret")
        return value

    def _change(
        self,
        entry: KbEntry,
        what: EntryField,
        locale: str | None,
        before: str,
        after: str,
        actor_id: int,
    ) -> KbChange:
        return KbChange(entry.id, entry.version, actor_id, utc_now(), what, locale, before, after)

    async def _commit(
        self,
        entry: KbEntry,
        what: EntryField,
        locale: str | None,
        before: str,
        after: str,
        actor_id: int,
    ) -> KbEntry:
        entry = replace(entry, version=entry.version + 1)
        await self._repository.save(
            entry, [self._change(entry, what, locale, before, after, actor_id)]
        )
        await self._reload()
        return entry
