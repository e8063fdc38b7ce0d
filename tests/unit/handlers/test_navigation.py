"""/cancel, and a button left over from a finished conversation (in-process)."""

from __future__ import annotations

from bot.sandbox.people import button_labels


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
