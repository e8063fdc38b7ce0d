"""What an agent does to a ticket from the web desk: reply, note, canned reply, suggested
answer, claim, priority, close, reopen. Each goes through the desk's own services, as the same
action from the agents' group does, and comes back to the ticket page with what happened."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web
from multidict import MultiDictProxy

from bot.core.text_split import MAX_CAPTION
from bot.db.web_desk import WebSession
from bot.desk.web_replies import Attachment, WebAgent
from bot.domain.tickets import Status, Ticket, priority_step
from bot.runtime.services import Services

Form = MultiDictProxy[str | bytes | bytearray | web.FileField]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

MAX_TEXT = 4000
MAX_FILE_BYTES = 10 * 1024 * 1024  # Telegram's limit for a photo sent by upload
PHOTO_TYPES = frozenset({"image/jpeg", "image/png", "image/webp"})
FLASHES = frozenset(
    {"sent", "held", "note", "done", "nothing", "empty", "too-long", "too-big", "closed", "gone"}
)


def flash_key(request: web.Request) -> str | None:
    key = request.query.get("flash")
    return key if key in FLASHES else None


def flash_params() -> dict[str, object]:
    return {"limit": MAX_TEXT, "megabytes": MAX_FILE_BYTES // (1024 * 1024)}


def register(app: web.Application, services: Services) -> None:
    done = TicketActions(services)
    for name, handler in (
        ("reply", done.reply),
        ("note", done.note),
        ("snippet", done.snippet),
        ("suggestion", done.suggestion),
        ("claim", done.claim),
        ("priority", done.priority),
        ("close", done.close),
        ("reopen", done.reopen),
    ):
        app.router.add_post(f"/t/{{ticket_id:\\d+}}/{name}", done.on_ticket(handler))


TicketForm = MultiDictProxy[str | bytes | bytearray | web.FileField]
TicketHandler = Callable[[Ticket, WebSession, Form], Awaitable[str]]


class TicketActions:
    def __init__(self, services: Services) -> None:
        self._services = services

    def on_ticket(self, act: TicketHandler) -> Handler:
        async def handle(request: web.Request) -> web.StreamResponse:
            ticket_id = int(request.match_info["ticket_id"])
            ticket = await self._services.ticket_store.get(ticket_id)
            if ticket is None:
                raise web.HTTPNotFound()
            form = await request.post()
            outcome = await act(ticket, request["session"], form)
            return web.HTTPSeeOther(f"/t/{ticket_id}?flash={outcome}")

        return handle

    async def reply(self, ticket: Ticket, session: WebSession, form: Form) -> str:
        text = str(form.get("text", "")).strip()
        upload = form.get("file")
        attachment = None
        if isinstance(upload, web.FileField) and upload.filename:
            data = upload.file.read()
            if len(data) > MAX_FILE_BYTES:
                return "too-big"
            if data:
                mime = upload.content_type or "application/octet-stream"
                kind = "photo" if mime in PHOTO_TYPES else "document"
                attachment = Attachment(kind, mime, upload.filename[:200], data)
        if not text and attachment is None:
            return "empty"
        limit = MAX_CAPTION - 100 if attachment else MAX_TEXT  # room for the agent's name
        if len(text) > limit:
            return "too-long"
        if not ticket.is_open:
            return "closed"
        agent = WebAgent(session.agent_id, session.agent_name)
        sent = await self._services.desk.web.reply(ticket, agent, text, attachment)
        return "sent" if sent else "held"

    async def note(self, ticket: Ticket, session: WebSession, form: Form) -> str:
        text = str(form.get("text", "")).strip()
        if not text:
            return "empty"
        if len(text) > MAX_TEXT:
            return "too-long"
        # A note is for agents, but a secret in it would still be stored: keep it redacted.
        verdict = self._services.screen.judge_agent_text(text)
        text = verdict.redacted if verdict.secret else text
        agent = WebAgent(session.agent_id, session.agent_name)
        await self._services.desk.web.note(ticket, agent, text)
        return "note"

    async def snippet(
        self, ticket: Ticket, session: WebSession, form: Form
    ) -> str:
        if not ticket.is_open:
            return "closed"
        user = await self._services.users.get(ticket.user_id)
        name = str(form.get("name", "")).lower()
        found = await self._services.desk_store.snippet(name, user.locale if user else "zh")
        if found is None or self._services.screen.judge_agent_text(found.text).held:
            return "gone"
        await self._services.desk.relays.send_snippet(ticket, found, session.agent_id)
        return "sent"

    async def suggestion(
        self, ticket: Ticket, session: WebSession, form: Form
    ) -> str:
        if not ticket.is_open:
            return "closed"
        try:
            number = int(str(form.get("number", "")))
            entry = self._services.faq.entry(ticket.suggested[number - 1]) if number > 0 else None
        except (ValueError, IndexError):
            entry = None
        if entry is None:
            return "gone"
        user = await self._services.users.get(ticket.user_id)
        locale = user.locale if user else self._services.settings.default_locale
        text = entry.text(locale)
        if self._services.screen.judge_agent_text(text.answer).held:
            return "gone"
        await self._services.desk.relays.send_answer(
            ticket, text.answer, session.agent_id, title=text.question, locale=locale
        )
        return "sent"

    async def claim(self, ticket: Ticket, session: WebSession, form: Form) -> str:
        lifecycle = self._services.desk.lifecycle
        changed = await lifecycle.claim(ticket, session.agent_id, session.agent_name)
        return "done" if changed else "nothing"

    async def priority(
        self, ticket: Ticket, session: WebSession, form: Form
    ) -> str:
        step = -1 if form.get("step") == "up" else 1
        wanted = priority_step(ticket.priority, step)
        if wanted is ticket.priority:
            return "nothing"
        changed = await self._services.desk.lifecycle.set_priority(ticket, wanted, session.agent_id)
        return "done" if changed else "nothing"

    async def close(self, ticket: Ticket, session: WebSession, form: Form) -> str:
        status = Status.RESOLVED if form.get("status") == "resolved" else Status.CLOSED
        lifecycle = self._services.desk.lifecycle
        changed = await lifecycle.close(ticket, session.agent_id, status=status)
        return "done" if changed else "nothing"

    async def reopen(
        self, ticket: Ticket, session: WebSession, form: Form
    ) -> str:
        changed = await self._services.desk.lifecycle.reopen(ticket, session.agent_id)
        return "done" if changed else "nothing"

