"""Keeping the desk workable: bans that survive a restart, and one reminder per ticket whose
first answer is overdue."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.core.clock import iso, utc_now
from bot.db.database import Database
from bot.db.outbox import OutboxKind
from bot.desk.moderation import Bans
from bot.domain.tickets import Category
from tests.unit.helpers import (
    GROUP_ID,
    group_message,
    make_desk,
    outbox_rows,
    tg_user,
    user_with_ticket,
)


async def test_a_ban_holds_after_a_restart_and_an_unban_lifts_it(db: Database):
    desk = make_desk(db)
    await desk.bans.ban(5, agent_id=9)
    assert 5 in desk.bans and 6 not in desk.bans
    restarted = Bans(desk.desk_store)
    await restarted.load()
    assert 5 in restarted
    assert await restarted.unban(5) is True
    assert 5 not in restarted
    assert await restarted.unban(5) is False  # nothing to lift
    again = Bans(desk.desk_store)
    await again.load()
    assert 5 not in again


async def test_a_banned_user_hears_why_once_not_on_every_message(db: Database):
    desk = make_desk(db)
    await desk.bans.ban(5, agent_id=9)
    assert desk.bans.notice_due(5) is True
    assert desk.bans.notice_due(5) is False
    assert desk.bans.notice_due(6) is True  # each user has their own hour


async def waited(db: Database, ticket_id: int, minutes: float) -> None:
    """The ticket was opened `minutes` ago."""
    conn = await db.connection()
    await conn.execute(
        "UPDATE tickets SET created_at = ? WHERE id = ?",
        (iso(utc_now() - timedelta(minutes=minutes)), ticket_id),
    )


async def test_an_overdue_ticket_gets_one_reminder_in_the_agents_language(db: Database):
    desk = make_desk(db, default_locale="en", sla_high_minutes=15)
    ticket = await user_with_ticket(desk)  # funds: high priority
    await waited(db, ticket.id, 20)
    assert await desk.sla.remind() == 1
    assert await outbox_rows(desk.outbox) == [
        (
            OutboxKind.GROUP_NOTICE,
            GROUP_ID,
            {
                "text": "⏰ SLA: TP-000001 has waited 20 minutes without a first response"
                " (target 15 minutes)."
            },
        )
    ]
    assert await desk.sla.remind() == 0  # reminded once, not every minute
    assert len(await outbox_rows(desk.outbox)) == 1


async def test_each_priority_has_its_own_target(db: Database):
    desk = make_desk(db, default_locale="zh", sla_high_minutes=15, sla_low_minutes=1440)
    high = await user_with_ticket(desk, user_id=5)
    low = await user_with_ticket(desk, user_id=6, category=Category.QUESTION)
    await waited(db, high.id, 20)
    await waited(db, low.id, 20)  # a low-priority question may wait a day
    assert await desk.sla.remind() == 1
    [(_, _, payload)] = await outbox_rows(desk.outbox)
    assert payload == {
        "text": "⏰ SLA 提醒：TP-000001 已等待 20 分钟，仍未首次回复（目标 15 分钟）。"
    }


async def test_answered_and_closed_tickets_are_not_reminded(db: Database):
    desk = make_desk(db)
    answered = await user_with_ticket(desk, user_id=5)
    closed = await user_with_ticket(desk, user_id=6)
    await desk.relays.relay_from_agent(answered, group_message(tg_user(9, "Bob"), "on it"))
    await desk.lifecycle.close(closed, agent_id=9)
    for ticket in (answered, closed):
        await waited(db, ticket.id, 60)
    assert await desk.sla.remind() == 0
    kinds = [kind for kind, _, _ in await outbox_rows(desk.outbox)]
    assert OutboxKind.GROUP_NOTICE not in kinds


async def test_two_checks_at_once_still_remind_once(db: Database):
    desk = make_desk(db)
    ticket = await user_with_ticket(desk)
    await waited(db, ticket.id, 20)
    # Two checks may overlap (a slow run and the next): the reminder is claimed, not assumed.
    counts = await asyncio.gather(desk.sla.remind(), desk.sla.remind())
    assert sorted(counts) == [0, 1]
    assert len(await outbox_rows(desk.outbox)) == 1
