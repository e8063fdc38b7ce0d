"""Complaint (with attachments, Edit and Submit), feedback, and feedback turned complaint."""

from __future__ import annotations

from tests.e2e.harness import button_labels


async def _complaint_until_attachments(user):
    user.send("/complaint")
    category = await user.reply()
    assert category.text == "📝 What is your complaint about?"
    user.send("fees")
    assert (await user.reply()).text.startswith("Please choose with the buttons below.")
    user.press(category, "Fees")
    description = await user.reply()
    assert description.text.startswith("Please describe what happened (10–4,000 characters)")
    user.send("too short")
    assert (await user.reply()).text.startswith("That is a little short")
    user.send("x" * 10_000)
    assert (await user.reply()).text.startswith("That is too long: please keep it under 4,000")
    user.send("I was charged the fee twice for one transfer on Monday.")
    attach = await user.reply()
    assert "Received so far: 0" in attach.text
    return attach


async def test_complaint_with_attachments_edit_and_submit_creates_normal_ticket(bot, make_user):
    user = make_user("Ann", "en")
    await _complaint_until_attachments(user)
    user.send_media("photo", caption="first charge")
    assert "Received so far: 1" in (await user.reply()).text
    user.send_media("document")
    attach = await user.reply()
    assert "Received so far: 2" in attach.text
    user.send("here is more text")
    assert (await user.reply()).text.startswith("Please send a photo or a file")
    user.press(attach, "Done")
    assert (await user.reply()).text.startswith("What outcome would you like?")
    user.send("Refund the second fee")
    summary = await user.reply()
    assert summary.text == (
        "📋 Please check your complaint:\n• Category: Fees\n"
        "• Description: I was charged the fee twice for one transfer on Monday.\n"
        "• Attachments: 2\n• Outcome wanted: Refund the second fee"
    )
    user.press(summary, "Edit")
    pick = await user.reply()
    user.press(pick, "Outcome wanted")
    assert (await user.reply()).text.startswith("What outcome would you like?")
    user.send("Refund the second fee and explain why")
    summary = await user.reply()
    assert "Outcome wanted: Refund the second fee and explain why" in summary.text
    user.press(summary, "Submit")
    done = await user.reply()
    assert "Ticket TP-000001 created (priority: Normal)" in done.text
    assert "within 2 hours" in done.text

    assert bot.query("SELECT category, priority, subject FROM tickets") == [
        ("complaint", "normal", "complaint-cat-fees")
    ]
    messages = bot.query("SELECT content_type, text FROM ticket_messages ORDER BY id")
    assert messages == [
        ("text", "I was charged the fee twice for one transfer on Monday."),
        ("photo", "first charge"),
        ("document", ""),
    ]
    assert "Refund the second fee and explain why" in bot.query("SELECT details FROM tickets")[0][0]


async def test_restart_in_the_middle_of_a_complaint_resumes_it(bot, make_user):
    user = make_user("Ann", "en")
    attach = await _complaint_until_attachments(user)
    user.send_media("photo")
    assert "Received so far: 1" in (await user.reply()).text
    await bot.kill()
    await bot.start()
    user.send_media("photo")
    # The kill may have come before the photo was marked handled: its step was written, so
    # the replay asks the same question once more instead of counting the photo twice.
    answer = await user.reply()
    if "Received so far: 1" in answer.text:
        answer = await user.reply()
    assert "Received so far: 2" in answer.text
    user.press(attach, "Done")
    assert (await user.reply()).text.startswith("What outcome would you like?")


async def test_high_rating_feedback_is_stored_as_low_ticket(bot, make_user):
    user = make_user("小明", "zh-hans")
    user.send("/feedback")
    rating = await user.reply()
    assert rating.text.startswith("💡 总体来说")
    user.press(rating, "5")
    assert (await user.reply()).text.startswith("有什么想告诉我们的意见或建议吗？")
    user.send("希望增加深色模式")
    done = await user.reply()
    assert done.text.startswith("🙏 谢谢你的反馈！")
    assert bot.query("SELECT rating, text FROM feedback") == [(5, "希望增加深色模式")]
    assert bot.query("SELECT category, priority FROM tickets") == [("feedback", "low")]


async def test_low_rating_offers_complaint_with_text_carried_over(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/feedback")
    user.press(await user.reply(), "1")
    await user.reply()
    user.send("Nobody answered me for three days about my refund.")
    offer = await user.reply()
    assert offer.text.startswith("🙏 Thank you, and we are sorry we let you down.")
    user.press(offer, "Turn into a complaint")
    category = await user.reply()
    user.press(category, "Service quality")
    attach = await user.reply()
    assert "Received so far: 0" in attach.text
    user.press(attach, "Done")
    await user.reply()
    user.send("An apology and my refund")
    summary = await user.reply()
    assert "Description: Nobody answered me for three days about my refund." in summary.text
    user.press(summary, "Submit")
    await user.reply()
    assert bot.query("SELECT category, priority FROM tickets ORDER BY id") == [
        ("feedback", "low"),
        ("complaint", "normal"),
    ]
    assert button_labels(offer)[0] == "📝 Turn into a complaint"
