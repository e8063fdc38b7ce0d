"""Which users' messages belong to a ticket: an open one, or one closed within the reopen
window; known after a restart too."""

from __future__ import annotations

from datetime import timedelta

from bot.core.clock import iso, utc_now
from bot.db.database import Database
from bot.desk.active import ActiveTickets
from bot.domain.tickets import Status
from tests.unit.helpers import make_desk, user_with_ticket


async def closed_days_ago(db: Database, ticket_id: int, days: float) -> None:
    conn = await db.connection()
    await conn.execute(
        "UPDATE tickets SET status = 'closed', closed_at = ? WHERE id = ?",
        (iso(utc_now() - timedelta(days=days)), ticket_id),
    )


async def test_open_and_recently_closed_tickets_route_messages_after_a_restart(db: Database):
    desk = make_desk(db, reopen_days=7)
    await user_with_ticket(desk, user_id=5)  # open
    recent = await user_with_ticket(desk, user_id=6)
    old = await user_with_ticket(desk, user_id=7)
    await closed_days_ago(db, recent.id, 6)
    await closed_days_ago(db, old.id, 8)
    restarted = ActiveTickets(desk.tickets, reopen_days=7)
    await restarted.load()
    assert (5 in restarted, 6 in restarted, 7 in restarted, 8 in restarted) == (
        True,
        True,
        False,
        False,
    )


async def test_refresh_follows_the_users_latest_ticket(db: Database):
    desk = make_desk(db, reopen_days=0)  # closing ends it at once
    ticket = await user_with_ticket(desk)
    await desk.active.refresh(5)
    assert 5 in desk.active
    await desk.tickets.set_status(ticket.id, Status.CLOSED, actor="agent:9")
    await closed_days_ago(db, ticket.id, 0.01)
    await desk.active.refresh(5)
    assert 5 not in desk.active
