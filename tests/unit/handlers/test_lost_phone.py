"""/lostphone: the flow added in docs/adding-a-flow.md, from the command to the ticket row."""

from __future__ import annotations

from bot.sandbox.people import button_labels


async def test_lost_phone_opens_high_security_ticket_with_masked_contact(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/lostphone")
    lock = await user.reply()
    assert lock.text.startswith("📵 Lost or stolen phone")
    assert button_labels(lock) == [
        "Yes, both were locked",
        "No, it was not locked",
        "I'm not sure",
        "⬅️ Back",
        "✖️ Cancel",
    ]
    user.send("hello")  # text where a button is expected: the same question again
    again = await user.reply()
    assert again.text.startswith("Please choose with the buttons below.")
    user.press(lock, "No, it was not locked")
    contact = await user.reply()
    assert "registered with" in contact.text
    user.send("nonsense")
    assert (await user.reply()).text.startswith("That does not look like a valid email")
    user.send("ann.lee@mail.com")
    when = await user.reply()
    assert when.text.startswith("When did you lose the phone?")
    user.send("2099-01-01")
    assert (await user.reply()).text.startswith("That moment has not happened yet")
    user.send("2026-11-20 09:15")
    done = await user.reply()
    assert "restore your wallet on another device" in done.text
    assert "(priority: High)" in done.text

    rows = bot.query("SELECT category, priority, subject, details FROM tickets")
    assert len(rows) == 1
    category, priority, subject, details = rows[0]
    assert (category, priority, subject) == ("account_security", "high", "subject-lost-device")
    assert "lost-lock-no" in details and "2026-11-20 09:15" in details
    assert "a***@mail.com" in details and "ann.lee" not in details


async def test_lost_phone_back_returns_to_the_previous_question_in_chinese(bot, make_user):
    user = make_user("小明", "zh-hans")
    user.send("/lostphone")
    lock = await user.reply()
    assert lock.text.startswith("📵 手机丢失或被盗")
    user.press(lock, "我不确定")
    contact = await user.reply()
    user.press(contact, "返回")
    back = await user.reply()
    assert back.text.startswith("📵 手机丢失或被盗")
