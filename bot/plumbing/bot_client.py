"""The bot's Bot API client: the request layer, defaults and rate limiter every process of the
bot uses (the bot itself, and the outbox's own process, bot/sender.py)."""

from __future__ import annotations

from typing import Any

from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Defaults

from bot.core.config import Settings
from bot.plumbing.http_client import AiohttpRequest
from bot.plumbing.shared_limits import SharedRateLimiter
from bot.plumbing.transport import RETRIES as TRANSPORT_RETRIES
from bot.plumbing.transport import RetryingRequest, SupportBot
from bot.runtime.services import Services

CONNECTION_POOL_SIZE = 16


def build_bot(settings: Settings, services: Services) -> SupportBot:
    """The bot's Bot API client (also the outbox process's, bot/sender.py)."""
    return SupportBot(
        settings.bot_token.get_secret_value(),
        base_url=settings.api_base_url,
        base_file_url=settings.api_file_url,
        request=RetryingRequest(
            connection_pool_size=CONNECTION_POOL_SIZE,
            read_timeout=settings.request_timeout_seconds,
            timeout=settings.request_timeout_seconds,
            # Replicas: the shared limiter retries, each try with its own slot in the budget.
            retries=0 if settings.replicas else TRANSPORT_RETRIES,
        ),
        get_updates_request=AiohttpRequest(connection_pool_size=1),
        defaults=Defaults(
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        ),
        rate_limiter=_rate_limiter(settings, services),
    )


def _rate_limiter(settings: Settings, services: Services) -> Any:
    """Replicas draw on one send budget in the database; one process keeps it in memory, and
    with the outbox's own process (SENDER_PROCESS) each keeps half the bot-wide budget."""
    if settings.replicas:
        return SharedRateLimiter(services.send_budget, settings)
    share = 0.5 if settings.separate_sender else 1.0
    # PTB types AIORateLimiter by its retry payload (int | None), ExtBot by its own (None).
    return AIORateLimiter(
        overall_max_rate=settings.overall_max_rate * share,
        overall_time_period=1,
        group_max_rate=settings.group_max_messages,
        group_time_period=settings.group_window_seconds,
        max_retries=3,
    )
