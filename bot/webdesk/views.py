"""What the pages show, read through the same stores the Telegram desk uses: the queue with
each ticket's first-response deadline, a ticket with its history and suggestions, and a
message's file (a user's, fetched from Telegram; an agent's upload, from the database)."""

from __future__ import annotations

import mimetypes
from datetime import datetime, timedelta

from telegram import Bot
from telegram.error import TelegramError

from bot.core.routes import DEFAULT_ROUTE
from bot.db.web_desk import QueueFilter
from bot.desk.web_replies import UPLOAD_PREFIX
from bot.domain.tickets import Ticket
from bot.runtime.services import Services
from bot.tickets.sla import first_response_minutes
from bot.webdesk.pages import QueueRow, TicketView

HISTORY_MESSAGES = 500
PHOTO_MIME = "image/jpeg"  # what Telegram stores a photo as


class DeskViews:
    def __init__(self, services: Services) -> None:
        self._services = services

    @property
    def routes(self) -> list[str]:
        return [DEFAULT_ROUTE, *(r.name for r in self._services.settings.agent_routes)]

    def due_at(self, ticket: Ticket) -> datetime | None:
        if not ticket.is_open or ticket.first_response_at is not None:
            return None
        minutes = first_response_minutes(self._services.settings, ticket.priority, ticket.route)
        return ticket.created_at + timedelta(minutes=minutes)

    async def queue(self, wanted: QueueFilter, agent_id: int) -> list[QueueRow]:
        tickets = await self._services.web_desk.queue(wanted, agent_id)
        rows = []
        for ticket in tickets:
            user = await self._services.users.get(ticket.user_id)
            rows.append(QueueRow(ticket, user.first_name if user else "?", self.due_at(ticket)))
        return rows

    async def ticket(self, ticket_id: int, locale: str) -> TicketView | None:
        services = self._services
        ticket = await services.ticket_store.get(ticket_id)
        if ticket is None:
            return None
        titles = [
            (number, entry.text(locale).question)
            for number, entry_id in enumerate(ticket.suggested, start=1)
            if (entry := services.faq.entry(entry_id)) is not None
        ]
        return TicketView(
            ticket=ticket,
            user=await services.users.get(ticket.user_id),
            messages=await services.ticket_store.messages(ticket.id, last=HISTORY_MESSAGES),
            due_at=self.due_at(ticket),
            suggestions=titles,
            snippets=await services.desk_store.snippets(),
        )

    async def file(self, bot: Bot, message_id: int) -> tuple[bytes, str] | None:
        message = await self._services.web_desk.message(message_id)
        if message is None or not message.file_id:
            return None
        if message.file_id.startswith(UPLOAD_PREFIX):
            upload = await self._services.web_desk.upload(
                int(message.file_id.removeprefix(UPLOAD_PREFIX))
            )
            return (upload.data, upload.mime_type) if upload else None
        try:
            found = await bot.get_file(message.file_id)
            data = bytes(await found.download_as_bytearray())
        except TelegramError:
            return None
        if message.content_type == "photo":
            return data, PHOTO_MIME
        guessed = mimetypes.guess_type(found.file_path or "")[0]
        return data, guessed or "application/octet-stream"
