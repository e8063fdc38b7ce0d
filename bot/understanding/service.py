"""Understanding as a service: the shipped model (bot/understanding/data) loaded once, or, when
the corpus has changed since it was built, a model trained in a child process (apart.py) that
a worker thread waits for; queries answered off the event loop."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from bot.core.diagnostics import DIAGNOSTICS
from bot.domain.knowledge import FaqCandidate
from bot.faq.knowledge import KnowledgeSnapshot
from bot.understanding.apart import train_apart
from bot.understanding.candidates import AskedText, comparable, group_by_meaning
from bot.understanding.corpus import Example, fingerprint, training_set
from bot.understanding.decision import Understanding, decide
from bot.understanding.encoder import Encoder, SentenceEncoder, shared_encoder
from bot.understanding.labels import Intent
from bot.understanding.model import IntentModel

SHIPPED_MODEL = Path(__file__).with_name("data") / "intent_model.npz"
MAX_BATCH = 64
RECENT = 512  # answers remembered by text

log = logging.getLogger(__name__)


_LOADED: dict[tuple[Path, int], IntentModel] = {}


def _load(path: Path, encoder: Encoder) -> IntentModel:
    """A model file read once per process and encoder (tests start many applications)."""
    key = (path, id(encoder))
    if key not in _LOADED:
        _LOADED[key] = IntentModel.load(path, encoder)
    return _LOADED[key]


class UnderstandingService:
    def __init__(
        self,
        knowledge: KnowledgeSnapshot,
        locales: tuple[str, ...],
        encoder: Encoder | None = None,
        model: IntentModel | None = None,  # a model trained elsewhere (tests, tools)
    ) -> None:
        self._knowledge = knowledge
        self._locales = locales
        self._encoder = encoder or shared_encoder()
        self._model: IntentModel | None = model
        self._lock = threading.Lock()
        self.trained_in: float | None = None  # seconds the last training took
        self._waiting: list[tuple[str, asyncio.Future[Understanding]]] = []
        self._batcher: asyncio.Task[None] | None = None
        self._retraining: asyncio.Task[None] | None = None
        self._stale = False  # the knowledge base changed while a model was being trained
        self._started = False
        # The last answers, by text, with the model that gave them (a new model forgets them).
        self._recent: dict[str, tuple[IntentModel | None, Understanding]] = {}

    def examples(self) -> list[Example]:
        return training_set(self._knowledge, self._locales)

    def follow(self, knowledge: KnowledgeSnapshot) -> None:
        """The knowledge base changed: learn it in the background. The current model keeps
        answering meanwhile (an entry it names that was retired is simply not shown)."""
        self._knowledge = knowledge
        if not self._started:
            return  # start() loads or trains for the knowledge base as it is by then
        self._stale = True
        if self._retraining is None or self._retraining.done():
            self._retraining = asyncio.get_running_loop().create_task(self._retrain())

    async def _retrain(self) -> None:
        while self._stale:
            self._stale = False
            try:
                await asyncio.to_thread(self.train)
            except Exception:  # the old model goes on answering; the next change tries again
                log.exception("retraining the understanding model failed")

    async def settled(self) -> None:
        """Wait for any retraining under way (tests, tools)."""
        while self._retraining is not None and not self._retraining.done():
            await asyncio.shield(self._retraining)

    def train(self) -> IntentModel:
        """The shipped model if it was built from today's corpus, else a fresh one (blocking)."""
        examples = self.examples()
        with self._lock:
            current = self._model
        if current is not None and current.fingerprint == fingerprint(examples):
            return current  # already learned exactly this
        if self.load_shipped():
            return self._ready()
        started = time.perf_counter()
        encoder = self._encoder
        if isinstance(encoder, SentenceEncoder):
            model = train_apart(examples, encoder, encoder.cache_dir)
        else:  # a stand-in encoder (tests) lives only in this process
            from bot.understanding.training import train

            model = train(examples, encoder)
        model.rank(["warm up"])  # loads the encoder's weights now, not on a user's question
        with self._lock:
            self._model = model
        self.trained_in = time.perf_counter() - started
        log.info("understanding model ready in %.1f s", self.trained_in)
        return model

    @property
    def ready(self) -> bool:
        with self._lock:
            return self._model is not None

    def _ready(self) -> IntentModel:
        with self._lock:
            model = self._model
        return model if model is not None else self.train()

    def understand_many(self, texts: Sequence[str]) -> list[Understanding]:
        """Blocking: call from a worker thread (or a command-line tool)."""
        if not texts:
            return []
        model = self._ready()
        probabilities = model.probabilities(texts)  # one encoder pass for the whole batch
        ranked = model.ranked(probabilities)
        urgent = model.column(probabilities, Intent.URGENT)
        return [decide(r, u) for r, u in zip(ranked, urgent, strict=True)]

    async def understand(self, text: str) -> Understanding:
        """Off the event loop, in batches: questions that arrive while a batch is being
        encoded go together in the next one (the encoder costs ~1.2 ms for one sentence and
        ~0.35 ms a sentence in a batch of 64)."""
        model = self._model
        known = self._recent.get(text)
        if known is not None and known[0] is model:
            return known[1]  # e.g. a description triaged, then matched for the agent's card
        future: asyncio.Future[Understanding] = asyncio.get_running_loop().create_future()
        self._waiting.append((text, future))
        if self._batcher is None or self._batcher.done():
            self._batcher = asyncio.get_running_loop().create_task(self._drain())
        result = await future
        self._recent[text] = (model, result)
        if len(self._recent) > RECENT:
            del self._recent[next(iter(self._recent))]  # the oldest
        return result

    async def candidates(self, asked: Sequence[AskedText]) -> list[FaqCandidate]:
        """Unanswered questions grouped by meaning (encoded off the event loop)."""

        def grouped() -> list[FaqCandidate]:
            vectors = self._encoder.encode([comparable(a.text) for a in asked])
            return group_by_meaning(asked, vectors)

        return await asyncio.to_thread(grouped) if asked else []

    async def _drain(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting[:MAX_BATCH], self._waiting[MAX_BATCH:]
            try:
                DIAGNOSTICS.level("understanding.batch_size", len(batch))
                with DIAGNOSTICS.timed("understanding.batch"):
                    texts = [t for t, _ in batch]
                    results = await asyncio.to_thread(self.understand_many, texts)
            except Exception as error:  # every waiting handler hears of it, none hangs
                for _, future in batch:
                    if not future.done():
                        future.set_exception(error)
                continue
            for (_, future), result in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(result)

    def load_shipped(self) -> bool:
        """Use the shipped model if it was built from today's corpus (a second or so)."""
        started = time.perf_counter()
        if not SHIPPED_MODEL.is_file():
            return False
        model = _load(SHIPPED_MODEL, self._encoder)
        if model.meaning_dimensions != self._encoder.dimensions:
            return False  # built with another encoder (a test's stand-in)
        if model.fingerprint != fingerprint(self.examples()):
            log.info("the corpus changed since the shipped model was built")
            return False
        model.rank(["warm up"])  # loads the encoder's weights now, not on a user's question
        with self._lock:
            self._model = model
        self.trained_in = time.perf_counter() - started
        return True

    async def start(self) -> asyncio.Task[None] | None:
        """Ready before the first update when the shipped model fits (loaded off the loop);
        otherwise trained in the background while the simple matcher answers."""
        self._started = True
        if await asyncio.to_thread(self.load_shipped):
            return None
        self.follow(self._knowledge)
        return self._retraining
