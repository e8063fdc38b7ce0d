"""Understanding as a service: the model trained once (in a worker thread, so the event loop
never waits), queries answered off the loop, in batches when many arrive together."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Sequence

from bot.core.i18n import Translator
from bot.faq.catalog import FaqCatalog
from bot.understanding.corpus import Example, training_set
from bot.understanding.decision import Understanding, decide
from bot.understanding.encoder import Encoder, SentenceEncoder
from bot.understanding.labels import Intent
from bot.understanding.model import IntentModel

log = logging.getLogger(__name__)


class UnderstandingService:
    def __init__(
        self,
        catalog: FaqCatalog,
        translator: Translator,
        locales: tuple[str, ...],
        encoder: Encoder | None = None,
    ) -> None:
        self._catalog = catalog
        self._translator = translator
        self._locales = locales
        self._encoder = encoder or SentenceEncoder()
        self._model: IntentModel | None = None
        self._lock = threading.Lock()
        self.trained_in: float | None = None  # seconds the last training took

    def examples(self) -> list[Example]:
        return training_set(self._catalog, self._translator, self._locales)

    def train(self) -> IntentModel:
        started = time.perf_counter()
        model = IntentModel(self._encoder).fit(self.examples())
        with self._lock:
            self._model = model
        self.trained_in = time.perf_counter() - started
        log.info("understanding model trained in %.1f s", self.trained_in)
        return model

    def _ready(self) -> IntentModel:
        with self._lock:
            model = self._model
        return model if model is not None else self.train()

    def understand_many(self, texts: Sequence[str]) -> list[Understanding]:
        """Blocking: call from a worker thread (or a command-line tool)."""
        model = self._ready()
        ranked = model.rank(texts)
        urgent = model.probability_of(texts, Intent.URGENT)
        return [decide(r, u) for r, u in zip(ranked, urgent, strict=True)]

    async def understand(self, text: str) -> Understanding:
        (result,) = await asyncio.to_thread(self.understand_many, [text])
        return result

    async def start(self) -> None:
        await asyncio.to_thread(self.train)
