"""The one place that owns a ticket's life at the desk: into the group, relays both ways,
notes, claim, priority, close, reopen, snippets, bans. Handlers decide nothing of this."""

from __future__ import annotations

import html
import logging
import time
from datetime import timedelta
from typing import TYPE_CHECKING

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import TelegramError

from bot.callbacks import cb
from bot.clock import utc_now
from bot.db.desk import Snippet
from bot.db.outbox import NewOutboxItem, OutboxKind
from bot.desk.hours import BusinessHours
from bot.desk.outbox_worker import OutboxWorker
from bot.safety.marks import Mark, mark
from bot.safety.normalize import display_name
from bot.tickets.models import Direction, Priority, Status, Ticket
from bot.tickets.sla import first_response_minutes

if TYPE_CHECKING:
    from telegram.ext import Application

    from bot.services import Services

log = logging.getLogger(__name__)

OFF_HOURS_NOTICE_EVERY = timedelta(hours=12)
BANNED_NOTICE_EVERY_SECONDS = 3600.0
RATINGS = range(1, 6)


def content_of(message: Message) -> tuple[str, str, str | None]:
    """(content type, text or caption, file id) of a Telegram message."""
    for kind in ("photo", "document", "video", "voice", "audio", "animation", "sticker"):
        media = getattr(message, kind, None)
        if media:
            item = media[-1] if isinstance(media, tuple) else media
            return kind, message.caption or "", item.file_id
    return "text", message.text or "", None


