"""A ticket's life at the desk, as agents and the user see it: the hand-off, claim, priority,
resolve or close (with the rating question), reopen, the rating."""

from __future__ import annotations

from bot.core import callbacks
from bot.db.database import Database
from bot.db.outbox import OutboxKind
from bot.domain.tickets import Attachment, Category, NewTicket, Priority, Status
from tests.unit.desk.test_queue import RecordingWorker
from tests.unit.helpers import GROUP_ID, make_desk, outbox_rows, user_with_ticket


async def test_an_opened_ticket_reaches_the_group_as_card_then_what_the_user_told(db: Database):
    desk = make_desk(db)
    await desk.users.touch(5, first_name="Ann\u202e", language_code="en", initial_locale="en")
    ticket = await desk.tickets.create(
        NewTicket(
            user_id=5,
            category=Category.FUNDS,
            subject="subject-transfer",
            description="sent 5 USDT, none arrived",
            attachments=(Attachment("photo", "file-1", "the screen"),),
        )
    )
    await desk.lifecycle.opened(ticket)
    rows = await outbox_rows(desk.outbox)
    assert rows == [
        (OutboxKind.CARD, GROUP_ID, {}),
        (OutboxKind.GROUP_TEXT, GROUP_ID, {"author": "Ann", "text": "sent 5 USDT, none arrived"}),
        (
            OutboxKind.GROUP_FILE,
            GROUP_ID,
            {"content_type": "photo", "file_id": "file-1", "caption": "the screen"},
        ),
    ]
    assert 5 in desk.active  # the user's next message belongs to this ticket


async def test_in_a_forum_the_ticket_first_gets_its_topic(db: Database):
    desk = make_desk(db)
    desk.queue.attach(RecordingWorker(is_forum=True))
    ticket = await user_with_ticket(desk)
    await desk.lifecycle.opened(ticket)
    kinds = [kind for kind, _, _ in await outbox_rows(desk.outbox)]
    assert kinds == [OutboxKind.TOPIC, OutboxKind.CARD, OutboxKind.GROUP_TEXT]


async def test_with_the_desk_off_the_ticket_waits_in_the_database(db: Database):
    desk = make_desk(db, agent_chat_id=None)
    ticket = await user_with_ticket(desk)
    await desk.lifecycle.opened(ticket)
    assert await outbox_rows(desk.outbox) == []
    assert await desk.tickets.without_card() == [ticket.id]  # handed over when the desk is on
    assert 5 in desk.active


async def test_claiming_puts_the_agent_on_the_card_once(db: Database):
    desk = make_desk(db)
    ticket = await user_with_ticket(desk)
    claimed = await desk.lifecycle.claim(ticket, agent_id=9, agent_name="Bob")
    assert claimed is not None
    assert (claimed.status, claimed.claimed_by, claimed.claimed_by_name) == (
        Status.IN_PROGRESS,
        9,
        "Bob",
    )
    assert await outbox_rows(desk.outbox) == [(OutboxKind.CARD, GROUP_ID, {})]
    assert await desk.lifecycle.claim(claimed, agent_id=9, agent_name="Bob") is None
    assert len(await outbox_rows(desk.outbox)) == 1  # nothing changed: no card refresh


async def test_priority_change_is_recorded_and_refreshes_the_card(db: Database):
    desk = make_desk(db)
    ticket = await user_with_ticket(desk)  # funds: high
    lowered = await desk.lifecycle.set_priority(ticket, Priority.LOW, agent_id=9)
    assert lowered is not None and lowered.priority is Priority.LOW
    assert await desk.lifecycle.set_priority(lowered, Priority.LOW, agent_id=9) is None
    events = [(e.kind, e.old_value, e.new_value, e.actor) for e in await desk.tickets.events(1)]
    assert events[-1] == ("priority", "high", "low", "agent:9")
    # The card, and the topic's name (it carries the priority).
    assert await outbox_rows(desk.outbox) == [
        (OutboxKind.CARD, GROUP_ID, {}),
        (OutboxKind.TOPIC, GROUP_ID, {}),
    ]


