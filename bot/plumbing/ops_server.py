"""The bot's own HTTP server: Telegram's webhook (webhook mode), and what operators and
orchestrators ask: /healthz (the process answers), /readyz (it takes updates: started, the
database answers, not draining), /metrics (Prometheus text)."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from telegram import Update

from bot.core.metrics import BROADCAST_DEPTH, INBOX_DEPTH, OUTBOX_DEPTH
from bot.db.health import QueueDepths
from bot.plumbing.replicas import FORWARDED_HEADER, ReplicaSet, Route
from bot.plumbing.transport import SupportBot
from bot.plumbing.update_order import order_key

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_UPDATE_BYTES = 1024 * 1024  # an update is a few KB; files arrive as ids


@dataclass
class Intake:
    """Where a webhook POST goes: checked, screened and stored, then queued for handling."""

    bot: SupportBot
    queue: asyncio.Queue[object]
    secret: str
    path: str
    draining: bool = False
    replicas: ReplicaSet | None = None  # several replicas: each chat's updates go to its owner


class OpsServer:
    def __init__(
        self,
        *,
        running: Callable[[], bool],
        depths: Callable[[], Awaitable[QueueDepths]],
        intake: Intake | None = None,
    ) -> None:
        self._running = running
        self._depths = depths
        self.intake = intake
        self._runner: web.AppRunner | None = None
        self.address = ""

    async def start(self, host: str, port: int) -> str:
        app = web.Application(client_max_size=MAX_UPDATE_BYTES)
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        app.router.add_get("/metrics", self._metrics)
        if self.intake is not None:
            app.router.add_post(self.intake.path, self._webhook)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, host, port).start()
        bound_host, bound_port = self._runner.addresses[0][:2]
        self.address = f"http://{bound_host}:{bound_port}"
        log.info("serving %s on %s", "webhook and ops" if self.intake else "ops", self.address)
        return self.address

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _healthz(self, request: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def _readyz(self, request: web.Request) -> web.Response:
        draining = self.intake is not None and self.intake.draining
        if not self._running() or draining:
            return web.Response(status=503, text="draining\n" if draining else "starting\n")
        try:
            await asyncio.wait_for(self._depths(), 2)
        except Exception:  # any failure means "do not send me traffic"
            log.warning("readiness check: the database did not answer", exc_info=True)
            return web.Response(status=503, text="database unavailable\n")
        return web.Response(text="ready\n")

    async def _metrics(self, request: web.Request) -> web.Response:
        try:
            depths = await asyncio.wait_for(self._depths(), 2)
        except Exception:
            log.warning("metrics: queue depths unavailable", exc_info=True)
        else:
            INBOX_DEPTH.set(depths.inbox)
            OUTBOX_DEPTH.set(depths.outbox)
            BROADCAST_DEPTH.set(depths.broadcast)
        body = generate_latest()
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def _webhook(self, request: web.Request) -> web.Response:
        intake = self.intake
        assert intake is not None
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), intake.secret.encode()):
            log.warning("webhook: refused a request without the right secret token")
            return web.Response(status=403)
        if intake.draining:
            return web.Response(status=503)  # Telegram tries again (another replica, or later)
        body = await request.read()
        try:
            payload = json.loads(body)
            update = Update.de_json(payload, intake.bot)
        except Exception:
            return web.Response(status=400, text="not an update\n")
        if update is None:
            return web.Response(status=400, text="not an update\n")
        chat = order_key(update)
        if intake.replicas is not None and chat is not None:
            routing = await intake.replicas.route(chat)
            if routing.route is Route.THERE and FORWARDED_HEADER not in request.headers:
                status = await intake.replicas.forward(
                    routing.address, body, {SECRET_HEADER: given}
                )
                return web.Response(status=200 if status == 200 else 503)
            if routing.route is not Route.HERE:
                return web.Response(status=503)  # Telegram tries again shortly
        # Stored before the answer: a 200 means the update is durable.
        await intake.bot.file_updates((update,), (payload,))
        await intake.queue.put(update)
        return web.Response(text="ok\n")
