"""/draft in a ticket's topic, over the real bot and a local stand-in of an OpenAI-compatible
endpoint (no language model runs in the tests): the draft reaches the agents only, built from
the best-matching entries in the user's language; what a model must not say is dropped."""

from __future__ import annotations

from tests.model_stand_in import StandIn, answering, completion, stand_in

__all__ = ["stand_in"]  # the shared fixture


async def _ticket(user, agent, text: str) -> int:
    user.send("/agent")
    await user.reply()
    user.send(text)
    await user.reply()
    card = await agent.group_event(lambda e: "TP-000001" in e.text and bool(e.buttons))
    return card.message["message_thread_id"]


async def test_a_draft_reaches_the_agents_only(
    forum, desk_bot, emulator, make_user, make_agent, stand_in: StandIn
):
    bot = await desk_bot(DRAFT_API_URL=stand_in.base_url, DRAFT_MODEL="local-7b")
    agent, user = make_agent("Lin"), make_user("Bo", "zh")
    thread = await _ticket(user, agent, "忘记密码了，登录不上去，怎么重置？")
    stand_in.reply = answering(completion("在登录页点“忘记密码”，按提示重置即可。"))
    mark = emulator.last_seq
    agent.write("/draft", thread=thread)
    draft = await agent.group_event(lambda e: "✍️" in e.text, after=mark)
    assert draft.text.startswith("✍️ 供你审阅的草稿（没有发给用户")
    assert draft.text.endswith("在登录页点“忘记密码”，按提示重置即可。")
    sent = stand_in.received[0].body
    assert sent["model"] == "local-7b"
    prompt = sent["messages"][1]["content"]
    assert "忘记密码了，登录不上去" in prompt and "Q: 忘记登录密码怎么办？" in prompt
    assert "Simplified Chinese" in sent["messages"][0]["content"]
    assert [e for e in emulator.events_for(user.id) if e.seq > mark] == []
    assert bot.query("SELECT COUNT(*) FROM ticket_messages WHERE direction = 'out'") == [(0,)]


async def test_a_draft_that_asks_for_a_secret_is_dropped_and_a_model_that_is_down_is_said(
    forum, desk_bot, emulator, make_user, make_agent, stand_in: StandIn
):
    await desk_bot(DRAFT_API_URL=stand_in.base_url)
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    thread = await _ticket(user, agent, "I forgot my password and can't log in")
    stand_in.reply = answering(completion("Please send us your recovery phrase to verify you."))
    mark = emulator.last_seq
    agent.write("/draft", thread=thread)
    dropped = await agent.group_event(lambda e: "✍️" in e.text, after=mark)
    assert dropped.text == "✍️ 草稿已丢弃：它向用户索要了敏感信息，而客服从不这样做。"
    stand_in.reply = answering({"error": "model not loaded"}, status=503)
    agent.write("/draft", thread=thread)
    down = await agent.group_event(lambda e: "✍️" in e.text, after=dropped.seq)
    assert down.text == "✍️ 草稿模型没有及时响应，请稍后再试。"


async def test_without_an_endpoint_drafting_is_off(
    forum, desk_bot, emulator, make_user, make_agent
):
    await desk_bot()
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    thread = await _ticket(user, agent, "I forgot my password and can't log in")
    agent.write("/draft", thread=thread)
    off = await agent.group_event(lambda e: "✍️" in e.text)
    assert off.text.startswith("✍️ 草稿功能未开启")
