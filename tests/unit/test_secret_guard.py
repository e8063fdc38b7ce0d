"""The secret guard: figures from the measurement script, and the cases a user would hit."""

from __future__ import annotations

import pytest
from mnemonic import Mnemonic

from benchmarks.secret_guard import FALSE_POSITIVE_LIMIT, RECALL_TARGET, measure
from bot.safety.guard import SecretGuard, asks_for_secret
from bot.safety.secrets import SecretKind, scan


def test_recall_and_false_positive_targets_hold():
    figures = measure()
    assert figures.phrases >= 1000 and figures.clean >= 500
    assert figures.phrase_recall >= RECALL_TARGET, figures.missed[:5]
    assert figures.recall >= RECALL_TARGET, figures.missed[:5]
    assert figures.false_positive_rate <= FALSE_POSITIVE_LIMIT, figures.flagged[:5]
    assert figures.prose_rate <= FALSE_POSITIVE_LIMIT, figures.flagged[:5]


@pytest.mark.parametrize("language", ["english", "chinese_simplified", "chinese_traditional"])
def test_phrase_is_replaced_and_surrounding_words_kept(language):
    phrase = Mnemonic(language).generate(128)
    result = scan(f"hello, here it is: {phrase} thanks")
    assert result.kinds == {SecretKind.RECOVERY_PHRASE}
    assert result.redacted == "hello, here it is: [recovery phrase removed] thanks"


def test_transaction_hash_with_context_is_not_a_private_key():
    hash_ = "0x" + "ab" * 32
    assert not scan(f"tx hash {hash_}").found
    assert scan(f"my private key {hash_}").kinds == {SecretKind.PRIVATE_KEY}
    assert not scan(hash_, allow_hashes=True).found


def test_cards_need_luhn_and_a_card_prefix():
    assert scan("4111 1111 1111 1111").kinds == {SecretKind.CARD_NUMBER}
    assert not scan("4111 1111 1111 1112").found  # Luhn fails
    assert not scan("order 2026112412345678").found  # not a card prefix
    assert not scan("4111-1111-1111-1111", allow_cards=True).found


def test_password_after_it_was_mentioned():
    guard = SecretGuard()
    assert not guard.inspect(1, "ok I will tell you my password").found
    assert guard.inspect(1, "Hunter2!").kinds == {SecretKind.PASSWORD}
    assert not guard.inspect(1, "thanks").found
    assert not guard.inspect(2, "Hunter2!").found  # nobody mentioned one


def test_agent_requests_for_secrets_are_recognised():
    assert asks_for_secret("Please send me your recovery phrase so I can check")
    assert asks_for_secret("请提供你的助记词以便核实")
    assert not asks_for_secret("Never share your recovery phrase with anyone.")
    assert not asks_for_secret("I have sent the refund to your account")
