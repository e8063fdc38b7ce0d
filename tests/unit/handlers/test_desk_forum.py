"""The agent desk in a forum supergroup: one topic per ticket, relays both ways."""

from __future__ import annotations

import asyncio

from bot.sandbox.people import button_labels


async def _agent_ticket(user, text: str):
    user.send("/agent")
    await user.reply()
    user.send(text)
    return await user.reply()


async def test_ticket_topic_card_and_two_way_relay(
    forum, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot()
    agent = make_agent("Lin")
    user = make_user("Ann", "en")
    ack = await _agent_ticket(user, "My top-up shows twice")
    assert "TP-000001" in ack.text

    topic = await emulator.wait_for_event(lambda e: e.method == "createForumTopic")
    assert topic.params["name"] == "TP-000001 · 低 · 咨询"
    card = await agent.group_event(lambda e: "TP-000001" in e.text)
    thread = card.message["message_thread_id"]
    assert "👤 Ann（ID" in card.text and "语言 en" in card.text
    assert button_labels(card)[:6] == [  # then the suggested answers' buttons (agent assist)
        "🙋 认领",
        "⬆️ 提高优先级",
        "⬇️ 降低优先级",
        "🏷 分类",
        "✅ 已解决",
        "🔒 关闭",
    ]
    first = await agent.group_event(lambda e: "My top-up shows twice" in e.text, after=card.seq)
    assert first.message["message_thread_id"] == thread

    # Agent → user: text and photo, copied, without the agent's name.
    mark = emulator.last_seq
    agent.write("Hello Ann, checking now.", thread=thread)
    reply = await user.reply()
    assert reply.method == "copyMessage" and reply.text == "Hello Ann, checking now."
    agent.write(media="photo", caption="Here is the screenshot", thread=thread)
    photo = await user.reply()
    assert "photo" in photo.message and photo.text == "Here is the screenshot"

    # User → agent: follow-up text and photo land in the topic.
    user.send("Thanks, here is mine")
    relayed = await agent.group_event(lambda e: "Thanks, here is mine" in e.text, after=mark)
    assert relayed.message["message_thread_id"] == thread
    user.send_media("photo", caption="bank statement")
    media = await agent.group_event(lambda e: "photo" in e.message, after=relayed.seq)
    assert media.message["message_thread_id"] == thread and "bank statement" in media.text

    # An internal note is stored and never reaches the user.
    before = len(emulator.events_for(user.id))
    agent.write("// user seems legit", thread=thread)
    saved = await agent.group_event(lambda e: "内部备注已保存" in e.text, after=media.seq)
    assert len(emulator.events_for(user.id)) == before
    rows = bot.query("SELECT direction, content_type, text FROM ticket_messages ORDER BY id")
    assert rows == [
        ("in", "text", "My top-up shows twice"),
        ("out", "text", "Hello Ann, checking now."),
        ("out", "photo", "Here is the screenshot"),
        ("in", "text", "Thanks, here is mine"),
        ("in", "photo", "bank statement"),
        ("note", "text", "user seems legit"),
    ]
    assert bot.query("SELECT first_response_at IS NOT NULL FROM tickets") == [(1,)]
    assert saved.message["message_thread_id"] == thread


async def _ticket_in_topic(user, agent, emulator, text="Where can I find my coupons?"):
    ack = await _agent_ticket(user, text)
    card = await agent.group_event(lambda e: "TP-" in e.text and e.buttons)
    return ack, card, card.message["message_thread_id"]


async def test_claim_priority_close_and_rating(forum, desk_bot, emulator, make_user, make_agent):
    bot = await desk_bot()
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    _, card, thread = await _ticket_in_topic(user, agent, emulator)
    agent.press(card.message, "认领")
    claimed = await agent.group_event(
        lambda e: e.method == "editMessageText" and "处理人：Lin" in e.text, after=card.seq
    )
    assert "状态：处理中" in claimed.text
    agent.press(claimed.message, "提高优先级")
    raised = await agent.group_event(
        lambda e: e.method == "editMessageText" and "🟡" in e.text, after=claimed.seq
    )
    assert "普通" in raised.text.splitlines()[0]
    mark = emulator.last_seq
    agent.write("/close refund sent", thread=thread)
    closing = await user.reply()
    assert closing.text.startswith("🔒 Your ticket TP-000001 has been closed.\nNote: refund sent")
    assert "How would you rate" in closing.text
    assert [b["text"] for b in closing.buttons[0]] == ["1 ⭐", "2 ⭐", "3 ⭐", "4 ⭐", "5 ⭐"]
    closed_card = await agent.group_event(
        lambda e: e.method == "editMessageText" and "状态：已关闭" in e.text, after=mark
    )
    assert [b["text"] for row in closed_card.buttons for b in row] == ["🔄 重新打开"]
    user.press(closing, "4 ⭐")
    comment = await user.reply()
    assert comment.text.startswith("Thank you for rating!")
    user.send("Quick and kind, thanks")
    assert (await user.reply()).text.startswith("🙏 Thank you for your rating")
    assert bot.query(
        "SELECT status, priority, rating, rating_comment, claimed_by_name FROM tickets"
    ) == [("closed", "normal", 4, "Quick and kind, thanks", "Lin")]
    events = [row[0] for row in bot.query("SELECT kind FROM ticket_events ORDER BY id")]
    assert events == ["created", "claim", "priority", "status"]
    await agent.group_event(lambda e: "用户评分：4/5" in e.text, after=mark)
    said = await agent.group_event(lambda e: "已由 Lin 关闭" in e.text, after=mark)
    assert said.text == "✅ TP-000001 已由 Lin 关闭，并已请用户评分。"
    comment_in_topic = await agent.group_event(lambda e: "💬" in e.text, after=mark)
    assert comment_in_topic.text == "💬 用户随评分留下的意见：Quick and kind, thanks"
    assert comment_in_topic.message["message_thread_id"] == thread
    # Rating twice does nothing.
    user.press(closing, "1 ⭐")
    assert (await user.reply()).text.startswith("This button has expired")
    assert bot.query("SELECT rating FROM tickets") == [(4,)]
    # The topic's name shows the state: ✅ once closed, gone again on reopening.
    closed_name = await emulator.wait_for_event(
        lambda e: e.method == "editForumTopic" and e.params["name"].startswith("✅ TP-000001")
    )
    assert closed_name.params["message_thread_id"] == thread
    agent.write("/reopen", thread=thread)
    reopened_name = await emulator.wait_for_event(
        lambda e: e.method == "editForumTopic" and e.seq > closed_name.seq
    )
    assert reopened_name.params["name"] == "TP-000001 · 普通 · 咨询"


async def test_non_agent_is_refused_and_blocked_user_is_reported(
    forum, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot()
    agent, outsider, user = make_agent("Lin"), make_agent("Mallory", member=False), make_user()
    _, card, thread = await _ticket_in_topic(user, agent, emulator)
    mark = emulator.last_seq
    outsider.write("/claim", thread=thread)
    refusal = await agent.group_event(lambda e: "只有客服人员" in e.text, after=mark)
    assert refusal.message["reply_to_message"]["from"]["id"] == outsider.id
    outsider.press(card.message, "认领")
    answer = await emulator.wait_for_event(lambda e: e.method == "answerCallbackQuery", after=mark)
    assert answer.params["text"] == "抱歉，只有客服人员可以执行这个操作。"
    assert bot.query("SELECT claimed_by FROM tickets") == [(None,)]

    emulator.block_bot(user.id)
    agent.write("Are you still there?", thread=thread)
    report = await agent.group_event(lambda e: "无法送达" in e.text, after=mark)
    assert report.message["message_thread_id"] == thread
    assert bot.query("SELECT blocked_bot FROM users WHERE id = ?", user.id) == [(1,)]


async def test_sla_reminder_fires_once(forum, desk_bot, emulator, make_user, make_agent):
    bot = await desk_bot(SLA_LOW_MINUTES="0.01", SLA_CHECK_SECONDS="0.3")
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    _, card, thread = await _ticket_in_topic(user, agent, emulator)
    reminder = await agent.group_event(lambda e: "SLA 提醒：TP-000001" in e.text, after=card.seq)
    assert reminder.message["message_thread_id"] == thread
    await asyncio.sleep(1.5)  # several more SLA checks pass
    reminders = [e for e in emulator.events_for(agent.group_id) if "SLA 提醒" in e.text]
    assert len(reminders) == 1
    assert bot.query("SELECT sla_reminded_at IS NOT NULL FROM tickets") == [(1,)]


async def test_edits_reopen_and_duplicate_updates(forum, desk_bot, emulator, make_user, make_agent):
    bot = await desk_bot()
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    _, card, thread = await _ticket_in_topic(user, agent, emulator)
    original = user.send("I sent 100 USDT")
    await agent.group_event(lambda e: "I sent 100 USDT" in e.text, after=card.seq)
    emulator.edit_user_message(original, "I sent 150 USDT")
    edited = await agent.group_event(lambda e: "I sent 150 USDT" in e.text, after=card.seq)
    assert "✏️（已编辑）" in edited.text

    # The same update delivered twice is applied once.
    mark = emulator.last_seq
    user.send("only once please")
    await agent.group_event(lambda e: "only once please" in e.text, after=mark)
    emulator.redeliver_last_update()
    await asyncio.sleep(1)
    assert (
        len([e for e in emulator.events_for(agent.group_id) if "only once please" in e.text]) == 1
    )
    assert bot.query("SELECT COUNT(*) FROM ticket_messages WHERE text = 'only once please'") == [
        (1,)
    ]

    agent.write("/close", thread=thread)
    await user.reply()
    mark = emulator.last_seq
    user.send("Sorry, one more question")
    reopened = await agent.group_event(lambda e: "重新打开" in e.text and not e.buttons, after=mark)
    assert reopened.message["message_thread_id"] == thread
    await agent.group_event(lambda e: "Sorry, one more question" in e.text, after=mark)
    assert bot.query("SELECT status FROM tickets") == [("open",)]


async def test_group_commands_queue_snippets_history_ban(
    forum, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot()
    agent, user = make_agent("Lin"), make_user("小明", "zh-hans")
    _, _card, thread = await _ticket_in_topic(user, agent, emulator, text="转账一直没到账")
    mark = emulator.last_seq
    agent.write("/tickets", thread=thread)
    queue = await agent.group_event(lambda e: "待处理工单（1）" in e.text, after=mark)
    # The classifier filed "the transfer has not arrived" as a HIGH funds ticket.
    assert "TP-000001 · 高 · 待处理" in queue.text and "距首次回复时限还有" in queue.text
    agent.write("/snippet add refund en Your refund is on its way.", thread=thread)
    await agent.group_event(lambda e: "已保存快捷回复“refund”（en）" in e.text, after=mark)
    agent.write("/snippet add refund zh 退款正在处理中。", thread=thread)
    await agent.group_event(lambda e: "已保存快捷回复“refund”（zh）" in e.text, after=mark)
    agent.write("/snippet list", thread=thread)
    listing = await agent.group_event(lambda e: e.text.startswith("💬 快捷回复"), after=mark)
    assert "refund [en]" in listing.text and "refund [zh]" in listing.text
    agent.write("/s refund", thread=thread)
    snippet = await user.reply()
    assert snippet.text == "退款正在处理中。"
    agent.write("/history", thread=thread)
    history = await agent.group_event(lambda e: "的工单：" in e.text, after=mark)
    assert "TP-000001 · 待处理 · 咨询" in history.text
    assert f"用户 {user.id} 的工单" in history.text
    notices = [e for e in emulator.events_for(agent.group_id) if "已发送快捷回复" in e.text]
    assert len(notices) == 1
    agent.write("/priority urgent", thread=thread)
    await agent.group_event(lambda e: e.text == "用法：/priority high|normal|low", after=mark)
    agent.write("/ban", thread=thread)
    await agent.group_event(lambda e: "已被限制" in e.text, after=mark)
    user.send("hello?")
    notice = await user.reply()
    assert notice.text.startswith("你已被限制使用本客服机器人")
    user.send("hello again?")
    await asyncio.sleep(1)
    assert not [e for e in emulator.events_for(agent.group_id) if "hello" in e.text]
    assert len([e for e in emulator.events_for(user.id) if "已被限制" in e.text]) == 1
    assert bot.query("SELECT COUNT(*) FROM bans") == [(1,)]


async def test_each_agent_is_answered_in_their_own_language(
    forum, desk_bot, emulator, make_user, make_agent
):
    await desk_bot(DESK_LOCALE="en")
    sam = make_agent("Sam", language="en")
    lin = make_agent("Lin", language="zh")
    user = make_user("Ann", "en")
    user.send("/agent")
    await user.reply()
    user.send("My top-up shows twice")
    await user.reply()
    card = await sam.group_event(lambda e: "TP-000001" in e.text and bool(e.buttons))
    thread = card.message["message_thread_id"]
    # What the whole group reads is in DESK_LOCALE.
    assert "Claim" in str(card.buttons) and "Status: " in card.text
    mark = emulator.last_seq
    sam.write("/priority high", thread=thread)
    said = await sam.group_event(lambda e: "TP-000001" in e.text and "✅" in e.text, after=mark)
    assert said.text == "✅ TP-000001 set to High priority by Sam."
    lin.write("/claim", thread=thread)
    claimed = await lin.group_event(lambda e: "认领" in e.text and "✅" in e.text, after=said.seq)
    assert claimed.text == "✅ TP-000001 已由 Lin 认领。"
    # A card button answers the agent who pressed it in their language.
    lin.press(card.message, "Resolve")
    toast = await emulator.wait_for_event(
        lambda e: e.method == "answerCallbackQuery" and e.seq > claimed.seq
    )
    assert toast.params["text"] == "✅ 已完成。"


async def test_a_users_acknowledgement_does_not_wait_for_the_agents_group(
    forum, desk_bot, emulator, make_user, make_agent
):
    import time

    await desk_bot()
    agent = make_agent("Lin")
    user = make_user("Ann", "en")
    emulator.hold_chat(forum)  # every send into the group waits (topic, card, relays)
    user.send("/agent")
    await user.reply()
    started = time.monotonic()
    user.send("My top-up shows twice")
    ack = await user.reply(timeout=4)
    waited = time.monotonic() - started
    assert "TP-000001 created" in ack.text
    # Were the acknowledgement queued behind the group, it would wait until the release below.
    assert waited < 2.0, waited
    await emulator.wait_until(lambda: emulator.held >= 1, timeout=5)  # the group's turn is held
    assert not emulator.events_for(forum)
    emulator.release_chat(forum)
    card = await agent.group_event(lambda e: "TP-000001" in e.text and bool(e.buttons))
    assert card.message["message_thread_id"]