class DeskService:
    def __init__(self, services: Services) -> None:
        self._s = services
        self.settings = services.settings
        self.hours = BusinessHours.parse(self.settings.business_hours, self.settings.business_days)
        self.banned: set[int] = set()
        self._banned_noticed: dict[int, float] = {}
        self.worker: OutboxWorker | None = None

    @property
    def enabled(self) -> bool:
        return self.settings.agent_chat_id is not None

    @property
    def group_id(self) -> int:
        return self.settings.agent_chat_id or 0

    @property
    def agent_locale(self) -> str:
        return self.settings.default_locale

    def _t(self, key: str, **params: object) -> str:
        return self._s.translator.t(self.agent_locale, key, **params)

    # ------------------------------------------------------------------ life
    async def start(self, application: Application) -> None:  # type: ignore[type-arg]
        self.banned = await self._s.desk_store.banned_ids()
        await self._s.active.load()
        if not self.enabled:
            log.warning("AGENT_CHAT_ID is not set: tickets wait in the database")
            return
        self.worker = OutboxWorker(application, self._s)
        try:
            chat = await application.bot.get_chat(self.group_id)
            self.worker.is_forum = bool(chat.is_forum)
        except TelegramError as error:
            log.error("cannot read the agents' group %s: %s", self.group_id, error)
        log.info("agent desk in %s mode", "forum" if self.worker.is_forum else "reply")
        await self._s.outbox.retry_all_now()
        for ticket_id in await self._s.ticket_store.without_card():
            ticket = await self._s.ticket_store.get(ticket_id)
            if ticket is not None:
                await self.ticket_opened(ticket)
        self.worker.start()

    async def stop(self) -> None:
        if self.worker is not None:
            await self.worker.stop()

    def _wake(self) -> None:
        if self.worker is not None:
            self.worker.wake()

    async def _enqueue(self, items: list[NewOutboxItem]) -> None:
        if items:
            await self._s.outbox.enqueue(items)
            self._wake()

    def _card(self, ticket: Ticket) -> NewOutboxItem:
        return NewOutboxItem(OutboxKind.CARD, self.group_id, ticket.id)

    def _notice(self, ticket: Ticket, key: str, **params: object) -> NewOutboxItem:
        return NewOutboxItem(
            OutboxKind.GROUP_NOTICE,
            self.group_id,
            ticket.id,
            None,
            {"text": self._t(key, **params)},
        )

    # -------------------------------------------------------- into the group
    async def ticket_opened(self, ticket: Ticket) -> None:
        """The hand-off: card first, then what the user already told the flow."""
        await self._s.active.refresh(ticket.user_id)
        if self.outside_hours():
            # The acknowledgement already said when to expect an answer.
            await self._s.ticket_store.mark_off_hours_notice(ticket.id)
        if not self.enabled:
            return
        user = await self._s.users.get(ticket.user_id)
        items = [self._card(ticket)]
        if self.worker is not None and self.worker.is_forum and ticket.topic_id is None:
            items.insert(0, NewOutboxItem(OutboxKind.TOPIC, self.group_id, ticket.id))
        for message in await self._s.ticket_store.messages(ticket.id):
            if message.content_type == "text":
                payload = {
                    "author": display_name(user.first_name) if user else "",
                    "text": message.text,
                }
                items.append(
                    NewOutboxItem(
                        OutboxKind.GROUP_TEXT, self.group_id, ticket.id, message.id, payload
                    )
                )
            elif message.file_id:
                payload = {
                    "content_type": message.content_type,
                    "file_id": message.file_id,
                    "caption": message.text,
                }
                items.append(
                    NewOutboxItem(
                        OutboxKind.GROUP_FILE, self.group_id, ticket.id, message.id, payload
                    )
                )
        await self._enqueue(items)

    async def ticket_for_user(self, user_id: int) -> Ticket | None:
        """The ticket a user's message belongs to: open, or closed recently enough to reopen."""
        ticket = await self._s.ticket_store.latest_for_user(user_id)
        if ticket is None or ticket.is_open:
            return ticket
        window = timedelta(days=self.settings.reopen_days)
        if ticket.closed_at is not None and ticket.closed_at >= utc_now() - window:
            return ticket
        return None

    async def relay_from_user(
        self, message: Message, *, edited: bool = False, ticket: Ticket | None = None
    ) -> Ticket | None:
        """Store a user's message on their ticket (the one given, or the one their messages
        belong to) and relay it to the agents."""
        user = message.from_user
        if ticket is None and user is not None:
            ticket = await self.ticket_for_user(user.id)
        if ticket is None or user is None:
            return None
        if not ticket.is_open:
            ticket = (
                await self._s.ticket_store.set_status(
                    ticket.id, Status.OPEN, actor=f"user:{user.id}"
                )
                or ticket
            )
            await self._enqueue([self._card(ticket), self._notice(ticket, "desk-reopened-by-user")])
            await self._s.active.refresh(user.id)
        kind, text, file_id = content_of(message)
        relay: list[NewOutboxItem] = []
        if self.enabled:
            if kind == "text" or edited:
                relay.append(
                    NewOutboxItem(
                        OutboxKind.GROUP_TEXT,
                        self.group_id,
                        ticket.id,
                        None,
                        {"author": display_name(user.first_name), "text": text, "edited": edited},
                    )
                )
            else:
                caption = self._t("desk-from-user", name=display_name(user.first_name))
                if text:
                    caption = f"{caption} {html.escape(text, quote=False)}"
                relay.append(
                    NewOutboxItem(
                        OutboxKind.GROUP_COPY,
                        self.group_id,
                        ticket.id,
                        None,
                        {
                            "from_chat_id": message.chat_id,
                            "message_id": message.message_id,
                            "caption": None if kind == "sticker" else caption,
                        },
                    )
                )
        await self._s.ticket_store.add_message_and_relay(
            ticket.id,
            direction=Direction.IN,
            content_type=kind,
            text=(f"{mark(Mark.EDITED)} {text}" if edited else text),
            file_id=file_id,
            # An edit keeps the message id; storing it would read as a replay of the original.
            telegram_message_id=None if edited else message.message_id,
            author_id=user.id,
            relay=relay,
        )
        self._wake()
        await self._maybe_off_hours_notice(ticket)
        return ticket

    async def relay_redacted(
        self, message: Message, redacted: str, *, edited: bool = False
    ) -> Ticket | None:
        """A message the secret guard stopped: only its redacted text reaches the ticket, the
        ticket is flagged, and agents are told why. Media with it are dropped: a screenshot
        could show the same secret."""
        user = message.from_user
        ticket = await self.ticket_for_user(user.id) if user else None
        if ticket is None or user is None:
            return None
        relay: list[NewOutboxItem] = []
        if self.enabled:
            relay = [
                NewOutboxItem(
                    OutboxKind.GROUP_TEXT,
                    self.group_id,
                    ticket.id,
                    None,
                    {"author": display_name(user.first_name), "text": redacted, "edited": edited},
                ),
                self._notice(ticket, "desk-secret-removed"),
            ]
        await self._s.ticket_store.add_message_and_relay(
            ticket.id,
            direction=Direction.IN,
            content_type="text",
            text=redacted,
            file_id=None,
            # An edit keeps the message id; storing it would read as a replay of the original.
            telegram_message_id=None if edited else message.message_id,
            author_id=user.id,
            relay=relay,
        )
        await self._s.ticket_store.flag_secret(ticket.id)
        await self._enqueue([self._card(ticket)] if self.enabled else [])
        return ticket

    async def _maybe_off_hours_notice(self, ticket: Ticket) -> None:
        local = utc_now().astimezone(self.settings.zone)
        if self.hours.is_open(local):
            return
        last = ticket.off_hours_notice_at
        if last is not None and utc_now() - last < OFF_HOURS_NOTICE_EVERY:
            return
        await self._s.ticket_store.mark_off_hours_notice(ticket.id)
        user = await self._s.users.get(ticket.user_id)
        text = self.off_hours_text(user.locale if user else self.agent_locale)
        await self._enqueue(
            [NewOutboxItem(OutboxKind.USER_TEXT, ticket.user_id, ticket.id, None, {"text": text})]
        )

    def off_hours_text(self, locale: str) -> str:
        opening = self.hours.next_opening(utc_now().astimezone(self.settings.zone))
        return self._s.translator.t(
            locale,
            "off-hours",
            hours=self.settings.business_hours,
            timezone=self.settings.timezone,
            next=opening.strftime("%Y-%m-%d %H:%M"),
        )

    def outside_hours(self) -> bool:
        return not self.hours.is_open(utc_now().astimezone(self.settings.zone))

    # ------------------------------------------------------------ group side
    async def ticket_of_group_message(self, message: Message) -> Ticket | None:
        store = self._s.ticket_store
        if self.worker is not None and self.worker.is_forum:
            if message.message_thread_id and message.is_topic_message:
                return await store.by_topic(message.message_thread_id)
            return None
        reply = message.reply_to_message
        if reply is None:
            return None
        ticket_id = await self._s.desk_store.ticket_of_group_message(reply.message_id)
        return await store.get(ticket_id) if ticket_id else None

    async def relay_from_agent(
        self, ticket: Ticket, message: Message, *, update_id: int | None = None
    ) -> bool:
        """Relay an agent's message; False if it was held back for asking for a secret (or
        holding one). The verdict is the one made when the update arrived."""
        kind, text, file_id = content_of(message)
        agent = message.from_user
        verdict = self._s.screen.agent_verdict(update_id or 0, text)
        if verdict.held:
            await self._s.ticket_store.add_message_and_relay(
                ticket.id,
                direction=Direction.NOTE,
                content_type="text",
                text=f"{mark(Mark.HELD_BACK)} {verdict.redacted}",
                file_id=None,
                telegram_message_id=message.message_id,
                author_id=agent.id if agent else None,
                relay=[self._notice(ticket, "desk-held-back")],
            )
            self._wake()
            return False
        if self.settings.show_agent_name and kind == "text" and agent is not None:
            relay = NewOutboxItem(
                OutboxKind.USER_TEXT,
                ticket.user_id,
                ticket.id,
                None,
                {
                    "text": f"<b>{html.escape(display_name(agent.first_name))}</b>: "
                    f"{html.escape(text, quote=False)}"
                },
            )
        else:
            relay = NewOutboxItem(
                OutboxKind.USER_COPY,
                ticket.user_id,
                ticket.id,
                None,
                {"from_chat_id": message.chat_id, "message_id": message.message_id},
            )
        await self._s.ticket_store.add_message_and_relay(
            ticket.id,
            direction=Direction.OUT,
            content_type=kind,
            text=text,
            file_id=file_id,
            telegram_message_id=message.message_id,
            author_id=agent.id if agent else None,
            relay=[relay],
            first_response=True,
        )
        self._wake()
        return True

    async def add_note(self, ticket: Ticket, message: Message, text: str) -> None:
        agent = message.from_user
        await self._s.ticket_store.add_message_and_relay(
            ticket.id,
            direction=Direction.NOTE,
            content_type="text",
            text=text,
            file_id=None,
            telegram_message_id=message.message_id,
            author_id=agent.id if agent else None,
            relay=[self._notice(ticket, "desk-note-saved")],
        )
        self._wake()

    async def send_snippet(self, ticket: Ticket, snippet: Snippet, agent_id: int) -> None:
        await self._s.ticket_store.add_message_and_relay(
            ticket.id,
            direction=Direction.OUT,
            content_type="text",
            text=snippet.text,
            file_id=None,
            telegram_message_id=None,
            author_id=agent_id,
            relay=[
                NewOutboxItem(
                    OutboxKind.USER_TEXT,
                    ticket.user_id,
                    ticket.id,
                    None,
                    {"text": html.escape(snippet.text, quote=False)},
                ),
                self._notice(ticket, "desk-snippet-sent", name=snippet.name, lang=snippet.locale),
            ],
            first_response=True,
        )
        self._wake()

    async def claim(self, ticket: Ticket, agent_id: int, agent_name: str) -> Ticket | None:
        claimed = await self._s.ticket_store.claim(
            ticket.id, agent_id=agent_id, agent_name=agent_name
        )
        if claimed is not None:
            await self._enqueue([self._card(claimed)])
        return claimed

    async def set_priority(
        self, ticket: Ticket, priority: Priority, agent_id: int
    ) -> Ticket | None:
        changed = await self._s.ticket_store.set_priority(
            ticket.id, priority, actor=f"agent:{agent_id}"
        )
        if changed is not None:
            await self._enqueue([self._card(changed)])
        return changed

    async def close(
        self,
        ticket: Ticket,
        agent_id: int,
        *,
        status: Status = Status.CLOSED,
        reason: str | None = None,
    ) -> Ticket | None:
        closed = await self._s.ticket_store.set_status(
            ticket.id, status, actor=f"agent:{agent_id}", reason=reason
        )
        if closed is None:
            return None
        user = await self._s.users.get(closed.user_id)
        locale = user.locale if user else self.agent_locale
        t = self._s.translator.t
        key = "ticket-resolved-user" if status is Status.RESOLVED else "ticket-closed-user"
        text = t(locale, key, reference=closed.reference)
        if reason:
            text += "\n" + t(locale, "ticket-close-reason", reason=reason)
        text += "\n\n" + t(locale, "csat-prompt")
        buttons = [
            InlineKeyboardButton(
                t(locale, f"rating-{n}"), callback_data=cb("csat", "rate", str(closed.id), str(n))
            )
            for n in RATINGS
        ]
        markup = InlineKeyboardMarkup([buttons]).to_dict()
        await self._enqueue(
            [
                self._card(closed),
                NewOutboxItem(
                    OutboxKind.USER_TEXT,
                    closed.user_id,
                    closed.id,
                    None,
                    {"text": text, "reply_markup": markup},
                ),
            ]
        )
        await self._s.active.refresh(closed.user_id)
        return closed

    async def reopen(self, ticket: Ticket, agent_id: int) -> Ticket | None:
        reopened = await self._s.ticket_store.set_status(
            ticket.id, Status.OPEN, actor=f"agent:{agent_id}"
        )
        if reopened is None:
            return None
        user = await self._s.users.get(reopened.user_id)
        locale = user.locale if user else self.agent_locale
        text = self._s.translator.t(locale, "ticket-reopened-user", reference=reopened.reference)
        await self._enqueue(
            [
                self._card(reopened),
                NewOutboxItem(
                    OutboxKind.USER_TEXT, reopened.user_id, reopened.id, None, {"text": text}
                ),
            ]
        )
        await self._s.active.refresh(reopened.user_id)
        return reopened

    async def record_rating(self, ticket: Ticket, rating: int) -> None:
        await self._s.ticket_store.set_rating(ticket.id, rating)
        await self._enqueue([self._card(ticket), self._notice(ticket, "desk-rated", rating=rating)])

    # ------------------------------------------------------------- bans
    async def ban(self, user_id: int, agent_id: int) -> None:
        await self._s.desk_store.ban(user_id, by=agent_id)
        self.banned.add(user_id)

    def banned_notice_due(self, user_id: int) -> bool:
        """A banned user hears why once an hour at most, not on every message."""
        now = time.monotonic()
        last = self._banned_noticed.get(user_id)
        if last is not None and now - last < BANNED_NOTICE_EVERY_SECONDS:
            return False
        self._banned_noticed[user_id] = now
        return True

    async def unban(self, user_id: int) -> bool:
        self.banned.discard(user_id)
        return await self._s.desk_store.unban(user_id)

    # -------------------------------------------------------------- SLA
    async def remind_sla_breaches(self) -> int:
        now = utc_now()
        targets = {p: first_response_minutes(self.settings, p) for p in Priority}
        deadlines = {p: now - timedelta(minutes=m) for p, m in targets.items()}
        count = 0
        for ticket in await self._s.ticket_store.sla_breaches(deadlines):
            if not await self._s.ticket_store.mark_sla_reminded(ticket.id):
                continue
            waited = (now - ticket.created_at).total_seconds() / 60
            await self._enqueue(
                [
                    self._notice(
                        ticket,
                        "desk-sla-breach",
                        reference=ticket.reference,
                        waited=self._s.translator.duration(self.agent_locale, waited),
                        target=self._s.translator.duration(
                            self.agent_locale, targets[ticket.priority]
                        ),
                    )
                ]
            )
            count += 1
        return count
