"""Time in one place, so storage writes one format and tests can reason about it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def seconds(value: float | timedelta) -> float:
    """A duration PTB may give as seconds or as a timedelta (e.g. RetryAfter.retry_after)."""
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text)