async def test_closing_tells_the_user_in_their_language_and_asks_for_a_rating(db: Database):
    desk = make_desk(db, default_locale="en")
    ticket = await user_with_ticket(desk, locale="zh")
    closed = await desk.lifecycle.close(ticket, agent_id=9, reason="已退款")
    assert closed is not None and closed.status is Status.CLOSED
    assert closed.close_reason == "已退款"
    card, topic, to_user = await outbox_rows(desk.outbox)
    assert card == (OutboxKind.CARD, GROUP_ID, {})
    assert topic == (OutboxKind.TOPIC, GROUP_ID, {})  # renamed: ✅ in front
    kind, chat, payload = to_user
    assert (kind, chat) == (OutboxKind.USER_TEXT, 5)
    assert payload["text"] == (
        "🔒 你的工单 TP-000001 已关闭。\n说明：已退款\n\n"
        "请为这次服务打分（1 = 很差，5 = 很好）。7 天内直接回复这里，也可以重新打开工单。"
    )
    buttons = payload["reply_markup"]["inline_keyboard"][0]
    assert [b["text"] for b in buttons] == ["1 ⭐", "2 ⭐", "3 ⭐", "4 ⭐", "5 ⭐"]
    rating_of = [callbacks.parse(b["callback_data"]) for b in buttons]
    assert [(c.namespace, c.action, c.args) for c in rating_of] == [
        ("csat", "rate", (str(ticket.id), str(n))) for n in range(1, 6)
    ]
    # Written within the reopen window, the user's messages still reach this ticket.
    assert 5 in desk.active


async def test_resolving_says_resolved_and_closing_twice_does_nothing(db: Database):
    desk = make_desk(db)
    ticket = await user_with_ticket(desk)
    resolved = await desk.lifecycle.close(ticket, agent_id=9, status=Status.RESOLVED)
    assert resolved is not None and resolved.status is Status.RESOLVED
    assert await desk.lifecycle.close(resolved, agent_id=9, status=Status.RESOLVED) is None
    rows = await outbox_rows(desk.outbox)
    assert len(rows) == 3
    assert rows[2][2]["text"].startswith("✅ Your ticket TP-000001 has been marked as resolved.")
    assert "Note:" not in rows[2][2]["text"]  # no reason given, no reason line


async def test_reopening_tells_the_user_and_the_ticket_is_open_again(db: Database):
    desk = make_desk(db)
    ticket = await user_with_ticket(desk)
    closed = await desk.lifecycle.close(ticket, agent_id=9)
    assert closed is not None
    reopened = await desk.lifecycle.reopen(closed, agent_id=9)
    assert reopened is not None and reopened.status is Status.OPEN
    assert reopened.closed_at is None
    assert (await outbox_rows(desk.outbox))[-3:] == [
        (OutboxKind.CARD, GROUP_ID, {}),
        (OutboxKind.TOPIC, GROUP_ID, {}),
        (
            OutboxKind.USER_TEXT,
            5,
            {"text": "🔄 Your ticket TP-000001 has been reopened; an agent will follow up."},
        ),
    ]
    assert await desk.lifecycle.reopen(reopened, agent_id=9) is None  # already open


async def test_a_rating_is_stored_and_agents_are_told_in_their_language(db: Database):
    desk = make_desk(db, default_locale="zh")
    ticket = await user_with_ticket(desk)
    await desk.lifecycle.record_rating(ticket, 4)
    stored = await desk.tickets.get(ticket.id)
    assert stored is not None and stored.rating == 4
    assert await outbox_rows(desk.outbox) == [
        (OutboxKind.CARD, GROUP_ID, {}),
        (OutboxKind.GROUP_NOTICE, GROUP_ID, {"text": "⭐ 用户评分：4/5"}),
    ]
