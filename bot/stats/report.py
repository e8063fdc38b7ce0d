"""Turns the repository's rows into the figures /stats shows."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

from bot.core.config import Settings
from bot.core.routes import DEFAULT_ROUTE
from bot.db.stats import StatsRepository
from bot.domain.stats import DayFigures, RouteFigures, SupportStats, TicketTimes
from bot.tickets.sla import first_response_minutes

ACTIVE_DAYS = 7
TOP_ENTRIES = 5


def _minutes(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 60


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _day_range(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _breached(settings: Settings, ticket: TicketTimes, now: datetime) -> bool:
    """Answered later than its priority's target, or still unanswered past it."""
    answered = ticket.first_response_at or now
    target = first_response_minutes(settings, ticket.priority, ticket.route)
    return _minutes(ticket.created_at, answered) > target


def _by_route(
    settings: Settings,
    created: list[TicketTimes],
    closed: list[TicketTimes],
    open_now: dict[str, int],
    now: datetime,
) -> list[RouteFigures]:
    """Each agents' group's share, the default group first (only with AGENT_ROUTES)."""
    if not settings.agent_routes:
        return []
    figures = []
    for route in (DEFAULT_ROUTE, *(r.name for r in settings.agent_routes)):
        mine = [t for t in created if t.route == route]
        answered = [
            _minutes(t.created_at, t.first_response_at) for t in mine if t.first_response_at
        ]
        figures.append(
            RouteFigures(
                route,
                open_now.get(route, 0),
                len(mine),
                sum(t.route == route for t in closed),
                _median(answered),
                sum(_breached(settings, t, now) for t in mine),
            )
        )
    return figures


async def build_stats(store: StatsRepository, settings: Settings, now: datetime) -> SupportStats:
    zone = settings.zone
    first_day = (now.astimezone(zone) - timedelta(days=settings.stats_days - 1)).date()
    since = datetime.combine(first_day, datetime.min.time(), tzinfo=zone)
    created = await store.created_since(since)
    closed = await store.closed_since(since)

    created_per_day: Counter[date] = Counter()
    responses_per_day: defaultdict[date, list[float]] = defaultdict(list)
    for ticket in created:
        day = ticket.created_at.astimezone(zone).date()
        created_per_day[day] += 1
        if ticket.first_response_at is not None:
            responses_per_day[day].append(_minutes(ticket.created_at, ticket.first_response_at))
    resolved_per_day = Counter(t.closed_at.astimezone(zone).date() for t in closed if t.closed_at)

    days = [
        DayFigures(
            day,
            created_per_day[day],
            resolved_per_day[day],
            _median(responses_per_day.get(day, [])),
        )
        for day in _day_range(first_day, now.astimezone(zone).date())
    ]
    first_responses = [
        _minutes(t.created_at, t.first_response_at) for t in created if t.first_response_at
    ]
    resolutions = [_minutes(t.created_at, t.closed_at) for t in closed if t.closed_at]
    return SupportStats(
        since=since,
        until=now,
        users=await store.users(active_since=now - timedelta(days=ACTIVE_DAYS)),
        open_by_priority=await store.open_by_priority(),
        days=days,
        created=len(created),
        resolved=len(closed),
        median_first_response_minutes=_median(first_responses),
        median_resolution_minutes=_median(resolutions),
        sla_breaches=sum(_breached(settings, t, now) for t in created),
        csat_distribution=await store.ratings_since(since),
        top_faq=await store.top_faq(since, limit=TOP_ENTRIES),
        routes=_by_route(settings, created, closed, await store.open_by_route(), now),
    )
