"""Running on a webhook instead of long polling: the bot's server takes Telegram's POSTs
(ops_server.Intake), and SIGTERM drains: new POSTs get 503 (Telegram retries them), updates
in flight are finished, then the process ends. The webhook stays set for the next start or
another replica."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.core.config import Settings
from bot.db.health import QueueDepths
from bot.plumbing.ops_server import Intake, OpsServer
from bot.plumbing.transport import SupportBot

log = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
Depths = Callable[[], Awaitable[QueueDepths]]


async def serve_webhook(application: AnyApplication, settings: Settings, depths: Depths) -> None:
    assert settings.webhook_url and settings.webhook_secret
    bot = application.bot
    assert isinstance(bot, SupportBot)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    secret = settings.webhook_secret.get_secret_value()
    intake = Intake(bot, application.update_queue, secret, settings.webhook_path)
    server = OpsServer(running=lambda: application.running, depths=depths, intake=intake)
    await application.initialize()
    try:
        if application.post_init is not None:
            await application.post_init(application)
        intake.replicas = getattr(application, "replica_set", None)
        await server.start(settings.webhook_listen, settings.webhook_port)
        await application.start()
        await bot.set_webhook(
            settings.webhook_url, secret_token=secret, allowed_updates=Update.ALL_TYPES
        )
        log.info("taking updates at the webhook")
        await stop.wait()
        log.info("draining: refusing new updates, finishing the ones in flight")
        intake.draining = True
        await application.stop()
        if application.post_stop is not None:
            await application.post_stop(application)
        await server.stop()
    finally:
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)


async def serve_ops(settings: Settings, application: AnyApplication, depths: Depths) -> OpsServer:
    """Polling mode: /healthz, /readyz and /metrics on OPS_PORT."""
    assert settings.ops_port is not None
    server = OpsServer(running=lambda: application.running, depths=depths)
    await server.start(settings.ops_listen, settings.ops_port)
    return server
