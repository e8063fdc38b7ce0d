"""What users type, parsed into typed values; identifying details masked."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from bot.core.validation import (
    InvalidInput,
    clean_text,
    mask_recipient,
    parse_contact,
    parse_money,
    parse_past_moment,
    parse_transaction_id,
)

NOW = datetime(2026, 11, 25, 10, 0)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("ann@mail.com", "a***@mail.com"),
        ("  Ann.Lee@Mail.com ", "A***@mail.com"),
        ("13812341234", "+86 138****1234"),
        ("+86 138 1234 1234", "+86 138****1234"),
        ("+1 (415) 555-2671", "+1 415***2671"),
    ],
)
def test_contacts_are_validated_and_masked(text, masked):
    assert parse_contact(text).masked == masked


@pytest.mark.parametrize("text", ["", "ann@", "@mail.com", "12345", "phone", "+86 999", "a b@c.d"])
def test_bad_contacts_are_refused(text):
    with pytest.raises(InvalidInput) as error:
        parse_contact(text)
    assert error.value.key == "invalid-contact"


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [("250 USDT", "250", "USDT"), ("1,250.50 usdt", "1250.50", "USDT"), (".5 BTC", "0.5", "BTC")],
)
def test_amounts_parse(text, amount, currency):
    money = parse_money(text)
    assert (money.amount, money.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("-5 USD", "invalid-amount"),
        ("0 USD", "invalid-amount"),
        ("abc", "invalid-amount"),
        ("1e309", "invalid-amount"),
        ("NaN USD", "invalid-amount"),
        ("inf USD", "invalid-amount"),
        ("2000000000 USD", "invalid-amount"),
        ("0.000000001 BTC", "invalid-amount"),
        ("250", "missing-currency"),
        ("", "invalid-amount"),
    ],
)
def test_bad_amounts_are_refused_with_the_right_reason(text, key):
    with pytest.raises(InvalidInput) as error:
        parse_money(text)
    assert error.value.key == key


def test_dates_must_be_in_the_past_and_recent():
    assert parse_past_moment("2026-11-24 14:30", now=NOW) == "2026-11-24 14:30"
    assert parse_past_moment("2026/11/20", now=NOW) == "2026-11-20"
    for text, key in [
        ("2026-11-26", "invalid-date-future"),
        ("2020-01-01", "invalid-date-too-old"),
        ("yesterday", "invalid-date"),
        ("2026-13-01", "invalid-date"),
    ]:
        with pytest.raises(InvalidInput) as error:
            parse_past_moment(text, now=NOW)
        assert error.value.key == key


def test_transaction_ids_and_recipients():
    assert parse_transaction_id("0x" + "a" * 64) == "0x" + "a" * 64
    assert parse_transaction_id("TX-2026-000123") == "TX-2026-000123"
    with pytest.raises(InvalidInput):
        parse_transaction_id("12")
    assert mask_recipient("6222 0212 3456 7890 123") == "6222…0123"
    assert mask_recipient("bob@example.com") == "b***@example.com"
    assert mask_recipient("alice_w") == "a****_w"
    with pytest.raises(InvalidInput):
        mask_recipient("ab")


def test_clean_text_bounds():
    assert clean_text("  hello there ", minimum=5, maximum=20) == "hello there"
    with pytest.raises(InvalidInput, match="text-too-short"):
        clean_text("hi", minimum=5, maximum=20)
    with pytest.raises(InvalidInput, match="text-too-long-field"):
        clean_text("x" * 21, minimum=5, maximum=20)
