"""Build the shipped intent model (bot/understanding/data/intent_model.npz) from the training
corpus: the phrasings in bot/faq/data and each entry's question and keywords. The held-out
set in benchmarks/data/understanding is never read here.

    python scripts/train_understanding.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.config import SUPPORTED_LOCALES
from bot.faq.seed import seed_snapshot
from bot.understanding.corpus import training_set
from bot.understanding.encoder import SentenceEncoder
from bot.understanding.service import SHIPPED_MODEL
from bot.understanding.training import train


def main() -> None:
    examples = training_set(seed_snapshot(SUPPORTED_LOCALES), SUPPORTED_LOCALES)
    started = time.perf_counter()
    model = train(examples, SentenceEncoder())
    SHIPPED_MODEL.parent.mkdir(parents=True, exist_ok=True)
    model.save(SHIPPED_MODEL)
    size = SHIPPED_MODEL.stat().st_size / 1e6
    print(
        f"{len(examples)} examples, {len(model.labels)} labels, {model.space.size} n-grams:"
        f" trained in {time.perf_counter() - started:.1f} s, {SHIPPED_MODEL} ({size:.1f} MB),"
        f" fingerprint {model.fingerprint}"
    )


if __name__ == "__main__":
    main()
