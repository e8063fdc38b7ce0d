"""The examples the classifier learns from: the phrasings shipped in bot/faq/data (how users
ask, per entry and per intent, in both languages) and each entry's own question and keywords."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from bot.core.i18n import Translator
from bot.faq.catalog import FaqCatalog
from bot.understanding.labels import INTENTS

PHRASING_GLOB = "phrasings*.jsonl"  # every file of phrasings in bot/faq/data, in name order


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str  # an FAQ entry id or an Intent value


def shipped_phrasings() -> list[Example]:
    folder = Path(str(resources.files("bot.faq").joinpath("data")))
    examples: list[Example] = []
    for source in sorted(folder.glob(PHRASING_GLOB)):
        for line in source.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                examples.append(Example(str(row["text"]), str(row["label"])))
    return examples


def entry_examples(
    catalog: FaqCatalog, translator: Translator, locales: tuple[str, ...]
) -> list[Example]:
    """Each entry's question and keyword lines, in every language, as examples of itself."""
    examples = []
    for entry in catalog.entries:
        for locale in locales:
            examples.append(Example(translator.t(locale, entry.message_key), entry.id))
            keywords = translator.attribute(locale, entry.message_key, "keywords")
            examples += [Example(line, entry.id) for line in keywords.split(",") if line.strip()]
    return examples


def training_set(
    catalog: FaqCatalog, translator: Translator, locales: tuple[str, ...]
) -> list[Example]:
    known = {entry.id for entry in catalog.entries} | INTENTS
    examples = [e for e in shipped_phrasings() if e.label in known]
    return examples + entry_examples(catalog, translator, locales)


def fingerprint(examples: Sequence[Example]) -> str:
    """A short hash of what a model learned from: a shipped model is used only while the
    corpus it was trained on is still the one in force."""
    digest = hashlib.sha256()
    for example in examples:
        digest.update(f"{example.label}\t{example.text}\n".encode())
    return digest.hexdigest()[:16]
