"""A secret typed by a user is deleted, redacted, flagged, and stored or logged nowhere."""

from __future__ import annotations

from mnemonic import Mnemonic

PHRASE = Mnemonic("english").generate(128)


async def test_seed_phrase_on_an_open_ticket_reaches_agents_redacted_only(
    forum, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot()
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    user.send("/agent")
    await user.reply()
    user.send("I can't access my wallet")
    await user.reply()
    card = await agent.group_event(lambda e: "TP-000001" in e.text and e.buttons)
    sent = user.send(f"support asked for my words: {PHRASE}")
    warning = await user.reply()
    assert warning.text.startswith("⚠️ What you just sent looks like a wallet recovery phrase.")
    assert "move your funds to a new wallet now" in warning.text
    assert "Never share your recovery phrase" in warning.text
    deleted = await emulator.wait_for_event(lambda e: e.method == "deleteMessage")
    assert deleted.params["message_id"] == sent["message_id"]

    relayed = await agent.group_event(
        lambda e: "[recovery phrase removed]" in e.text, after=card.seq
    )
    assert "support asked for my words: [recovery phrase removed]" in relayed.text
    await agent.group_event(lambda e: "已被自动移除" in e.text, after=card.seq)
    flagged = await agent.group_event(
        lambda e: e.method == "editMessageText" and "⚠️ 用户曾发送敏感信息" in e.text, after=card.seq
    )
    assert flagged.message["message_id"] == card.message["message_id"]
    assert bot.query("SELECT secret_flag FROM tickets") == [(1,)]

    await bot.stop()
    words = PHRASE.split()
    stored = b"".join(p.read_bytes() for p in bot.workdir.glob("support.db*"))
    assert words[3].encode() + b" " + words[4].encode() not in stored
    assert " ".join(words[2:6]) not in bot.log()
    assert not [e for e in emulator.events_for(agent.group_id) if " ".join(words[:4]) in e.text]


async def test_card_number_typed_as_a_question_is_not_recorded(bot, make_user):
    user = make_user("小明", "zh-hans")
    user.send("我的卡 6222 0212 3456 7890 128 被扣了两次")
    warning = await user.reply()
    assert warning.text.startswith("⚠️ 你刚才发送的内容看起来是银行卡号")
    assert bot.query("SELECT COUNT(*) FROM questions") == [(0,)]


async def test_transfer_recipient_step_accepts_a_card_and_stores_it_masked(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/transfer")
    user.press(await user.reply(), "bank account")
    user.press(await user.reply(), "It failed")
    await user.reply()
    user.send("30 USD")
    user.press(await user.reply(), "Today")
    await user.reply()
    user.send("6222 0212 3456 7890 128")
    txid = await user.reply()
    assert txid.text.startswith("If you have a transaction ID")
    user.send("0x" + "cd" * 32)
    check = await user.reply()
    assert check.text.startswith("Check 1/4")


async def test_password_after_mentioning_it_is_removed(bot, make_user):
    user = make_user("Ann", "en")
    user.send("should I give you my password?")
    await user.reply()
    user.send("Sunny2024!")
    warning = await user.reply()
    assert warning.text.startswith("⚠️ What you just sent looks like a password")
    assert "Sunny2024" not in "".join(row[0] for row in bot.query("SELECT text FROM questions"))


async def test_agent_asking_for_a_seed_phrase_is_held_back(
    forum, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot()
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    user.send("/agent")
    await user.reply()
    user.send("Where is my money?")
    await user.reply()
    card = await agent.group_event(lambda e: "TP-000001" in e.text and e.buttons)
    before = len(emulator.events_for(user.id))
    agent.write(
        "To verify, please send me your 12-word recovery phrase",
        thread=card.message["message_thread_id"],
    )
    await agent.group_event(lambda e: "这条消息没有发出" in e.text, after=card.seq)
    assert len(emulator.events_for(user.id)) == before
    assert bot.query("SELECT direction FROM ticket_messages ORDER BY id DESC LIMIT 1") == [
        ("note",)
    ]
