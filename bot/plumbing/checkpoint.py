"""After an update is handled: mark it done in the inbox and flush PTB's persistence — for
many updates at once. Each update still waits until a checkpoint that started after it was
handled has finished, so what it changed is on disk before its task ends; but under load one
checkpoint serves every update that finished meanwhile, instead of each taking its turn at
PTB's persistence lock (that queue had halved the bot's throughput)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


class Checkpoints:
    def __init__(
        self,
        mark_done: Callable[[list[int]], Awaitable[None]],
        flush: Callable[[], Awaitable[None]],
    ) -> None:
        self._mark_done = mark_done
        self._flush = flush
        self._waiting: list[int] = []
        self._requested = 0
        self._completed = 0
        self._changed = asyncio.Condition()
        self._runner: asyncio.Task[None] | None = None

    async def commit(self, update_id: int) -> None:
        self._waiting.append(update_id)
        self._requested += 1
        ticket = self._requested
        if self._runner is None or self._runner.done():
            self._runner = asyncio.get_running_loop().create_task(self._run())
        async with self._changed:
            await self._changed.wait_for(lambda: self._completed >= ticket)

    async def _run(self) -> None:
        while self._completed < self._requested:
            target = self._requested
            update_ids, self._waiting = self._waiting, []
            try:
                # The same order as one update at a time: done first, then the state.
                await self._mark_done(update_ids)
                await self._flush()
            except Exception:  # waiters must not hang; the next checkpoint tries again
                log.exception("checkpoint of %d updates failed", len(update_ids))
            self._completed = target
            async with self._changed:
                self._changed.notify_all()
