"""Tickets: references, opening messages, history of status changes."""

from __future__ import annotations

from bot.db.database import Database
from bot.db.tickets import TicketRepository
from bot.db.users import UserRepository
from bot.domain.tickets import (
    Attachment,
    Category,
    Direction,
    NewTicket,
    Priority,
    Status,
    TicketField,
)
from tests.unit.db.conftest import both_engines

pytestmark = both_engines


async def test_ticket_gets_reference_priority_messages_and_created_event(db: Database):
    await UserRepository(db).touch(5, first_name="A", language_code="en", initial_locale="en")
    tickets = TicketRepository(db)
    ticket = await tickets.create(
        NewTicket(
            user_id=5,
            category=Category.FUNDS,
            subject="subject-transfer",
            details=(TicketField("field-amount", "5 USDT"),),
            description="where is it",
            attachments=(Attachment("photo", "file-1", "proof"),),
        )
    )
    assert (ticket.reference, ticket.priority, ticket.status) == (
        "TP-000001",
        Priority.HIGH,
        Status.OPEN,
    )
    assert ticket.details == (TicketField("field-amount", "5 USDT"),)
    messages = await tickets.messages(ticket.id)
    assert [(m.direction, m.content_type, m.text, m.file_id) for m in messages] == [
        (Direction.IN, "text", "where is it", None),
        (Direction.IN, "photo", "proof", "file-1"),
    ]
    second = await tickets.create(NewTicket(user_id=5, category=Category.FEEDBACK, subject="s"))
    assert (second.reference, second.priority) == ("TP-000002", Priority.LOW)
    assert [t.reference for t in await tickets.for_user(5)] == ["TP-000002", "TP-000001"]


async def test_status_changes_are_events_with_actor(db: Database):
    await UserRepository(db).touch(5, first_name="A", language_code="en", initial_locale="en")
    tickets = TicketRepository(db)
    ticket = await tickets.create(NewTicket(user_id=5, category=Category.COMPLAINT, subject="s"))
    assert ticket.priority is Priority.NORMAL
    closed = await tickets.set_status(ticket.id, Status.CLOSED, actor="agent:9")
    assert closed is not None and closed.status is Status.CLOSED and closed.closed_at is not None
    assert await tickets.set_status(ticket.id, Status.CLOSED, actor="agent:9") is None
    events = await tickets.events(ticket.id)
    assert [(e.kind, e.old_value, e.new_value, e.actor) for e in events] == [
        ("created", None, "open", "user:5"),
        ("status", "open", "closed", "agent:9"),
    ]
