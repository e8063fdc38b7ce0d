"""Ticket vocabulary shared by flows, storage and (later) the agent desk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.core.routes import DEFAULT_ROUTE


class Priority(StrEnum):
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class Status(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    WAITING_USER = "waiting_user"
    RESOLVED = "resolved"
    CLOSED = "closed"


class Category(StrEnum):
    ACCOUNT_SECURITY = "account_security"
    FUNDS = "funds"
    COMPLAINT = "complaint"
    TECHNICAL = "technical"
    QUESTION = "question"
    FEEDBACK = "feedback"


# The wallet's own rule: account-security and funds problems come first.
PRIORITY_FOR: dict[Category, Priority] = {
    Category.ACCOUNT_SECURITY: Priority.HIGH,
    Category.FUNDS: Priority.HIGH,
    Category.COMPLAINT: Priority.NORMAL,
    Category.TECHNICAL: Priority.NORMAL,
    Category.QUESTION: Priority.LOW,
    Category.FEEDBACK: Priority.LOW,
}

OPEN_STATUSES = frozenset({Status.OPEN, Status.IN_PROGRESS, Status.WAITING_USER})


class Direction(StrEnum):
    IN = "in"  # from the user
    OUT = "out"  # to the user
    NOTE = "note"  # agents only


@dataclass(frozen=True, slots=True)
class TicketField:
    """One line of what a flow collected. `translate` marks values that are catalog keys."""

    label: str
    value: str
    translate: bool = False


@dataclass(frozen=True, slots=True)
class Attachment:
    content_type: str  # photo, document, ...
    file_id: str
    caption: str = ""


@dataclass(frozen=True, slots=True)
class NewTicket:
    user_id: int
    category: Category
    subject: str  # catalog key naming the problem, e.g. "login-branch-locked"
    details: tuple[TicketField, ...] = ()
    description: str = ""
    attachments: tuple[Attachment, ...] = ()
    source_update_id: int | None = None  # the update that created it: a replay finds it
    urgency: Priority | None = None  # set by a flow that knows better than its category
    suggested: tuple[str, ...] = ()  # knowledge-base entries matching the user's words

    @property
    def priority(self) -> Priority:
        return self.urgency or PRIORITY_FOR[self.category]


@dataclass(frozen=True, slots=True)
class Ticket:
    id: int
    reference: str
    user_id: int
    category: Category
    priority: Priority
    status: Status
    subject: str
    details: tuple[TicketField, ...]
    created_at: datetime
    updated_at: datetime
    first_response_at: datetime | None = None
    closed_at: datetime | None = None
    topic_id: int | None = None
    card_message_id: int | None = None
    claimed_by: int | None = None
    claimed_by_name: str | None = None
    rating: int | None = None
    close_reason: str | None = None
    off_hours_notice_at: datetime | None = None
    secret_flag: bool = False
    suggested: tuple[str, ...] = ()  # entry ids the card offers to send, best first
    route: str = DEFAULT_ROUTE  # which agents' group works it (AGENT_ROUTES)
    erased_at: datetime | None = None  # its content erased at the user's request (/forget)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True, slots=True)
class TicketMessage:
    id: int
    ticket_id: int
    direction: Direction
    content_type: str
    text: str
    file_id: str | None
    telegram_message_id: int | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class TicketEvent:
    kind: str
    old_value: str | None
    new_value: str | None
    actor: str
    at: datetime


PRIORITY_ORDER = (Priority.HIGH, Priority.NORMAL, Priority.LOW)


def priority_step(priority: Priority, step: int) -> Priority:
    """One level up (step -1) or down (+1), staying within HIGH..LOW."""
    index = PRIORITY_ORDER.index(priority) + step
    return PRIORITY_ORDER[max(0, min(len(PRIORITY_ORDER) - 1, index))]


def reference_for(ticket_id: int) -> str:
    return f"TP-{ticket_id:06d}"
