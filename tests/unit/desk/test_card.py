"""The ticket card as agents read it in the group, in their language; what users typed is shown
as text, never as markup."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.db.database import Database
from bot.desk.card import card_markup, card_text, sla_state, topic_name
from bot.domain.tickets import Category, NewTicket, Status, TicketField
from tests.unit.helpers import make_desk, translator


async def a_worked_ticket(db: Database):
    """A funds ticket from a user named like markup, claimed, flagged, closed and rated."""
    desk = make_desk(db)
    user = await desk.users.touch(
        5, first_name="<b>Ann</b> & co", language_code="en", initial_locale="en"
    )
    ticket = await desk.tickets.create(
        NewTicket(
            user_id=5,
            category=Category.FUNDS,
            subject="subject-transfer",
            details=(
                TicketField("field-amount", "5 <USDT>"),
                TicketField("field-transfer-status", "subject-transfer", translate=True),
            ),
        )
    )
    await desk.tickets.claim(ticket.id, agent_id=9, agent_name="Bob")
    await desk.tickets.flag_secret(ticket.id)
    await desk.tickets.set_status(ticket.id, Status.CLOSED, actor="agent:9", reason="refunded")
    await desk.tickets.set_rating(ticket.id, 5)
    worked = await desk.tickets.get(ticket.id)
    assert worked is not None
    return worked, user


async def test_card_in_english(db: Database):
    ticket, user = await a_worked_ticket(db)
    now = ticket.created_at + timedelta(minutes=45)
    assert card_text(translator(), "en", ticket, user, now).split("\n") == [
        "🔴 <b>TP-000001</b> · High · Funds",
        "👤 &lt;b&gt;Ann&lt;/b&gt; &amp; co (id 5) · language en",
        "Status: Closed · Agent: Bob · Opened 45 minutes ago",
        "Problem: Transfer problem",
        "• Amount: 5 &lt;USDT&gt;",
        "• App shows: Transfer problem",
        "⚠️ User shared sensitive data (removed)",
        "Closing note: refunded",
        "User rating: 5/5",
    ]


async def test_card_in_chinese(db: Database):
    ticket, user = await a_worked_ticket(db)
    now = ticket.created_at + timedelta(hours=3)
    assert card_text(translator(), "zh", ticket, user, now).split("\n") == [
        "🔴 <b>TP-000001</b> · 高 · 资金",
        "👤 &lt;b&gt;Ann&lt;/b&gt; &amp; co（ID 5）· 语言 en",
        "状态：已关闭 · 处理人：Bob · 已创建 3 小时",
        "问题：转账问题",
        "• 金额：5 &lt;USDT&gt;",  # one punctuation style: the catalog's full-width colon
        "• 应用显示：转账问题",
        "⚠️ 用户曾发送敏感信息（已移除）",
        "关闭说明：refunded",
        "用户评分：5/5",
    ]


async def test_a_fresh_ticket_is_unclaimed_and_carries_no_extra_lines(db: Database):
    desk = make_desk(db)
    user = await desk.users.touch(5, first_name="Ann", language_code="en", initial_locale="en")
    ticket = await desk.tickets.create(
        NewTicket(user_id=5, category=Category.QUESTION, subject="subject-question")
    )
    text = card_text(translator(), "en", ticket, user, ticket.created_at)
    assert text.split("\n") == [
        "🟢 <b>TP-000001</b> · Low · Question",
        "👤 Ann (id 5) · language en",
        "Status: Open · Agent: unclaimed · Opened 1 minute ago",
        "Problem: Question",
    ]


async def test_buttons_follow_the_status(db: Database):
    ticket, _ = await a_worked_ticket(db)
    closed = card_markup(translator(), "en", ticket).to_dict()["inline_keyboard"]
    assert [[b["text"] for b in row] for row in closed] == [["🔄 Reopen"]]
    assert closed[0][0]["callback_data"] == "1:dk:reopen:1"
    reopened = replace(ticket, status=Status.OPEN)
    rows = card_markup(translator(), "zh", reopened).to_dict()["inline_keyboard"]
    assert [[b["text"] for b in row] for row in rows] == [
        ["🙋 认领", "⬆️ 提高优先级", "⬇️ 降低优先级"],
        ["🏷 分类", "✅ 已解决", "🔒 关闭"],
    ]
    suggested = card_markup(translator(), "en", reopened, [(0, "I forgot my password")])
    last = suggested.to_dict()["inline_keyboard"][-1][0]
    assert last == {
        "text": "📤 Send answer 1: I forgot my password",
        "callback_data": "1:dk:sg:1:1",
    }


async def test_topic_name_is_reference_priority_and_category(db: Database):
    ticket, _ = await a_worked_ticket(db)
    # The worked ticket is closed: its topic says so; open again, the mark goes.
    assert topic_name(translator(), "en", ticket) == "✅ TP-000001 · HIGH · Funds"
    reopened = replace(ticket, status=Status.OPEN)
    assert topic_name(translator(), "zh", reopened) == "TP-000001 · 高 · 资金"


async def test_sla_state_counts_down_then_up(db: Database):
    desk = make_desk(db)
    await desk.users.touch(5, first_name="Ann", language_code="en", initial_locale="en")
    ticket = await desk.tickets.create(
        NewTicket(user_id=5, category=Category.FUNDS, subject="subject-transfer")
    )
    start = ticket.created_at
    t = translator()
    assert sla_state(t, "en", ticket, 15, start + timedelta(minutes=5)) == (
        "⏳ 10 minutes left to first response"
    )
    assert sla_state(t, "en", ticket, 15, start + timedelta(minutes=40)) == (
        "🔥 first response overdue by 25 minutes"
    )
    answered = replace(ticket, first_response_at=start)
    assert sla_state(t, "zh", answered, 15, start + timedelta(minutes=40)) == "✅ 已首次回复"
