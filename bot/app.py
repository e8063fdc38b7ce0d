"""Wiring only: build the Application with persistence, handlers, commands and error handling."""

from __future__ import annotations

import asyncio
import gc
import logging
import time
import warnings
from datetime import timedelta
from typing import Any

import uvloop
from telegram import Bot, BotCommand, Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes
from telegram.warnings import PTBUserWarning

import handlers
from bot.core.clock import utc_now
from bot.core.config import SUPPORTED_LOCALES, Settings
from bot.core.diagnostics import DIAGNOSTICS
from bot.core.metrics import UPDATE_SECONDS, UPDATES_HANDLED, update_kind
from bot.plumbing.bot_client import build_bot
from bot.plumbing.chat_state import reload_chat
from bot.plumbing.checkpoint import Checkpoints
from bot.plumbing.http_client import AiohttpRequest
from bot.plumbing.instrument import instrument_all
from bot.plumbing.job_queue import DurableJobQueue
from bot.plumbing.leadership import Leadership
from bot.plumbing.ops_server import OpsServer
from bot.plumbing.persistence import SQLitePersistence
from bot.plumbing.replicas import ReplicaSet
from bot.plumbing.sender_child import SenderChild
from bot.plumbing.update_order import PerChatUpdateProcessor
from bot.plumbing.webhook_mode import serve_ops, serve_webhook
from bot.plumbing.worker_role import SENDER, WorkerRole
from bot.runtime.context import BotContext, services_of
from bot.runtime.services import Services, build_services
from bot.ui import entries
from bot.ui.errors import report_error
from bot.webdesk.server import WebDesk

log = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]

INBOX_KEEP = timedelta(days=1)
INBOX_PRUNE_SECONDS = 3600
SHARED_RELOAD_SECONDS = 5  # replicas: bans and recent tickets changed by the others
SEND_SLOTS_PRUNE_SECONDS = 60
WEB_SESSIONS_PRUNE_SECONDS = 3600
SEND_SLOTS_KEEP_SECONDS = 300  # longer than any budget's window
SEEN_UPDATES = 10_000  # replicas: update ids this process has started, newest kept

# Our conversations key on (chat, user) on purpose: a flow follows the person, not one message.
warnings.filterwarnings("ignore", message="If 'per_message=False'", category=PTBUserWarning)


