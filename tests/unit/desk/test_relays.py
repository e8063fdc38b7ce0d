"""Messages both ways between a user and the agents: stored on the ticket and queued together,
a closed ticket reopened by the user's next message, agents' requests for secrets held back."""

from __future__ import annotations

from datetime import timedelta

from bot.core.clock import iso, utc_now
from bot.db.database import Database
from bot.db.desk import Snippet
from bot.db.outbox import OutboxKind
from bot.domain.tickets import Direction, Status
from tests.unit.helpers import (
    GROUP_ID,
    group_message,
    make_desk,
    outbox_rows,
    private_message,
    tg_user,
    user_with_ticket,
)

ANN = tg_user(5, "Ann")
BOB = tg_user(9, "Bob <Support>")


async def stored(desk, ticket_id: int) -> list[tuple[Direction, str, str, str | None]]:
    return [
        (m.direction, m.content_type, m.text, m.file_id)
        for m in await desk.tickets.messages(ticket_id)
    ]


# ---------------------------------------------------------------- user side
async def test_a_users_text_is_stored_and_relayed_to_the_group(db: Database):
    desk = make_desk(db)
    ticket = await user_with_ticket(desk, description="")
    relayed = await desk.relays.relay_from_user(private_message(ANN, "any news? <b>"))
    assert relayed is not None and relayed.id == ticket.id
    assert await stored(desk, ticket.id) == [(Direction.IN, "text", "any news? <b>", None)]
    assert await outbox_rows(desk.outbox) == [
        (
            OutboxKind.GROUP_TEXT,
            GROUP_ID,
            {
                "author": "Ann",
                "text": "any news? <b>",
                "edited": False,
                # Rendered when queued, in the agents' language: delivery only joins.
                "header": "👤 <b>Ann</b>：",
                "line": "any news? &lt;b&gt;",
            },
        )
    ]


async def test_a_users_photo_is_copied_with_their_name_and_escaped_caption(db: Database):
    desk = make_desk(db, default_locale="en")
    ticket = await user_with_ticket(desk, description="")
    message = private_message(ANN, photo_file_id="ph-1", caption="see <this>", message_id=101)
    await desk.relays.relay_from_user(message)
    assert await stored(desk, ticket.id) == [(Direction.IN, "photo", "see <this>", "ph-1")]
    assert await outbox_rows(desk.outbox) == [
        (
            OutboxKind.GROUP_COPY,
            GROUP_ID,
            {
                "from_chat_id": 5,
                "message_id": 101,
                "caption": "👤 <b>Ann</b>: see &lt;this&gt;",
            },
        )
    ]


async def test_an_edit_is_stored_with_the_edited_mark(db: Database):
    desk = make_desk(db)
    ticket = await user_with_ticket(desk, description="")
    await desk.relays.relay_from_user(private_message(ANN, "100 USDT"), edited=True)
    assert await stored(desk, ticket.id) == [(Direction.IN, "text", "⟦edited⟧ 100 USDT", None)]
    [(kind, _, payload)] = await outbox_rows(desk.outbox)
    assert kind is OutboxKind.GROUP_TEXT and payload["edited"] is True


async def test_the_same_telegram_message_twice_is_stored_and_relayed_once(db: Database):
    desk = make_desk(db)
    ticket = await user_with_ticket(desk, description="")
    for _ in range(2):  # a replayed update
        await desk.relays.relay_from_user(private_message(ANN, "hello", message_id=77))
    assert await stored(desk, ticket.id) == [(Direction.IN, "text", "hello", None)]
    assert len(await outbox_rows(desk.outbox)) == 1


async def test_writing_on_a_recently_closed_ticket_reopens_it(db: Database):
    desk = make_desk(db, default_locale="en")
    ticket = await user_with_ticket(desk, description="")
    await desk.tickets.set_status(ticket.id, Status.CLOSED, actor="agent:9")
    reopened = await desk.relays.relay_from_user(private_message(ANN, "still broken"))
    assert reopened is not None and reopened.status is Status.OPEN
    rows = await outbox_rows(desk.outbox)
    assert rows[:3] == [
        (OutboxKind.CARD, GROUP_ID, {}),
        (OutboxKind.TOPIC, GROUP_ID, {}),
        (
            OutboxKind.GROUP_NOTICE,
            GROUP_ID,
            {"text": "🔄 The user wrote again; the ticket is reopened."},
        ),
    ]
    assert rows[3][2]["text"] == "still broken"
    events = [(e.kind, e.new_value, e.actor) for e in await desk.tickets.events(ticket.id)]
    assert events[-1] == ("status", "open", "user:5")


