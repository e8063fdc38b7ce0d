"""What users type, parsed into typed values; identifying details masked."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from bot.core.validation import (
    InvalidInput,
    clean_text,
    mask_recipient,
    parse_contact,
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


def test_transaction_ids_and_recipients():
    assert parse_transaction_id("0x" + "a" * 64) == "0x" + "a" * 64
    assert parse_transaction_id("TX-2026-000123") == "TX-2026-000123"
    with pytest.raises(InvalidInput):
        parse_transaction_id("12")
    assert mask_recipient("6222 0212 3456 7890 123") == "6222…0123"
    assert mask_recipient("bob@example.com") == "b***@example.com"
    assert mask_recipient("alice_w") == "a****_w"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("工商银行 6222021234567890128 张三", "工商银行 6222…0128 张三"),
        ("招商银行 6214 8301 2345 6789 李四", "招商银行 6214…6789 李四"),
        ("Bank of China 1234-5678-9012 John Smith", "Bank of China 1234…9012 John Smith"),
        ("0x71C7656EC7ab88b098defB751B7401B5f6d8976F", "0x71…976F"),
        ("张三 13800138000", "张三 1380…8000"),
        ("pay to bob@mail.com (Bob)", "pay to b***@mail.com (Bob)"),
    ],
)
def test_a_recipient_keeps_its_shape_with_the_number_masked(typed, stored):
    assert mask_recipient(typed) == stored


def test_recipient_too_short_is_refused():
    with pytest.raises(InvalidInput):
        mask_recipient("ab")


def test_clean_text_bounds():
    assert clean_text("  hello there ", minimum=5, maximum=20) == "hello there"
    with pytest.raises(InvalidInput, match="text-too-short"):
        clean_text("hi", minimum=5, maximum=20)
    with pytest.raises(InvalidInput, match="text-too-long-field"):
        clean_text("x" * 21, minimum=5, maximum=20)


RECIPIENTS = [
    json.loads(line)
    for line in (Path(__file__).with_name("data") / "recipient_inputs.jsonl")
    .read_text("utf-8")
    .splitlines()
    if line.strip()
]


def test_the_recipient_table_covers_both_languages():
    for locale in ("zh", "en"):
        assert len([c for c in RECIPIENTS if c["locale"] == locale]) >= 100


@pytest.mark.parametrize("case", RECIPIENTS, ids=lambda c: f"{c['locale']}:{c['text']}")
def test_recipients_as_users_type_them(case):
    """The table was written apart from the masking, from its contract alone."""
    if case["stored"] is None:
        with pytest.raises(InvalidInput):
            mask_recipient(case["text"])
    else:
        assert mask_recipient(case["text"]) == case["stored"]
