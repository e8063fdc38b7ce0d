"""Broadcast vocabulary shared by the admin flow, the repository and the delivery worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

# Telegram's fee for a message sent with allow_paid_broadcast, in Stars.
STARS_PER_PAID_MESSAGE = 0.1


class ContentType(StrEnum):
    TEXT = "text"
    PHOTO = "photo"
    DOCUMENT = "document"


class AudienceKind(StrEnum):
    ALL = "all"
    LOCALE = "locale"
    OPEN_TICKETS = "open_tickets"
    TEST = "test"  # only the admin who composed it


class BroadcastStatus(StrEnum):
    RUNNING = "running"
    DONE = "done"
    CANCELLED = "cancelled"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Audience:
    kind: AudienceKind
    locale: str | None = None

    def encode(self) -> str:
        return f"{self.kind.value}:{self.locale}" if self.locale else self.kind.value

    @classmethod
    def decode(cls, text: str) -> Audience:
        kind, _, locale = text.partition(":")
        return cls(AudienceKind(kind), locale or None)


@dataclass(frozen=True, slots=True)
class Content:
    """What recipients get: HTML text, or a photo/document (by file_id) with an HTML caption."""

    type: ContentType
    text: str
    file_id: str | None = None


@dataclass(frozen=True, slots=True)
class NewBroadcast:
    admin_id: int
    content: Content
    audience: Audience
    security_critical: bool
    source_update_id: int | None = None
    paid: bool = False  # sent with allow_paid_broadcast, at BROADCAST_PAID_RATE


@dataclass(frozen=True, slots=True)
class Broadcast:
    id: int
    admin_id: int
    content: Content
    audience: Audience
    security_critical: bool
    status: BroadcastStatus
    total: int
    created_at: datetime
    finished_at: datetime | None
    paid: bool = False


@dataclass(frozen=True, slots=True)
class Delivery:
    """One recipient still to be sent a broadcast."""

    broadcast_id: int
    user_id: int
    locale: str
    attempts: int


@dataclass(frozen=True, slots=True)
class Progress:
    total: int
    sent: int
    failed: int
    pending: int
