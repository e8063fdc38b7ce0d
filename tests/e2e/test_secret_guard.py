"""The secret guard in the running bot: a secret typed by a user is deleted, the user warned,
the agents given only a redacted note, and no byte of it stored or logged; agents cannot use
the bot to ask for one; a bare hash is asked about, not guessed."""

from __future__ import annotations

import asyncio
import time

import pytest
from mnemonic import Mnemonic

from bot.sandbox import peek
from tests.e2e.harness import GROUP_ID
from tests.secret_samples import HASH, PHRASE, b58, phrase, solana_keypair


def stored_bytes(bot) -> bytes:
    return peek.stored_bytes(bot.database)


async def open_ticket(user, agent, text: str = "I can't access my wallet"):
    user.send("/agent")
    await user.reply()
    user.send(text)
    await user.reply()
    return await agent.group_event(lambda e: "TP-000001" in e.text and e.buttons)


@pytest.fixture
async def desk(forum, desk_bot, make_user, make_agent):
    """The bot with the agents' forum, an agent, and an English user with an open ticket."""
    bot = await desk_bot()
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    card = await open_ticket(user, agent)
    return bot, agent, user, card


async def test_bulleted_phrase_reaches_agents_redacted_only(desk, emulator):
    bot, agent, user, card = desk
    words = PHRASE.split()
    sent = user.send("support asked for my words:\n" + "\n".join(f"• {w}" for w in words))
    warning = await user.reply()
    assert warning.text.startswith("⚠️ What you just sent looks like a wallet recovery phrase.")
    assert "Never share your recovery phrase" in warning.text
    deleted = await emulator.wait_for_event(lambda e: e.method == "deleteMessage")
    assert deleted.params["message_id"] == sent["message_id"]
    relayed = await agent.group_event(lambda e: "[助记词已移除]" in e.text, after=card.seq)
    assert "support asked for my" in relayed.text
    await agent.group_event(lambda e: "已被自动移除" in e.text, after=card.seq)
    assert bot.query("SELECT secret_flag FROM tickets") == [(1,)]

    await bot.stop()
    pair = " ".join(words[3:5])
    assert f"{words[3]}\n• {words[4]}".encode() not in stored_bytes(bot)
    assert words[3].encode() + b"\\n" not in stored_bytes(bot)
    assert pair not in bot.log()
    assert not [e for e in emulator.events_for(agent.group_id) if words[3] in e.text.split()]


async def test_chinese_phrase_in_four_character_lines_is_removed(bot, emulator, make_user):
    user = make_user("小明", "zh-hans")
    chars = phrase("chinese_simplified", 4).split()
    user.send("助记词\n" + "\n".join("".join(chars[i : i + 4]) for i in range(0, 12, 4)))
    warning = await user.reply()
    assert warning.text.startswith("⚠️ 你刚才发送的内容看起来是钱包助记词")
    await bot.stop()
    assert "".join(chars[4:8]).encode() not in stored_bytes(bot)
    assert bot.query("SELECT COUNT(*) FROM questions") == [(0,)]


async def test_phrase_split_over_two_messages_never_reaches_agents(desk, emulator):
    bot, agent, user, card = desk
    words = PHRASE.split()
    first = user.send(" ".join(words[:6]))
    await asyncio.sleep(1.0)  # withheld: no answer, nothing relayed, nothing stored
    assert not [e for e in emulator.events_for(user.id) if e.seq > user.cursor]
    second = user.send(" ".join(words[6:]))
    warning = await user.reply()
    assert warning.text.startswith("⚠️ What you just sent looks like a wallet recovery phrase.")
    await emulator.wait_until(
        lambda: (
            {e.params.get("message_id") for e in emulator.events if e.method == "deleteMessage"}
            >= {first["message_id"], second["message_id"]}
        )
    )
    await agent.group_event(lambda e: "[助记词已移除]" in e.text, after=card.seq)
    await bot.stop()
    group_text = " ".join(e.text for e in emulator.events_for(agent.group_id))
    stored = stored_bytes(bot)
    for pair in (" ".join(words[1:3]), " ".join(words[7:9])):
        assert pair not in group_text
        assert pair.encode() not in stored
        assert pair not in bot.log()


async def test_a_withheld_message_that_is_no_phrase_is_answered_after_all(bot, make_user):
    user = make_user("Ann", "en")
    user.send("fence jungle quarter absurd")  # list words only: perhaps the start of a phrase
    await asyncio.sleep(0.5)
    assert not [e for e in bot.emulator.events_for(user.id) if e.seq > user.cursor]
    user.send("/help")  # …but no: both are answered, in their order
    first = await user.reply()
    second = await user.reply()
    assert first.text.startswith("I'm sorry, I can't answer that one")  # list words: no question
    assert second.text.startswith("Here is what I can do:")


async def test_solana_secret_key_is_removed(bot, make_user):
    user = make_user("Ann", "en")
    keypair = solana_keypair(bytes(range(7, 39)))
    user.send(f"my phantom key {b58(keypair)} is it safe?")
    warning = await user.reply()
    assert warning.text.startswith("⚠️ What you just sent looks like a private key.")
    await bot.stop()
    assert b58(keypair)[:20].encode() not in stored_bytes(bot)


