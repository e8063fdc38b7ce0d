"""Questions users asked, with the FAQ entry they matched."""

from __future__ import annotations

from bot.db.database import Database
from bot.db.questions import QuestionRepository
from bot.db.users import UserRepository
from tests.unit.db.conftest import both_engines

pytestmark = both_engines


async def test_questions_are_recorded_with_their_match(db: Database):
    users, questions = UserRepository(db), QuestionRepository(db)
    await users.touch(7, first_name="Ann", language_code="en", initial_locale="en")
    await questions.record(user_id=7, locale="en", text="hi", faq_entry=None, score=0.0)
    await questions.record(user_id=7, locale="en", text="fees?", faq_entry="fees", score=0.5)
    asked = await questions.for_user(7)
    assert [(q.text, q.faq_entry) for q in asked] == [("hi", None), ("fees?", "fees")]