async def test_a_ticket_closed_long_ago_does_not_take_new_messages(db: Database):
    desk = make_desk(db, reopen_days=7)
    ticket = await user_with_ticket(desk, description="")
    await desk.tickets.set_status(ticket.id, Status.CLOSED, actor="agent:9")
    conn = await db.connection()
    await conn.execute(
        "UPDATE tickets SET closed_at = ? WHERE id = ?",
        (iso(utc_now() - timedelta(days=8)), ticket.id),
    )
    assert await desk.relays.relay_from_user(private_message(ANN, "hello again")) is None
    assert await stored(desk, ticket.id) == []
    assert await outbox_rows(desk.outbox) == []


async def test_a_user_without_a_ticket_is_not_relayed(db: Database):
    desk = make_desk(db)
    assert await desk.relays.relay_from_user(private_message(ANN, "hello")) is None
    assert await outbox_rows(desk.outbox) == []


async def test_a_message_with_a_secret_reaches_the_ticket_redacted_and_flags_it(db: Database):
    desk = make_desk(db, default_locale="en")
    ticket = await user_with_ticket(desk, description="")
    message = private_message(ANN, "my password is Sunny2024!")
    await desk.relays.relay_redacted(message, "my password is ⟦password⟧")
    assert await stored(desk, ticket.id) == [
        (Direction.IN, "text", "my password is ⟦password⟧", None)
    ]
    flagged = await desk.tickets.get(ticket.id)
    assert flagged is not None and flagged.secret_flag
    rows = await outbox_rows(desk.outbox)
    assert [kind for kind, _, _ in rows] == [
        OutboxKind.GROUP_TEXT,
        OutboxKind.GROUP_NOTICE,
        OutboxKind.CARD,
    ]
    assert "Sunny2024" not in str(rows)
    assert rows[1][2]["text"].startswith("⚠️ The user sent sensitive data")


# --------------------------------------------------------------- group side
async def test_an_agents_reply_to_a_ticket_message_reaches_the_user(db: Database):
    desk = make_desk(db)
    ticket = await user_with_ticket(desk, description="")
    await desk.desk_store.remember_group_message("default", 400, ticket.id)
    card = group_message(tg_user(1, "bot"), "card", message_id=400)
    reply = group_message(BOB, "We are checking it now.", message_id=501, reply_to=card)
    found = await desk.relays.ticket_of_group_message(reply)
    assert found is not None and found.id == ticket.id
    assert await desk.relays.relay_from_agent(found, reply) is True
    assert await stored(desk, ticket.id) == [
        (Direction.OUT, "text", "We are checking it now.", None)
    ]
    assert await outbox_rows(desk.outbox) == [
        (OutboxKind.USER_COPY, 5, {"from_chat_id": GROUP_ID, "message_id": 501})
    ]
    answered = await desk.tickets.get(ticket.id)
    assert answered is not None and answered.first_response_at is not None


async def test_a_group_message_that_replies_to_nothing_known_has_no_ticket(db: Database):
    desk = make_desk(db)
    await user_with_ticket(desk)
    stray = group_message(BOB, "lunch?", reply_to=group_message(BOB, "hi", message_id=1))
    assert await desk.relays.ticket_of_group_message(stray) is None
    assert await desk.relays.ticket_of_group_message(group_message(BOB, "hi")) is None


async def test_with_agent_names_shown_the_user_sees_an_escaped_name(db: Database):
    desk = make_desk(db, show_agent_name=True)
    ticket = await user_with_ticket(desk, description="")
    await desk.relays.relay_from_agent(ticket, group_message(BOB, "1 < 2, done"))
    assert await outbox_rows(desk.outbox) == [
        (OutboxKind.USER_TEXT, 5, {"text": "<b>Bob &lt;Support&gt;</b>: 1 &lt; 2, done"})
    ]


