"""Telegram's limits kept in the database when several replicas send for one bot: every
request to a chat waits for a slot in the bot-wide budget and in that chat's (a group's
per-minute budget, or a private chat's), so three replicas never send three times as much."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError
from telegram.ext import BaseRateLimiter

from bot.core.config import Settings
from bot.db.send_budget import IN_FLIGHT_SECONDS, Budget, SendBudgetRepository

log = logging.getLogger(__name__)

JSONDict = dict[str, Any]
MAX_RETRIES = 3


class SharedRateLimiter(BaseRateLimiter[int]):
    def __init__(self, budget: SendBudgetRepository, settings: Settings) -> None:
        self._budget = budget
        self._overall = Budget("all", int(settings.overall_max_rate), 1.0)
        self._group = (settings.group_max_messages, settings.group_window_seconds)
        interval = settings.private_chat_interval_seconds
        burst = settings.private_chat_burst
        self._private = (burst, burst * interval) if interval > 0 else None

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    def budgets_for(self, data: JSONDict) -> list[Budget]:
        chat_id = data.get("chat_id")
        if chat_id is None:
            return []  # not a message to a chat (answerCallbackQuery, getMe, …)
        budgets = [] if data.get("allow_paid_broadcast") else [self._overall]
        try:
            chat = int(chat_id)
        except (TypeError, ValueError):
            chat = None  # "@channel": a group-like chat
        if chat is None or chat < 0:
            budgets.append(Budget(f"chat:{chat_id}", *self._group))
        elif self._private is not None:
            budgets.append(Budget(f"chat:{chat}", *self._private))
        return budgets

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        budgets = self.budgets_for(data)
        retries = rate_limit_args or MAX_RETRIES
        for attempt in range(retries + 1):
            slots = await self._take(budgets) if budgets else ()
            answered = False
            try:
                result = await callback(*args, **kwargs)
                answered = True
                return result
            except RetryAfter as error:
                answered = True
                if attempt == retries:
                    raise
                log.info("%s: Telegram asked to wait %s", endpoint, error.retry_after)
                await asyncio.sleep(_seconds(error.retry_after) + 0.1)
            except TelegramError as error:
                # A 400 or 403 is an answer; a timeout, a broken connection or a 5xx is not
                # (not a final one), and such a request may still be carried out later.
                answered = isinstance(error, BadRequest) or not isinstance(error, NetworkError)
                if answered or attempt == retries:
                    raise
                log.info("%s: %s; trying again", endpoint, error)
                await asyncio.sleep(0.2 * 2**attempt)
            finally:
                # Unanswered: counted as in flight a while longer, since Telegram may count it
                # after we gave up (a 429 in the chaos test came from one such late request).
                margin = 0.0 if answered else IN_FLIGHT_SECONDS
                await self._budget.settle(slots, time.time() + margin)
        raise AssertionError("unreachable")

    async def _take(self, budgets: list[Budget]) -> tuple[int, ...]:
        while True:
            taken = await self._budget.take(budgets, time.time())
            if taken.slots:
                return taken.slots
            await asyncio.sleep(taken.wait)


def _seconds(retry_after: object) -> float:
    total = getattr(retry_after, "total_seconds", None)
    return float(total()) if callable(total) else float(retry_after)  # type: ignore[arg-type]
