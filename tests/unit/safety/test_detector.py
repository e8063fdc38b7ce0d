"""What the detector finds in one message, as a user would meet it: what is removed and what
is left. (Rates are measured on the blind corpus by benchmarks/secret_guard.py.)"""

from __future__ import annotations

import json

import pytest

from bot.safety.detector import detect
from bot.safety.marks import SecretKind
from tests.secret_samples import HASH, b58, phrase, solana_keypair


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
