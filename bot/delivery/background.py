"""A background task that runs rounds until stopped: woken early by wake(), never killed by
an exception in one round, and stopped without cutting a round short."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)

ERROR_WAIT_SECONDS = 1.0

Round = Callable[[], Awaitable[float]]  # does one round; returns seconds until the next


class BackgroundLoop:
    def __init__(self, name: str, run_round: Round, *, idle_seconds: float) -> None:
        self.name = name
        self._round = run_round
        self._idle = idle_seconds
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.stopping = False

    def start(self) -> None:
        self.stopping = False
        self._task = asyncio.get_running_loop().create_task(self._run(), name=self.name)

    def wake(self) -> None:
        self._wake.set()

    async def stop(self, timeout: float) -> None:
        """Let the current round finish (up to `timeout`), then end the task."""
        self.stopping = True
        self._wake.set()
        if self._task is None:
            return
        with contextlib.suppress(asyncio.CancelledError, TimeoutError):
            await asyncio.wait_for(asyncio.shield(self._task), timeout)
        self._task.cancel()

    async def _run(self) -> None:
        while not self.stopping:
            try:
                wait = min(self._idle, await self._round())
            except Exception:  # the loop must survive anything one round throws
                log.exception("%s round failed", self.name)
                wait = ERROR_WAIT_SECONDS
            if self.stopping:
                break
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), max(wait, 0.0))
