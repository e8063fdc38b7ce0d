"""Agent assist: the ticket card offers the answers that best match the user's words; one tap
sends one to the user in the user's language, checked like any agent message."""

from __future__ import annotations

from bot.sandbox.people import button_labels

NOT_AGENT = "抱歉，只有客服人员可以执行这个操作。"


async def test_the_card_suggests_answers_and_one_tap_sends_it_in_the_users_language(
    forum, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot()
    agent = make_agent("Lin")
    user = make_user("Bo", "zh")
    user.send("/agent")
    await user.reply()
    user.send("忘记密码了，登录不上去，怎么重置？")
    await user.reply()
    card = await agent.group_event(lambda e: "TP-000001" in e.text and bool(e.buttons))
    assert "💡 可能解决问题的答案：1. 忘记登录密码怎么办？" in card.text
    labels = button_labels(card)
    assert labels[6] == "📤 发送答案 1：忘记登录密码怎么办？" and len(labels) == 8
    assert bot.query("SELECT suggested FROM tickets")[0][0].startswith("forgot-password,")
    mark = emulator.last_seq
    agent.press(card.message, "发送答案 1")
    answer = await user.reply()
    assert answer.text.startswith("在 tpWallet 登录页点击「忘记密码」")
    notice = await agent.group_event(lambda e: "已发送答案" in e.text, after=mark)
    assert notice.text == "📤 已发送答案“忘记登录密码怎么办？”（zh）。"
    rows = bot.query("SELECT direction, author_id FROM ticket_messages WHERE direction = 'out'")
    assert rows == [("out", agent.id)]
    # The agent's tap is answered (its answer may come after the notice in the group).
    done = await emulator.wait_for_event(
        lambda e: e.method == "answerCallbackQuery" and e.seq > mark
    )
    # A stranger in the group cannot use the card.
    stranger = make_agent("Eve", member=False)
    stranger.press(card.message, "发送答案 2")
    refused = await emulator.wait_for_event(
        lambda e: e.method == "answerCallbackQuery" and e.seq > max(done.seq, notice.seq)
    )
    assert refused.params["text"] == NOT_AGENT
    assert len(bot.query("SELECT id FROM ticket_messages WHERE direction = 'out'")) == 1


async def test_an_agent_corrects_the_category_and_the_users_words_become_an_example(
    forum, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot()
    agent = make_agent("Lin")
    user = make_user("Ann", "en")
    user.send("/agent")
    await user.reply()
    user.send("the app keeps crashing when I open the card page")
    await user.reply()
    card = await agent.group_event(lambda e: "TP-000001" in e.text and bool(e.buttons))
    agent.press(card.message, "分类")
    chooser = await agent.group_event(lambda e: "实际属于哪个分类" in e.text, after=card.seq)
    # The classifier filed it as technical: that is not offered again.
    assert bot.query("SELECT category FROM tickets") == [("technical",)]
    assert "技术问题" not in button_labels(chooser) and len(button_labels(chooser)) == 5
    agent.press(chooser.message, "投诉")
    done = await agent.group_event(lambda e: "已改为" in e.text, after=chooser.seq)
    assert done.text == "🏷 TP-000001 已改为：投诉。已记为一条标注样例。"
    assert bot.query("SELECT category FROM tickets") == [("complaint",)]
    assert bot.query("SELECT text, label, source, actor_id FROM labelled_examples") == [
        (
            "the app keeps crashing when I open the card page",
            "category:complaint",
            "agent-correction",
            agent.id,
        )
    ]
    events = bot.query("SELECT kind, new_value FROM ticket_events WHERE kind = 'category'")
    assert events == [("category", "complaint")]
