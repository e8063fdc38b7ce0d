"""Factories shared by unit tests, so each test reads as the behaviour it checks: settings on a
temporary database, the desk's services built from real repositories, Telegram messages."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from telegram import Bot, Chat, Message, PhotoSize, Update, User
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseHandler,
    BasePersistence,
    ContextTypes,
    ExtBot,
    TypeHandler,
)
from telegram.request import BaseRequest, RequestData

from bot.core.config import Settings
from bot.core.i18n import Translator
from bot.db.audit import AuditRepository
from bot.db.database import Database
from bot.db.desk import DeskRepository
from bot.db.outbox import OutboxKind, OutboxRepository
from bot.db.tickets import TicketRepository
from bot.db.users import UserRepository
from bot.desk.active import ActiveTickets
from bot.desk.lifecycle import TicketLifecycle
from bot.desk.moderation import Bans, SlaReminders
from bot.desk.off_hours import OffHours
from bot.desk.queue import DeskQueue
from bot.desk.relays import DeskRelays
from bot.domain.tickets import Category, NewTicket, Ticket
from bot.plumbing.persistence import SQLitePersistence
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.safety.screen import MessageScreen
from bot.ui.profiles import ensure_profile

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:TEST-token"
GROUP_ID = -1001234567890
# Agents at work around the clock: no off-hours notice gets in the way of what a test checks.
ALWAYS_OPEN = {"business_hours": "00:00-24:00", "business_days": "1-7"}


def make_settings(db: Database, **overrides: Any) -> Settings:
    """Settings for a test: the given database, the agents' group, no .env file read."""
    values: dict[str, Any] = {
        "bot_token": TOKEN,
        "database_path": db.path,
        "agent_chat_id": GROUP_ID,
        "timezone": "UTC",
        **ALWAYS_OPEN,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@dataclass(slots=True)
class Desk:
    """The desk's parts, each built from exactly the stores it uses (as DeskService does)."""

    settings: Settings
    translator: Translator
    users: UserRepository
    tickets: TicketRepository
    outbox: OutboxRepository
    desk_store: DeskRepository
    active: ActiveTickets
    queue: DeskQueue
    off_hours: OffHours
    relays: DeskRelays
    lifecycle: TicketLifecycle
    bans: Bans
    sla: SlaReminders


@cache
def translator(default_locale: str = "zh") -> Translator:
    """The real catalogs, parsed once per test run (a Translator never changes once built)."""
    return Translator(default_locale)  # type: ignore[arg-type]


def make_desk(db: Database, **overrides: Any) -> Desk:
    settings = make_settings(db, **overrides)
    translator_ = translator(settings.default_locale)
    users, tickets = UserRepository(db), TicketRepository(db)
    outbox, desk_store = OutboxRepository(db), DeskRepository(db)
    active = ActiveTickets(tickets, reopen_days=settings.reopen_days)
    queue = DeskQueue(outbox, settings, translator_)
    off_hours = OffHours(queue, tickets, users, translator_, settings)
    audit = AuditRepository(db)
    return Desk(
        settings=settings,
        translator=translator_,
        users=users,
        tickets=tickets,
        outbox=outbox,
        desk_store=desk_store,
        active=active,
        queue=queue,
        off_hours=off_hours,
        relays=DeskRelays(
            queue, tickets, desk_store, active, MessageScreen(), off_hours, settings, audit
        ),
        lifecycle=TicketLifecycle(queue, tickets, users, active, off_hours, translator_, audit),
        bans=Bans(desk_store),
        sla=SlaReminders(queue, tickets, translator_, settings),
    )


async def user_with_ticket(
    desk: Desk,
    user_id: int = 5,
    *,
    locale: str = "en",
    first_name: str = "Ann",
    category: Category = Category.FUNDS,
    description: str = "my transfer is missing",
) -> Ticket:
    """A user who has talked to the bot, with one open ticket (not yet handed to the desk)."""
    await desk.users.touch(
        user_id, first_name=first_name, language_code=locale, initial_locale=locale
    )
    return await desk.tickets.create(
        NewTicket(
            user_id=user_id,
            category=category,
            subject="subject-transfer",
            description=description,
        )
    )


async def outbox_rows(outbox: OutboxRepository) -> list[tuple[OutboxKind, int, dict[str, Any]]]:
    """What is waiting to be sent, in order: (kind, chat, payload)."""
    return [(item.kind, item.chat_id, item.payload) for item in await outbox.pending()]


def tg_user(user_id: int, first_name: str = "Ann", *, language_code: str = "en") -> User:
    return User(user_id, first_name, False, language_code=language_code)


def private_message(
    user: User,
    text: str | None = None,
    *,
    message_id: int = 100,
    photo_file_id: str | None = None,
    caption: str | None = None,
) -> Message:
    photo = (PhotoSize(photo_file_id, f"u-{photo_file_id}", 90, 90),) if photo_file_id else ()
    return Message(
        message_id,
        datetime.now(UTC),
        Chat(user.id, Chat.PRIVATE),
        from_user=user,
        text=text,
        photo=photo,
        caption=caption,
    )


def group_message(
    agent: User,
    text: str,
    *,
    message_id: int = 500,
    reply_to: Message | None = None,
    thread_id: int | None = None,
) -> Message:
    return Message(
        message_id,
        datetime.now(UTC),
        Chat(GROUP_ID, Chat.SUPERGROUP),
        from_user=agent,
        text=text,
        reply_to_message=reply_to,
        message_thread_id=thread_id,
        is_topic_message=thread_id is not None or None,
    )


class ServicesApplication(Application):  # type: ignore[type-arg]
    """A PTB Application carrying our services, as bot.app's does, without its start-up work:
    enough for a BotContext (ctx.t, ctx.services, ctx.bot) in a unit test."""

    def __init__(self, *, services: Services, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.services = services


def make_application(
    services: Services, bot: Bot | None = None, *, persistence: BasePersistence | None = None
) -> ServicesApplication:
    builder = ApplicationBuilder().updater(None).context_types(ContextTypes(context=BotContext))
    builder = builder.bot(bot) if bot is not None else builder.token(TOKEN)
    if persistence is not None:
        builder = builder.persistence(persistence)
    return builder.application_class(ServicesApplication, {"services": services}).build()


async def make_context(
    application: ServicesApplication,
    user_id: int = 5,
    *,
    locale: str = "en",
    first_name: str = "Ann",
    update_id: int | None = None,
) -> BotContext:
    """The context a handler gets for one user's update, their profile already loaded."""
    ctx = BotContext(application, chat_id=user_id, user_id=user_id)
    ctx.profile = await application.services.users.touch(
        user_id, first_name=first_name, language_code=locale, initial_locale=locale
    )
    ctx.update_id = update_id
    return ctx


BOT_USER = {"id": 42, "is_bot": True, "first_name": "Support", "username": "support_bot"}


class RecordingRequest(BaseRequest):
    """The HTTP layer under a real Bot: each Bot API call is recorded as (method, parameters)
    and answered the way Telegram would answer it, so the bot above works unchanged."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self._message_ids = itertools.count(1000)

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    def sent(self, *methods: str) -> list[tuple[str, dict[str, Any]]]:
        """The calls so far other than getMe (only `methods`, if given); then forgets them."""
        calls = [c for c in self.calls if c[0] != "getMe" and (not methods or c[0] in methods)]
        self.calls.clear()
        return calls

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data is not None else {}
        self.calls.append((api_method, params))
        result: object = True
        if api_method == "getMe":
            result = BOT_USER
        elif api_method in ("sendMessage", "editMessageText"):
            result = {
                "message_id": params.get("message_id") or next(self._message_ids),
                "date": int(datetime.now(UTC).timestamp()),
                "chat": {"id": params.get("chat_id", 0), "type": "private"},
                "from": BOT_USER,
                "text": params.get("text", ""),
            }
        return 200, json.dumps({"ok": True, "result": result}).encode()


def recording_bot() -> tuple[ExtBot[None], RecordingRequest]:
    request = RecordingRequest()
    return ExtBot(TOKEN, request=request, get_updates_request=RecordingRequest()), request


async def start_application(
    services: Services, *handlers: BaseHandler[Any, Any, Any]
) -> tuple[ServicesApplication, RecordingRequest]:
    """A running Application with the SQLite persistence, the profile loaded before any
    handler (as handlers/identify does), and `handlers`; shut it down after the test."""
    bot, request = recording_bot()
    persistence = SQLitePersistence(services.state, update_interval=60)
    application = make_application(services, bot, persistence=persistence)

    async def load_profile(update: Update, ctx: BotContext) -> None:
        await ensure_profile(ctx, update.effective_user)

    application.add_handler(TypeHandler(Update, load_profile), group=-1)
    for handler in handlers:
        application.add_handler(handler)
    await application.initialize()
    return application, request


Calls = list[tuple[str, dict[str, Any]]]


class PrivateChat:
    """One user's private chat with the bot: send commands, texts, photos and button presses;
    each returns the Bot API calls the bot made in answer."""

    def __init__(
        self,
        application: ServicesApplication,
        request: RecordingRequest,
        *,
        user_id: int = 5,
        language: str = "en",
    ) -> None:
        self.app, self.request = application, request
        self.user = {"id": user_id, "is_bot": False, "first_name": "Ann", "language_code": language}
        self.chat = {"id": user_id, "type": "private", "first_name": "Ann"}
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(10)

    async def _send(self, payload: dict[str, Any]) -> Calls:
        update = Update.de_json({"update_id": next(self._update_ids), **payload}, self.app.bot)
        await self.app.process_update(update)
        return self.request.sent()

    def _message(self, **content: Any) -> dict[str, Any]:
        return {
            "message_id": next(self._message_ids),
            "date": 0,
            "chat": self.chat,
            "from": self.user,
            **content,
        }

    async def text(self, text: str) -> Calls:
        message = self._message(text=text)
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
        return await self._send({"message": message})

    async def photo(self, file_id: str, caption: str | None = None) -> Calls:
        sizes = [
            {"file_id": f"{file_id}-small", "file_unique_id": "s", "width": 90, "height": 90},
            {"file_id": file_id, "file_unique_id": "l", "width": 800, "height": 800},
        ]
        return await self._send({"message": self._message(photo=sizes, caption=caption)})

    async def press(self, data: str, message_id: int = 1000) -> Calls:
        query = {
            "id": "q1",
            "from": self.user,
            "chat_instance": "c1",
            "data": data,
            "message": {"message_id": message_id, "date": 0, "chat": self.chat, "text": "?"},
        }
        return await self._send({"callback_query": query})


def _keyboard(params: dict[str, Any]) -> list[list[dict[str, Any]]]:
    markup = params["reply_markup"]
    markup = json.loads(markup) if isinstance(markup, str) else markup
    return list(markup["inline_keyboard"])


def button_labels(params: dict[str, Any]) -> list[list[str]]:
    """The buttons under a sent message, row by row, as the user reads them."""
    return [[button["text"] for button in row] for row in _keyboard(params)]


def button_data(params: dict[str, Any]) -> list[list[str]]:
    return [[button["callback_data"] for button in row] for row in _keyboard(params)]


def texts(calls: Calls) -> list[str]:
    """The texts the user was shown (new messages and messages edited in place)."""
    return [p["text"] for m, p in calls if m in ("sendMessage", "editMessageText")]
