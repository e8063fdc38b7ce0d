"""A ticket's life at the desk: into the group when opened, claim, priority, resolve or close
(with the rating question to the user), reopen, the user's rating."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core.callbacks import cb
from bot.core.i18n import Translator
from bot.db.audit import AuditAction, AuditRepository
from bot.db.outbox import NewOutboxItem, OutboxKind
from bot.db.tickets import TicketRepository
from bot.db.users import UserRepository
from bot.desk.active import ActiveTickets
from bot.desk.off_hours import OffHours
from bot.desk.queue import DeskQueue
from bot.domain.tickets import Category, Priority, Status, Ticket, TicketMessage
from bot.safety.normalize import display_name

RATINGS = range(1, 6)


class TicketLifecycle:
    def __init__(
        self,
        queue: DeskQueue,
        tickets: TicketRepository,
        users: UserRepository,
        active: ActiveTickets,
        off_hours: OffHours,
        translator: Translator,
        audit: AuditRepository,
    ) -> None:
        self._audit = audit
        self._queue = queue
        self._tickets = tickets
        self._users = users
        self._active = active
        self._off_hours = off_hours
        self._translator = translator

    async def opened(self, ticket: Ticket) -> None:
        """The hand-off: a topic (in a forum), the card, then what the user told the flow."""
        if ticket.is_open:
            self._active.add(ticket.user_id)
        else:
            await self._active.refresh(ticket.user_id)
        await self._off_hours.opened(ticket)
        if not self._queue.enabled:
            return
        user = await self._users.get_recent(ticket.user_id)
        author = display_name(user.first_name) if user else ""
        items = [self._queue.card(ticket)]
        if self._queue.is_forum_chat(self._queue.group_of(ticket)) and ticket.topic_id is None:
            items.insert(0, self._queue.topic(ticket))
        told = await self._tickets.messages(ticket.id) if self._queue.relays_to_group else []
        for message in told:
            item = self._told_in_flow(ticket, message, author)
            if item is not None:
                items.append(item)
        await self._queue.enqueue(items)

    def _told_in_flow(
        self, ticket: Ticket, message: TicketMessage, author: str
    ) -> NewOutboxItem | None:
        group = self._queue.group_of(ticket)
        if message.content_type == "text":
            payload = {"author": author, "text": message.text}
            return NewOutboxItem(OutboxKind.GROUP_TEXT, group, ticket.id, message.id, payload)
        if message.file_id:
            payload = {
                "content_type": message.content_type,
                "file_id": message.file_id,
                "caption": message.text,
            }
            return NewOutboxItem(OutboxKind.GROUP_FILE, group, ticket.id, message.id, payload)
        return None

    async def claim(self, ticket: Ticket, agent_id: int, agent_name: str) -> Ticket | None:
        claimed = await self._tickets.claim(ticket.id, agent_id=agent_id, agent_name=agent_name)
        if claimed is not None:
            await self._queue.enqueue([self._queue.card(claimed)])
            await self._audit.record(agent_id, AuditAction.CLAIM, ticket_id=ticket.id)
        return claimed

    async def set_priority(
        self, ticket: Ticket, priority: Priority, agent_id: int
    ) -> Ticket | None:
        changed = await self._tickets.set_priority(ticket.id, priority, actor=f"agent:{agent_id}")
        if changed is not None:
            await self._queue.enqueue([self._queue.card(changed), self._queue.topic(changed)])
            await self._audit.record(
                agent_id, AuditAction.PRIORITY, ticket_id=ticket.id, detail=priority.value
            )
        return changed

    async def set_category(
        self, ticket: Ticket, category: Category, agent_id: int
    ) -> Ticket | None:
        changed = await self._tickets.set_category(ticket.id, category, actor=f"agent:{agent_id}")
        if changed is not None:
            await self._queue.enqueue([self._queue.card(changed), self._queue.topic(changed)])
            await self._audit.record(
                agent_id, AuditAction.CATEGORY, ticket_id=ticket.id, detail=category.value
            )
        return changed

    async def close(
        self,
        ticket: Ticket,
        agent_id: int,
        *,
        status: Status = Status.CLOSED,
        reason: str | None = None,
    ) -> Ticket | None:
        closed = await self._tickets.set_status(
            ticket.id, status, actor=f"agent:{agent_id}", reason=reason
        )
        if closed is None:
            return None
        await self._audit.record(
            agent_id, AuditAction.CLOSE, ticket_id=ticket.id, detail=status.value
        )
        locale = await self._user_locale(closed)
        t = self._translator.t
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
        await self._queue.enqueue(
            [
                self._queue.card(closed),
                self._queue.topic(closed),
                self._queue.to_user(closed, text, markup),
            ]
        )
        await self._active.refresh(closed.user_id)
        return closed

    async def reopen(self, ticket: Ticket, agent_id: int) -> Ticket | None:
        reopened = await self._tickets.set_status(ticket.id, Status.OPEN, actor=f"agent:{agent_id}")
        if reopened is None:
            return None
        await self._audit.record(agent_id, AuditAction.REOPEN, ticket_id=ticket.id)
        locale = await self._user_locale(reopened)
        text = self._translator.t(locale, "ticket-reopened-user", reference=reopened.reference)
        await self._queue.enqueue(
            [
                self._queue.card(reopened),
                self._queue.topic(reopened),
                self._queue.to_user(reopened, text),
            ]
        )
        await self._active.refresh(reopened.user_id)
        return reopened

    async def record_rating(self, ticket: Ticket, rating: int) -> None:
        await self._tickets.set_rating(ticket.id, rating)
        notice = self._queue.notice(ticket, "desk-rated", rating=rating)
        await self._queue.enqueue([self._queue.card(ticket), notice])

    async def record_rating_comment(self, ticket_id: int, comment: str) -> None:
        """The user's words after their rating reach the ticket's topic, not only the row."""
        await self._tickets.set_rating_comment(ticket_id, comment)
        ticket = await self._tickets.get(ticket_id)
        if ticket is not None:
            await self._queue.enqueue(
                [self._queue.notice(ticket, "desk-rating-comment", comment=comment)]
            )

    async def _user_locale(self, ticket: Ticket) -> str:
        user = await self._users.get(ticket.user_id)
        return user.locale if user else self._queue.agent_locale
