"""Everything a handler may use, built once at start and reached through the context."""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import SUPPORTED_LOCALES, Settings
from bot.db.database import Database
from bot.db.questions import QuestionRepository
from bot.db.state import StateRepository
from bot.db.users import UserRepository
from bot.faq.catalog import FaqCatalog
from bot.faq.matcher import FaqMatcher
from bot.i18n import Translator


@dataclass(frozen=True, slots=True)
class Services:
    settings: Settings
    db: Database
    users: UserRepository
    questions: QuestionRepository
    state: StateRepository
    translator: Translator
    faq: FaqCatalog
    matcher: FaqMatcher


def build_services(settings: Settings) -> Services:
    db = Database(settings.database_path)
    translator = Translator(settings.default_locale)
    catalog = FaqCatalog()
    return Services(
        settings=settings,
        db=db,
        users=UserRepository(db),
        questions=QuestionRepository(db),
        state=StateRepository(db),
        translator=translator,
        faq=catalog,
        matcher=FaqMatcher(catalog, translator, SUPPORTED_LOCALES),
    )
