"""Everything a handler may use, built once at start and reached through the context."""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import SUPPORTED_LOCALES, Settings
from bot.db.database import Database
from bot.db.feedback import FeedbackRepository
from bot.db.questions import QuestionRepository
from bot.db.reminders import ReminderRepository
from bot.db.state import StateRepository
from bot.db.tickets import TicketRepository
from bot.db.users import UserRepository
from bot.faq.catalog import FaqCatalog
from bot.faq.matcher import FaqMatcher
from bot.i18n import Translator
from bot.tickets.service import TicketService


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
    ticket_store: TicketRepository
    tickets: TicketService
    feedback: FeedbackRepository
    reminders: ReminderRepository


def build_services(settings: Settings) -> Services:
    db = Database(settings.database_path)
    translator = Translator(settings.default_locale)
    catalog = FaqCatalog()
    ticket_store = TicketRepository(db)
    return Services(
        settings=settings,
        db=db,
        users=UserRepository(db),
        questions=QuestionRepository(db),
        state=StateRepository(db),
        translator=translator,
        faq=catalog,
        matcher=FaqMatcher(catalog, translator, SUPPORTED_LOCALES),
        ticket_store=ticket_store,
        tickets=TicketService(ticket_store),
        feedback=FeedbackRepository(db),
        reminders=ReminderRepository(db),
    )
