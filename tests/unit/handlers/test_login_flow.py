"""Login & password: every branch, wrong input, Back, and the resulting tickets."""

from __future__ import annotations

from bot.sandbox.people import button_labels


async def _open_login(user):
    user.send("/start")
    menu = await user.reply()
    user.press(menu, "Login & password")
    return await user.reply()


async def test_locked_account_creates_high_priority_security_ticket(bot, make_user):
    user = make_user("Ann", "en")
    branches = await _open_login(user)
    assert branches.text == "🔑 Login & password — what is happening?"
    assert button_labels(branches)[-2:] == ["⬅️ Back", "✖️ Cancel"]
    user.press(branches, "My account is locked")
    contact = await user.reply()
    assert "registered with" in contact.text
    assert "never ask for your password, PIN or recovery phrase" in contact.text

    user.send("not an email")
    again = await user.reply()
    assert again.text.startswith("That does not look like a valid email address")
    user.send_media("sticker")
    again = await user.reply()
    assert again.text.startswith("Please answer in text.")
    user.send("ann.lee@mail.com")
    last = await user.reply()
    assert last.text.startswith("Roughly when did you last log in")
    user.send("2099-01-01")
    assert (await user.reply()).text.startswith("That moment has not happened yet")
    user.press(last, "Yesterday")
    device = await user.reply()
    user.press(device, "iPhone")
    done = await user.reply()
    assert "What happens next" in done.text
    assert "Ticket TP-000001 created (priority: High)" in done.text
    assert "within 15 minutes" in done.text
    assert "never asks for your recovery phrase" in done.text

    rows = bot.query("SELECT reference, category, priority, status, subject, details FROM tickets")
    assert len(rows) == 1
    reference, category, priority, status, subject, details = rows[0]
    assert (reference, category, priority, status) == (
        "TP-000001",
        "account_security",
        "high",
        "open",
    )
    assert subject == "login-branch-locked"
    assert "a***@mail.com" in details and "ann.lee" not in details
    events = bot.query("SELECT kind, new_value, actor FROM ticket_events")
    assert events == [("created", "open", f"user:{user.id}")]


async def test_forgot_password_self_service_yes_closes_kindly(bot, make_user):
    user = make_user("小明", "zh-hans")
    user.send("/login")
    branches = await user.reply()
    user.press(branches, "忘记密码")
    guide = await user.reply()
    assert "忘记密码" in guide.text and "这样能解决你的问题吗？" in guide.text
    user.press(guide, "解决了")
    done = await user.reply()
    assert done.text.startswith("太好了，问题解决了！")
    assert bot.query("SELECT COUNT(*) FROM tickets") == [(0,)]


async def test_code_not_arriving_no_continues_to_identity_ticket(bot, make_user):
    user = make_user("Ann", "en")
    branches = await _open_login(user)
    user.press(branches, "SMS code")
    guide = await user.reply()
    assert "spam or junk folder" in guide.text
    user.press(guide, "No, not yet")
    assert (await user.reply()).text.startswith("Please enter the email address or phone")
    user.send("+86 138 1234 5678")
    assert (await user.reply()).text.startswith("Roughly when did you last log in")
    user.send("2026-01-15")
    assert (await user.reply()).text.startswith("Which device do you usually log in on?")
    user.send("Pixel 8")
    done = await user.reply()
    assert "priority: High" in done.text
    details = bot.query("SELECT details FROM tickets")[0][0]
    assert "+86 138****5678" in details and "2026-01-15" in details and "Pixel 8" in details


async def test_app_crash_collects_device_os_version_and_screenshot(bot, make_user):
    user = make_user("Ann", "en")
    branches = await _open_login(user)
    user.press(branches, "crashes")
    guide = await user.reply()
    user.press(guide, "No, not yet")
    assert (await user.reply()).text.startswith("To help us find the cause")
    user.send("iPhone 15")
    os_question = await user.reply()
    user.press(os_question, "iOS")
    assert (await user.reply()).text.startswith("Which tpWallet version do you have?")
    user.send("three")
    assert (await user.reply()).text.startswith("That version number does not look right")
    user.send("3.2.1")
    error = await user.reply()
    assert error.text.startswith("Finally, please type the error message")
    user.send_media("photo", caption="error 502 at login")
    done = await user.reply()
    assert "priority: Normal" in done.text and "within 2 hours" in done.text
    assert bot.query("SELECT category, priority FROM tickets") == [("technical", "normal")]
    messages = bot.query(
        "SELECT direction, content_type, text, file_id IS NOT NULL FROM ticket_messages"
    )
    assert messages == [("in", "photo", "error 502 at login", 1)]


async def test_back_returns_to_previous_step_and_cancel_leaves(bot, make_user):
    user = make_user("Ann", "en")
    branches = await _open_login(user)
    user.press(branches, "two-factor")
    contact = await user.reply()
    user.press(contact, "Back")
    back = await user.reply()
    assert back.text == "🔑 Login & password — what is happening?"
    user.press(back, "Cancel")
    cancelled = await user.reply()
    assert cancelled.text.startswith("Stopped. You are back at the start.")
    # A button from the finished flow is answered as expired.
    user.press(contact, "Back")
    assert (await user.reply()).text.startswith("This button has expired")


async def test_lost_two_factor_device_creates_high_ticket_in_chinese(bot, make_user):
    user = make_user("小明", "zh-hans")
    user.send("/login")
    user.press(await user.reply(), "双重验证设备丢失")
    contact = await user.reply()
    assert "我们绝不会向你索要密码、PIN 码或助记词" in contact.text
    user.send("13812341234")
    user.press(await user.reply(), "记不清了")
    user.press(await user.reply(), "安卓手机")
    done = await user.reply()
    assert "核实身份" in done.text and "已为你创建工单 TP-000001（优先级：高）" in done.text
    assert "15 分钟" in done.text
    ((subject, priority, details),) = bot.query("SELECT subject, priority, details FROM tickets")
    assert (subject, priority) == ("login-branch-twofa", "high")
    assert "+86 138****1234" in details and "last-login-unknown" in details
