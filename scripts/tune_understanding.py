"""Choose the classifier's settings on the TRAINING corpus only (never on the held-out set):
5-fold cross-validation over the shipped phrasings for a few regularization strengths and
embedding weights, then the thresholds (answer, urgent) read off the out-of-fold probabilities.

    python scripts/tune_understanding.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.config import SUPPORTED_LOCALES
from bot.faq.seed import seed_snapshot
from bot.understanding import training
from bot.understanding.corpus import Example, training_set
from bot.understanding.encoder import SentenceEncoder, Vectors
from bot.understanding.labels import INTENTS


class CachedEncoder:
    """Each text encoded once for the whole search."""

    dimensions = 512

    def __init__(self) -> None:
        self._inner = SentenceEncoder()
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts: list[str]) -> Vectors:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            for text, vector in zip(missing, self._inner.encode(missing), strict=True):
                self._cache[text] = vector
        return np.stack([self._cache[t] for t in texts]).astype(np.float32)


def out_of_fold(examples: list[Example], encoder: CachedEncoder, c: float) -> np.ndarray:
    labels = np.array([e.label for e in examples])
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
    names = sorted(set(labels))
    probabilities = np.zeros((len(examples), len(names)))
    for train, test in folds.split(np.zeros(len(labels)), labels):
        model = training.train([examples[i] for i in train], encoder, regularization=c)
        ranked = model.probabilities([examples[i].text for i in test])
        columns = [names.index(label) for label in model.labels]
        probabilities[np.ix_(test, columns)] = ranked
    return probabilities


def summary(examples: list[Example], probabilities: np.ndarray) -> None:
    names = sorted({e.label for e in examples})
    truth = np.array([names.index(e.label) for e in examples])
    top = probabilities.argmax(axis=1)
    entry_rows = np.array([e.label not in INTENTS for e in examples])
    print(
        f"    top-1 on entries {np.mean(top[entry_rows] == truth[entry_rows]):.3f}"
        f"  on everything {np.mean(top == truth):.3f}"
    )
    urgent = names.index("urgent")
    is_urgent = truth == urgent
    for threshold in (0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
        flagged = probabilities[:, urgent] >= threshold
        print(
            f"    urgent at {threshold:.2f}: recall {np.mean(flagged[is_urgent]):.3f}"
            f"  false alarms {np.mean(flagged[~is_urgent]):.3f}"
        )
    best = probabilities.max(axis=1)
    for threshold in (0.3, 0.4, 0.5, 0.55, 0.6, 0.7):
        answered = entry_rows & (best >= threshold) & (top == truth)
        wrong = entry_rows & (best >= threshold) & (top != truth)
        print(
            f"    answer at {threshold:.2f}: right {answered.sum()}  wrong {wrong.sum()}"
            f"  of {entry_rows.sum()}"
        )


def main() -> None:
    examples = training_set(seed_snapshot(SUPPORTED_LOCALES), SUPPORTED_LOCALES)
    print(f"{len(examples)} training examples")
    encoder = CachedEncoder()
    for c in (2.0, 8.0, 32.0):
        print(f"  C {c}")
        summary(examples, out_of_fold(examples, encoder, c))


if __name__ == "__main__":
    main()
