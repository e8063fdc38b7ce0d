"""The agent desk in a plain group (reply mode), every flow's ticket at the desk, and relays
under faults, load and restarts."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime

from bot.sandbox.emulator import Fault
from tests.e2e.harness import button_labels


async def test_reply_mode_card_and_relays_by_reply(
    plain_group, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot()
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    user.send("/complaint")
    user.press(await user.reply(), "Fees")
    await user.reply()
    user.send("I was charged the fee twice for one transfer on Monday.")
    attach = await user.reply()
    user.send_media("photo", caption="receipt")
    await user.reply()
    user.press(attach, "Done")
    await user.reply()
    user.send("Refund one fee")
    user.press(await user.reply(), "Submit")
    await user.reply()

    card = await agent.group_event(lambda e: "TP-000001" in e.text and e.buttons)
    assert "message_thread_id" not in card.message
    assert "• 投诉类别：费用" in card.text and "• 期望的处理方式：Refund one fee" in card.text
    description = await agent.group_event(lambda e: "fee twice" in e.text, after=card.seq)
    assert description.message["reply_to_message"]["message_id"] == card.message["message_id"]
    receipt = await agent.group_event(lambda e: "photo" in e.message, after=card.seq)
    assert receipt.text == "receipt"
    assert emulator.calls["createForumTopic"] == 0

    # An agent replies to the relayed message (not the card): still this ticket.
    agent.write("We will refund the duplicate fee.", reply_to=description.message)
    assert (await user.reply()).text == "We will refund the duplicate fee."
    mark = emulator.last_seq
    user.send("Thank you!")
    follow = await agent.group_event(lambda e: "Thank you!" in e.text, after=mark)
    assert follow.message["reply_to_message"]["message_id"] == card.message["message_id"]
    # Chatter that replies to nothing is not relayed.
    before = len(emulator.events_for(user.id))
    agent.write("lunch anyone?")
    agent.write("/claim", reply_to=follow.message)
    await agent.group_event(lambda e: e.text == "✅ TP-000001 已由 Lin 认领。", after=mark)
    assert len(emulator.events_for(user.id)) == before
    assert bot.query("SELECT priority, claimed_by_name FROM tickets") == [("normal", "Lin")]


async def test_every_flow_ticket_reaches_the_desk_with_its_priority(
    forum, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot()
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    user.send("/login")
    user.press(await user.reply(), "locked")
    await user.reply()
    user.send("ann@mail.com")
    user.press(await user.reply(), "Today")
    user.press(await user.reply(), "iPhone")
    await user.reply()
    user.send("/feedback")
    user.press(await user.reply(), "5")
    await user.reply()
    user.send("Nice bot")
    await user.reply()
    topics = []
    for _ in range(2):
        event = await emulator.wait_for_event(
            lambda e: e.method == "createForumTopic" and e not in topics
        )
        topics.append(event)
    names = [e.params["name"] for e in topics]
    assert names == ["TP-000001 · 高 · 账户安全", "TP-000002 · 低 · 意见反馈"]
    security = await agent.group_event(lambda e: e.text.startswith("🔴 TP-000001"))
    assert "• 注册邮箱/手机号：a***@mail.com" in security.text
    assert "ann@mail.com" not in security.text
    assert bot.query("SELECT priority FROM tickets ORDER BY id") == [("high",), ("low",)]


async def test_relays_arrive_exactly_once_with_20_percent_of_sends_failing(
    forum, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot(PRIVATE_CHAT_INTERVAL_SECONDS="0")
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    user.send("/agent")
    await user.reply()
    user.send("Relay test ticket")
    await user.reply()
    card = await agent.group_event(lambda e: "TP-000001" in e.text and e.buttons)
    thread = card.message["message_thread_id"]
    emulator.fail_randomly(0.2, codes=(429, 500))
    for n in range(15):
        user.send(f"user message {n}")
        agent.write(f"agent message {n}", thread=thread)
    await emulator.wait_until(
        lambda: (
            all(
                any(f"user message {n}" in e.text for e in emulator.events_for(agent.group_id))
                for n in range(15)
            )
            and sum("agent message" in e.text for e in emulator.events_for(user.id)) >= 15
        ),
        timeout=60,
    )
    await asyncio.sleep(1)
    group_text = "\n".join(e.text for e in emulator.events_for(agent.group_id))
    user_texts = [e.text for e in emulator.events_for(user.id) if "agent message" in e.text]
    for n in range(15):
        assert len(re.findall(rf"user message {n}(?!\d)", group_text)) == 1, n
        assert user_texts.count(f"agent message {n}") == 1, n
    # Order per ticket is kept: the user's messages reach the topic in the order written.
    positions = [re.search(rf"user message {n}(?!\d)", group_text).start() for n in range(15)]
    assert positions == sorted(positions)
    # topic + card + opening message + 15 relays each way, every one sent exactly once
    assert bot.query("SELECT status, COUNT(*) FROM outbox GROUP BY status") == [("sent", 33)]


async def test_fifty_users_at_once_reach_a_rate_limited_group_without_429(
    forum, desk_bot, emulator, make_user, make_agent
):
    # Telegram's 20 messages a minute per group, scaled to 20 per 2 s to keep the test short.
    emulator.limit_groups(20, 2.0)
    bot = await desk_bot(GROUP_MAX_MESSAGES="20", GROUP_WINDOW_SECONDS="2")
    agent = make_agent("Lin")
    users = [make_user(f"U{n}", "en") for n in range(50)]
    for user in users:
        user.send("/agent")
    for user in users:
        await user.reply()
    for n, user in enumerate(users):
        user.send(f"first words of user {n}")
    for user in users:
        await user.reply(timeout=30)
    for n, user in enumerate(users):
        for k in range(3):
            user.send(f"follow-up {k} of user {n}")
    await emulator.wait_until(
        lambda: all(
            re.search(
                rf"follow-up 2 of user {n}(?!\d)",
                "\n".join(e.text for e in emulator.events_for(agent.group_id)),
            )
            for n in range(50)
        ),
        timeout=120,
    )
    assert emulator.rate_limited == 0
    group_text = "\n".join(e.text for e in emulator.events_for(agent.group_id))
    for n in range(50):
        spots = [
            re.search(rf"follow-up {k} of user {n}(?!\d)", group_text).start() for k in range(3)
        ]
        assert spots == sorted(spots)
        assert len(re.findall(rf"follow-up 0 of user {n}(?!\d)", group_text)) == 1
    sends = sum(1 for e in emulator.events_for(agent.group_id) if e.message is not None)
    # Queued follow-ups were coalesced: fewer group messages than relayed user messages.
    assert sends < 50 * 3 + 50 * 2
    assert bot.query("SELECT COUNT(*) FROM ticket_messages") == [(50 * 4,)]


async def test_pending_relays_resume_after_a_kill(forum, desk_bot, emulator, make_user, make_agent):
    bot = await desk_bot()
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    user.send("/agent")
    await user.reply()
    user.send("Before the crash")
    await user.reply()
    card = await agent.group_event(lambda e: "TP-000001" in e.text and e.buttons)
    await agent.group_event(lambda e: "Before the crash" in e.text, after=card.seq)
    # Telegram fails: the relay is stored but cannot be sent.
    emulator.faults.append(Fault(502, count=1000))
    user.send("stored while Telegram failed")
    await emulator.wait_until(
        lambda: (
            bot.query(
                "SELECT o.status, o.attempts > 0 FROM outbox o JOIN ticket_messages m"
                " ON m.id = o.ticket_message_id WHERE m.text = 'stored while Telegram failed'"
            )
            == [("pending", 1)]
        ),
        timeout=10,
    )
    await bot.kill()
    emulator.faults.clear()
    await bot.start()
    relayed = await agent.group_event(
        lambda e: "stored while Telegram failed" in e.text, after=card.seq
    )
    assert relayed.message["message_thread_id"] == card.message["message_thread_id"]
    assert button_labels(card)[0] == "🙋 认领"


async def test_outside_business_hours_users_hear_when_to_expect_an_answer(
    forum, desk_bot, emulator, make_user, make_agent
):
    # Agents work only on a weekday that is not today, so now is outside business hours.
    other_day = datetime.now(UTC).isoweekday() % 7 + 1
    bot = await desk_bot(BUSINESS_HOURS="09:00-18:00", BUSINESS_DAYS=str(other_day), TIMEZONE="UTC")
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    user.send("/agent")
    await user.reply()
    user.send("Is anyone there?")
    ack = await user.reply()
    assert "🌙 Our agents are off duty right now. Working hours are 09:00-18:00 (UTC)" in ack.text
    await agent.group_event(lambda e: "TP-000001" in e.text and e.buttons)
    # The acknowledgement said it; the next messages within 12 hours do not repeat it.
    user.send("hello?")
    await agent.group_event(lambda e: "hello?" in e.text)
    user.send("still there?")
    await agent.group_event(lambda e: "still there?" in e.text)
    assert len([e for e in emulator.events_for(user.id) if "off duty" in e.text]) == 1
    assert bot.query("SELECT off_hours_notice_at IS NOT NULL FROM tickets") == [(1,)]


async def test_failed_transfer_ticket_reaches_the_desk_with_checklist(
    plain_group, desk_bot, emulator, make_user, make_agent
):
    await desk_bot()
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    user.send("/transfer")
    user.press(await user.reply(), "To a contact")
    user.press(await user.reply(), "It failed")
    assert (await user.reply()).text.startswith("What was the amount")
    user.send("42 USDT")
    user.press(await user.reply(), "Today")
    assert (await user.reply()).text.startswith("Who was the recipient?")
    user.send("bob@example.com")
    user.press(await user.reply(), "Skip")
    check = await user.reply()
    for _ in range(4):
        user.press(check, "No")
        check = await user.reply()
    user.press(check, "I need an agent")
    await user.reply()
    card = await agent.group_event(lambda e: "TP-000001" in e.text and e.buttons)
    assert card.text.startswith("🔴 TP-000001 · 高 · 资金")
    for line in (
        "• 金额：42 USDT",
        "• 收款方：b***@example.com",
        "• 网络稳定：否",
        "• 未超限额：否",
    ):
        assert line in card.text, line
