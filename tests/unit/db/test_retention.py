"""Retention on both engines: a closed ticket's content goes and its row stays; an open one
keeps everything; questions keep their entry and time without their text; a finished
broadcast keeps its sent and failed counts once its delivery rows are gone."""

from __future__ import annotations

from datetime import timedelta

from bot.core.clock import iso, utc_now
from bot.db.broadcasts import BroadcastRepository
from bot.db.outbox import NewOutboxItem, OutboxKind
from bot.db.questions import QuestionRepository
from bot.db.retention import RetentionRepository
from bot.db.tickets import TicketRepository
from bot.db.users import UserRepository
from bot.domain.broadcasts import (
    Audience,
    AudienceKind,
    BroadcastStatus,
    Content,
    ContentType,
    NewBroadcast,
)
from bot.domain.tickets import Category, Direction, NewTicket, Status, TicketField
from tests.unit.db.conftest import both_engines

pytestmark = both_engines
LATER = iso(utc_now() + timedelta(days=1))  # a cutoff after everything made in the test


async def _ticket(db, user_id: int, text: str):
    users, tickets = UserRepository(db), TicketRepository(db)
    await users.touch(user_id, first_name="Ann", language_code="en", initial_locale="en")
    ticket = await tickets.create(
        NewTicket(user_id, Category.FUNDS, "subject-question", (TicketField("f", "v"),), text)
    )
    await tickets.add_message_and_relay(
        ticket.id,
        direction=Direction.IN,
        content_type="text",
        text=f"{text} again",
        file_id=None,
        telegram_message_id=None,
        author_id=user_id,
        relay=[NewOutboxItem(OutboxKind.GROUP_TEXT, -100, ticket.id, None, {"text": text})],
    )
    return ticket


async def test_closed_tickets_lose_their_content_and_keep_their_rows(db):
    tickets, retention = TicketRepository(db), RetentionRepository(db)
    closed = await _ticket(db, 1, "old problem")
    still_open = await _ticket(db, 2, "current problem")
    await tickets.set_status(closed.id, Status.CLOSED, actor="agent:9")

    assert await retention.closed_ticket_content(iso(utc_now() - timedelta(days=1)), 10) == 0
    assert await retention.closed_ticket_content(LATER, 10) == 1
    assert await retention.closed_ticket_content(LATER, 10) == 0  # nothing left to do

    assert await tickets.messages(closed.id) == []
    kept = await tickets.get(closed.id)
    assert kept is not None and kept.details == () and kept.status is Status.CLOSED
    assert [m.text for m in await tickets.messages(still_open.id)][-1] == "current problem again"
    assert (await tickets.get(still_open.id)).details == (TicketField("f", "v"),)


async def test_questions_keep_their_entry_without_their_text(db):
    await UserRepository(db).touch(3, first_name="Bo", language_code="en", initial_locale="en")
    questions, retention = QuestionRepository(db), RetentionRepository(db)
    for text in ("how to reset my password", "where is my deposit", "fees?"):
        await questions.record(
            user_id=3, locale="en", text=text, faq_entry="login-forgot", score=0.9
        )
    assert await retention.question_texts(LATER, 2) == 2  # a batch at a time
    assert await retention.question_texts(LATER, 2) == 1
    conn = await db.connection()
    async with conn.execute("SELECT text, faq_entry FROM questions") as cursor:
        rows = [tuple(row) for row in await cursor.fetchall()]
    assert rows == [("", "login-forgot")] * 3


async def test_a_finished_broadcast_keeps_its_counts(db):
    users, store = UserRepository(db), BroadcastRepository(db)
    for user_id in range(10, 15):
        await users.touch(user_id, first_name="U", language_code="en", initial_locale="en")
    broadcast = await store.create(
        NewBroadcast(9, Content(ContentType.TEXT, "hello"), Audience(AudienceKind.ALL), False)
    )
    deliveries = await store.due(broadcast.id, now=10**10, limit=10)
    for delivery in deliveries[:4]:
        await store.mark_sent(delivery, message_id=1)
    await store.mark_failed(deliveries[4], "Forbidden")
    await store.finish(broadcast.id, BroadcastStatus.DONE)
    before = await store.progress(broadcast.id)

    retention = RetentionRepository(db)
    assert await retention.broadcast_deliveries(LATER, 3) == 3
    assert await retention.broadcast_deliveries(LATER, 3) == 2
    assert await retention.broadcast_deliveries(LATER, 3) == 0
    assert await store.progress(broadcast.id) == before
    assert (before.sent, before.failed) == (4, 1)
