"""Everything a handler may use, built once at start and reached through the context."""

from __future__ import annotations

from dataclasses import dataclass

from bot.assist.drafting import DraftWriter
from bot.broadcasts.service import BroadcastService
from bot.core.config import SUPPORTED_LOCALES, Settings
from bot.core.i18n import Translator
from bot.db.audit import AuditRepository
from bot.db.broadcasts import BroadcastRepository
from bot.db.desk import DeskRepository
from bot.db.engine import open_store
from bot.db.feedback import FeedbackRepository
from bot.db.health import HealthRepository
from bot.db.inbox import InboxRepository
from bot.db.knowledge import KnowledgeRepository
from bot.db.leases import LeaseRepository
from bot.db.outbox import OutboxRepository
from bot.db.questions import QuestionRepository
from bot.db.reminders import ReminderRepository
from bot.db.replicas import ReplicaRepository
from bot.db.retention import RetentionRepository
from bot.db.send_budget import SendBudgetRepository
from bot.db.state import StateRepository
from bot.db.stats import StatsRepository
from bot.db.store import Store
from bot.db.tickets import TicketRepository
from bot.db.users import UserRepository
from bot.db.web_desk import WebDeskRepository
from bot.desk.active import ActiveTickets
from bot.desk.agents import AgentDirectory
from bot.desk.service import DeskService
from bot.faq.knowledge import KnowledgeSnapshot
from bot.faq.knowledge_base import KnowledgeBase
from bot.faq.matcher import FaqMatcher
from bot.faq.seed import seed_snapshot
from bot.safety.detector import detect
from bot.safety.flood import FloodControl
from bot.safety.screen import MessageScreen
from bot.tickets.retention import RetentionJob
from bot.tickets.routing import TicketRouter
from bot.tickets.service import TicketService
from bot.understanding.encoder import shared_encoder
from bot.understanding.service import UnderstandingService


@dataclass(slots=True)
class Services:
    settings: Settings
    db: Store
    users: UserRepository
    questions: QuestionRepository
    state: StateRepository
    translator: Translator
    knowledge: KnowledgeBase
    matcher: FaqMatcher  # rebuilt with each change of the knowledge base
    ticket_store: TicketRepository
    tickets: TicketService
    feedback: FeedbackRepository
    reminders: ReminderRepository
    health: HealthRepository
    leases: LeaseRepository
    replicas: ReplicaRepository
    send_budget: SendBudgetRepository
    outbox: OutboxRepository
    inbox: InboxRepository
    desk_store: DeskRepository
    active: ActiveTickets
    agents: AgentDirectory
    screen: MessageScreen
    flood: FloodControl
    broadcast_store: BroadcastRepository
    broadcasts: BroadcastService
    stats: StatsRepository
    desk: DeskService
    web_desk: WebDeskRepository
    audit: AuditRepository
    retention: RetentionJob
    understanding: UnderstandingService
    drafts: DraftWriter | None  # the optional drafting endpoint (DRAFT_API_URL)
    web_desk_address: str = ""  # where the web desk answers, once started (WEB_DESK_PORT)

    @property
    def faq(self) -> KnowledgeSnapshot:
        """The knowledge base as it is now (a change swaps in a new snapshot)."""
        return self.knowledge.current

    def follow_knowledge(self, snapshot: KnowledgeSnapshot) -> None:
        self.matcher = FaqMatcher(snapshot, SUPPORTED_LOCALES)
        self.understanding.follow(snapshot)


def _knowledge_base(db: Store, seed: KnowledgeSnapshot, screen: MessageScreen) -> KnowledgeBase:
    """The team's entries; an answer that asks users for a secret is refused, as from agents."""
    return KnowledgeBase(
        KnowledgeRepository(db),
        seed.all_entries,
        SUPPORTED_LOCALES,
        unsafe=lambda text: screen.judge_agent_text(text).held,
    )


def _draft_writer(settings: Settings, screen: MessageScreen) -> DraftWriter | None:
    if not settings.draft_api_url:
        return None
    key = settings.draft_api_key
    return DraftWriter(
        settings.draft_api_url,
        settings.draft_model,
        api_key=key.get_secret_value() if key else None,
        timeout_seconds=settings.draft_timeout_seconds,
        # Nothing secret leaves the process; a draft that asks for a secret is dropped.
        redact=lambda text: detect(text).redacted(),
        unsafe=lambda text: screen.judge_agent_text(text).held,
    )


def _question(knowledge: KnowledgeBase, entry_id: str, locale: str) -> str | None:
    entry = knowledge.current.entry(entry_id)
    return entry.text(locale).question if entry else None


def _understanding(settings: Settings, seed: KnowledgeSnapshot) -> UnderstandingService:
    encoder = shared_encoder(settings.encoder_cache_dir)
    return UnderstandingService(seed, SUPPORTED_LOCALES, encoder=encoder)


def _ticket_service(
    settings: Settings, store: TicketRepository, users: UserRepository, desk: DeskService
) -> TicketService:
    return TicketService(
        store,
        max_open=settings.max_open_tickets,
        on_opened=desk.lifecycle.opened,
        route_for=TicketRouter(settings, users).route_for,
    )


def build_services(settings: Settings) -> Services:
    db = open_store(settings)
    translator = Translator(settings.default_locale)
    seed = seed_snapshot(SUPPORTED_LOCALES)
    screen = MessageScreen()
    knowledge = _knowledge_base(db, seed, screen)
    ticket_store, users = TicketRepository(db), UserRepository(db)
    outbox, desk_store = OutboxRepository(db), DeskRepository(db)
    broadcast_store = BroadcastRepository(db)
    active = ActiveTickets(ticket_store, reopen_days=settings.reopen_days)
    desk = DeskService(
        settings=settings,
        translator=translator,
        db=db,
        tickets=ticket_store,
        users=users,
        desk_store=desk_store,
        outbox=outbox,
        active=active,
        screen=screen,
        entry_title=lambda entry_id, locale: _question(knowledge, entry_id, locale),
    )
    services = Services(
        settings=settings,
        db=db,
        users=users,
        questions=QuestionRepository(db),
        state=StateRepository(db),
        translator=translator,
        knowledge=knowledge,
        matcher=FaqMatcher(seed, SUPPORTED_LOCALES),
        ticket_store=ticket_store,
        tickets=_ticket_service(settings, ticket_store, users, desk),
        feedback=FeedbackRepository(db),
        reminders=ReminderRepository(db),
        health=HealthRepository(db),
        leases=LeaseRepository(db),
        replicas=ReplicaRepository(db),
        send_budget=SendBudgetRepository(db),
        outbox=outbox,
        inbox=InboxRepository(db),
        desk_store=desk_store,
        active=active,
        agents=AgentDirectory(settings),
        screen=screen,
        flood=FloodControl(settings.flood_max_messages, settings.flood_window_seconds),
        broadcast_store=broadcast_store,
        broadcasts=BroadcastService(
            broadcast_store, users=users, translator=translator, settings=settings
        ),
        stats=StatsRepository(db),
        desk=desk,
        web_desk=desk.web_store,
        audit=desk.audit,
        retention=RetentionJob(RetentionRepository(db), db, settings),
        understanding=_understanding(settings, seed),
        drafts=_draft_writer(settings, screen),
    )
    knowledge.on_change(services.follow_knowledge)
    return services
