"""The figures /stats shows, computed once and handed to the text, chart and tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from bot.core.routes import DEFAULT_ROUTE
from bot.domain.tickets import Priority


@dataclass(frozen=True, slots=True)
class TicketTimes:
    """One ticket's timestamps, as statistics need them."""

    priority: Priority
    created_at: datetime
    first_response_at: datetime | None
    closed_at: datetime | None
    route: str = DEFAULT_ROUTE


@dataclass(frozen=True, slots=True)
class UserCounts:
    total: int
    active: int  # seen within the active window
    inactive: int  # blocked the bot
    by_locale: dict[str, int]


@dataclass(frozen=True, slots=True)
class DayFigures:
    day: date
    created: int
    resolved: int
    median_first_response_minutes: float | None


@dataclass(frozen=True, slots=True)
class RouteFigures:
    """One agents' group's share of the period (AGENT_ROUTES)."""

    route: str
    open: int
    created: int
    resolved: int
    median_first_response_minutes: float | None
    sla_breaches: int


@dataclass(frozen=True, slots=True)
class SupportStats:
    since: datetime
    until: datetime
    users: UserCounts
    open_by_priority: dict[Priority, int]
    days: list[DayFigures]
    created: int
    resolved: int
    median_first_response_minutes: float | None
    median_resolution_minutes: float | None
    sla_breaches: int
    csat_distribution: dict[int, int]  # rating 1..5 -> count
    top_faq: list[tuple[str, int]]  # FAQ entry id, times matched
    routes: list[RouteFigures] = field(default_factory=list)  # with AGENT_ROUTES only

    @property
    def csat_count(self) -> int:
        return sum(self.csat_distribution.values())

    @property
    def csat_average(self) -> float | None:
        count = self.csat_count
        if not count:
            return None
        return sum(rating * n for rating, n in self.csat_distribution.items()) / count
