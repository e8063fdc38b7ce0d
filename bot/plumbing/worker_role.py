"""Replicas: the relays into the agents' group and broadcasts go out from one replica at a
time, the holder of the "sender" lease, so they keep their order and each row goes once; a
standby takes over within seconds when the holder dies. (Answers to a user's update go from
whichever replica handles it; the send budget in the database keeps all of them together
under Telegram's limits.)"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from bot.plumbing.leadership import Leadership

log = logging.getLogger(__name__)

SENDER = "sender"

Step = Callable[[], Awaitable[None]]


class WorkerRole:
    def __init__(self, leadership: Leadership, *, start: Step, stop: Step) -> None:
        self._leadership = leadership
        self._start = start
        self._stop = stop
        self._task: asyncio.Task[None] | None = None
        self.holding = False

    def begin(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="sender-role")

    async def end(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self.holding:
            await self._stop()
            await self._leadership.hand_back()  # a standby takes over at once
            self.holding = False

    async def _run(self) -> None:
        while True:
            try:
                await self._leadership.wait_for_turn()
                self.holding = True
                await self._start()
                while True:
                    await asyncio.sleep(self._leadership.renew_every)
                    if not await self._leadership.keep():
                        break
            except asyncio.CancelledError:
                raise
            except Exception:  # the database away for a moment: let go, and queue again
                log.exception("the sender role failed")
            if self.holding:
                self.holding = False
                await self._stop()
