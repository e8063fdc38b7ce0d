"""The agent desk, assembled: the queue everything leaves through, relays both ways, a ticket's
life, bans and SLA reminders; and the worker that delivers, started and stopped with the bot.
Handlers decide nothing of this; each part gets exactly the stores it uses."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from telegram import Bot
from telegram.error import TelegramError

from bot.core.config import Locale, Settings
from bot.core.i18n import Translator
from bot.db.audit import AuditRepository
from bot.db.desk import DeskRepository
from bot.db.outbox import OutboxRepository
from bot.db.privacy import PrivacyRepository
from bot.db.store import Store
from bot.db.tickets import TicketRepository
from bot.db.users import UserRepository
from bot.db.web_desk import WebDeskRepository
from bot.desk.active import ActiveTickets
from bot.desk.card import EntryTitle
from bot.desk.lifecycle import TicketLifecycle
from bot.desk.moderation import Bans, SlaReminders
from bot.desk.off_hours import OffHours
from bot.desk.outbox_sender import OutboxSender
from bot.desk.outbox_worker import OutboxWorker
from bot.desk.privacy import PrivacyService
from bot.desk.queue import DeskQueue
from bot.desk.relays import DeskRelays
from bot.desk.web_replies import WebReplies
from bot.safety.screen import MessageScreen

log = logging.getLogger(__name__)


class DeskService:
    def __init__(
        self,
        *,
        settings: Settings,
        translator: Translator,
        db: Store,
        tickets: TicketRepository,
        users: UserRepository,
        desk_store: DeskRepository,
        outbox: OutboxRepository,
        active: ActiveTickets,
        screen: MessageScreen,
        entry_title: EntryTitle = lambda entry_id, locale: None,
    ) -> None:
        self._entry_title = entry_title
        self._settings = settings
        self._translator = translator
        self._tickets = tickets
        self._users = users
        self._desk_store = desk_store
        self._outbox = outbox
        self._active = active
        self.web_store = WebDeskRepository(db)
        self.audit = AuditRepository(db)
        self.queue = DeskQueue(outbox, settings, translator)
        self.off_hours = OffHours(self.queue, tickets, users, translator, settings)
        self.relays = DeskRelays(
            self.queue, tickets, desk_store, active, screen, self.off_hours, settings, self.audit
        )
        self.lifecycle = TicketLifecycle(
            self.queue, tickets, users, active, self.off_hours, translator, self.audit
        )
        self.web = WebReplies(self.queue, tickets, self.web_store, screen, settings, self.audit)
        self.privacy = PrivacyService(
            PrivacyRepository(db),
            db=db,
            audit=self.audit,
            tickets=tickets,
            active=active,
            queue=self.queue,
            translator=translator,
        )
        self.bans = Bans(desk_store)
        self.sla = SlaReminders(self.queue, tickets, translator, settings)
        self._worker: OutboxWorker | None = None

    @property
    def agent_locale(self) -> Locale:
        return self.queue.agent_locale

    async def start(self, bot: Bot, *, sending: bool = True) -> None:
        """Load the desk; with `sending`, also start sending the outbox (replicas: only the
        one holding the sender role sends, see start_sending)."""
        await self.bans.load()
        await self._active.load()
        if not self.queue.enabled:
            log.warning("AGENT_CHAT_ID is not set: tickets wait in the database")
            return
        sender = OutboxSender(
            bot,
            tickets=self._tickets,
            users=self._users,
            desk_store=self._desk_store,
            translator=self._translator,
            settings=self._settings,
            uploads=self.web_store,
            entry_title=self._entry_title,
        )
        worker = OutboxWorker(
            sender,
            outbox=self._outbox,
            users=self._users,
            translator=self._translator,
            settings=self._settings,
            tickets=self._tickets,
        )
        self._worker = worker
        self.queue.attach(worker)
        for chat_id in self._settings.desk_chats:
            try:
                chat = await bot.get_chat(chat_id)
            except TelegramError as error:
                log.error("cannot read the agents' group %s: %s", chat_id, error)
                continue
            if chat.is_forum:
                sender.forum_chats.add(chat_id)
            mode = "forum" if chat.is_forum else "reply"
            log.info("agents' group %s (%s) in %s mode", chat_id, chat.title, mode)
        if sending:
            await self.start_sending()

    async def start_sending(self) -> None:
        worker = self._worker
        if worker is None:
            return
        await self._outbox.retry_all_now()
        # Tickets opened while the desk was unreachable get their card now.
        for ticket_id in await self._tickets.without_card():
            ticket = await self._tickets.get(ticket_id)
            if ticket is not None:
                await self.lifecycle.opened(ticket)
        worker.start()

    def wake_elsewhere(self, wake: Callable[[], None]) -> None:
        """The outbox is sent by another process (SENDER_PROCESS): a row enqueued here calls
        `wake` to tell it. Whether a group has topics is still known here."""
        if self._worker is not None:
            self.queue.attach(RemoteWaker(self._worker, wake))

    async def stop(self) -> None:
        if self._worker is not None:
            await self._worker.stop()

    async def reload_shared(self) -> None:
        """Replicas: bans and tickets changed by the others (a ban from the agents' group,
        handled elsewhere; a ticket opened before this replica took the user's chat)."""
        await self.bans.load()
        await self._active.load(keep_known=True)

    async def refresh_user(self, user_id: int) -> None:
        await self._active.refresh(user_id)


@dataclass(frozen=True, slots=True)
class RemoteWaker:
    """The queue's Waker when another process sends: topics as the local worker saw them."""

    worker: OutboxWorker
    wake_sender: Callable[[], None]

    def is_forum_chat(self, chat_id: int) -> bool:
        return self.worker.is_forum_chat(chat_id)

    def wake(self) -> None:
        self.wake_sender()
