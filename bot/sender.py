"""`python -m bot sender`: the desk's outbox sent from a process of its own (SENDER_PROCESS).
The bot starts it (bot/plumbing/sender_child.py) and writes a byte to its standard input when
rows are waiting; the input's end means the bot is gone: finish the sends in flight and exit."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

import uvloop

from bot.core.config import Settings
from bot.faq.knowledge_base import KnowledgeBase
from bot.plumbing.bot_client import build_bot
from bot.runtime.services import build_services

log = logging.getLogger(__name__)

KNOWLEDGE_CHECK_SECONDS = 5.0


async def serve(settings: Settings) -> None:
    services = build_services(settings)
    await services.db.connection()
    bot = build_bot(settings, services)
    await bot.initialize()
    # The cards name the suggested answers by the team's entries, edited in the bot's process.
    await services.knowledge.start()
    following = asyncio.create_task(_follow_knowledge_edits(services.knowledge))
    try:
        await services.desk.start(bot, sending=True)
        log.info("sending the outbox")
        reader = asyncio.StreamReader()
        loop = asyncio.get_running_loop()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while await reader.read(4096):  # each byte: rows are waiting; b"": the bot is gone
            services.desk.queue.wake()
    finally:
        following.cancel()
        await services.desk.stop()
        await bot.shutdown()
        await services.db.close()
    log.info("outbox process stopped")


async def _follow_knowledge_edits(knowledge: KnowledgeBase) -> None:
    while True:
        await asyncio.sleep(KNOWLEDGE_CHECK_SECONDS)
        try:
            await knowledge.follow_others()
        except Exception:  # a busy database now and then: the next look takes it up
            log.exception("could not read the knowledge base's changes")


def run(settings: Settings) -> int:
    # Ctrl-C in a terminal reaches the whole process group: the bot decides when this stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    asyncio.run(serve(settings))
    return 0
