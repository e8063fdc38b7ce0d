"""The desk outbox on a real database with a recording sender: per-ticket order, coalescing,
the group's budget, and what each failure does to the rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from telegram.error import Forbidden, NetworkError, RetryAfter

from bot.core.clock import utc_now
from bot.db.database import Database
from bot.db.outbox import NewOutboxItem, OutboxItem, OutboxKind
from bot.desk import outbox_worker
from bot.desk.outbox_worker import OutboxWorker, coalesce
from tests.unit.helpers import GROUP_ID, Desk, make_desk, outbox_rows, user_with_ticket


class RecordingSender:
    """Stands in for Telegram: records each batch, or answers with the error it is given."""

    def __init__(self) -> None:
        self.batches: list[list[tuple[OutboxKind, str]]] = []
        self.errors: list[Exception] = []

    def is_forum_chat(self, chat_id: int) -> bool:
        return True

    async def send(self, batch: list[OutboxItem]) -> None:
        if self.errors:
            raise self.errors.pop(0)
        self.batches.append([(item.kind, item.payload.get("text", "")) for item in batch])


def _worker(desk: Desk, sender: RecordingSender) -> OutboxWorker:
    return OutboxWorker(
        sender,
        outbox=desk.outbox,
        users=desk.users,
        translator=desk.translator,
        settings=desk.settings,
    )


def _text(ticket_id: int, text: str, kind: OutboxKind = OutboxKind.GROUP_TEXT) -> NewOutboxItem:
    return NewOutboxItem(kind, GROUP_ID, ticket_id, None, {"text": text, "author": "Ann"})


async def test_a_users_texts_for_one_ticket_go_out_as_one_message_in_order(db: Database):
    desk = make_desk(db)
    ticket = await user_with_ticket(desk)
    await desk.outbox.enqueue([_text(ticket.id, "one"), _text(ticket.id, "two")])
    await desk.outbox.enqueue([_text(ticket.id, "note", OutboxKind.GROUP_NOTICE)])
    await desk.outbox.enqueue([_text(ticket.id, "three")])
    sender = RecordingSender()
    worker = _worker(desk, sender)
    for _ in range(3):
        await worker.run_once()
    assert sender.batches == [
        [(OutboxKind.GROUP_TEXT, "one"), (OutboxKind.GROUP_TEXT, "two")],
        [(OutboxKind.GROUP_NOTICE, "note")],  # never jumped over
        [(OutboxKind.GROUP_TEXT, "three")],
    ]
    assert await outbox_rows(desk.outbox) == []


async def test_coalescing_stops_at_the_size_limit():
    now = utc_now()

    def item(item_id: int, text: str) -> OutboxItem:
        return OutboxItem(item_id, OutboxKind.GROUP_TEXT, GROUP_ID, 1, None, {"text": text}, 0, now)

    items = [item(1, "a" * 2000), item(2, "b" * 1000), item(3, "c" * 1000)]
    assert [i.id for i in coalesce(items[0], items, set())] == [1, 2]


async def test_the_groups_budget_holds_later_tickets_until_the_window_opens(db: Database):
    desk = make_desk(db, group_max_messages=2, group_window_seconds=60)
    tickets = [await user_with_ticket(desk, user_id) for user_id in (5, 6, 7)]
    await desk.outbox.enqueue([_text(t.id, f"from {t.user_id}") for t in tickets])
    sender = RecordingSender()
    worker = _worker(desk, sender)
    wait = await worker.run_once()
    await worker.run_once()
    assert [batch[0][1] for batch in sender.batches] == ["from 5", "from 6"]
    assert [payload["text"] for _, _, payload in await outbox_rows(desk.outbox)] == ["from 7"]
    assert 0 < wait <= 60


async def test_a_network_error_keeps_the_row_for_a_later_attempt(db: Database, monkeypatch):
    # A long first backoff: "not due yet" must not depend on how fast this machine runs.
    monkeypatch.setattr(outbox_worker, "BACKOFF_BASE_SECONDS", 30.0)
    desk = make_desk(db)
    ticket = await user_with_ticket(desk)
    await desk.outbox.enqueue([_text(ticket.id, "hello")])
    sender = RecordingSender()
    sender.errors.append(NetworkError("connection reset"))
    worker = _worker(desk, sender)
    await worker.run_once()
    (row,) = await desk.outbox.pending()
    assert row.attempts == 1 and row.next_attempt_at > utc_now() + timedelta(seconds=30)
    await worker.run_once()  # not due yet: nothing is sent
    assert sender.batches == []


async def test_retry_after_holds_the_chat_for_the_time_telegram_asks(db: Database):
    desk = make_desk(db)
    ticket = await user_with_ticket(desk)
    await desk.outbox.enqueue([_text(ticket.id, "hello")])
    sender = RecordingSender()
    sender.errors.append(RetryAfter(30))
    worker = _worker(desk, sender)
    await worker.run_once()
    (row,) = await desk.outbox.pending()
    assert row.next_attempt_at - utc_now() > timedelta(seconds=25)
    assert not worker.window(GROUP_ID).available(now=0.0)  # the hold is on the whole group


@pytest.mark.parametrize("locale", ["en", "zh"])
async def test_a_user_who_blocked_the_bot_is_marked_and_the_ticket_told(db: Database, locale):
    desk = make_desk(db, default_locale=locale)
    ticket = await user_with_ticket(desk)
    reply = NewOutboxItem(OutboxKind.USER_TEXT, ticket.user_id, ticket.id, None, {"text": "hi"})
    await desk.outbox.enqueue([reply])
    sender = RecordingSender()
    sender.errors.append(Forbidden("Forbidden: bot was blocked by the user"))
    await _worker(desk, sender).run_once()
    user = await desk.users.get(ticket.user_id)
    assert user is not None and user.blocked_bot
    (notice,) = await outbox_rows(desk.outbox)
    assert notice[0] is OutboxKind.GROUP_NOTICE
    assert notice[2]["text"] == desk.translator.t(locale, "desk-undeliverable")
