"""The desk's only way out: rows in the outbox, in order, texts in the agents' language."""

from __future__ import annotations

from bot.db.database import Database
from bot.db.outbox import OutboxKind
from tests.unit.helpers import GROUP_ID, make_desk, outbox_rows, user_with_ticket


class RecordingWorker:
    """Stands in for the outbox worker: the queue only needs to wake it and ask its mode."""

    def __init__(self, *, is_forum: bool = False) -> None:
        self.is_forum = is_forum
        self.woken = 0

    def is_forum_chat(self, chat_id: int) -> bool:
        return self.is_forum

    def wake(self) -> None:
        self.woken += 1


async def test_notices_are_written_in_the_agents_language(db: Database):
    for locale, expected in (
        ("en", "⭐ User rating: 4/5"),
        ("zh", "⭐ 用户评分：4/5"),
    ):
        desk = make_desk(db, default_locale=locale)
        ticket = await user_with_ticket(desk, user_id=len(locale) + ord(locale[0]))
        item = desk.queue.notice(ticket, "desk-rated", rating=4)
        assert (item.kind, item.chat_id, item.ticket_id) == (
            OutboxKind.GROUP_NOTICE,
            GROUP_ID,
            ticket.id,
        )
        assert item.payload == {"text": expected}


async def test_enqueued_items_are_stored_in_order_and_wake_the_worker(db: Database):
    desk = make_desk(db, default_locale="en")
    worker = RecordingWorker()
    desk.queue.attach(worker)
    ticket = await user_with_ticket(desk)
    queue = desk.queue
    await queue.enqueue(
        [queue.card(ticket), queue.to_user(ticket, "hello"), queue.notice(ticket, "desk-done")]
    )
    assert await outbox_rows(desk.outbox) == [
        (OutboxKind.CARD, GROUP_ID, {}),
        (OutboxKind.USER_TEXT, ticket.user_id, {"text": "hello"}),
        (OutboxKind.GROUP_NOTICE, GROUP_ID, {"text": "✅ Done."}),
    ]
    assert worker.woken == 1


async def test_nothing_to_send_wakes_nobody(db: Database):
    desk = make_desk(db)
    worker = RecordingWorker()
    desk.queue.attach(worker)
    await desk.queue.enqueue([])
    assert worker.woken == 0
    assert await outbox_rows(desk.outbox) == []


async def test_a_text_to_the_user_carries_buttons_only_when_given(db: Database):
    desk = make_desk(db)
    ticket = await user_with_ticket(desk)
    markup = {"inline_keyboard": [[{"text": "1", "callback_data": "1:csat:rate:1:1"}]]}
    assert desk.queue.to_user(ticket, "hi").payload == {"text": "hi"}
    assert desk.queue.to_user(ticket, "hi", markup).payload == {
        "text": "hi",
        "reply_markup": markup,
    }


async def test_without_an_agents_group_the_desk_is_off(db: Database):
    desk = make_desk(db, agent_chat_id=None)
    assert not desk.queue.enabled
    assert desk.settings.desk_chats == ()


async def test_forum_mode_is_whatever_the_worker_found(db: Database):
    desk = make_desk(db)
    assert not desk.queue.is_forum_chat(GROUP_ID)  # no worker yet: reply mode
    desk.queue.attach(RecordingWorker(is_forum=True))
    assert desk.queue.is_forum_chat(GROUP_ID)
