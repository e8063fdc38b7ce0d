"""Failed-transfer checklist: facts, wrong input, checklist with advice, ticket or reminder."""

from __future__ import annotations

from tests.e2e.harness import button_labels


def emulator_last(user):
    """The bot's last message to this user (the question now on screen)."""
    return user.emulator.events_for(user.id)[-1]


async def _facts(user, *, status: str):
    user.send("/transfer")
    kind = await user.reply()
    assert kind.text == "💸 Failed transfer — what kind of transfer was it?"
    user.press(kind, "bank account")
    shown = await user.reply()
    user.press(shown, status)
    amount = await user.reply()
    assert amount.text.startswith("What was the amount and currency?")
    for bad, expected in [
        ("-5", "That amount is not valid"),
        ("0", "That amount is not valid"),
        ("abc", "That amount is not valid"),
        ("1e309", "That amount is not valid"),
        ("x" * 10_000, "That amount is not valid"),
        ("250 apples", "I read the amount 250, but “apples” is not a currency I know."),
    ]:
        user.send(bad)
        again = await user.reply()
        assert again.text.startswith(expected), (bad, again.text)
        assert again.text.endswith("For example 250 USDT, 1,250.50 元 or $20.")
    user.send_media("photo")
    assert (await user.reply()).text.startswith("Please answer in text.")
    # A bare number: the currency is asked with buttons; Back returns to the amount.
    user.send("250")
    currency = await user.reply()
    assert currency.text.startswith("250 — in which currency?")
    assert button_labels(currency)[:3] == ["USDT", "CNY (yuan)", "USD (dollars)"]
    user.send("apples")
    assert (await user.reply()).text.startswith("That is not a currency I know.")
    user.press(emulator_last(user), "Back")
    assert (await user.reply()).text.startswith("What was the amount and currency?")
    user.send("1,250.50 元")
    assert (await user.reply()).text.startswith("When did you send it?")
    user.send("2999-01-01 10:00")
    assert (await user.reply()).text.startswith("That moment has not happened yet")
    user.send("2026-11-20 09:15")
    recipient = await user.reply()
    assert recipient.text.startswith("Who was the recipient?")
    user.send("6222 0212 3456 7890 123")
    assert (await user.reply()).text.startswith("If you have a transaction ID")
    user.send("#bad id#")
    assert (await user.reply()).text.startswith("That transaction ID does not look right")
    user.send("0x" + "ab" * 32)
    return await user.reply()


async def test_checklist_unresolved_creates_high_funds_ticket_with_every_answer(bot, make_user):
    user = make_user("Ann", "en")
    first = await _facts(user, status="failed")
    assert first.text == "Check 1/4: was your connection stable when you sent it?"
    user.press(first, "Yes")
    second = await user.reply()
    assert second.text.startswith("👍 Connection fine, next check.")
    assert second.text.endswith("Check 2/4: did your balance cover the amount plus the fee?")
    user.press(second, "No")
    third = await user.reply()
    assert third.text.startswith("💰 The balance must cover")
    # A tap on the earlier checklist question is stale: the current question comes again.
    user.press(second, "Yes")
    stale = await user.reply()
    assert stale.text.startswith("That button belongs to an earlier step")
    assert stale.text.endswith(
        "Check 3/4: have you checked that the recipient details are correct?"
    )
    # Back goes to the previous checklist question.
    user.press(stale, "Back")
    back = await user.reply()
    assert back.text == "Check 2/4: did your balance cover the amount plus the fee?"
    user.press(back, "No")
    user.press(await user.reply(), "Yes")
    user.press(await user.reply(), "Yes")
    resolve = await user.reply()
    assert resolve.text.endswith("That's the checklist. Is the problem solved?")
    assert "Remind me later" not in " ".join(button_labels(resolve))
    user.press(resolve, "I need an agent")
    done = await user.reply()
    assert "Ticket TP-000001 created (priority: High)" in done.text

    ((category, priority, details),) = bot.query("SELECT category, priority, details FROM tickets")
    assert (category, priority) == ("funds", "high")
    for expected in (
        "1250.5 CNY",
        "2026-11-20 09:15",
        "6222…0123",
        "0x" + "ab" * 32,
        "transfer-type-bank",
        "transfer-status-failed",
        "check-short-balance",
    ):
        assert expected in details, expected
    assert "6222 0212" not in details
    assert details.count("answer-yes") == 3 and details.count("answer-no") == 1


