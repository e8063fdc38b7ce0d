"""A stand-in for the sentence encoder (a dependency, loaded from a 30 MB wheel): hashed
character bigrams, so tests train in milliseconds and the classifier still has a signal."""

from __future__ import annotations

import zlib

import numpy as np

from bot.understanding.encoder import Vectors


class HashedEncoder:
    dimensions = 64

    def encode(self, texts: list[str]) -> Vectors:
        vectors = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for i in range(len(text) - 1):
                vectors[row, zlib.crc32(text[i : i + 2].encode()) % self.dimensions] += 1.0
            norm = float(np.linalg.norm(vectors[row])) or 1.0
            vectors[row] /= norm
        return vectors
