"""The examples the classifier learns from: the phrasings shipped in bot/faq/data (how users
ask, per entry and per intent, in both languages) and each live entry's question and phrasings
from the knowledge base."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from bot.faq.knowledge import KnowledgeSnapshot
from bot.understanding.labels import INTENTS

PHRASING_GLOB = "phrasings*.jsonl"  # every file of phrasings in bot/faq/data, in name order
# Raised when what the classifier reads changes (features.py): a model built before no longer
# fits, even from the same corpus. 2: digits removed.
FEATURES_VERSION = 2


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


def entry_examples(knowledge: KnowledgeSnapshot, locales: tuple[str, ...]) -> list[Example]:
    """Each live entry's question and phrasings, in every language, as examples of itself."""
    examples = []
    for entry in knowledge.entries:
        for locale in locales:
            text = entry.texts.get(locale)
            if text is None:
                continue
            if text.question.strip():
                examples.append(Example(text.question, entry.id))
            examples += [Example(line, entry.id) for line in text.phrasings]
    return examples


def training_set(knowledge: KnowledgeSnapshot, locales: tuple[str, ...]) -> list[Example]:
    """The shipped phrasings of entries still live, plus what the knowledge base says."""
    known = {entry.id for entry in knowledge.entries} | INTENTS
    examples = [e for e in shipped_phrasings() if e.label in known]
    return examples + entry_examples(knowledge, locales)


def fingerprint(examples: Sequence[Example]) -> str:
    """A short hash of what a model learned from: a shipped model is used only while the
    corpus it was trained on is still the one in force."""
    digest = hashlib.sha256(f"features {FEATURES_VERSION}\n".encode())
    for example in examples:
        digest.update(f"{example.label}\t{example.text}\n".encode())
    return digest.hexdigest()[:16]
