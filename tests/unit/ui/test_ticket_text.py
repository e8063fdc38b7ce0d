"""How a ticket reads to its user under "My tickets": the list line and the history, in their
language; agents' notes never shown; what anyone typed shown as text; marks in words."""

from __future__ import annotations

import pytest

from bot.domain.tickets import Category, Direction, NewTicket, Status, TicketField
from bot.runtime.context import BotContext
from bot.ui.ticket_text import field_lines, ticket_history, ticket_line
from tests.unit.helpers import ServicesApplication, make_context


async def open_ticket(ctx: BotContext, **fields):
    new = NewTicket(user_id=5, category=Category.FUNDS, subject="subject-transfer", **fields)
    return await ctx.services.ticket_store.create(new)


async def add(ctx: BotContext, ticket_id: int, direction: Direction, text: str, **kw) -> None:
    await ctx.services.ticket_store.add_message_and_relay(
        ticket_id,
        direction=direction,
        content_type=kw.get("content_type", "text"),
        text=text,
        file_id=kw.get("file_id"),
        telegram_message_id=None,
        author_id=None,
        relay=[],
    )


async def test_list_line_in_both_languages(application: ServicesApplication):
    en = await make_context(application, locale="en")
    ticket = await open_ticket(en)
    assert ticket_line(en, ticket) == "TP-000001 · Open · 1 minute ago"
    zh = await make_context(application, 6, locale="zh")
    claimed = await zh.services.ticket_store.claim(ticket.id, agent_id=9, agent_name="Bob")
    assert claimed is not None
    assert ticket_line(zh, claimed) == "TP-000001 · 处理中 · 1 分钟前"


async def test_details_show_typed_values_as_text_and_chosen_values_in_words(
    application: ServicesApplication,
):
    ctx = await make_context(application, locale="en")
    lines = field_lines(
        ctx,
        (
            TicketField("field-recipient", "<a href='x'>Bob</a> & Co"),
            TicketField("field-transfer-status", "status-waiting_user", translate=True),
        ),
    )
    assert lines == (
        "• Recipient: &lt;a href='x'&gt;Bob&lt;/a&gt; &amp; Co\n• App shows: Waiting for you"
    )


async def test_history_shows_header_details_and_the_conversation_without_notes(
    application: ServicesApplication,
):
    ctx = await make_context(application, locale="en")
    ticket = await open_ticket(
        ctx,
        details=(TicketField("field-amount", "5 USDT"),),
        description="where is my <b>money</b>?",
    )
    await add(ctx, ticket.id, Direction.OUT, "Checking now.")
    await add(ctx, ticket.id, Direction.NOTE, "looks like a scam victim")
    await add(ctx, ticket.id, Direction.IN, "the receipt", content_type="photo", file_id="f")
    stored = await ctx.services.ticket_store.get(ticket.id)
    assert stored is not None
    text = ticket_history(ctx, stored, await ctx.services.ticket_store.messages(ticket.id))
    assert text == (
        "🎫 <b>TP-000001</b> — Transfer problem\n"
        "Status: Open · Priority: High · Opened 1 minute ago\n\n"
        "• Amount: 5 USDT\n\n"
        "💬 Messages:\n"
        "You: where is my &lt;b&gt;money&lt;/b&gt;?\n"
        "Support: Checking now.\n"
        "You: [photo] the receipt"
    )
    assert "scam" not in text


async def test_history_renders_marks_in_the_viewers_language(application: ServicesApplication):
    en = await make_context(application, locale="en")
    ticket = await open_ticket(en, description="my password is ⟦password⟧")
    await add(en, ticket.id, Direction.IN, "⟦edited⟧ my phrase: ⟦recovery_phrase⟧")
    messages = await en.services.ticket_store.messages(ticket.id)
    assert ticket_history(en, ticket, messages).split("\n")[-2:] == [
        "You: my password is [password removed]",
        "You: [edited] my phrase: [recovery phrase removed]",
    ]
    await en.services.users.set_locale(5, "zh")  # the user switched to Chinese
    zh = await make_context(application, 5, locale="zh")
    closed = await zh.services.ticket_store.set_status(ticket.id, Status.CLOSED, actor="agent:9")
    assert closed is not None
    assert ticket_history(zh, closed, messages).split("\n")[-2:] == [
        "你: my password is [密码已移除]",
        "你: [已编辑] my phrase: [助记词已移除]",
    ]
    assert "状态：已关闭" in ticket_history(zh, closed, messages)


async def test_history_keeps_the_last_ten_messages_and_clips_long_ones(
    application: ServicesApplication,
):
    ctx = await make_context(application, locale="en")
    ticket = await open_ticket(ctx)
    for n in range(12):
        await add(ctx, ticket.id, Direction.IN, f"message {n}")
    await add(ctx, ticket.id, Direction.OUT, "x" * 400)
    text = ticket_history(ctx, ticket, await ctx.services.ticket_store.messages(ticket.id))
    shown = [line for line in text.split("\n") if line.startswith(("You: ", "Support: "))]
    assert shown[:-1] == [f"You: message {n}" for n in range(3, 12)]  # 0..2: older than ten
    assert shown[-1] == "Support: " + "x" * 299 + "…"


@pytest.mark.xfail(
    strict=True,
    reason="ticket_history joins parts[:2] with a blank line: without details that pair is the"
    " header and the messages title, and the title ends up apart from its messages",
)
async def test_history_without_details_keeps_the_title_next_to_its_messages(
    application: ServicesApplication,
):
    ctx = await make_context(application, locale="en")
    ticket = await open_ticket(ctx, description="hello")
    text = ticket_history(ctx, ticket, await ctx.services.ticket_store.messages(ticket.id))
    assert text.endswith("\n\n💬 Messages:\nYou: hello")