async def test_an_agent_asking_for_a_recovery_phrase_is_held_back(db: Database):
    desk = make_desk(db, default_locale="en")
    ticket = await user_with_ticket(desk, description="")
    asking = group_message(BOB, "please send the 12 words to verify")
    assert await desk.relays.relay_from_agent(ticket, asking) is False
    assert await stored(desk, ticket.id) == [
        (Direction.NOTE, "text", "⟦held_back⟧ please send the 12 words to verify", None)
    ]
    [(kind, chat, payload)] = await outbox_rows(desk.outbox)
    assert (kind, chat) == (OutboxKind.GROUP_NOTICE, GROUP_ID)  # nothing to the user
    assert payload["text"].startswith("⛔ This message was not sent")
    unanswered = await desk.tickets.get(ticket.id)
    assert unanswered is not None and unanswered.first_response_at is None


async def test_a_note_stays_with_the_agents(db: Database):
    desk = make_desk(db, default_locale="en")
    ticket = await user_with_ticket(desk, description="")
    note = group_message(BOB, "/note refund approved")
    await desk.relays.add_note(ticket, note, "refund approved")
    assert await stored(desk, ticket.id) == [(Direction.NOTE, "text", "refund approved", None)]
    assert await outbox_rows(desk.outbox) == [
        (
            OutboxKind.GROUP_NOTICE,
            GROUP_ID,
            {"text": "📝 Internal note saved (not sent to the user)."},
        )
    ]


async def test_a_snippet_reaches_the_user_escaped_and_counts_as_an_answer(db: Database):
    desk = make_desk(db, default_locale="en")
    ticket = await user_with_ticket(desk, description="")
    snippet = Snippet("fees", "en", "Fees are <1%.")
    await desk.relays.send_snippet(ticket, snippet, agent_id=9)
    assert await outbox_rows(desk.outbox) == [
        (OutboxKind.USER_TEXT, 5, {"text": "Fees are &lt;1%."}),
        (OutboxKind.GROUP_NOTICE, GROUP_ID, {"text": "📤 Snippet “fees” sent (en)."}),
    ]
    answered = await desk.tickets.get(ticket.id)
    assert answered is not None and answered.first_response_at is not None


async def test_a_redacted_message_on_a_recently_closed_ticket_reopens_it(db: Database):
    desk = make_desk(db)
    ticket = await user_with_ticket(desk, description="")
    await desk.tickets.set_status(ticket.id, Status.CLOSED, actor="agent:9")
    message = private_message(ANN, "my password is Sunny2024!")
    relayed = await desk.relays.relay_redacted(message, "my password is ⟦password⟧")
    assert relayed is not None
    stored_ticket = await desk.tickets.get(ticket.id)
    assert stored_ticket is not None and stored_ticket.status is Status.OPEN


async def test_writing_to_a_closed_ticket_reopens_it_with_card_notice_and_message_queued(
    db: Database,
):
    desk = make_desk(db, default_locale="en")
    ticket = await user_with_ticket(desk, description="")
    await desk.tickets.set_status(ticket.id, Status.CLOSED, actor="agent:9")
    reopened = await desk.relays.relay_from_user(private_message(ANN, "it happened again"))
    assert reopened is not None and reopened.status is Status.OPEN
    rows = await outbox_rows(desk.outbox)
    assert [kind for kind, _, _ in rows] == [
        OutboxKind.CARD,
        OutboxKind.TOPIC,
        OutboxKind.GROUP_NOTICE,
        OutboxKind.GROUP_TEXT,
    ]
    assert rows[2][2]["text"] == desk.translator.t("en", "desk-reopened-by-user")
    assert rows[3][2]["text"] == "it happened again"
    events = await desk.tickets.events(ticket.id)
    assert [(e.old_value, e.new_value, e.actor) for e in events if e.kind == "status"][-1] == (
        "closed",
        "open",
        f"user:{ANN.id}",
    )
