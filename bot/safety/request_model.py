"""A learned second opinion on whether an agent's message asks for a secret.

The rules in `requests` read a message clause by clause; each new author of test messages still
found phrasings they had not seen. This model reads the same message as character n-grams and
words (hashed), plus which of the rules' word groups occur and what the rules decided, and was
fitted on the labelled corpus (`scripts/train_request_model.py`). It ships with the package as
a small weight file and runs on NumPy: nothing is downloaded.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bot.safety import request_words

BUCKETS = 1 << 18
NGRAM_SIZES = (1, 2, 3, 4)
NGRAM_SPAN = 1_000  # characters the model reads (in ~4 ms); the rules read the whole message
MODEL_PATH = Path(__file__).with_name("data") / "request_model.npz"

# The rules' word groups: that a message names a secret, asks, warns, points at the app…
_WORD_GROUPS = tuple(
    sorted(
        name
        for name in dir(request_words)
        if name.isupper() and isinstance(getattr(request_words, name), re.Pattern)
    )
)


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % BUCKETS


def features(meant: str, *, rules_ask: bool) -> npt.NDArray[np.int64]:
    """Hashed feature indexes of a message already read as meant (`request_words.as_meant`)."""
    padded = f" {meant[:NGRAM_SPAN]} "
    found = {
        _bucket(f"{n}{padded[i : i + n]}") for n in NGRAM_SIZES for i in range(len(padded) - n + 1)
    }
    found.update(_bucket(f"w{word}") for word in padded.split())
    found.update(
        _bucket(f"rx{name}") for name in _WORD_GROUPS if getattr(request_words, name).search(padded)
    )
    if rules_ask:
        found.add(_bucket("rules"))
    return np.fromiter(sorted(found), dtype=np.int64, count=len(found))


@dataclass(frozen=True, slots=True)
class RequestModel:
    weights: npt.NDArray[np.float32]  # one per bucket
    bias: float
    threshold: float

    def probability(self, indexes: npt.NDArray[np.int64]) -> float:
        z = float(self.weights[indexes].sum()) / np.sqrt(max(len(indexes), 1)) + self.bias
        return float(1.0 / (1.0 + np.exp(-z)))

    def asks(self, indexes: npt.NDArray[np.int64]) -> bool:
        return self.probability(indexes) >= self.threshold

    def save(self, path: Path, trained_on: str) -> None:
        used = np.flatnonzero(self.weights)
        np.savez_compressed(
            path,
            index=used.astype(np.int32),
            weight=self.weights[used].astype(np.float16),
            bias=np.float64(self.bias),
            threshold=np.float64(self.threshold),
            trained_on=np.str_(trained_on),
        )


def load(path: Path = MODEL_PATH) -> RequestModel:
    with np.load(path) as data:
        weights = np.zeros(BUCKETS, dtype=np.float32)
        weights[data["index"]] = data["weight"].astype(np.float32)
        return RequestModel(weights, float(data["bias"]), float(data["threshold"]))


@lru_cache(maxsize=1)
def shipped_model() -> RequestModel:
    return load()


def fit(
    examples: list[npt.NDArray[np.int64]],
    labels: list[bool],
    *,
    epochs: int = 30,
    rate: float = 0.2,
    decay: float = 1e-5,
    seed: int = 20261125,
) -> RequestModel:
    """Logistic regression by plain SGD, the two classes weighted equally (requests are the
    minority). Deterministic for a given seed."""
    weights = np.zeros(BUCKETS, dtype=np.float64)
    bias = 0.0
    target = np.array(labels, dtype=np.float64)
    share = min(max(target.mean(), 1e-6), 1 - 1e-6)
    class_weight = np.where(target > 0, 0.5 / share, 0.5 / (1 - share))
    scale = [1.0 / np.sqrt(max(len(x), 1)) for x in examples]
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        for i in rng.permutation(len(examples)):
            indexes = examples[i]
            z = weights[indexes].sum() * scale[i] + bias
            error = (1.0 / (1.0 + np.exp(-z)) - target[i]) * class_weight[i]
            weights[indexes] -= rate * (error * scale[i] + decay * weights[indexes])
            bias -= rate * error * 0.1
    return RequestModel(weights.astype(np.float32), bias, 0.5)