async def test_pending_transfer_reminder_survives_restart_and_no_opens_ticket(start_bot, make_user):
    bot = await start_bot(TRANSFER_REMINDER_MINUTES="0.05")
    user = make_user("小明", "zh-hans")
    user.send("/transfer")
    user.press(await user.reply(), "转给联系人")
    user.press(await user.reply(), "一直处理中")
    assert (await user.reply()).text.startswith("转账金额和币种是多少？")
    user.send("1250块")
    assert (await user.reply()).text.startswith("是什么时候转的？")
    user.send("昨天晚上8点")
    assert (await user.reply()).text.startswith("收款方是谁？")
    user.send("bob@example.com")
    user.press(await user.reply(), "跳过")
    check = await user.reply()
    # Pending: the transfer was accepted, so connection and balance are not asked about.
    assert check.text == "检查 1/3：你核对过收款信息，确认无误吗？"
    for _ in range(2):
        user.press(check, "是")
        check = await user.reply()
    assert check.text.endswith("检查 3/3：处理中的时间是否已经超过应用显示的预计到账时间？")
    user.press(check, "否")
    resolve = await user.reply()
    assert "稍后提醒我" in " ".join(button_labels(resolve))
    user.press(resolve, "稍后提醒我")
    assert (await user.reply()).text.startswith("⏰ 好的，我会在 1 分钟后问你是否到账")
    assert bot.query("SELECT kind, status FROM reminders") == [("transfer_arrived", "pending")]

    await bot.kill()
    await bot.start()
    question = await user.reply(timeout=15)
    if question.text.startswith("⏰ 好的"):
        # Killed before the tap was marked handled: it is replayed, and its acknowledgement
        # said again (never lost); nothing else is.
        question = await user.reply(timeout=15)
    assert question.text == "⏰ 之前那笔 1250 CNY 的转账到账了吗？"
    # Marked after the send on purpose: a kill in between repeats the question, never loses it.
    await bot.emulator.wait_until(
        lambda: bot.query("SELECT status FROM reminders") == [("sent",)], timeout=2
    )
    user.press(question, "还没到")
    done = await user.reply()
    assert "已为你创建工单 TP-000001（优先级：高）" in done.text
    assert bot.query("SELECT category, priority FROM tickets") == [("funds", "high")]
    assert "b***@example.com" in bot.query("SELECT details FROM tickets")[0][0]
    # Answering twice does nothing more.
    user.press(question, "已到账")
    assert (await user.reply()).text.startswith("这个按钮已经失效了")
    assert bot.query("SELECT COUNT(*) FROM tickets") == [(1,)]


async def test_checklist_that_solves_it_ends_kindly_without_ticket(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/transfer")
    user.press(await user.reply(), "On-chain")
    user.press(await user.reply(), "did not arrive")
    assert (await user.reply()).text.startswith("What was the amount")
    user.send("0.5 ETH")
    user.press(await user.reply(), "Yesterday")
    assert (await user.reply()).text.startswith("Who was the recipient?")
    user.send("0x71C7656EC7ab88b098defB751B7401B5f6d8976F")
    user.press(await user.reply(), "Skip")
    check = await user.reply()
    # The app showed success: no question about the connection or the balance.
    assert check.text == ("Check 1/2: have you checked that the recipient details are correct?")
    user.press(check, "No")
    check = await user.reply()
    assert check.text.startswith("🔎 Wrong recipient details make a transfer fail")
    assert check.text.endswith(
        "Check 2/2: has it been longer than the arrival time the app"
        " showed (bank transfers can take 1–3 working days)?"
    )
    user.press(check, "Yes")
    resolve = await user.reply()
    user.press(resolve, "Yes, solved")
    assert (await user.reply()).text.startswith("Great, glad that solved it!")
    assert bot.query("SELECT COUNT(*) FROM tickets") == [(0,)]
