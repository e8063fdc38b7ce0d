"""The settings contract: read once from the environment (or .env) and validated at start."""

from __future__ import annotations

import re
import socket
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.core.routes import DEFAULT_ROUTE, Route, parse_routes

Locale = Literal["zh", "en"]
SUPPORTED_LOCALES: tuple[Locale, ...] = ("zh", "en")

_TOKEN_SHAPE = re.compile(r"^\d+:[A-Za-z0-9_-]+$")


class Settings(BaseSettings):
    """Every knob of a deployment. Names are a public contract: add, never rename."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr
    agent_chat_id: int | None = None
    # More agents' groups, chosen per ticket by language, category and priority (bot/core/
    # routes.py); tickets no rule matches go to AGENT_CHAT_ID.
    agent_routes: Annotated[tuple[Route, ...], NoDecode] = ()
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    agent_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    database_path: Path = Path("data/support.db")
    # sqlite:///path/to/support.db or postgresql://user:password@host:5432/name. When set it
    # wins over DATABASE_PATH.
    database_url: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org"
    default_locale: Locale = "zh"
    # The language of what the agents' group shares (cards, topic names, notices); each
    # agent's own answers follow their language. Empty: DEFAULT_LOCALE.
    desk_locale: Locale | None = None
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # Seconds between PTB's periodic persistence runs; each handled update is also flushed at once.
    persistence_interval_seconds: float = Field(default=5.0, gt=0)
    # A guided flow left idle this long ends with a message and its data is dropped.
    flow_timeout_minutes: float = Field(default=30.0, gt=0)
    # First-response targets promised to users (and, later, watched by the agent desk).
    sla_high_minutes: float = Field(default=15, gt=0)
    sla_normal_minutes: float = Field(default=120, gt=0)
    sla_low_minutes: float = Field(default=1440, gt=0)
    # How often the SLA watcher looks for tickets past their first-response target.
    sla_check_seconds: float = Field(default=60, gt=0)
    # Agents' working time in TIMEZONE; outside it users are told when to expect an answer.
    business_hours: str = "09:00-18:00"
    business_days: str = "1-5"  # ISO weekdays, 1 = Monday
    # Show the agent's first name to users on relayed replies.
    show_agent_name: bool = False
    # Telegram allows a bot about 30 messages a second in all, about 20 a minute into one
    # group and about 1 a second per chat.
    overall_max_rate: float = Field(default=30, gt=0)
    group_max_messages: int = Field(default=20, gt=0)
    group_window_seconds: float = Field(default=60, gt=0)
    private_chat_interval_seconds: float = Field(default=1.0, ge=0)
    # Replicas share these budgets through the database; a private chat there may take this
    # many sends at once, then one per PRIVATE_CHAT_INTERVAL_SECONDS on average.
    private_chat_burst: int = Field(default=3, gt=0, le=20)
    # How long a getChatMember answer about an agent is trusted.
    agent_cache_seconds: float = Field(default=300, ge=0)
    # More than this many messages from one user within the window are throttled.
    flood_max_messages: int = Field(default=20, gt=0)
    flood_window_seconds: float = Field(default=10, gt=0)
    # Open tickets one user may have at once (feedback does not count).
    max_open_tickets: int = Field(default=3, gt=0)
    # Admins hear about the same kind of error at most once in this many seconds.
    admin_alert_interval_seconds: float = Field(default=60, ge=0)
    # How long one Bot API call may take before it is given up and retried.
    request_timeout_seconds: float = Field(default=10, gt=0)
    # A user writing on a closed ticket within this many days reopens it.
    reopen_days: float = Field(default=7, ge=0)
    # How long after a "still pending" transfer the bot asks whether it arrived.
    transfer_reminder_minutes: float = Field(default=120.0, gt=0)
    # The support team's timezone: dates users type are read in it.
    timezone: str = "Asia/Shanghai"
    # Broadcast messages per second overall; Telegram allows a bot about 30.
    broadcast_rate: float = Field(default=25, gt=0, le=30)
    # Paid broadcasts (Telegram's allow_paid_broadcast: up to 1,000 messages a second for
    # 0.1 Star each, from the bot's balance). Off unless set; the admin then chooses per
    # announcement and confirms the estimated cost.
    broadcast_paid: bool = False
    broadcast_paid_rate: float = Field(default=1000, gt=0, le=1000)
    # Updates handled at once (different chats); one chat's updates always go in order.
    max_concurrent_updates: int = Field(default=64, gt=0, le=1024)
    # The period /stats and its chart cover, in days.
    stats_days: int = Field(default=30, gt=0, le=366)
    # Optional: an OpenAI-compatible endpoint (a self-hosted vLLM, Ollama or llama.cpp server,
    # e.g. http://127.0.0.1:11434/v1) that drafts replies for agents to review (/draft).
    # Off when empty. Never used to answer a user directly.
    draft_api_url: str | None = None
    draft_model: str = "default"
    draft_api_key: SecretStr | None = None
    draft_timeout_seconds: float = Field(default=20, gt=0, le=120)
    # Diagnostics: when set, the bot times each handler, Bot API method and database wait,
    # watches the event loop's lag, and writes a summary (JSON) to this file when it stops.
    diagnostics_file: Path | None = None
    # Where the sentence encoder keeps its embedding table unpacked (65 MB, written once per
    # machine and read row by row, so it stays out of the bot's memory). Default:
    # $XDG_CACHE_HOME/tpwallet-support-bot, else ~/.cache/tpwallet-support-bot.
    encoder_cache_dir: Path | None = None
    # Webhook mode (polling when WEBHOOK_URL is empty): Telegram posts updates to WEBHOOK_URL
    # (https, public), which a proxy forwards to WEBHOOK_LISTEN:WEBHOOK_PORT at the URL's path.
    # Every request must carry WEBHOOK_SECRET in X-Telegram-Bot-Api-Secret-Token.
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, gt=0, lt=65536)
    # /healthz, /readyz and /metrics (Prometheus). In webhook mode they share the webhook's
    # port; in polling mode they are served on OPS_PORT when it is set (off otherwise).
    ops_port: int | None = Field(default=None, gt=0, lt=65536)
    ops_listen: str = "127.0.0.1"
    # Several instances on one database (polling mode): each needs its own INSTANCE_ID (the
    # host name by default); one polls, the others stand by and take over when its lease
    # (renewed every third of LEADER_LEASE_SECONDS) lapses.
    instance_id: str = Field(default_factory=socket.gethostname, min_length=1, max_length=200)
    leader_lease_seconds: float = Field(default=6.0, ge=1, le=300)
    # Webhook mode on PostgreSQL runs as replicas: each chat's updates are handled by one of
    # them, and the others forward them to it at this address (default: this host's name at
    # WEBHOOK_PORT and the webhook's path).
    replica_address: str | None = None
    # The web desk (bot/webdesk): served on WEB_DESK_PORT when it is set (0: any free port);
    # an agent sends /desk to the bot and signs in with the one-time link it answers. The link
    # points at WEB_DESK_URL (the desk's public address; http://WEB_DESK_LISTEN:port if unset).
    web_desk_port: int | None = Field(default=None, ge=0, lt=65536)
    web_desk_listen: str = "127.0.0.1"
    web_desk_url: str | None = None
    web_desk_link_minutes: float = Field(default=10.0, gt=0, le=1440)
    web_desk_session_hours: float = Field(default=12.0, gt=0, le=24 * 30)
    # With the web desk on, the agents' groups get only notifications (a new ticket, its
    # card's changes, an SLA breach); true keeps relaying every message there too.
    web_desk_group_relays: bool = False
    # Retention, in days (0: kept forever): the content of closed tickets (messages, files,
    # what flows collected), the text of recorded questions, and broadcasts' delivery rows; the
    # rows /stats counts stay. Questions and deliveries follow RETENTION_DAYS unless set.
    retention_days: float = Field(default=365.0, ge=0)
    retention_questions_days: float | None = Field(default=None, ge=0)
    retention_broadcasts_days: float | None = Field(default=None, ge=0)
    retention_check_seconds: float = Field(default=86400.0, gt=0)
    # "json": one JSON object per log line (for log collectors); "text": readable lines.
    log_format: Literal["text", "json"] = "text"
    # One process that is not a replica (SQLite, or polling): send the desk's outbox (relays,
    # cards, agents' answers) from a second process of its own, so a second CPU core takes
    # that work. The bot starts, watches and stops it; each keeps half the bot-wide budget.
    sender_process: bool = False

    @property
    def replicas(self) -> bool:
        """Several instances may take updates at once: webhook mode on PostgreSQL."""
        return bool(self.webhook_url) and self.database[0] == "postgresql"

    @property
    def separate_sender(self) -> bool:
        """The outbox goes out from a second process (SENDER_PROCESS; not with replicas,
        where the sender role moves between them instead)."""
        return self.sender_process and not self.replicas

    @property
    def group_notifications_only(self) -> bool:
        """The web desk carries the conversations; the groups get notifications."""
        return self.web_desk_port is not None and not self.web_desk_group_relays

    @property
    def desk_language(self) -> Locale:
        """DESK_LOCALE, or DEFAULT_LOCALE when it is not set."""
        return self.desk_locale or self.default_locale

    @field_validator("bot_token")
    @classmethod
    def _token_has_telegram_shape(cls, value: SecretStr) -> SecretStr:
        if not _TOKEN_SHAPE.match(value.get_secret_value()):
            raise ValueError("expected the form 123456:ABC-DEF… given by @BotFather")
        return value

    @field_validator(
        "agent_chat_id",
        "draft_api_url",
        "draft_api_key",
        "desk_locale",
        "webhook_url",
        "replica_address",
        "webhook_secret",
        "database_url",
        "ops_port",
        "web_desk_port",
        "web_desk_url",
        "retention_questions_days",
        "retention_broadcasts_days",
        mode="before",
    )
    @classmethod
    def _blank_chat_id_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("admin_ids", "agent_ids", mode="before")
    @classmethod
    def _comma_separated_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",") if part.strip()]
            try:
                return frozenset(int(part) for part in parts)
            except ValueError:
                raise ValueError("expected comma-separated Telegram user ids") from None
        return value

    @field_validator("agent_routes", mode="before")
    @classmethod
    def _route_rules(cls, value: object) -> object:
        return parse_routes(value) if isinstance(value, str) else value

    @field_validator("telegram_api_url")
    @classmethod
    def _api_root_is_http(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("expected an http(s) URL such as https://api.telegram.org")
        return value

    @field_validator("webhook_url")
    @classmethod
    def _webhook_is_http(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^\s/]+(/\S*)?$", value.strip()):
            raise ValueError("expected the public https URL Telegram should post updates to")
        return value.strip() if value else None

    @field_validator("web_desk_url")
    @classmethod
    def _web_desk_url_is_http(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^\s/]+(/\S*)?$", value.strip()):
            raise ValueError("expected the web desk's address, e.g. https://desk.example.com")
        return value.strip().rstrip("/") if value else None

    @field_validator("webhook_secret")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        # Telegram's rule for secret_token.
        if value is not None and not re.fullmatch(
            r"[A-Za-z0-9_-]{1,256}", value.get_secret_value()
        ):
            raise ValueError("expected 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url_scheme(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not re.match(
            r"^(sqlite:///.+|postgres(ql)?://\S+)$", value.get_secret_value().strip()
        ):
            raise ValueError("expected sqlite:///path or postgresql://user:password@host/name")
        return value

    @property
    def database(self) -> tuple[str, str]:
        """(engine, where): ("sqlite", a file path) or ("postgresql", a connection URL)."""
        if self.database_url is None:
            return "sqlite", str(self.database_path)
        url = self.database_url.get_secret_value().strip()
        if url.startswith("sqlite:///"):
            return "sqlite", url.removeprefix("sqlite:///")
        return "postgresql", url

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.webhook_url and self.webhook_secret is None:
            raise ValueError("WEBHOOK_SECRET is required with WEBHOOK_URL")
        return self

    @model_validator(mode="after")
    def _routes_need_a_default_group(self) -> Settings:
        if self.agent_routes and self.agent_chat_id is None:
            raise ValueError("AGENT_ROUTES needs AGENT_CHAT_ID: the group for the other tickets")
        chats = [route.chat_id for route in self.agent_routes] + [self.agent_chat_id]
        if len(set(chats)) != len(chats):
            raise ValueError("each route in AGENT_ROUTES needs a group of its own")
        return self

    def route_chat(self, route: str) -> int:
        """The agents' group of a route (an unknown name, say one removed from AGENT_ROUTES
        since its tickets were opened: the default group)."""
        for rule in self.agent_routes:
            if rule.name == route:
                return rule.chat_id
        return self.agent_chat_id or 0

    def route_of_chat(self, chat_id: int) -> str | None:
        """The route whose agents' group this is (None: not an agents' group)."""
        if chat_id == self.agent_chat_id:
            return DEFAULT_ROUTE
        return next((r.name for r in self.agent_routes if r.chat_id == chat_id), None)

    @property
    def desk_chats(self) -> tuple[int, ...]:
        """Every agents' group: the default one, then each route's."""
        if self.agent_chat_id is None:
            return ()
        return (self.agent_chat_id, *(route.chat_id for route in self.agent_routes))

    @property
    def webhook_path(self) -> str:
        """The path of WEBHOOK_URL, where the bot's own server takes updates."""
        return urlsplit(self.webhook_url or "").path or "/"

    @property
    def replica_url(self) -> str:
        """Where the other replicas forward this one's chats' updates."""
        if self.replica_address:
            return self.replica_address
        return f"http://{socket.gethostname()}:{self.webhook_port}{self.webhook_path}"

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("expected an IANA timezone such as Asia/Shanghai") from None
        return value

    @field_validator("business_hours")
    @classmethod
    def _hours_range(cls, value: str) -> str:
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d", value.strip()):
            raise ValueError("expected HH:MM-HH:MM, for example 09:00-18:00")
        return value.strip()

    @field_validator("business_days")
    @classmethod
    def _days_range(cls, value: str) -> str:
        if not re.fullmatch(r"[1-7](-[1-7])?(,[1-7](-[1-7])?)*", value.replace(" ", "")):
            raise ValueError("expected ISO weekdays such as 1-5 or 1-5,7")
        return value.replace(" ", "")

    @field_validator("default_locale", mode="before")
    @classmethod
    def _locale_lowercase(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def reopen_window(self) -> timedelta:
        """How long after closing a user's message reopens their ticket."""
        return timedelta(days=self.reopen_days)

    @property
    def api_base_url(self) -> str:
        return f"{self.telegram_api_url}/bot"

    @property
    def api_file_url(self) -> str:
        return f"{self.telegram_api_url}/file/bot"


class ConfigError(Exception):
    """A setting is missing or malformed; the message names it in one line."""


def describe_validation_error(error: ValidationError) -> str:
    """One line naming every bad setting, without echoing secret values."""
    problems = []
    for item in error.errors():
        name = str(item["loc"][0]).upper() if item["loc"] else "settings"
        if item["type"] == "missing":
            problems.append(f"{name} is required")
        else:
            reason = str(item["msg"]).removeprefix("Value error, ")
            problems.append(f"{name} is invalid ({reason})")
    return "; ".join(problems)


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment, with `overrides` (raw values, validated like the rest)."""
    try:
        return Settings(**overrides)
    except ValidationError as error:
        raise ConfigError(describe_validation_error(error)) from None
