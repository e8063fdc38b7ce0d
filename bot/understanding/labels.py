"""What the classifier can say, and what each answer means for a ticket."""

from __future__ import annotations

from enum import StrEnum

from bot.domain.tickets import PRIORITY_FOR, Category, Priority


class Intent(StrEnum):
    """Labels that are not an FAQ entry."""

    URGENT = "urgent"  # theft, an unauthorized login or withdrawal, a scam, funds gone
    OUT_OF_SCOPE = "out_of_scope"
    GREETING = "greeting"
    HUMAN = "human"  # asks for a person


INTENTS = frozenset(intent.value for intent in Intent)

# The ticket an entry's question leads to when it becomes a ticket; the rest are questions.
_ENTRY_CATEGORY: dict[str, Category] = {
    "locked-account": Category.ACCOUNT_SECURITY,
    "lost-2fa-device": Category.ACCOUNT_SECURITY,
    "suspicious": Category.ACCOUNT_SECURITY,
    "transfer-failed": Category.FUNDS,
    "transfer-delayed": Category.FUNDS,
    "wrong-recipient": Category.FUNDS,
    "refunds": Category.FUNDS,
    "login-problems": Category.TECHNICAL,
    "reset-code-missing": Category.TECHNICAL,
    "complaints": Category.COMPLAINT,
    "feedback": Category.FEEDBACK,
}


def category_of(label: str | None, *, urgent: bool) -> Category:
    if urgent or label == Intent.URGENT:
        return Category.ACCOUNT_SECURITY
    return _ENTRY_CATEGORY.get(label or "", Category.QUESTION)


def priority_of(category: Category, *, urgent: bool) -> Priority:
    return Priority.HIGH if urgent else PRIORITY_FOR[category]
