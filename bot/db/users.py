"""Users: who has talked to the bot, in which language, and whether they can be reached."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.core.clock import iso, parse_iso, utc_now
from bot.core.config import Locale
from bot.db.database import expect_row
from bot.db.store import Store

TOUCH_INTERVAL_SECONDS = 60.0
MAX_REMEMBERED = 50_000


@dataclass(frozen=True, slots=True)
class UserProfile:
    id: int
    locale: Locale
    language_code: str | None
    first_name: str
    first_seen_at: datetime
    last_seen_at: datetime
    notices_opt_out: bool
    blocked_bot: bool


def _profile(row: aiosqlite.Row) -> UserProfile:
    return UserProfile(
        id=row["id"],
        locale=row["locale"],
        language_code=row["language_code"],
        first_name=row["first_name"],
        first_seen_at=parse_iso(row["first_seen_at"]),
        last_seen_at=parse_iso(row["last_seen_at"]),
        notices_opt_out=bool(row["notices_opt_out"]),
        blocked_bot=bool(row["blocked_bot"]),
    )


class UserRepository:
    """Users, with a short memory of recent contacts: a user sending ten messages a minute
    costs one write, not ten (last_seen_at is then accurate to TOUCH_INTERVAL_SECONDS)."""

    def __init__(self, db: Store) -> None:
        self._db = db
        self._recent: dict[int, tuple[UserProfile, float]] = {}

    async def touch(
        self, user_id: int, *, first_name: str, language_code: str | None, initial_locale: Locale
    ) -> UserProfile:
        """Record a contact. The locale is only chosen on first contact; later it is the user's."""
        recent = self._recent.get(user_id)
        if recent is not None:
            profile, at = recent
            fresh = time.monotonic() - at < TOUCH_INTERVAL_SECONDS
            if fresh and profile.first_name == first_name and not profile.blocked_bot:
                return profile
        if len(self._recent) > MAX_REMEMBERED:
            self._recent.clear()
        now = iso(utc_now())
        conn = await self._db.connection()
        # A message from a user proves they have not blocked the bot (any more).
        async with conn.execute(
            """
            INSERT INTO users (id, locale, language_code, first_name, first_seen_at, last_seen_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                last_seen_at = excluded.last_seen_at,
                first_name = excluded.first_name,
                blocked_bot = 0
            RETURNING *
            """,
            (user_id, initial_locale, language_code, first_name, now, now),
        ) as cursor:
            row = await cursor.fetchone()
        profile = _profile(expect_row(row))
        self._recent[user_id] = (profile, time.monotonic())
        return profile

    async def get_recent(self, user_id: int) -> UserProfile | None:
        """The profile as this process last wrote it (a user who just wrote), else read."""
        recent = self._recent.get(user_id)
        if recent is not None and time.monotonic() - recent[1] < TOUCH_INTERVAL_SECONDS:
            return recent[0]
        return await self.get(user_id)

    async def get(self, user_id: int) -> UserProfile | None:
        conn = await self._db.connection()
        async with conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)) as cursor:
            row = await cursor.fetchone()
        return _profile(row) if row else None

    async def set_locale(self, user_id: int, locale: Locale) -> None:
        self._recent.pop(user_id, None)
        conn = await self._db.connection()
        await conn.execute("UPDATE users SET locale = ? WHERE id = ?", (locale, user_id))

    async def set_blocked(self, user_id: int, blocked: bool) -> None:
        self._recent.pop(user_id, None)
        conn = await self._db.connection()
        await conn.execute("UPDATE users SET blocked_bot = ? WHERE id = ?", (int(blocked), user_id))

    async def set_notices_opt_out(self, user_id: int, opted_out: bool) -> None:
        self._recent.pop(user_id, None)
        conn = await self._db.connection()
        await conn.execute(
            "UPDATE users SET notices_opt_out = ? WHERE id = ?", (int(opted_out), user_id)
        )

    async def count(self) -> int:
        conn = await self._db.connection()
        async with conn.execute("SELECT COUNT(*) FROM users") as cursor:
            row = await cursor.fetchone()
        return int(expect_row(row)[0])
