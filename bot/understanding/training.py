"""Fitting the intent classifier (scikit-learn, imported only here: the bot answers without
it). Used by scripts/train_understanding.py to build the shipped model, and at run time when
the corpus no longer matches the shipped one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from bot.understanding.corpus import Example, fingerprint
from bot.understanding.encoder import Encoder
from bot.understanding.features import GramSpace, without_digits
from bot.understanding.model import IntentModel

REGULARIZATION = 8.0  # LogisticRegression's C, chosen by cross-validation on the corpus only
MAX_ITERATIONS = 500
WEIGHED_AS = 60  # examples a small label counts as (see balanced_weights)


def design(space: GramSpace, encoder: Encoder, texts: Sequence[str]) -> sparse.csr_matrix:
    rows = space.rows(texts)
    data = np.concatenate([values for _, values in rows]) if rows else np.zeros(0)
    columns = np.concatenate([cols for cols, _ in rows]) if rows else np.zeros(0, dtype=int)
    pointers = np.cumsum([0, *(len(cols) for cols, _ in rows)])
    grams = sparse.csr_matrix((data, columns, pointers), shape=(len(texts), space.size))
    meaning = sparse.csr_matrix(encoder.encode([without_digits(text) for text in texts]))
    return sparse.hstack([grams, meaning], format="csr")


def balanced_weights(labels: Sequence[str]) -> np.ndarray:
    """An entry the team added with a handful of phrasings weighs as much as one with
    WEIGHED_AS examples; labels with more keep weight 1 (every shipped label has at least 70),
    so the shipped entries are learned exactly as before."""
    counts = Counter(labels)
    return np.array([max(1.0, WEIGHED_AS / counts[label]) for label in labels])


def train(
    examples: Sequence[Example], encoder: Encoder, *, regularization: float = REGULARIZATION
) -> IntentModel:
    texts = [e.text for e in examples]
    space = GramSpace.fit(texts)
    classifier = LogisticRegression(C=regularization, max_iter=MAX_ITERATIONS)
    labels = [e.label for e in examples]
    classifier.fit(design(space, encoder, texts), labels, sample_weight=balanced_weights(labels))
    weights = np.asarray(classifier.coef_, dtype=np.float32)
    return IntentModel(
        encoder,
        space,
        [str(label) for label in classifier.classes_],
        weights[:, : space.size],
        weights[:, space.size :],
        np.asarray(classifier.intercept_, dtype=np.float32),
        fingerprint(examples),
    )
