"""A small database whose /stats figures were worked out by hand (see the comments)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.config import Settings
from bot.db.database import Database
from bot.db.stats import StatsRepository

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


async def seed(db: Database) -> StatsRepository:
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


def stats_settings() -> Settings:
    return Settings(bot_token="123456:TEST-token", timezone="UTC", stats_days=7, _env_file=None)  # type: ignore[call-arg]
