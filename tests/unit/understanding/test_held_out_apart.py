"""The held-out splits stay apart from what the model learns from: no training phrasing is
the same message (ignoring case, width and punctuation) as any held-out case, so a figure on
a split is a figure on messages the model never saw."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from bot.understanding.corpus import shipped_phrasings

SPLITS = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "understanding"


def _same_message(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).lower())


def test_no_training_phrasing_is_a_held_out_case():
    held_out = {
        _same_message(json.loads(line)["text"]): path.parent.name
        for path in SPLITS.glob("*/*.jsonl")
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    }
    assert len(held_out) > 11000  # eval, split2 … split11
    shared = [
        (example.text, held_out[_same_message(example.text)])
        for example in shipped_phrasings()
        if _same_message(example.text) in held_out
    ]
    assert shared == []
