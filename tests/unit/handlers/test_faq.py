"""The FAQ: by buttons (topic → question → answer → Back) and by free text in both languages."""

from __future__ import annotations

from bot.sandbox.people import button_labels


async def test_browse_faq_by_buttons_and_back(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/start")
    menu = await user.reply()
    user.press(menu, "FAQ")
    topics = await user.reply()
    assert topics.text.startswith("❓ FAQ — choose a topic:")
    assert "never messages you first" in topics.text
    assert button_labels(topics)[:5] == [
        "🔑 Account & login",
        "🛡️ Security",
        "💸 Transfers",
        "💳 Top-ups, payments & fees",
        "☎️ Contacting support",
    ]
    user.press(topics.message, "Security")
    questions = await user.reply()
    assert questions.text == "🛡️ Security — choose a question:"
    user.press(questions.message, "Will support ever ask")
    answer = await user.reply()
    assert "No, never." in answer.text
    assert "Not answered? Talk to an agent" in button_labels(answer)[0]
    user.press(answer.message, "Back")
    again = await user.reply()
    assert again.text == "🛡️ Security — choose a question:"
    user.press(again.message, "Back")
    assert (await user.reply()).text.startswith("❓ FAQ — choose a topic:")


async def test_free_text_in_chinese_gets_the_matching_answer_and_is_recorded(bot, make_user):
    user = make_user("小明", "zh-CN")
    user.send("转账一直显示处理中，钱还没到账")
    reply = await user.reply()
    assert reply.text.startswith("我找到了最相关的解答")
    assert "转账一直显示处理中、没有到账？" in reply.text
    assert "没解决？联系人工客服" in " ".join(button_labels(reply))
    rows = bot.query("SELECT text, faq_entry, locale FROM questions WHERE user_id = ?", user.id)
    assert rows == [("转账一直显示处理中，钱还没到账", "transfer-delayed", "zh")]


async def test_free_text_in_english_gets_the_answer_with_a_way_to_a_person(bot, make_user):
    user = make_user("Ann", "en")
    user.send("I can't remember my password, how do I reset it?")
    reply = await user.reply()
    assert reply.text.startswith("Here is the closest answer I found")
    assert "I forgot my password. What now?" in reply.text
    assert any("Talk to an agent" in label for label in button_labels(reply))
    rows = bot.query("SELECT faq_entry FROM questions WHERE user_id = ?", user.id)
    assert rows == [("forgot-password",)]


async def test_out_of_scope_question_is_declined_honestly_with_the_menu(bot, make_user):
    user = make_user("Ann", "en")
    user.send("what's the weather like today")
    reply = await user.reply()
    assert reply.text.startswith("I'm sorry, I can't answer that one")
    assert len(button_labels(reply)) == 8
    assert bot.query("SELECT faq_entry FROM questions") == [(None,)]


async def test_a_greeting_is_greeted_back(bot, make_user):
    user = make_user("小明", "zh-CN")
    user.send("你好 在吗")
    reply = await user.reply()
    assert reply.text.startswith("你好！👋")
    assert bot.query("SELECT COUNT(*) FROM tickets") == [(0,)]


async def test_an_urgent_report_gets_the_security_steps_first_and_a_high_ticket(bot, make_user):
    user = make_user("Ann", "en")
    user.send("someone logged into my account and withdrew all my USDT")
    reply = await user.reply()
    assert reply.text.startswith("🚨 Act now to protect your funds:")
    steps = reply.text.index("Change your tpWallet password")
    assert steps < reply.text.index("TP-000001")
    assert "(priority: High)" in reply.text
    rows = bot.query("SELECT category, priority, subject FROM tickets")
    assert rows == [("account_security", "high", "subject-urgent-report")]
    words = bot.query("SELECT text FROM ticket_messages")
    assert words == [("someone logged into my account and withdrew all my USDT",)]


async def test_very_long_question_is_refused_politely(bot, make_user):
    user = make_user("Ann", "en")
    user.send("help " * 2000)
    reply = await user.reply()
    assert reply.text.startswith("That message is too long (over 1,000 characters)")
    assert bot.query("SELECT COUNT(*) FROM questions") == [(0,)]
