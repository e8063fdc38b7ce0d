"""First-response targets: how long each priority may wait for an agent (SLA_*_MINUTES), or a
route's own target for its tickets (`sla=` in AGENT_ROUTES)."""

from __future__ import annotations

from bot.core.config import Settings
from bot.core.routes import DEFAULT_ROUTE
from bot.domain.tickets import Priority


def first_response_minutes(
    settings: Settings, priority: Priority, route: str = DEFAULT_ROUTE
) -> float:
    for rule in settings.agent_routes:
        if rule.name == route and rule.sla_minutes is not None:
            return rule.sla_minutes
    return {
        Priority.HIGH: settings.sla_high_minutes,
        Priority.NORMAL: settings.sla_normal_minutes,
        Priority.LOW: settings.sla_low_minutes,
    }[priority]


def shortest_target(settings: Settings, priority: Priority) -> float:
    """The soonest any ticket of this priority is due, whatever its route (a first filter)."""
    routes = [r.sla_minutes for r in settings.agent_routes if r.sla_minutes is not None]
    return min([first_response_minutes(settings, priority), *routes])
