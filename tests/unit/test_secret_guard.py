"""The secret guard, as a user or an agent would meet it: what is removed, what is left, what a
conversation changes. (Rates are measured on the blind corpus by benchmarks/secret_guard.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from bot.core.callbacks import parse
from bot.safety.detector import detect
from bot.safety.guard import Permit, SecretGuard
from bot.safety.marks import SecretKind, render_marks
from bot.safety.normalize import display_name
from bot.safety.request_model import features, fit, load, shipped_model
from bot.safety.request_words import as_meant
from bot.safety.requests import asks_for_secret
from bot.safety.session import GuardSession
from tests.e2e.harness import ROOT
from tests.secret_samples import HASH, b58, phrase, solana_keypair


def outcomes(*messages: str):
    session = GuardSession()
    found = []
    for message in messages:
        found += session.feed(message)
    return found + session.finish()


@pytest.mark.parametrize("language", ["english", "chinese_simplified", "chinese_traditional"])
def test_phrase_is_marked_and_the_sentence_around_it_kept(language):
    for seed in range(5):
        words = phrase(language, seed)
        result = detect(f"hello, here it is: {words} thanks")
        assert result.kinds == {SecretKind.RECOVERY_PHRASE}
        assert result.redacted().startswith("hello, here it is: ⟦recovery_phrase⟧")
        assert words.split()[5] not in result.redacted()


def test_bulleted_fullwidth_and_zero_width_phrases_are_found():
    words = phrase("english", 1).split()
    bulleted = "my words:\n" + "\n".join(f"• {w}" for w in words)
    fullwidth = " ".join("".join(chr(ord(c) + 0xFEE0) for c in w) for w in words)
    zero_width = "\u200b".join(words)
    for text in (bulleted, fullwidth, zero_width):
        assert detect(text).kinds == {SecretKind.RECOVERY_PHRASE}, text


def test_chinese_phrase_in_groups_of_four_lines_is_found_and_prose_is_not():
    chars = phrase("chinese_simplified", 2).split()
    grouped = "\n".join("".join(chars[i : i + 4]) for i in range(0, 12, 4))
    assert detect(grouped).kinds == {SecretKind.RECOVERY_PHRASE}
    prose = (
        "我昨天用钱包转了一笔USDT到交易所到现在还没到账客服能不能帮我查一下是什么情况急用"
        "我的助记词丢了"
    )
    assert not detect(prose).findings


def test_keys_of_every_shape():
    keypair = solana_keypair()
    assert detect(f"my solana key {b58(keypair)}").kinds == {SecretKind.PRIVATE_KEY}
    assert detect(json.dumps(list(keypair))).kinds == {SecretKind.PRIVATE_KEY}
    hex_key = "0X" + keypair[:32].hex().upper()
    assert detect(f"私钥是 {hex_key}").kinds == {SecretKind.PRIVATE_KEY}
    grouped = " ".join(keypair[:32].hex()[i : i + 16] for i in range(0, 64, 16))
    assert detect(f"private key: {grouped}").secret


def test_a_bare_hash_is_asked_about_and_clear_context_settles_it():
    value = HASH
    assert detect(value).ambiguous and not detect(value).secret
    assert not detect(f"tx: 0x{value}").findings
    assert not detect(f"https://etherscan.io/tx/0x{value}").findings
    assert detect(f"private key {value}").secret
    # The transfer flow's hash step asks for exactly this.
    verdict = SecretGuard().inspect(1, 1, value)
    assert verdict.ambiguous and not verdict.permit(frozenset({Permit.HASHES})).findings


def test_cards_glued_to_chinese_and_order_numbers():
    assert detect("卡号6222021234567890128被扣").kinds == {SecretKind.CARD_NUMBER}
    assert detect("４１１１．１１１１．１１１１．１１１１").kinds == {SecretKind.CARD_NUMBER}
    assert not detect("4111 1111 1111 1112").findings  # Luhn fails
    assert not detect("订单号 6222021234567890128").findings


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my password is sunshine", True),
        ("密码是woaini", True),
        ("pw: abc123", True),
        ("pin code is 4321", True),
        ("CVV2: 456", True),
        ("Password Reset doesn't work", False),
        ("where is the PIN Code setting", False),
        ("In my opinion: the fee is too high", False),
        # A PIN in groups, a value before its label, a code described by where it is printed.
        ("payment pin: 4 8 1 5 2 6", True),
        ("731 is the cvv on my card", True),
        ("884120是支付密码", True),
        ("卡背面那三个数字 415", True),
        # Names, masks and phone numbers beside the word are not passwords.
        ("kevin_lee是用户名，不是密码", False),
        ("password: ******** (hidden in the screenshot)", False),
        ("my number +86 139 2233 4455 gets no password reset code", False),
        ("the password must not contain my email?", False),
        # Bot commands read like "log in" + a token with a symbol, and are neither.
        ("/login", False),
        ("/login@tpwalletbot", False),
        ("I can't log in, /login shows nothing", False),
    ],
)
def test_passwords_stated_and_talked_about(text, secret):
    assert detect(text).secret is secret


def test_a_message_naming_passwords_past_any_real_count_is_kept_out_from_there_on():
    text = "".join(f"pw: Value{i}x " for i in range(100))
    redacted = detect(text).redacted()
    assert redacted.startswith("pw: ⟦password⟧ pw: ⟦password⟧ ")
    assert "Value" not in redacted


def test_after_an_offer_only_a_password_like_token_is_one():
    found = outcomes("can I tell you my password?", "sunshine88")
    assert found[1].secret and found[1].redacted == "⟦password⟧"
    after_topic = outcomes("I forgot my password", "3.2.1", "iOS17", "TP-000123")
    assert not any(o.secret for o in after_topic)


def test_a_phrase_split_over_two_messages_is_withheld_then_caught():
    for seed in range(10):
        words = phrase("english", seed).split()
        first, second = outcomes(" ".join(words[:6]), " ".join(words[6:]))
        assert first.secret and second.secret, words
        assert first.withheld_for > 0
        # Something else after the first part releases it, untouched.
        first, _ = outcomes(" ".join(words[:6]), "is that right?")
        assert not first.secret and first.redacted == " ".join(words[:6])


def test_a_first_part_that_reads_like_a_sentence_still_stops_the_second():
    # Six list words with "next", "only" and "wait" read like a sentence and pass; the six
    # after them complete a phrase and are stopped.
    words = "school next found only wait limit window across mass green unfair find".split()
    first, second = outcomes(" ".join(words[:6]), " ".join(words[6:]))
    assert not first.secret and second.secret


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("please send the 12 words to verify", True),
        ("what's your private key", True),
        ("请把您的助记词发给我核实", True),
        ("私钥是多少？", True),
        ("We will never ask you to send your recovery phrase", False),
        ("如果有人让你输入助记词，那一定是诈骗", False),
        ("请输入新密码后重新登录", False),
        ("What is your transaction hash?", False),
    ],
)
def test_agent_requests_are_held_and_warnings_are_not(text, held):
    assert asks_for_secret(text) is held


def test_request_model_learns_from_examples_and_survives_a_round_trip(tmp_path):
    asks = ["send me your seed phrase", "type your pin here", "发助记词给我", "what is your cvv"]
    replies = ["never share your seed phrase", "your ticket is open", "请勿泄露助记词", "thanks!"]
    examples = [features(as_meant(t), rules_ask=False) for t in asks + replies]
    model = fit(examples, [True] * 4 + [False] * 4, epochs=20)
    unseen_ask = features(as_meant("send me your phrase"), rules_ask=False)
    unseen_reply = features(as_meant("never share your phrase"), rules_ask=False)
    assert model.probability(unseen_ask) > 0.5 > model.probability(unseen_reply)
    model.save(tmp_path / "model.npz", "a test")
    again = load(tmp_path / "model.npz")
    assert again.probability(unseen_ask) == pytest.approx(model.probability(unseen_ask), abs=0.01)


def test_shipped_request_model_loads_with_its_threshold():
    model = shipped_model()
    assert 0.0 < model.threshold < 1.0
    assert np.count_nonzero(model.weights) > 10_000


def test_marks_render_in_each_viewers_language():
    stored = detect("my password is Sunny2024!").redacted()
    catalog = {"mark-password": "[密码已移除]"}
    assert render_marks(stored, catalog.__getitem__) == "my password is [密码已移除]"


def test_names_lose_bidi_and_zero_width_characters():
    assert display_name("Supp\u200bort\u202enimda\u202c") == "Supportnimda"
    assert display_name("Ann\nSupport Team") == "Ann Support Team"


def test_forged_callback_numbers_are_refused():
    assert parse("1:tk:view:99999999999999999999999999").int_arg() is None
    assert parse("1:tk:view:42").int_arg() == 42


def test_guard_command_reads_and_writes_json_lines():
    words = phrase("english", 3).split()
    lines = [
        {"text": " ".join(words[:6]), "side": "user", "chat": 1},
        {"text": "hello", "side": "user", "chat": 2},
        {"text": " ".join(words[6:]), "side": "user", "chat": 1},
        {"text": "Please send me your seed phrase", "side": "agent", "chat": 2},
        {"text": HASH, "side": "user", "chat": 3},
    ]
    result = subprocess.run(
        [sys.executable, "-m", "bot", "guard"],
        input="\n".join(json.dumps(line) for line in lines) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["secret"] for r in rows] == [True, False, True, False, False]
    assert rows[0]["kinds"] == ["recovery_phrase"] and words[2] not in rows[0]["redacted"]
    assert rows[1]["redacted"] == "hello"
    assert rows[3]["held"] is True
    assert rows[4]["ambiguous"] is True
