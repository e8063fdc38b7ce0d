"""What each answer from Telegram means for a send, and the backoff between attempts."""

from __future__ import annotations

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.delivery.outcome import Result, attempt, backoff


async def _raise(error: Exception) -> None:
    raise error


@pytest.mark.parametrize(
    ("error", "result"),
    [
        (RetryAfter(7), Result.HOLD),
        (Forbidden("Forbidden: bot was blocked by the user"), Result.BLOCKED),
        (BadRequest("Bad Request: chat not found"), Result.REFUSED),
        (BadRequest("Bad Request: message is not modified"), Result.SENT),
        (NetworkError("connection reset"), Result.TRANSIENT),
        (TimedOut(), Result.TRANSIENT),
        (RuntimeError("a bug in a sender"), Result.TRANSIENT),
    ],
)
async def test_each_answer_is_classified(error, result):
    outcome = await attempt(lambda: _raise(error), what="test send")
    assert outcome.result is result


async def test_retry_after_carries_the_wait_and_a_success_its_value():
    held = await attempt(lambda: _raise(RetryAfter(7)), what="test send")
    assert held.hold_seconds == 7.0

    async def send() -> int:
        return 42

    sent = await attempt(send, what="test send")
    assert (sent.result, sent.value) == (Result.SENT, 42)


def test_backoff_doubles_with_jitter_and_stops_at_the_cap():
    for attempts, middle in [(1, 1.0), (2, 2.0), (4, 8.0)]:
        delays = [backoff(attempts, base=0.5, cap=60.0) for _ in range(200)]
        assert min(delays) >= middle * 0.8 and max(delays) <= middle * 1.2
        assert max(delays) - min(delays) > 0  # jittered, not lockstep
    assert all(backoff(30, base=0.5, cap=60.0) <= 72.0 for _ in range(50))
