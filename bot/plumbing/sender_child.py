"""The outbox's own process (SENDER_PROCESS): started, watched and stopped from the bot. The
bot tells it that rows are waiting by writing a byte to its standard input (it also looks on
its own every half second); when that input closes (the bot stopped, or died) it finishes the
sends in flight and exits, so it never outlives the bot."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys

log = logging.getLogger(__name__)

RESTART_SECONDS = 1.0
STOP_SECONDS = 15.0
COMMAND = (sys.executable, "-m", "bot", "sender")


class SenderChild:
    def __init__(self, command: tuple[str, ...] = COMMAND) -> None:
        self._command = command
        self._process: asyncio.subprocess.Process | None = None
        self._watch: asyncio.Task[None] | None = None
        self._stopping = False

    async def start(self) -> None:
        await self._spawn()
        self._watch = asyncio.create_task(self._keep_running())

    def wake(self) -> None:
        process = self._process
        if process is None or process.stdin is None or process.stdin.is_closing():
            return
        with contextlib.suppress(ConnectionError, RuntimeError):
            process.stdin.write(b"\n")

    async def stop(self) -> None:
        self._stopping = True
        if self._watch is not None:
            self._watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watch
        process = self._process
        if process is None or process.returncode is not None:
            return
        if process.stdin is not None:
            process.stdin.close()  # the child's signal to finish and exit
        try:
            await asyncio.wait_for(process.wait(), STOP_SECONDS)
        except TimeoutError:
            log.error("the outbox process did not stop in %s s: killed", STOP_SECONDS)
            process.kill()
            await process.wait()

    async def _spawn(self) -> None:
        self._process = await asyncio.create_subprocess_exec(
            *self._command, stdin=asyncio.subprocess.PIPE, env=dict(os.environ)
        )
        log.info("outbox process %s started", self._process.pid)

    async def _keep_running(self) -> None:
        while not self._stopping:
            assert self._process is not None
            code = await self._process.wait()
            if self._stopping:
                return
            log.error("the outbox process exited (%s): starting it again", code)
            await asyncio.sleep(RESTART_SECONDS)
            await self._spawn()
