"""What Telegram's answer to one send means, decided in one place for every sender."""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import Enum
from typing import Generic, TypeVar

from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.core.clock import seconds

log = logging.getLogger(__name__)

T = TypeVar("T")


class Result(Enum):
    SENT = "sent"
    HOLD = "hold"  # 429: wait as long as Telegram says, then send again (not an attempt)
    BLOCKED = "blocked"  # 403: the user blocked the bot or left; final
    REFUSED = "refused"  # 400: asking again will not change the answer; final
    TRANSIENT = "transient"  # network, 5xx, anything unexpected: try again later


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    result: Result
    value: T | None = None  # what the send returned, when it was sent
    error: str = ""
    hold_seconds: float = 0.0


async def attempt(send: Callable[[], Awaitable[T]], *, what: str) -> Outcome[T]:
    """Run one send and classify how it ended; never raises (but lets cancellation through)."""
    try:
        value = await send()
    except RetryAfter as error:
        return Outcome(Result.HOLD, error=str(error), hold_seconds=seconds(error.retry_after))
    except Forbidden as error:
        return Outcome(Result.BLOCKED, error=str(error))
    except BadRequest as error:
        if "not modified" in str(error).lower():
            return Outcome(Result.SENT)  # an edit to what is already there: nothing to do
        log.warning("%s refused: %s", what, error)
        return Outcome(Result.REFUSED, error=str(error))
    except TelegramError as error:  # NetworkError, TimedOut, 5xx
        return Outcome(Result.TRANSIENT, error=str(error))
    except Exception as error:
        log.exception("%s failed", what)
        return Outcome(Result.TRANSIENT, error=repr(error))
    return Outcome(Result.SENT, value)


def backoff(attempts: int, *, base: float, cap: float) -> float:
    """Seconds before attempt number `attempts + 1`: doubling from `base`, at most `cap`,
    with ±20 % jitter so a burst of failures does not come back as a burst."""
    doubled: float = base * 2 ** min(attempts, 16)
    return min(cap, doubled) * random.uniform(0.8, 1.2)
