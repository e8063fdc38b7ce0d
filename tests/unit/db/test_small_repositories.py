"""The small repositories on both engines: inbox, reminders, feedback, the desk's routing,
snippets and bans, and the queue depths /metrics reads."""

from __future__ import annotations

from datetime import timedelta

from bot.core.clock import utc_now
from bot.db.desk import DeskRepository, Snippet
from bot.db.feedback import FeedbackRepository
from bot.db.health import HealthRepository, QueueDepths
from bot.db.inbox import InboxRepository
from bot.db.reminders import ReminderRepository, ReminderStatus
from bot.db.tickets import TicketRepository
from bot.db.users import UserRepository
from bot.domain.tickets import Category, NewTicket
from tests.unit.db.conftest import both_engines

pytestmark = both_engines


async def test_inbox_stores_once_and_reports_redeliveries_of_handled_updates(db):
    inbox = InboxRepository(db)
    assert await inbox.store([{"update_id": 1, "x": "a"}, {"update_id": 2}]) == set()
    assert await inbox.store([{"update_id": 1, "x": "again"}]) == set()  # pending: no news
    assert [u["update_id"] for u in await inbox.pending()] == [1, 2]
    assert (await inbox.pending())[0]["x"] == "a"  # the first copy is kept
    await inbox.mark_done_many([1])
    assert await inbox.store([{"update_id": 1}, {"update_id": 3}]) == {1}
    assert [u["update_id"] for u in await inbox.pending()] == [2, 3]
    assert await HealthRepository(db).depths() == QueueDepths(inbox=2, outbox=0, broadcast=0)
    assert await inbox.prune(utc_now() + timedelta(days=1)) == 1


async def test_reminders_and_feedback_get_ids_and_change_status_once(db):
    await UserRepository(db).touch(5, first_name="Bo", language_code="en", initial_locale="en")
    reminders = ReminderRepository(db)
    first = await reminders.create(user_id=5, kind="k", due_at=utc_now(), payload={"a": "1"})
    second = await reminders.create(user_id=5, kind="k", due_at=utc_now(), payload={})
    assert second.id == first.id + 1
    assert [r.id for r in await reminders.pending()] == [first.id, second.id]
    assert await reminders.set_status(first.id, ReminderStatus.SENT)
    got = await reminders.get(first.id)
    assert got is not None and got.status is ReminderStatus.SENT and got.payload == {"a": "1"}
    feedback = FeedbackRepository(db)
    one = await feedback.record(user_id=5, rating=4, text="ok", ticket_id=None)
    assert await feedback.record(user_id=5, rating=5, text="", ticket_id=None) == one + 1


async def test_desk_routing_snippets_and_bans(db):
    await UserRepository(db).touch(5, first_name="Bo", language_code="en", initial_locale="en")
    tickets = TicketRepository(db)
    for _ in range(2):
        await tickets.create(NewTicket(user_id=5, category=Category.QUESTION, subject="s"))
    desk = DeskRepository(db)
    await desk.remember_group_message("default", 900, 1)
    await desk.remember_group_message("default", 900, 2)  # re-sent for another ticket
    await desk.remember_group_message("english", 900, 1)  # the same id in another group
    assert await desk.ticket_of_group_message("default", 900) == 2
    assert await desk.ticket_of_group_message("english", 900) == 1
    assert await desk.ticket_of_group_message("default", 901) is None
    await desk.save_snippet(Snippet("hi", "en", "Hello"), author=1)
    await desk.save_snippet(Snippet("hi", "en", "Hello there"), author=2)
    await desk.save_snippet(Snippet("hi", "zh", "你好"), author=2)
    assert [s.text for s in await desk.snippets()] == ["Hello there", "你好"]
    assert await desk.delete_snippet("hi") == 2
    await desk.ban(7, by=1)
    await desk.ban(7, by=2)
    assert await desk.banned_ids() == {7}
    assert await desk.unban(7) and not await desk.unban(7)
