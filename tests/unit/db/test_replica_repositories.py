"""What replicas share through the database, on both engines: who is alive and owns which
chat, the send budget, the sender lease and reminders claimed once."""

from __future__ import annotations

import time

from bot.core.clock import utc_now
from bot.db.inbox import InboxRepository
from bot.db.reminders import ReminderRepository
from bot.db.replicas import ReplicaRepository
from bot.db.send_budget import Budget, SendBudgetRepository
from bot.db.users import UserRepository
from tests.unit.db.conftest import both_engines

pytestmark = both_engines


async def test_a_chat_has_one_live_owner_and_moves_when_its_owner_lapses(db):
    replicas = ReplicaRepository(db)
    await replicas.heartbeat("a", "http://a/hook", seconds=30)
    await replicas.heartbeat("b", "http://b/hook", seconds=30)
    assert await replicas.claim_chat(7, "a")
    assert await replicas.claim_chat(7, "a")  # ours already
    assert not await replicas.claim_chat(7, "b")
    assert await replicas.owner_address(7) == "http://a/hook"
    await replicas.heartbeat("a", "http://a/hook", seconds=-1)  # a missed its heartbeat
    assert await replicas.owner_address(7) is None
    assert await replicas.claim_chat(7, "b")
    assert await replicas.owner_address(7) == "http://b/hook"
    await replicas.leave("b")
    assert await replicas.owner_address(7) is None


async def test_chats_with_waiting_updates_and_no_live_owner_are_orphans(db):
    replicas, inbox = ReplicaRepository(db), InboxRepository(db)
    await replicas.heartbeat("a", "http://a", seconds=30)
    await inbox.store([{"update_id": 1}, {"update_id": 2}, {"update_id": 3}], [10, 20, None])
    assert sorted(await replicas.orphaned_chats()) == [10, 20]
    await replicas.claim_chat(10, "a")
    assert await replicas.orphaned_chats() == [20]
    await inbox.mark_done_many([2])
    assert await replicas.orphaned_chats() == []
    await replicas.disown_all("a")
    assert await replicas.orphaned_chats() == [10]
    assert [u["update_id"] for u in await inbox.pending_for_chat(10)] == [1]


async def test_the_send_budget_holds_a_window_counted_on_finish_times(db):
    budget = SendBudgetRepository(db)
    chat = Budget("chat:5", 2, 1.0)
    now = time.time()
    first = await budget.take([chat], now)
    second = await budget.take([chat], now)
    assert len(first.slots) == 1 and len(second.slots) == 1
    # Both still in flight: wait a moment, do not send.
    assert (await budget.take([chat], now)).wait > 0
    await budget.settle(first.slots + second.slots, now + 0.1)
    wait = (await budget.take([chat], now + 0.2)).wait
    assert 0.85 <= wait <= 0.95  # until the first send leaves the window
    assert (await budget.take([chat], now + 1.2)).slots
    # Another chat's budget is its own; the bot-wide one counts both.
    overall = Budget("all", 4, 1.0)
    assert (await budget.take([overall, Budget("chat:6", 2, 1.0)], now + 1.2)).slots
    assert await budget.prune(now + 1000) >= 2


async def test_a_due_reminder_is_claimed_by_one_replica_until_its_claim_lapses(db):
    await UserRepository(db).touch(5, first_name="Bo", language_code="en", initial_locale="en")
    reminders = ReminderRepository(db)
    reminder = await reminders.create(user_id=5, kind="k", due_at=utc_now(), payload={})
    assert await reminders.claim(reminder.id, seconds=60)
    assert not await reminders.claim(reminder.id, seconds=60)
    await reminders.unclaim(reminder.id)
    assert await reminders.claim(reminder.id, seconds=-1)  # a claim that has lapsed
    assert await reminders.claim(reminder.id, seconds=60)
