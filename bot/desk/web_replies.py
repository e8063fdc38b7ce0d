"""What an agent writes in the web desk: a reply (text, and a photo or file) or a note, stored
and queued like one from the agents' group, and screened by the same secret checks."""

from __future__ import annotations

import html
from dataclasses import dataclass

from bot.core.config import Settings
from bot.db.audit import AuditAction, AuditRepository
from bot.db.outbox import NewOutboxItem, OutboxKind
from bot.db.tickets import TicketRepository
from bot.db.web_desk import WebDeskRepository
from bot.desk.queue import DeskQueue
from bot.domain.tickets import Direction, Ticket
from bot.safety.marks import Mark, mark
from bot.safety.normalize import display_name
from bot.safety.screen import MessageScreen

UPLOAD_PREFIX = "upload:"  # a stored message's file_id for a file sent from the web desk
NOTICE_PREVIEW_CHARS = 300


@dataclass(frozen=True, slots=True)
class WebAgent:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Attachment:
    content_type: str  # photo or document
    mime_type: str
    filename: str
    data: bytes


class WebReplies:
    def __init__(
        self,
        queue: DeskQueue,
        tickets: TicketRepository,
        uploads: WebDeskRepository,
        screen: MessageScreen,
        settings: Settings,
        audit: AuditRepository,
    ) -> None:
        self._audit = audit
        self._queue = queue
        self._tickets = tickets
        self._uploads = uploads
        self._screen = screen
        self._settings = settings

    async def reply(
        self, ticket: Ticket, agent: WebAgent, text: str, attachment: Attachment | None
    ) -> bool:
        """Send a reply to the user; False if it was held back for asking for a secret (or
        holding one): then only its redacted text is kept, as a note, and the group told."""
        verdict = self._screen.judge_agent_text(text)
        if verdict.held:
            await self._tickets.add_message_and_relay(
                ticket.id,
                direction=Direction.NOTE,
                content_type="text",
                text=f"{mark(Mark.HELD_BACK)} {verdict.redacted}",
                file_id=None,
                telegram_message_id=None,
                author_id=agent.id,
                relay=[self._queue.notice(ticket, "desk-held-back")],
            )
            self._queue.wake()
            await self._audit.record(agent.id, AuditAction.HELD_BACK, ticket_id=ticket.id)
            return False
        file_id, kind, relay = None, "text", []
        if attachment is not None:
            upload_id = await self._uploads.save_upload(
                ticket.id,
                attachment.content_type,
                attachment.mime_type,
                attachment.filename,
                attachment.data,
            )
            file_id, kind = f"{UPLOAD_PREFIX}{upload_id}", attachment.content_type
            payload = {"upload_id": upload_id, "caption": self._signed(agent, text)}
            relay.append(
                NewOutboxItem(OutboxKind.USER_UPLOAD, ticket.user_id, ticket.id, None, payload)
            )
        elif text:
            relay.append(self._queue.to_user(ticket, self._signed(agent, text)))
        if self._queue.relays_to_group:
            preview = text[:NOTICE_PREVIEW_CHARS] or "📎"
            relay.append(
                self._queue.notice(ticket, "desk-web-replied", name=agent.name, text=preview)
            )
        await self._tickets.add_message_and_relay(
            ticket.id,
            direction=Direction.OUT,
            content_type=kind,
            text=text,
            file_id=file_id,
            telegram_message_id=None,
            author_id=agent.id,
            relay=relay,
            first_response=True,
        )
        self._queue.wake()
        await self._audit.record(agent.id, AuditAction.REPLY, ticket_id=ticket.id, detail="web")
        return True

    async def note(self, ticket: Ticket, agent: WebAgent, text: str) -> None:
        relay = []
        if self._queue.relays_to_group:
            relay.append(self._queue.notice(ticket, "desk-note-saved"))
        await self._tickets.add_message_and_relay(
            ticket.id,
            direction=Direction.NOTE,
            content_type="text",
            text=text,
            file_id=None,
            telegram_message_id=None,
            author_id=agent.id,
            relay=relay,
        )
        self._queue.wake()
        await self._audit.record(agent.id, AuditAction.NOTE, ticket_id=ticket.id, detail="web")

    def _signed(self, agent: WebAgent, text: str) -> str:
        """The reply as the user sees it (HTML): with the agent's name when the team shows it."""
        body = html.escape(text, quote=False)
        if self._settings.show_agent_name and body:
            return f"<b>{html.escape(display_name(agent.name))}</b>: {body}"
        return body
