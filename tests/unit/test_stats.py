"""/stats figures against values worked out by hand on a small seeded database."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.core.config import Settings
from bot.core.i18n import Translator
from bot.db.database import Database
from bot.db.stats import StatsRepository
from bot.domain.tickets import Priority
from bot.faq.catalog import FaqCatalog
from bot.stats.chart import render_chart
from bot.stats.export import export_csv
from bot.stats.render import chart_labels, stats_text
from bot.stats.report import build_stats

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

USERS = [  # id, locale, last seen, blocked the bot
    (1, "zh", "2026-11-24T09:00:00+00:00", 0),
    (2, "en", "2026-11-10T09:00:00+00:00", 1),
    (3, "zh", "2026-11-25T08:00:00+00:00", 0),
    (4, "en", "2026-11-18T00:00:00+00:00", 0),  # 7.5 days ago: not active
]
TICKETS = [  # priority, status, created, first response, closed, rating
    ("high", "closed", "2026-11-20T10:00", "2026-11-20T10:10", "2026-11-20T12:00", 5),
    ("high", "open", "2026-11-20T11:00", "2026-11-20T11:30", None, None),  # 30 > 15 min
    ("normal", "closed", "2026-11-22T09:00", "2026-11-22T10:00", "2026-11-23T09:00", 3),
    ("low", "open", "2026-11-24T08:00", None, None, None),  # 28 h unanswered > 24 h
    ("normal", "resolved", "2026-11-10T00:00", "2026-11-10T00:05", "2026-11-21T08:00", 4),
    ("normal", "in_progress", "2026-11-25T11:50", None, None, None),  # 10 min: within target
]
QUESTIONS = [  # text, FAQ entry, asked
    ("forgot my password", "forgot-password", "2026-11-21T01:00"),
    ("password reset", "forgot-password", "2026-11-22T01:00"),
    ("忘记密码", "forgot-password", "2026-11-24T01:00"),
    ("transfer failed", "transfer-failed", "2026-11-24T02:00"),
    (" how to stake? ", None, "2026-11-23T01:00"),
    ("HOW TO STAKE?", None, "2026-11-24T01:00"),
    ("nft support", None, "2026-11-24T03:00"),
    ("forgot password", "forgot-password", "2026-11-01T01:00"),  # before the period
]


def _utc(text: str | None) -> str | None:
    return f"{text}:00+00:00" if text else None


@pytest.fixture
async def seeded(db: Database) -> StatsRepository:
    conn = await db.connection()
    await conn.executemany(
        "INSERT INTO users (id, locale, first_name, first_seen_at, last_seen_at, blocked_bot)"
        " VALUES (?, ?, 'x', ?, ?, ?)",
        [(uid, loc, seen, seen, blocked) for uid, loc, seen, blocked in USERS],
    )
    await conn.executemany(
        "INSERT INTO tickets (reference, user_id, category, priority, status, created_at,"
        " updated_at, first_response_at, closed_at, rating) VALUES (?, 1, 'funds', ?, ?, ?, ?, ?,"
        " ?, ?)",
        [
            (f"TP-{n}", prio, status, _utc(c), _utc(c), _utc(fr), _utc(cl), rating)
            for n, (prio, status, c, fr, cl, rating) in enumerate(TICKETS)
        ],
    )
    await conn.executemany(
        "INSERT INTO questions (user_id, locale, text, faq_entry, score, asked_at)"
        " VALUES (1, 'en', ?, ?, 0.5, ?)",
        [(text, entry, _utc(at)) for text, entry, at in QUESTIONS],
    )
    return StatsRepository(db)


def _settings() -> Settings:
    return Settings(bot_token="123456:TEST-token", timezone="UTC", stats_days=7, _env_file=None)  # type: ignore[call-arg]


async def test_figures_match_hand_computed_values(seeded: StatsRepository):
    stats = await build_stats(seeded, _settings(), NOW)
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
    assert stats.top_unmatched == [("how to stake?", 2), ("nft support", 1)]
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
    settings = _settings().model_copy(update={"timezone": "Asia/Shanghai"})
    stats = await build_stats(seeded, settings, NOW)
    # 2026-11-20 11:00 UTC is 19:00 in Shanghai; 2026-11-24 08:00 UTC is 16:00: same days.
    # The 11-22 09:00 ticket closed 11-23 09:00 UTC = 17:00 local: still the 23rd.
    assert [d.day for d in stats.days][-1] == date(2026, 11, 25)
    assert sum(d.created for d in stats.days) == 5


async def test_text_and_chart(seeded: StatsRepository):
    stats = await build_stats(seeded, _settings(), NOW)
    translator = Translator("zh")
    text = stats_text(translator, "en", stats, FaqCatalog())
    assert "👥 Users: 4 in total · 2 active in the last 7 days · 1 blocked the bot" in text
    assert "🎫 Open tickets: 🔴 high 1 · 🟡 normal 1 · 🟢 low 1" in text
    assert "Median first response: 30 minutes · median resolution: 24 hours" in text
    assert "First-response target missed: 2" in text
    assert "⭐ Satisfaction: 4.00 on average from 3 ratings" in text
    assert "1. I forgot my password. What now? — 3" in text
    assert "1. how to stake? — 2" in text
    assert "11-20: 2 / 1" in text
    zh = stats_text(translator, "zh", stats, FaqCatalog())
    assert "⏱ 首次响应中位数：30 分钟 · 解决时长中位数：24 小时" in zh
    png = render_chart(stats, chart_labels(translator, "en", stats))
    assert png.startswith(b"\x89PNG") and len(png) > 5000


async def test_export_writes_every_row_as_csv(seeded: StatsRepository):
    data, count = await export_csv(seeded, "questions")
    lines = data.decode("utf-8-sig").splitlines()
    assert count == len(QUESTIONS) and len(lines) == count + 1
    assert lines[0] == "id,user_id,locale,text,faq_entry,score,asked_at"
    assert lines[3].startswith("3,1,en,忘记密码,forgot-password,0.5,")
    data, count = await export_csv(seeded, "tickets")
    assert count == len(TICKETS)
    assert data.decode("utf-8-sig").splitlines()[1].startswith("1,TP-0,1,funds,high,closed,")
