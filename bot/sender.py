"""`python -m bot sender`: the desk's outbox sent from a process of its own (SENDER_PROCESS).
The bot starts it (bot/plumbing/sender_child.py) and writes a byte to its standard input when
rows are waiting; the input's end means the bot is gone: finish the sends in flight and exit."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

import uvloop

from bot.app import build_bot
from bot.core.config import Settings
from bot.runtime.services import build_services

log = logging.getLogger(__name__)


async def serve(settings: Settings) -> None:
    services = build_services(settings)
    await services.db.connection()
    bot = build_bot(settings, services)
    await bot.initialize()
    try:
        await services.desk.start(bot, sending=True)
        log.info("sending the outbox")
        reader = asyncio.StreamReader()
        loop = asyncio.get_running_loop()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while await reader.read(4096):  # each byte: rows are waiting; b"": the bot is gone
            services.desk.queue.wake()
    finally:
        await services.desk.stop()
        await bot.shutdown()
        await services.db.close()
    log.info("outbox process stopped")


def run(settings: Settings) -> int:
    # Ctrl-C in a terminal reaches the whole process group: the bot decides when this stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    asyncio.run(serve(settings))
    return 0
