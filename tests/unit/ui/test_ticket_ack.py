"""Opening a ticket at the end of a flow: what the user is told, and what the desk receives."""

from __future__ import annotations

from datetime import timedelta

from bot.core.clock import utc_now
from bot.db.database import Database
from bot.db.outbox import OutboxKind
from bot.domain.tickets import Category, NewTicket
from bot.runtime.services import build_services
from bot.ui.ticket_ack import open_and_acknowledge
from tests.unit.helpers import ServicesApplication, make_application, make_context, make_settings

SAFETY_EN = (
    "🔒 Stay safe: tpWallet support never messages you first and never asks for your recovery"
    " phrase, private key, password or PIN. Anyone who asks for them is a scammer."
)


def funds(user_id: int = 5) -> NewTicket:
    return NewTicket(user_id=user_id, category=Category.FUNDS, subject="subject-transfer")


async def test_the_user_is_told_reference_priority_wait_and_the_safety_line(
    application: ServicesApplication,
):
    ctx = await make_context(application, locale="en", update_id=41)
    text = await open_and_acknowledge(ctx, funds())
    assert text == (
        "✅ Ticket <b>TP-000001</b> created (priority: High). An agent usually replies within"
        " 15 minutes, right here in this chat.\n\n" + SAFETY_EN
    )
    ticket = await application.services.ticket_store.by_source_update(41)
    assert ticket is not None and ticket.reference == "TP-000001"
    # The hand-off: the agents' group gets the card.
    assert [i.kind for i in await application.services.outbox.pending()] == [OutboxKind.CARD]


async def test_in_chinese_with_the_wait_for_a_low_priority_question(
    application: ServicesApplication,
):
    ctx = await make_context(application, locale="zh", update_id=42)
    new = NewTicket(user_id=5, category=Category.QUESTION, subject="subject-question")
    text = await open_and_acknowledge(ctx, new)
    first, safety = text.split("\n\n")
    assert first == (
        "✅ 已为你创建工单 <b>TP-000001</b>（优先级：低）。客服通常会在 24 小时内回复你，"
        "回复会直接发到这里。"
    )
    assert safety.startswith("🔒 安全提醒：")


async def test_a_lead_comes_before_the_acknowledgement(application: ServicesApplication):
    ctx = await make_context(application, update_id=43)
    text = await open_and_acknowledge(ctx, funds(), lead="Thanks, that is everything.")
    assert text.startswith("Thanks, that is everything.\n\n✅ Ticket <b>TP-000001</b> created")


async def test_a_replayed_update_does_not_open_a_second_ticket(application: ServicesApplication):
    ctx = await make_context(application, update_id=44)
    first = await open_and_acknowledge(ctx, funds())
    again = await open_and_acknowledge(ctx, funds())
    assert again == first
    assert len(await application.services.ticket_store.for_user(5)) == 1


async def test_past_the_open_ticket_limit_the_user_is_told_why(application: ServicesApplication):
    limit = application.services.settings.max_open_tickets
    for update_id in range(limit):
        ctx = await make_context(application, update_id=100 + update_id)
        await open_and_acknowledge(ctx, funds())
    ctx = await make_context(application, update_id=200)
    text = await open_and_acknowledge(ctx, funds())
    assert text == (
        f"You already have {limit} open tickets. Please add to them under “My tickets”, or"
        " wait until an agent has handled them before opening another."
    )
    assert len(await application.services.ticket_store.for_user(5)) == limit


async def test_feedback_is_never_refused_for_the_limit(application: ServicesApplication):
    limit = application.services.settings.max_open_tickets
    for update_id in range(limit):
        ctx = await make_context(application, update_id=100 + update_id)
        await open_and_acknowledge(ctx, funds())
    ctx = await make_context(application, update_id=300)
    feedback = NewTicket(user_id=5, category=Category.FEEDBACK, subject="subject-feedback")
    assert "Ticket <b>TP-000004</b> created" in await open_and_acknowledge(ctx, feedback)


async def test_off_hours_the_acknowledgement_says_when_agents_are_back(db: Database):
    today = utc_now().isoweekday()
    days = ",".join(str(day) for day in range(1, 8) if day != today)  # every day but today
    services = build_services(make_settings(db, business_hours="09:00-18:00", business_days=days))
    try:
        ctx = await make_context(make_application(services), update_id=45)
        parts = (await open_and_acknowledge(ctx, funds())).split("\n\n")
    finally:
        await services.db.close()
    tomorrow = (utc_now() + timedelta(days=1)).strftime("%Y-%m-%d")
    assert len(parts) == 3
    assert parts[1] == (
        "🌙 Our agents are off duty right now. Working hours are 09:00-18:00 (UTC); we will"
        f" answer you as soon as possible after {tomorrow} 09:00."
    )
    assert parts[2] == SAFETY_EN
