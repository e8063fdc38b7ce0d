"""Amounts as people type them (bot/core/amounts.py). The table in data/amount_inputs.jsonl was
written apart from the parser, from a description of what users type and of the contract."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from bot.core.amounts import AmountWithoutCurrency, currency_code, parse_money
from bot.core.validation import InvalidInput

TABLE = Path(__file__).with_name("data") / "amount_inputs.jsonl"
CASES = [json.loads(line) for line in TABLE.read_text("utf-8").splitlines() if line.strip()]


def test_the_table_covers_both_languages_and_every_outcome():
    for locale in ("zh", "en"):
        rows = [c for c in CASES if c["locale"] == locale]
        assert len(rows) >= 100
        assert {c["outcome"] for c in rows} == {"money", "missing_currency", "invalid"}


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['locale']}:{c['text']}")
def test_what_users_type(case):
    if case["outcome"] == "money":
        money = parse_money(case["text"])
        assert (money.amount, money.currency) == (Decimal(case["amount"]), case["currency"])
    elif case["outcome"] == "missing_currency":
        with pytest.raises(AmountWithoutCurrency) as missing:
            parse_money(case["text"])
        assert missing.value.amount == Decimal(case["amount"])
    else:
        with pytest.raises(InvalidInput) as error:
            parse_money(case["text"])
        assert error.value.key in ("invalid-amount", "amount-unknown-currency")


@pytest.mark.parametrize(
    ("word", "code"),
    [("元", "CNY"), ("u", "USDT"), ("USDT", "USDT"), ("刀", "USD"), ("btc", "BTC"), ("€", "EUR")],
)
def test_a_currency_typed_alone(word, code):
    assert currency_code(word) == code


@pytest.mark.parametrize("word", ["", "apples", "个", "12", "u s d"])
def test_what_is_no_currency(word):
    assert currency_code(word) is None


def test_an_unknown_currency_is_named_with_the_amount_that_was_read():
    with pytest.raises(InvalidInput) as error:
        parse_money("1,250 apples")
    assert (error.value.key, error.value.params) == (
        "amount-unknown-currency",
        {"amount": "1250", "word": "apples"},
    )
