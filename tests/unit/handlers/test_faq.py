"""The FAQ by buttons: topic → question → answer → Back (in-process)."""

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
