"""Messages both ways between a user and the agents' group: stored on the ticket and queued
for delivery in one step, so what is acknowledged is never lost."""

from __future__ import annotations

import html

from telegram import Message

from bot.core.clock import utc_now
from bot.core.config import Settings
from bot.db.audit import AuditAction, AuditRepository
from bot.db.desk import DeskRepository, Snippet
from bot.db.outbox import NewOutboxItem, OutboxKind
from bot.db.tickets import TicketRepository
from bot.desk.active import ActiveTickets
from bot.desk.off_hours import OffHours
from bot.desk.queue import DeskQueue
from bot.desk.relay_text import relay_payload
from bot.domain.tickets import Direction, Ticket
from bot.safety.marks import Mark, mark
from bot.safety.normalize import display_name
from bot.safety.screen import MessageScreen

MEDIA_KINDS = ("photo", "document", "video", "voice", "audio", "animation", "sticker")


def content_of(message: Message) -> tuple[str, str, str | None]:
    """(content type, text or caption, file id) of a Telegram message."""
    for kind in MEDIA_KINDS:
        media = getattr(message, kind, None)
        if media:
            item = media[-1] if isinstance(media, tuple) else media
            return kind, message.caption or "", item.file_id
    return "text", message.text or "", None


class DeskRelays:
    def __init__(
        self,
        queue: DeskQueue,
        tickets: TicketRepository,
        desk_store: DeskRepository,
        active: ActiveTickets,
        screen: MessageScreen,
        off_hours: OffHours,
        settings: Settings,
        audit: AuditRepository,
    ) -> None:
        self._audit = audit
        self._queue = queue
        self._tickets = tickets
        self._desk_store = desk_store
        self._active = active
        self._screen = screen
        self._off_hours = off_hours
        self._settings = settings

    # ------------------------------------------------------------- user side
    async def ticket_for_user(self, user_id: int) -> Ticket | None:
        """The ticket a user's message belongs to: open, or closed recently enough to reopen."""
        ticket = await self._tickets.latest_for_user(user_id)
        if ticket is None or ticket.is_open:
            return ticket
        window = self._settings.reopen_window
        if ticket.closed_at is not None and ticket.closed_at >= utc_now() - window:
            return ticket
        return None

    async def relay_from_user(
        self, message: Message, *, edited: bool = False, ticket: Ticket | None = None
    ) -> Ticket | None:
        """Store a user's message on their ticket (the one given, or the one their messages
        belong to) and relay it to the agents; a closed ticket reopens."""
        user = message.from_user
        if ticket is None and user is not None:
            ticket = await self.ticket_for_user(user.id)
        if ticket is None or user is None:
            return None
        kind, text, file_id = content_of(message)
        relay = self._reopen_items(ticket)
        if self._queue.relays_to_group:
            relay.append(self._user_relay(ticket, message, kind, text, edited))
        await self._tickets.add_message_and_relay(
            ticket.id,
            direction=Direction.IN,
            content_type=kind,
            text=(f"{mark(Mark.EDITED)} {text}" if edited else text),
            file_id=file_id,
            # An edit keeps the message id; storing it would read as a replay of the original.
            telegram_message_id=None if edited else message.message_id,
            author_id=user.id,
            relay=relay,
            reopen_by=None if ticket.is_open else f"user:{user.id}",
        )
        self._queue.wake()
        ticket = await self._after_reopen(ticket, user.id)
        await self._off_hours.notify_if_due(ticket)
        return ticket

    def _reopen_items(self, ticket: Ticket) -> list[NewOutboxItem]:
        """A closed ticket a user writes to reopens: agents get its card again and a notice,
        queued with the message in the same transaction as the reopening."""
        if ticket.is_open or not self._queue.enabled:
            return []
        return [
            self._queue.card(ticket),
            self._queue.topic(ticket),  # its name loses the ✅
            self._queue.notice(ticket, "desk-reopened-by-user"),
        ]

    async def _after_reopen(self, ticket: Ticket, user_id: int) -> Ticket:
        if ticket.is_open:
            return ticket
        await self._active.refresh(user_id)
        return await self._tickets.get(ticket.id) or ticket

    def _user_relay(
        self, ticket: Ticket, message: Message, kind: str, text: str, edited: bool
    ) -> NewOutboxItem:
        user = message.from_user
        name = display_name(user.first_name) if user else ""
        group = self._queue.group_of(ticket)
        if kind == "text" or edited:
            payload = relay_payload(self._queue.t, author=name, text=text, edited=edited)
            return NewOutboxItem(OutboxKind.GROUP_TEXT, group, ticket.id, None, payload)
        caption = self._queue.t("desk-from-user", name=name)
        if text:
            caption = f"{caption} {html.escape(text, quote=False)}"
        payload = {
            "from_chat_id": message.chat_id,
            "message_id": message.message_id,
            "caption": None if kind == "sticker" else caption,
        }
        return NewOutboxItem(OutboxKind.GROUP_COPY, group, ticket.id, None, payload)

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
        relay = self._reopen_items(ticket)
        if self._queue.relays_to_group:
            author = display_name(user.first_name)
            payload = relay_payload(self._queue.t, author=author, text=redacted, edited=edited)
            relay.append(
                NewOutboxItem(
                    OutboxKind.GROUP_TEXT, self._queue.group_of(ticket), ticket.id, None, payload
                )
            )
        if self._queue.enabled:
            relay.append(self._queue.notice(ticket, "desk-secret-removed"))
        await self._tickets.add_message_and_relay(
            ticket.id,
            direction=Direction.IN,
            content_type="text",
            text=redacted,
            file_id=None,
            telegram_message_id=None if edited else message.message_id,
            author_id=user.id,
            relay=relay,
            reopen_by=None if ticket.is_open else f"user:{user.id}",
        )
        ticket = await self._after_reopen(ticket, user.id)
        await self._tickets.flag_secret(ticket.id)
        await self._queue.enqueue([self._queue.card(ticket)] if self._queue.enabled else [])
        return ticket

    # ------------------------------------------------------------ group side
    async def ticket_of_group_message(self, message: Message) -> Ticket | None:
        route = self._queue.route_of_chat(message.chat_id)
        if route is None:
            return None
        if self._queue.is_forum_chat(message.chat_id):
            if message.message_thread_id and message.is_topic_message:
                return await self._tickets.by_topic(route, message.message_thread_id)
            return None
        reply = message.reply_to_message
        if reply is None:
            return None
        ticket_id = await self._desk_store.ticket_of_group_message(route, reply.message_id)
        return await self._tickets.get(ticket_id) if ticket_id else None

    async def relay_from_agent(
        self, ticket: Ticket, message: Message, *, update_id: int | None = None
    ) -> bool:
        """Relay an agent's message; False if it was held back for asking for a secret (or
        holding one). The verdict is the one made when the update arrived."""
        kind, text, file_id = content_of(message)
        agent = message.from_user
        verdict = self._screen.agent_verdict(update_id or 0, text)
        if verdict.held:
            await self._tickets.add_message_and_relay(
                ticket.id,
                direction=Direction.NOTE,
                content_type="text",
                text=f"{mark(Mark.HELD_BACK)} {verdict.redacted}",
                file_id=None,
                telegram_message_id=message.message_id,
                author_id=agent.id if agent else None,
                relay=[self._queue.notice(ticket, "desk-held-back")],
            )
            self._queue.wake()
            await self._record(agent.id if agent else 0, AuditAction.HELD_BACK, ticket)
            return False
        await self._tickets.add_message_and_relay(
            ticket.id,
            direction=Direction.OUT,
            content_type=kind,
            text=text,
            file_id=file_id,
            telegram_message_id=message.message_id,
            author_id=agent.id if agent else None,
            relay=[self._agent_relay(ticket, message, kind, text)],
            first_response=True,
        )
        self._queue.wake()
        await self._record(agent.id if agent else 0, AuditAction.REPLY, ticket)
        return True

    def _agent_relay(self, ticket: Ticket, message: Message, kind: str, text: str) -> NewOutboxItem:
        agent = message.from_user
        if self._settings.show_agent_name and kind == "text" and agent is not None:
            name = html.escape(display_name(agent.first_name))
            return self._queue.to_user(ticket, f"<b>{name}</b>: {html.escape(text, quote=False)}")
        payload = {"from_chat_id": message.chat_id, "message_id": message.message_id}
        return NewOutboxItem(OutboxKind.USER_COPY, ticket.user_id, ticket.id, None, payload)

    async def add_note(self, ticket: Ticket, message: Message, text: str) -> None:
        agent = message.from_user
        await self._tickets.add_message_and_relay(
            ticket.id,
            direction=Direction.NOTE,
            content_type="text",
            text=text,
            file_id=None,
            telegram_message_id=message.message_id,
            author_id=agent.id if agent else None,
            relay=[self._queue.notice(ticket, "desk-note-saved")],
        )
        self._queue.wake()
        await self._record(agent.id if agent else 0, AuditAction.NOTE, ticket)

    async def _record(
        self, actor: int, action: AuditAction, ticket: Ticket, detail: str = ""
    ) -> None:
        await self._audit.record(actor, action, ticket_id=ticket.id, detail=detail)

    async def send_snippet(self, ticket: Ticket, snippet: Snippet, agent_id: int) -> None:
        notice = self._queue.notice(
            ticket, "desk-snippet-sent", name=snippet.name, lang=snippet.locale
        )
        await self._send_prepared(ticket, snippet.text, agent_id, notice)
        await self._record(agent_id, AuditAction.SNIPPET_SENT, ticket, snippet.name)

    async def send_answer(
        self, ticket: Ticket, answer: str, agent_id: int, *, title: str, locale: str
    ) -> None:
        """A knowledge-base answer the card suggested, in the user's language."""
        notice = self._queue.notice(ticket, "desk-suggestion-sent", title=title, lang=locale)
        await self._send_prepared(ticket, answer, agent_id, notice)
        await self._record(agent_id, AuditAction.ANSWER_SENT, ticket)

    async def _send_prepared(
        self, ticket: Ticket, text: str, agent_id: int, notice: NewOutboxItem
    ) -> None:
        """Text written ahead (a canned reply, an answer) sent as the agent's reply."""
        await self._tickets.add_message_and_relay(
            ticket.id,
            direction=Direction.OUT,
            content_type="text",
            text=text,
            file_id=None,
            telegram_message_id=None,
            author_id=agent_id,
            relay=[self._queue.to_user(ticket, html.escape(text, quote=False)), notice],
            first_response=True,
        )
        self._queue.wake()
