"""The intent classifier: a logistic regression (scikit-learn) over a sentence embedding (the
meaning, across languages) and character n-grams (the exact words, typos and all). Trained on
the corpus in a second or two; its probabilities are the confidence."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.understanding.corpus import Example
from bot.understanding.encoder import Encoder

REGULARIZATION = 8.0  # LogisticRegression's C, chosen by cross-validation on the corpus only
EMBEDDING_WEIGHT = 1.0
MAX_ITERATIONS = 400


@dataclass(frozen=True, slots=True)
class Scored:
    label: str
    probability: float


def normalized(text: str) -> str:
    """Full-width to half-width, case folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


class IntentModel:
    def __init__(self, encoder: Encoder, *, regularization: float = REGULARIZATION) -> None:
        self._encoder = encoder
        self._ngrams = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True, min_df=1
        )
        self._classifier = LogisticRegression(C=regularization, max_iter=MAX_ITERATIONS)
        self.labels: list[str] = []

    def _features(self, texts: Sequence[str], *, fit: bool = False) -> sparse.csr_matrix:
        clean = [normalized(text) for text in texts]
        grams = self._ngrams.fit_transform(clean) if fit else self._ngrams.transform(clean)
        meaning = sparse.csr_matrix(self._encoder.encode(list(texts)) * EMBEDDING_WEIGHT)
        return sparse.hstack([grams, meaning], format="csr")

    def fit(self, examples: Sequence[Example]) -> IntentModel:
        features = self._features([e.text for e in examples], fit=True)
        self._classifier.fit(features, [e.label for e in examples])
        self.labels = [str(label) for label in self._classifier.classes_]
        return self

    def rank(self, texts: Sequence[str], *, top: int = 3) -> list[list[Scored]]:
        """For each text, its `top` most likely labels with their probabilities."""
        if not texts:
            return []
        probabilities = self._classifier.predict_proba(self._features(texts))
        ranked = []
        for row in probabilities:
            order = np.argsort(row)[::-1][:top]
            ranked.append([Scored(self.labels[i], float(row[i])) for i in order])
        return ranked

    def probability_of(self, texts: Sequence[str], label: str) -> list[float]:
        if label not in self.labels or not texts:
            return [0.0] * len(texts)
        column = self.labels.index(label)
        return [float(p) for p in self._classifier.predict_proba(self._features(texts))[:, column]]
