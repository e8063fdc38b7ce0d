"""Users: first contact chooses the locale, later contacts keep it."""

from __future__ import annotations

from bot.db.database import Database
from bot.db.users import UserRepository
from tests.unit.db.conftest import both_engines

pytestmark = both_engines


async def test_first_contact_sets_locale_and_later_contacts_keep_it(db: Database):
    users = UserRepository(db)
    first = await users.touch(7, first_name="Ann", language_code="en", initial_locale="en")
    assert (first.locale, first.language_code, first.blocked_bot) == ("en", "en", False)
    await users.set_locale(7, "zh")
    later = await users.touch(7, first_name="Ann B", language_code="en", initial_locale="en")
    assert later.locale == "zh"
    assert later.first_name == "Ann B"
    assert later.first_seen_at == first.first_seen_at
    assert later.last_seen_at >= first.last_seen_at
    assert await users.count() == 1
