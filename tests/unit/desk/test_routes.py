"""AGENT_ROUTES: the rules as an operator writes them, and which group a ticket goes to."""

from __future__ import annotations

import pytest

from bot.core.routes import CATEGORIES, PRIORITIES, Route, choose_route, parse_routes
from bot.domain.tickets import Category, Priority

RULES = (
    "urgent -1002222 priority=high category=account_security,funds;"
    " english -1003333 language=en agents=111,222 sla=30"
)


def test_rules_are_read_in_order_with_their_conditions_and_options() -> None:
    urgent, english = parse_routes(RULES)
    assert urgent == Route(
        "urgent",
        -1002222,
        categories=frozenset({"account_security", "funds"}),
        priorities=frozenset({"high"}),
    )
    assert english == Route(
        "english",
        -1003333,
        languages=frozenset({"en"}),
        agents=frozenset({111, 222}),
        sla_minutes=30.0,
    )


@pytest.mark.parametrize(
    ("language", "category", "priority", "expected"),
    [
        ("zh", "funds", "high", "urgent"),  # the first rule wins, whatever the language
        ("en", "funds", "high", "urgent"),
        ("en", "funds", "normal", "english"),  # not HIGH: the next rule
        ("en", "question", "low", "english"),
        ("zh", "question", "low", None),  # no rule: the default group
        ("zh", "complaint", "high", None),  # HIGH but not a listed category
    ],
)
def test_a_ticket_goes_to_the_first_route_it_matches(
    language: str, category: str, priority: str, expected: str | None
) -> None:
    route = choose_route(
        parse_routes(RULES), language=language, category=category, priority=priority
    )
    assert (route.name if route else None) == expected


@pytest.mark.parametrize(
    ("rules", "says"),
    [
        ("urgent", "expected a name and the group's chat id"),
        ("urgent 1002222", "chat id is negative"),
        ("Urgent! -1002222", "a name is lowercase"),
        ("a -1 priority=urgent", "unknown priority urgent (one of high, low, normal)"),
        ("a -1 language=fr", "unknown language fr"),
        ("a -1 colour=red", "unknown key 'colour'"),
        ("a -1 priority", "expected key=value"),
        ("a -1 agents=bob", "agents= takes Telegram user ids"),
        ("a -1 sla=-5", "positive number of minutes"),
        ("a -1; a -2", "the name 'a' is taken"),
        ("default -1", "the name 'default' is taken"),
    ],
)
def test_a_wrong_rule_is_named_with_the_reason(rules: str, says: str) -> None:
    with pytest.raises(ValueError, match="AGENT_ROUTES rule") as error:
        parse_routes(rules)
    assert says in str(error.value)


def test_no_rules_mean_one_group() -> None:
    assert parse_routes("") == ()
    assert parse_routes(" ; ") == ()


def test_the_rules_know_every_category_and_priority() -> None:
    assert {c.value for c in Category} == CATEGORIES
    assert {p.value for p in Priority} == PRIORITIES
