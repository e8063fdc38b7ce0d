"""Live updates: one watcher asks the database for its change mark a few times a second (so a
change made by any replica, or by the Telegram desk, is seen) and tells every open page
through server-sent events; the page then fetches its changing part again."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

log = logging.getLogger(__name__)

POLL_SECONDS = 0.2
HEARTBEAT_SECONDS = 15.0


class ChangeWatcher:
    def __init__(self, mark: Callable[[], Awaitable[str]]) -> None:
        self._mark = mark
        self._listeners: set[asyncio.Queue[str]] = set()
        self._task: asyncio.Task[None] | None = None
        self.current = ""

    def start(self) -> None:
        self._task = asyncio.create_task(self._watch(), name="web-desk-changes")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _watch(self) -> None:
        while True:
            try:
                mark = await self._mark()
            except Exception:  # the database away for a moment: keep watching
                log.exception("web desk: could not read the change mark")
                mark = self.current
            if mark != self.current:
                self.current = mark
                for listener in self._listeners:
                    if listener.empty():  # one pending refresh is enough
                        listener.put_nowait(mark)
            await asyncio.sleep(POLL_SECONDS)

    async def changes(self) -> AsyncIterator[str | None]:
        """Each change mark as it comes; None after a quiet while (a heartbeat to send)."""
        queue: asyncio.Queue[str] = asyncio.Queue(maxsize=1)
        self._listeners.add(queue)
        try:
            while True:
                try:
                    yield await asyncio.wait_for(queue.get(), HEARTBEAT_SECONDS)
                except TimeoutError:
                    yield None
        finally:
            self._listeners.discard(queue)
