"""The intent classifier at answer time: a multinomial logistic regression over character
n-grams (the exact words, typos and all) and a multilingual sentence embedding (the meaning,
across languages). Its weights come from bot/understanding/training.py; answering needs only
NumPy, and the probabilities are the confidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bot.understanding.encoder import Encoder
from bot.understanding.features import GramSpace, normalized, without_digits

__all__ = ["IntentModel", "Scored", "normalized"]

Matrix = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Scored:
    label: str
    probability: float


class IntentModel:
    def __init__(
        self,
        encoder: Encoder,
        space: GramSpace,
        labels: list[str],
        gram_weights: Matrix,  # (labels, n-grams)
        meaning_weights: Matrix,  # (labels, embedding dimensions)
        intercepts: Matrix,  # (labels,)
        fingerprint: str = "",  # what it was trained on (see corpus.fingerprint)
    ) -> None:
        self._encoder = encoder
        self.space = space
        self.labels = labels
        self._grams = gram_weights
        self._meaning = meaning_weights
        self._intercepts = intercepts
        self.fingerprint = fingerprint

    @property
    def meaning_dimensions(self) -> int:
        return int(self._meaning.shape[1])

    def probabilities(self, texts: Sequence[str]) -> Matrix:
        meaning = self._encoder.encode([without_digits(text) for text in texts])
        logits = meaning @ self._meaning.T + self._intercepts
        for i, (columns, values) in enumerate(self.space.rows(texts)):
            logits[i] += self._grams[:, columns] @ values
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        probabilities: Matrix = (exp / exp.sum(axis=1, keepdims=True)).astype(np.float32)
        return probabilities

    def rank(self, texts: Sequence[str], *, top: int = 3) -> list[list[Scored]]:
        """For each text, its `top` most likely labels with their probabilities."""
        return self.ranked(self.probabilities(texts), top=top) if texts else []

    def ranked(self, probabilities: Matrix, *, top: int = 3) -> list[list[Scored]]:
        ranked = []
        for row in probabilities:
            order = np.argsort(row)[::-1][:top]
            ranked.append([Scored(self.labels[i], float(row[i])) for i in order])
        return ranked

    def column(self, probabilities: Matrix, label: str) -> list[float]:
        """Each row's probability of `label` (0 when the model does not know the label)."""
        if label not in self.labels:
            return [0.0] * len(probabilities)
        return [float(p) for p in probabilities[:, self.labels.index(label)]]

    def probability_of(self, texts: Sequence[str], label: str) -> list[float]:
        return self.column(self.probabilities(texts), label) if texts else []

    # ------------------------------------------------------------- storage
    def save(self, path: Path) -> None:
        grams = sorted(self.space.vocabulary, key=self.space.vocabulary.__getitem__)
        np.savez_compressed(
            path,
            grams=np.array(grams, dtype=object).astype(str),
            idf=self.space.idf,
            labels=np.array(self.labels).astype(str),
            gram_weights=self._grams.astype(np.float16),
            meaning_weights=self._meaning,
            intercepts=self._intercepts,
            fingerprint=np.array(self.fingerprint),
        )

    @classmethod
    def load(cls, path: Path, encoder: Encoder) -> IntentModel:
        with np.load(path) as data:
            grams = [str(g) for g in data["grams"]]
            return cls(
                encoder,
                GramSpace({g: i for i, g in enumerate(grams)}, data["idf"].astype(np.float32)),
                [str(label) for label in data["labels"]],
                data["gram_weights"].astype(np.float32),
                data["meaning_weights"].astype(np.float32),
                data["intercepts"].astype(np.float32),
                str(data["fingerprint"]),
            )
