"""Dates and times as people type them (bot/core/moments.py). The table in
data/moment_inputs.jsonl was written apart from the parser, from a description of what users
type and of the contract; "now" is 2026-11-26 14:00, a Thursday, in Asia/Shanghai."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.moments import parse_past_moment
from bot.core.validation import InvalidInput

NOW = datetime(2026, 11, 26, 14, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
TABLE = Path(__file__).with_name("data") / "moment_inputs.jsonl"
CASES = [json.loads(line) for line in TABLE.read_text("utf-8").splitlines() if line.strip()]


def test_the_table_covers_both_languages_and_every_error():
    for locale in ("zh", "en"):
        rows = [c for c in CASES if c["locale"] == locale]
        assert len(rows) >= 100
        assert {c["error"] for c in rows} == {
            None,
            "invalid-date",
            "invalid-date-future",
            "invalid-date-too-old",
        }


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['locale']}:{c['text']}")
def test_what_users_type(case):
    if case["error"] is None:
        assert parse_past_moment(case["text"], now=NOW) == case["expected"]
    else:
        with pytest.raises(InvalidInput) as error:
            parse_past_moment(case["text"], now=NOW)
        assert error.value.key == case["error"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-24 14:30", "2026-11-24 14:30"),
        ("2026/11/20", "2026-11-20"),
        ("11月24日下午3点", "2026-11-24 15:00"),
        ("昨天晚上8点", "2026-11-25 20:00"),
        ("上周五", "2026-11-20"),
        ("刚才", "2026-11-26 14:00"),
        ("yesterday 3pm", "2026-11-25 15:00"),
        ("2 hours ago", "2026-11-26 12:00"),
    ],
)
def test_the_forms_the_issue_names(text, expected):
    assert parse_past_moment(text, now=NOW) == expected
