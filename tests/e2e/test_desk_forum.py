"""The agent desk in a forum supergroup: one topic per ticket, relays both ways."""

from __future__ import annotations

from tests.e2e.harness import button_labels


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
    assert button_labels(card) == [
        "🙋 认领",
        "⬆️ 提高优先级",
        "⬇️ 降低优先级",
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
