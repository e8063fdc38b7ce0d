"""Replicas: an edit made through one replica's knowledge base reaches another's."""

from __future__ import annotations

from bot.core.config import SUPPORTED_LOCALES
from bot.db.knowledge import KnowledgeRepository
from bot.domain.knowledge import EntryField
from bot.faq.knowledge_base import KnowledgeBase
from bot.faq.seed import seed_snapshot


async def test_an_edit_on_one_replica_is_taken_up_by_another(db):
    seed = seed_snapshot(SUPPORTED_LOCALES).all_entries
    here = KnowledgeBase(KnowledgeRepository(db), seed, SUPPORTED_LOCALES)
    there = KnowledgeBase(KnowledgeRepository(db), seed, SUPPORTED_LOCALES)
    await here.start()
    await there.start()
    assert not await there.follow_others()  # nothing new yet
    entry = seed[0]
    await here.edit(entry.id, EntryField.ANSWER, "en", "A new answer from the team.", 7)
    assert there.current.entry(entry.id).text("en").answer != "A new answer from the team."
    assert await there.follow_others()
    assert there.current.entry(entry.id).text("en").answer == "A new answer from the team."
