"""Training in a child process. Fitting the model holds SciPy, scikit-learn and the training
matrices: the bot's process peaked at 776 MB during a retrain (112 MB before). In a child
that memory goes back to the system when the child exits; the bot only reads the finished
model file."""

from __future__ import annotations

import multiprocessing
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bot.understanding.corpus import Example
from bot.understanding.encoder import Encoder
from bot.understanding.model import IntentModel


def _train_to_file(examples: list[Example], path: str, cache_dir: str) -> None:
    from bot.understanding.encoder import SentenceEncoder
    from bot.understanding.training import train

    train(examples, SentenceEncoder(Path(cache_dir))).save(Path(path))


def train_apart(examples: list[Example], encoder: Encoder, cache_dir: Path) -> IntentModel:
    """Train on `examples` in a fresh process (spawned: nothing of the bot's state is copied)
    and load the result here, with this process's encoder (blocking)."""
    with tempfile.TemporaryDirectory(prefix="tpwallet-model-") as folder:
        path = Path(folder) / "model.npz"
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as child:
            child.submit(_train_to_file, examples, str(path), str(cache_dir)).result()
        return IntentModel.load(path, encoder)