class SupportApplication(AnyApplication):
    """Carries our services, and writes persistence after every update it handles."""

    def __init__(self, *, services: Services, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.services = services
        self.ops: OpsServer | None = None  # polling mode's /healthz, /readyz, /metrics
        self.web_desk: WebDesk | None = None  # agents' workspace (WEB_DESK_PORT)
        settings = services.settings
        self.leadership = Leadership(
            services.leases, settings.instance_id, settings.leader_lease_seconds
        )
        # PTB would batch persistence every update_interval; a kill inside that window would
        # lose a step the user already saw acknowledged. Checkpoints write it at once.
        self.checkpoints = Checkpoints(services.inbox.mark_done_many, self.update_persistence)
        self.replica_set: ReplicaSet | None = None
        self.sender_role: WorkerRole | None = None
        self.sender_child: SenderChild | None = None  # SENDER_PROCESS: the outbox's process
        # Replicas: a chat taken back after a missed heartbeat queues its pending updates
        # again; one this process already started must not run twice.
        self._seen: dict[int, None] = {}

    async def process_update(self, update: object) -> None:
        # Telegram may deliver an update twice (a retry, a restart before the offset was
        # confirmed): apply each update_id once.
        if not isinstance(update, Update):
            await super().process_update(update)
            return
        if self.bot.already_handled(update.update_id) or self._seen_before(update.update_id):
            return
        started = time.perf_counter()
        try:
            with DIAGNOSTICS.timed("update.handled"):
                await super().process_update(update)
        finally:
            with DIAGNOSTICS.timed("update.checkpoint"):
                await self.checkpoints.commit(update.update_id)
            UPDATE_SECONDS.observe(time.perf_counter() - started)
            kind = update_kind(update.message is not None, update.callback_query is not None)
            UPDATES_HANDLED.labels(kind).inc()

    def _seen_before(self, update_id: int) -> bool:
        if self.replica_set is None:
            return False
        if update_id in self._seen:
            return True
        self._seen[update_id] = None
        if len(self._seen) > SEEN_UPDATES:
            del self._seen[next(iter(self._seen))]
        return False


async def _register_commands(application: AnyApplication) -> None:
    services = services_of(application)
    translator = services.translator
    listed = entries.commands()  # declared by the feature modules
    for locale in SUPPORTED_LOCALES:
        commands = [BotCommand(c.command, translator.t(locale, c.description)) for c in listed]
        await application.bot.set_my_commands(commands, language_code=locale)
    default = services.settings.default_locale
    await application.bot.set_my_commands(
        [BotCommand(c.command, translator.t(default, c.description)) for c in listed]
    )


async def _on_startup(application: AnyApplication) -> None:
    services = services_of(application)
    await services.db.connection()
    settings = services.settings
    if not settings.webhook_url:  # polling: one instance polls, the others stand by
        assert isinstance(application, SupportApplication)
        await application.leadership.wait_for_turn()
    await _register_commands(application)
    await handlers.startup(application)
    elsewhere = settings.replicas or settings.separate_sender
    await services.desk.start(application.bot, sending=not elsewhere)
    if settings.separate_sender:
        assert isinstance(application, SupportApplication)
        application.sender_child = SenderChild()
        await application.sender_child.start()
        services.desk.wake_elsewhere(application.sender_child.wake)
    if not settings.replicas:
        services.broadcasts.start(application.bot)
    await services.knowledge.start()  # the team's entries (the shipped ones on a new database)
    await services.understanding.start()  # the shipped model: ready before the first update
    jobs = application.job_queue
    if jobs is None:
        raise RuntimeError("the bot needs the JobQueue (python-telegram-bot[job-queue])")
    if settings.replicas:
        assert isinstance(application, SupportApplication)
        await _join_replicas(application)
    else:
        # Updates stored but not handled when the process last died are handled first.
        for payload in await services.inbox.pending():
            application.update_queue.put_nowait(Update.de_json(payload, application.bot))
    jobs.run_repeating(
        _prune_inbox, interval=INBOX_PRUNE_SECONDS, first=INBOX_PRUNE_SECONDS, name="inbox"
    )
    jobs.run_repeating(_check_sla, interval=services.settings.sla_check_seconds, name="sla")
    every = settings.retention_check_seconds
    jobs.run_repeating(_apply_retention, interval=every, first=min(every, 60), name="retention")
    if not settings.webhook_url:
        assert isinstance(application, SupportApplication)
        every = application.leadership.renew_every
        jobs.run_repeating(_keep_lease, interval=every, first=every, name="lease")
    # Everything alive now (handlers, catalogs, the model) lives as long as the process: keep
    # it out of the collector's full passes, which otherwise walk ~100k objects (45-60 ms).
    gc.collect()
    gc.freeze()
    DIAGNOSTICS.watch_loop()
    if services.settings.ops_port is not None and not services.settings.webhook_url:
        assert isinstance(application, SupportApplication)
        application.ops = await serve_ops(services.settings, application, services.health.depths)
    if settings.web_desk_port is not None:
        assert isinstance(application, SupportApplication)
        application.web_desk = WebDesk(services, application.bot)
        services.web_desk_address = await application.web_desk.start()
        jobs.run_repeating(_prune_web_sessions, interval=WEB_SESSIONS_PRUNE_SECONDS, first=5)
    me = application.bot
    log.info("bot @%s is up", me.username)


async def _join_replicas(application: SupportApplication) -> None:
    """Webhook mode on PostgreSQL: take chats as their updates come (or as their owner dies),
    and send the outbox and broadcasts while holding the sender role."""
    services = application.services
    settings = services.settings
    bot = application.bot

    async def adopt(chat_id: int) -> None:
        await reload_chat(application, services.state, chat_id)
        if chat_id > 0:
            await services.desk.refresh_user(chat_id)
        for payload in await services.inbox.pending_for_chat(chat_id):
            application.update_queue.put_nowait(Update.de_json(payload, bot))

    async def start_sending() -> None:
        await services.desk.start_sending()
        services.broadcasts.start(bot)

    async def stop_sending() -> None:
        await services.broadcasts.stop()
        await services.desk.stop()

    application.replica_set = ReplicaSet(
        services.replicas,
        instance=settings.instance_id,
        address=settings.replica_url,
        lease_seconds=settings.leader_lease_seconds,
        adopt=adopt,
    )
    await application.replica_set.join()
    sender = Leadership(
        services.leases, settings.instance_id, settings.leader_lease_seconds, role=SENDER
    )
    application.sender_role = WorkerRole(sender, start=start_sending, stop=stop_sending)
    application.sender_role.begin()
    jobs = application.job_queue
    assert jobs is not None
    jobs.run_repeating(_reload_shared, interval=SHARED_RELOAD_SECONDS, name="shared")
    jobs.run_repeating(_prune_send_slots, interval=SEND_SLOTS_PRUNE_SECONDS, name="slots")


async def _reload_shared(ctx: BotContext) -> None:
    await ctx.services.desk.reload_shared()
    await ctx.services.knowledge.follow_others()  # a /kb edit made on another replica


async def _prune_send_slots(ctx: BotContext) -> None:
    await ctx.services.send_budget.prune(time.time() - SEND_SLOTS_KEEP_SECONDS)


async def _prune_inbox(ctx: BotContext) -> None:
    await ctx.services.inbox.prune(utc_now() - INBOX_KEEP)


async def _keep_lease(ctx: BotContext) -> None:
    application = ctx.application
    assert isinstance(application, SupportApplication)
    if not await application.leadership.keep():
        application.stop_running()


async def _prune_web_sessions(ctx: BotContext) -> None:
    application = ctx.application
    if isinstance(application, SupportApplication) and application.web_desk is not None:
        await application.web_desk.sessions.prune()


async def _apply_retention(ctx: BotContext) -> None:
    await ctx.services.retention.run()


async def _check_sla(ctx: BotContext) -> None:
    await ctx.services.desk.sla.remind()


async def _on_stop(application: AnyApplication) -> None:
    # Finish relays in flight while the database is still open.
    services = services_of(application)
    if isinstance(application, SupportApplication) and application.replica_set is not None:
        assert application.sender_role is not None
        await application.sender_role.end()
        await application.replica_set.leave()  # the others take this replica's chats at once
    await services.broadcasts.stop()
    await services.desk.stop()
    if isinstance(application, SupportApplication):
        if application.sender_child is not None:
            await application.sender_child.stop()  # after the last rows were written
        if application.ops is not None:
            await application.ops.stop()
        if application.web_desk is not None:
            await application.web_desk.stop()
        if not services.settings.webhook_url:
            await application.leadership.hand_back()  # a standby takes over at once


async def _on_shutdown(application: AnyApplication) -> None:
    services = services_of(application)
    if services.settings.diagnostics_file is not None:
        DIAGNOSTICS.write(services.settings.diagnostics_file)
    if services.drafts is not None:
        await services.drafts.close()
    await services.db.close()


def build_application(
    settings: Settings, *, services: Services | None = None
) -> SupportApplication:
    services = services or build_services(settings)
    persistence = SQLitePersistence(
        services.state, update_interval=settings.persistence_interval_seconds
    )
    bot = build_bot(settings, services)
    bot.attach_inbox(services.inbox, services.screen)
    application = (
        ApplicationBuilder()
        .application_class(SupportApplication, kwargs={"services": services})
        .bot(bot)
        .persistence(persistence)
        .job_queue(DurableJobQueue())
        .concurrent_updates(PerChatUpdateProcessor(settings.max_concurrent_updates))
        .context_types(ContextTypes(context=BotContext))
        .post_init(_on_startup)
        .post_stop(_on_stop)
        .post_shutdown(_on_shutdown)
        .build()
    )
    # The builder is typed as returning a plain Application; application_class made ours.
    assert isinstance(application, SupportApplication)
    handlers.register(application, services)
    application.add_error_handler(report_error)
    if settings.diagnostics_file is not None:
        DIAGNOSTICS.enable()
        instrument_all(application.handlers)
    return application


class StartupError(Exception):
    """The bot cannot start: one line for the operator, never the token."""


PREFLIGHT_TIMEOUT_SECONDS = 15.0


async def _preflight(settings: Settings) -> None:
    """Ask the Bot API who we are before anything else, so that a rejected token or an
    unreachable server is one clear line instead of PTB's tracebacks."""
    token = settings.bot_token.get_secret_value()
    bot = Bot(
        token,
        base_url=settings.api_base_url,
        base_file_url=settings.api_file_url,
        request=AiohttpRequest(
            connection_pool_size=1,
            read_timeout=PREFLIGHT_TIMEOUT_SECONDS,
            timeout=PREFLIGHT_TIMEOUT_SECONDS,
        ),
    )
    try:
        async with bot:
            await bot.get_me()
    except InvalidToken:
        raise StartupError("Telegram rejected BOT_TOKEN (check it with @BotFather)") from None
    except TelegramError as error:
        reason = str(error).replace(token, "[token]")
        root = settings.telegram_api_url
        raise StartupError(f"the Bot API at {root} is unreachable ({reason})") from None


def run(settings: Settings) -> None:
    # uvloop's event loop: the same asyncio API, markedly less CPU per request (measured in
    # benchmarks/throughput.py).
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    asyncio.run(_preflight(settings))
    application = build_application(settings)
    if settings.webhook_url:
        depths = services_of(application).health.depths
        asyncio.run(serve_webhook(application, settings, depths))
        return
    application.run_polling(allowed_updates=Update.ALL_TYPES)
