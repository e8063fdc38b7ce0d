"""The entries the bot ships with: the catalog's ids and grouping, their texts from
locales/*/faq.ftl (`faq-<entry>` the question, `.answer`, `.keywords` comma-separated). They
seed a new database's knowledge base and are what `ask` uses without a database."""

from __future__ import annotations

from bot.core.i18n import Translator
from bot.domain.knowledge import EntryText, KbEntry
from bot.faq.catalog import FaqCatalog
from bot.faq.knowledge import KnowledgeSnapshot


def seed_entries(
    catalog: FaqCatalog, translator: Translator, locales: tuple[str, ...]
) -> list[KbEntry]:
    entries = []
    for position, entry in enumerate(catalog.entries):
        texts = {}
        for locale in locales:
            keywords = translator.attribute(locale, entry.message_key, "keywords")
            texts[locale] = EntryText(
                question=translator.t(locale, entry.message_key),
                answer=translator.attribute(locale, entry.message_key, "answer"),
                phrasings=tuple(k.strip() for k in keywords.split(",") if k.strip()),
            )
        entries.append(KbEntry(entry.id, entry.category_id, texts, position=position))
    return entries


def seed_snapshot(locales: tuple[str, ...]) -> KnowledgeSnapshot:
    """The shipped knowledge base, as `ask` without a database and the shipped model see it."""
    translator = Translator("zh")  # asked for each locale's text: its default is not used
    return KnowledgeSnapshot(seed_entries(FaqCatalog(), translator, locales))
