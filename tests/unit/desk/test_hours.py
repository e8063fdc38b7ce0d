"""Business hours: open or not at a given local time, and when agents are next at work."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.desk.hours import BusinessHours

SHANGHAI = ZoneInfo("Asia/Shanghai")
WEEKDAYS = BusinessHours.parse("09:00-18:00", "1-5")


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        ("2026-11-23 09:00", True),  # Monday, opening minute
        ("2026-11-23 17:59", True),
        ("2026-11-23 18:00", False),  # closing minute is closed
        ("2026-11-23 08:59", False),
        ("2026-11-28 12:00", False),  # Saturday
    ],
)
def test_open_within_hours_on_working_days(moment, is_open):
    assert WEEKDAYS.is_open(local(moment)) is is_open


@pytest.mark.parametrize(
    ("moment", "opening"),
    [
        ("2026-11-23 07:30", "2026-11-23 09:00"),  # Monday morning: later today
        ("2026-11-23 12:00", "2026-11-23 12:00"),  # open now: now
        ("2026-11-23 18:30", "2026-11-24 09:00"),  # Monday evening: Tuesday
        ("2026-11-27 18:30", "2026-11-30 09:00"),  # Friday evening: Monday
        ("2026-11-29 23:00", "2026-11-30 09:00"),  # Sunday night: Monday
    ],
)
def test_next_opening(moment, opening):
    assert WEEKDAYS.next_opening(local(moment)) == local(opening)


def test_day_lists_ranges_and_midnight_close():
    hours = BusinessHours.parse("00:00-24:00", "1-3,6")
    assert hours.weekdays == {1, 2, 3, 6}
    assert hours.is_open(local("2026-11-23 23:59"))  # Monday
    assert not hours.is_open(local("2026-11-26 12:00"))  # Thursday
    assert hours.next_opening(local("2026-11-26 12:00")) == local("2026-11-28 00:00")
