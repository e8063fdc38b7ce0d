"""Language switch, /cancel, and buttons that are stale or forged."""

from __future__ import annotations

from bot.sandbox.people import button_labels


async def test_language_switch_is_stored_and_used(bot, make_user):
    user = make_user("小明", "zh-hans")
    user.send("/language")
    prompt = await user.reply()
    assert prompt.text == "请选择你的语言："
    user.press(prompt.message, "English")
    done = await user.reply()
    assert done.text.startswith("✅ Language set to English.")
    assert "Failed transfer" in " ".join(button_labels(done))
    assert bot.query("SELECT locale FROM users WHERE id = ?", user.id) == [("en",)]
    user.send("/start")
    assert (await user.reply()).text.startswith("Hi 小明!")


async def test_language_from_menu_button(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/menu")
    menu = await user.reply()
    user.press(menu, "Language")
    prompt = await user.reply()
    user.press(prompt.message, "中文")
    assert (await user.reply()).text.startswith("✅ 已切换为中文。")


async def test_cancel_leaves_faq_and_returns_to_menu(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/faq")
    topics = await user.reply()
    user.press(topics.message, "Transfers")
    questions = await user.reply()
    user.send("/cancel")
    cancelled = await user.reply()
    assert cancelled.text.startswith("Stopped. You are back at the start.")
    assert len(button_labels(cancelled)) == 8
    # The conversation is over: its Back button is now stale, and says so.
    user.press(questions.message, "Back")
    stale = await user.reply()
    assert stale.text.startswith("This button has expired")
    assert (await user.callback_answer()).params["text"].startswith("This button has expired")
    user.send("/cancel")
    assert (await user.reply()).text.startswith("There is nothing in progress to cancel.")


async def test_forged_and_old_format_buttons_are_answered_as_stale(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/start")
    menu = await user.reply()
    for data in ("0:m:faq", "1:faq:e:no-such-entry", "garbage", "1:lang:set:fr"):
        user.press_data(menu.message, data)
        reply = await user.reply()
        assert reply.text, data
    # An unknown FAQ entry falls back to the topic list; an unknown language re-asks.
    assert reply.text == "Choose your language:"
