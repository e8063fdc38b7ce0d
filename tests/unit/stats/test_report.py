"""/stats figures against values worked out by hand on a small seeded database."""

from __future__ import annotations

from datetime import date

from bot.db.stats import StatsRepository
from bot.domain.tickets import Priority
from bot.stats.report import build_stats
from tests.unit.stats.seed import NOW, stats_settings


async def test_figures_match_hand_computed_values(seeded: StatsRepository):
    stats = await build_stats(seeded, stats_settings(), NOW)
    assert stats.users.total == 4 and stats.users.active == 2 and stats.users.inactive == 1
    assert stats.users.by_locale == {"zh": 2, "en": 2}
    assert stats.open_by_priority == {Priority.HIGH: 1, Priority.NORMAL: 1, Priority.LOW: 1}
    assert stats.created == 5  # the ticket from 11-10 is before the period
    assert stats.resolved == 3  # ...but it was resolved inside it
    assert stats.median_first_response_minutes == 30  # of 10, 30, 60
    assert stats.median_resolution_minutes == 1440  # of 120, 1440, 16320
    assert stats.sla_breaches == 2
    assert stats.csat_distribution == {1: 0, 2: 0, 3: 1, 4: 1, 5: 1}
    assert stats.csat_average == 4.0
    assert stats.top_faq == [("forgot-password", 3), ("transfer-failed", 1)]
    assert [d.day for d in stats.days] == [date(2026, 11, d) for d in range(19, 26)]
    by_day = {
        d.day.day: (d.created, d.resolved, d.median_first_response_minutes) for d in stats.days
    }
    assert by_day == {
        19: (0, 0, None),
        20: (2, 1, 20),
        21: (0, 1, None),
        22: (1, 0, 60),
        23: (0, 1, None),
        24: (1, 0, None),
        25: (1, 0, None),
    }


async def test_days_follow_the_team_timezone(seeded: StatsRepository):
    settings = stats_settings().model_copy(update={"timezone": "Asia/Shanghai"})
    stats = await build_stats(seeded, settings, NOW)
    # 2026-11-20 11:00 UTC is 19:00 in Shanghai; 2026-11-24 08:00 UTC is 16:00: same days.
    # The 11-22 09:00 ticket closed 11-23 09:00 UTC = 17:00 local: still the 23rd.
    assert [d.day for d in stats.days][-1] == date(2026, 11, 25)
    assert sum(d.created for d in stats.days) == 5
