"""Routes: which agents' group a ticket goes to, by its language, category and priority.

AGENT_ROUTES holds the rules, one per `;`, tried in order; the first that matches wins and a
ticket that matches none goes to AGENT_CHAT_ID (the route named "default"):

    AGENT_ROUTES="urgent -1002222 priority=high category=account_security,funds;
                  english -1003333 language=en agents=111,222 sla=30"

Each rule: a name, the group's chat id, then conditions (all must hold; a comma means any of)
and options: `agents=` who may act in that group besides AGENT_IDS, `sla=` minutes to a first
answer for every ticket of the route (else the priority's SLA_*_MINUTES)."""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_ROUTE = "default"
_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
_LANGUAGES = frozenset({"zh", "en"})
# The values of bot.domain.tickets' Category and Priority (settings sit below the domain; a
# unit test keeps the two the same).
CATEGORIES = frozenset(
    {"account_security", "funds", "complaint", "technical", "question", "feedback"}
)
PRIORITIES = frozenset({"high", "normal", "low"})
_CONDITIONS = {"language": _LANGUAGES, "category": CATEGORIES, "priority": PRIORITIES}


@dataclass(frozen=True, slots=True)
class Route:
    name: str
    chat_id: int
    languages: frozenset[str] = frozenset()  # empty: any
    categories: frozenset[str] = frozenset()
    priorities: frozenset[str] = frozenset()
    agents: frozenset[int] = frozenset()
    sla_minutes: float | None = None

    def matches(self, *, language: str, category: str, priority: str) -> bool:
        return (
            (not self.languages or language in self.languages)
            and (not self.categories or category in self.categories)
            and (not self.priorities or priority in self.priorities)
        )


def parse_routes(text: str) -> tuple[Route, ...]:
    """The rules of AGENT_ROUTES; a ValueError says which rule is wrong and why."""
    routes: list[Route] = []
    for number, rule in enumerate((r.strip() for r in text.split(";")), start=1):
        if not rule:
            continue
        try:
            route = _parse_rule(rule)
        except ValueError as error:
            raise ValueError(f"AGENT_ROUTES rule {number} ({rule!r}): {error}") from None
        if any(r.name == route.name for r in routes) or route.name == DEFAULT_ROUTE:
            raise ValueError(f"AGENT_ROUTES rule {number}: the name {route.name!r} is taken")
        routes.append(route)
    return tuple(routes)


def _parse_rule(rule: str) -> Route:
    parts = rule.split()
    if len(parts) < 2:
        raise ValueError("expected a name and the group's chat id")
    name, chat = parts[0].lower(), parts[1]
    if not _NAME.match(name):
        raise ValueError("a name is lowercase letters, digits, - and _")
    if not re.fullmatch(r"-\d+", chat):
        raise ValueError("a group's chat id is negative, like -1001234567890")
    values: dict[str, frozenset[str]] = {}
    for part in parts[2:]:
        key, sep, raw = part.partition("=")
        items = frozenset(v.strip().lower() for v in raw.split(",") if v.strip())
        if not sep or not items:
            raise ValueError(f"{part!r}: expected key=value[,value]")
        if key in values:
            raise ValueError(f"{key} given twice")
        allowed = _CONDITIONS.get(key)
        if allowed is not None and not items <= allowed:
            wrong = ", ".join(sorted(items - allowed))
            raise ValueError(f"unknown {key} {wrong} (one of {', '.join(sorted(allowed))})")
        if allowed is None and key not in ("agents", "sla"):
            raise ValueError(f"unknown key {key!r} (language, category, priority, agents, sla)")
        values[key] = items
    return Route(
        name,
        int(chat),
        values.get("language", frozenset()),
        values.get("category", frozenset()),
        values.get("priority", frozenset()),
        _ids(values.get("agents", frozenset())),
        _minutes(values.get("sla")),
    )


def _ids(items: frozenset[str]) -> frozenset[int]:
    if not all(re.fullmatch(r"\d+", item) for item in items):
        raise ValueError("agents= takes Telegram user ids separated by commas")
    return frozenset(int(item) for item in items)


def _minutes(items: frozenset[str] | None) -> float | None:
    if items is None:
        return None
    (value,) = items if len(items) == 1 else (None,)
    try:
        minutes = float(value or "")
    except ValueError:
        raise ValueError("sla= takes one number of minutes") from None
    if minutes <= 0:
        raise ValueError("sla= takes a positive number of minutes")
    return minutes


def choose_route(
    routes: tuple[Route, ...], *, language: str, category: str, priority: str
) -> Route | None:
    """The first rule the ticket matches; None: the default group (AGENT_CHAT_ID)."""
    for route in routes:
        if route.matches(language=language, category=category, priority=priority):
            return route
    return None