async def test_bare_hash_said_to_be_a_transaction_hash_reaches_the_ticket(desk, emulator):
    bot, agent, user, card = desk
    sent = user.send(HASH)
    question = await user.reply()
    assert question.text.startswith("🔒 You sent a long code")
    deleted = await emulator.wait_for_event(lambda e: e.method == "deleteMessage")
    assert deleted.params["message_id"] == sent["message_id"]
    assert HASH.encode() not in stored_bytes(bot)
    user.press(question, "transaction hash")
    taken = await user.reply()
    assert "treated as a transaction hash" in taken.text
    relayed = await agent.group_event(lambda e: HASH in e.text, after=card.seq)
    assert relayed.chat_id == GROUP_ID
    await bot.stop()
    assert bot.query("SELECT COUNT(*) FROM ticket_messages WHERE text = ?", HASH) == [(1,)]


async def test_bare_hash_said_to_be_a_private_key_is_never_kept(desk, emulator):
    bot, agent, user, card = desk
    user.send(f"is this ok {HASH}")
    question = await user.reply()
    user.press(question, "private key")
    events = [await user.reply(), await user.reply()]
    assert any(e.text.startswith("⚠️ What you just sent looks like a private key.") for e in events)
    await agent.group_event(lambda e: "[私钥已移除]" in e.text, after=card.seq)
    await bot.stop()
    assert HASH.encode() not in stored_bytes(bot)
    assert HASH not in bot.log()
    assert not [e for e in emulator.events_for(agent.group_id) if HASH in e.text]


async def test_a_snippet_asking_for_a_phrase_is_refused(desk, emulator):
    _, agent, user, card = desk
    thread = card.message["message_thread_id"]
    before = len(emulator.events_for(user.id))
    mark = emulator.last_seq
    agent.write("/snippet add verify en Please send me your 12-word recovery phrase", thread=thread)
    await agent.group_event(lambda e: "这条快捷回复看起来在向用户索要" in e.text, after=mark)
    agent.write("/s verify", thread=thread)
    await agent.group_event(lambda e: "找不到快捷回复“verify”" in e.text, after=mark)
    assert len(emulator.events_for(user.id)) == before


async def test_an_agents_warning_reaches_the_user_and_a_request_does_not(desk, emulator):
    bot, agent, user, card = desk
    thread = card.message["message_thread_id"]
    agent.write("We will never ask you to send your recovery phrase.", thread=thread)
    delivered = await user.reply()
    assert delivered.text == "We will never ask you to send your recovery phrase."
    before = len(emulator.events_for(user.id))
    mark = emulator.last_seq
    agent.write("please send the 12 words to verify", thread=thread)
    await agent.group_event(lambda e: "这条消息没有发出" in e.text, after=mark)
    assert len(emulator.events_for(user.id)) == before
    rows = bot.query("SELECT direction, text FROM ticket_messages ORDER BY id DESC LIMIT 1")
    assert rows == [("note", "⟦held_back⟧ please send the 12 words to verify")]


async def test_password_after_a_mention_is_in_no_byte_of_the_database_or_log(bot, make_user):
    user = make_user("Ann", "en")
    user.send("can I tell you my password?")
    await user.reply()
    user.send("sunflower1987")
    warning = await user.reply()
    assert warning.text.startswith("⚠️ What you just sent looks like a password")
    user.send("3.2.1")  # harmless after the value: answered, not deleted
    answer = await user.reply()
    assert not answer.text.startswith("⚠️")
    await bot.stop()
    assert b"sunflower1987" not in stored_bytes(bot)
    assert "sunflower1987" not in bot.log()


async def test_a_worst_case_long_message_does_not_hold_up_another_users_start(bot, make_user):
    alice, bob = make_user("Alice", "en"), make_user("Bob", "en")
    bob.send("/start")
    await bob.reply()
    idle = []
    for _ in range(3):
        started = time.monotonic()
        bob.send("/start")
        idle.append((await bob.reply()).at - started)
    chars = Mnemonic("chinese_simplified").wordlist
    worst = "".join(chars[(i * 7919) % 2048] for i in range(4096))
    started = time.monotonic()
    alice.send(worst)
    bob.send("/start")
    busy = (await bob.reply()).at - started
    assert busy - min(idle) < 0.1, (busy, idle)
    assert (await alice.reply()).text.startswith("⚠️")


async def test_an_internal_note_is_not_in_the_users_history(desk, emulator):
    _, agent, user, card = desk
    thread = card.message["message_thread_id"]
    agent.write("// user sounds confused, check KYC level", thread=thread)
    agent.write("/note VIP customer", thread=thread)
    await agent.group_event(lambda e: "备注" in e.text, after=card.seq)
    agent.write("Hello Ann, we are looking into it.", thread=thread)
    await user.reply()
    user.send("/tickets")
    listing = await user.reply()
    user.press(listing, "TP-000001")
    history = await user.reply()
    assert "we are looking into it" in history.text
    assert "KYC" not in history.text and "VIP" not in history.text


async def test_a_forged_button_with_a_huge_number_is_answered_as_stale(bot, emulator, make_user):
    for data, expected in (
        ("1:tk:view:99999999999999999999999999", "That ticket could not be found."),
        ("1:sg:tx:99999999999999999999", "This question has expired."),
    ):
        user = make_user("Ann", "en")
        user.send("/start")
        menu = await user.reply()
        user.press_data(menu, data)
        answer = await user.callback_answer()
        assert answer.params.get("text") == expected
