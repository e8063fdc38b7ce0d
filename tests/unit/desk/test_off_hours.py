"""Outside business hours the user is told when agents are back: once with the ticket, then at
most every twelve hours while they keep writing."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.clock import iso, utc_now
from bot.db.database import Database
from bot.db.outbox import OutboxKind
from tests.unit.helpers import Desk, make_desk, outbox_rows, user_with_ticket


def closed_today(db: Database, **overrides) -> tuple[Desk, datetime]:
    """A desk (team in UTC) that works every day but today; and its next opening."""
    today = utc_now().isoweekday()
    days = ",".join(str(day) for day in range(1, 8) if day != today)
    desk = make_desk(db, business_hours="09:00-18:00", business_days=days, **overrides)
    tomorrow = (utc_now() + timedelta(days=1)).date()
    return desk, datetime.combine(tomorrow, datetime.min.time()).replace(hour=9)


async def test_during_business_hours_nobody_is_told_anything(db: Database):
    desk = make_desk(db, business_hours="00:00-24:00", business_days="1-7")
    ticket = await user_with_ticket(desk)
    assert not desk.off_hours.now_closed()
    await desk.off_hours.opened(ticket)
    await desk.off_hours.notify_if_due(ticket)
    assert await outbox_rows(desk.outbox) == []
    unchanged = await desk.tickets.get(ticket.id)
    assert unchanged is not None and unchanged.off_hours_notice_at is None


async def test_the_notice_names_hours_timezone_and_next_opening_in_each_language(db: Database):
    desk, opening = closed_today(db)
    assert desk.off_hours.now_closed()
    at = opening.strftime("%Y-%m-%d %H:%M")
    assert desk.off_hours.text("en") == (
        "🌙 Our agents are off duty right now. Working hours are 09:00-18:00 (UTC); "
        f"we will answer you as soon as possible after {at}."
    )
    assert desk.off_hours.text("zh") == (
        f"🌙 现在是非工作时间。客服的工作时间为 09:00-18:00（UTC），我们会在 {at} 后尽快回复你。"
    )


async def test_a_user_writing_off_hours_is_told_once_in_their_language(db: Database):
    desk, _ = closed_today(db, default_locale="en")
    ticket = await user_with_ticket(desk, locale="zh")
    await desk.off_hours.notify_if_due(ticket)
    [(kind, chat, payload)] = await outbox_rows(desk.outbox)
    assert (kind, chat) == (OutboxKind.USER_TEXT, 5)
    assert payload["text"].startswith("🌙 现在是非工作时间。")
    noticed = await desk.tickets.get(ticket.id)
    assert noticed is not None and noticed.off_hours_notice_at is not None
    await desk.off_hours.notify_if_due(noticed)  # the next message, minutes later
    assert len(await outbox_rows(desk.outbox)) == 1


async def test_after_twelve_hours_the_user_is_told_again(db: Database):
    desk, _ = closed_today(db)
    ticket = await user_with_ticket(desk)
    conn = await db.connection()
    await conn.execute(
        "UPDATE tickets SET off_hours_notice_at = ? WHERE id = ?",
        (iso(utc_now() - timedelta(hours=13)), ticket.id),
    )
    earlier = await desk.tickets.get(ticket.id)
    assert earlier is not None
    await desk.off_hours.notify_if_due(earlier)
    assert [kind for kind, _, _ in await outbox_rows(desk.outbox)] == [OutboxKind.USER_TEXT]


async def test_a_ticket_opened_off_hours_already_told_the_user(db: Database):
    desk, _ = closed_today(db)
    ticket = await user_with_ticket(desk)
    await desk.off_hours.opened(ticket)  # the acknowledgement carried the notice
    noticed = await desk.tickets.get(ticket.id)
    assert noticed is not None and noticed.off_hours_notice_at is not None
    await desk.off_hours.notify_if_due(noticed)
    assert await outbox_rows(desk.outbox) == []
