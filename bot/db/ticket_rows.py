"""The tickets tables as rows: the open-status SQL list and how rows read back as domain types."""

from __future__ import annotations

import json

import aiosqlite

from bot.core.clock import parse_iso
from bot.db.store import Store
from bot.domain.tickets import (
    OPEN_STATUSES,
    Category,
    Direction,
    Priority,
    Status,
    Ticket,
    TicketEvent,
    TicketField,
    TicketMessage,
)

# The open statuses as an SQL list, for every repository that asks "is it still open?".
OPEN_STATUSES_SQL = ", ".join(f"'{status.value}'" for status in sorted(OPEN_STATUSES))


class TicketTable:
    """What every part of the ticket repository shares: the database it reads and writes."""

    def __init__(self, db: Store) -> None:
        self._db = db


def ticket_from_row(row: aiosqlite.Row) -> Ticket:
    return Ticket(
        id=row["id"],
        reference=row["reference"],
        user_id=row["user_id"],
        category=Category(row["category"]),
        priority=Priority(row["priority"]),
        status=Status(row["status"]),
        subject=row["subject"],
        details=tuple(TicketField(**item) for item in json.loads(row["details"])),
        created_at=parse_iso(row["created_at"]),
        updated_at=parse_iso(row["updated_at"]),
        first_response_at=parse_iso(row["first_response_at"]) if row["first_response_at"] else None,
        closed_at=parse_iso(row["closed_at"]) if row["closed_at"] else None,
        topic_id=row["topic_id"],
        card_message_id=row["card_message_id"],
        claimed_by=row["claimed_by"],
        claimed_by_name=row["claimed_by_name"],
        rating=row["rating"],
        close_reason=row["close_reason"],
        off_hours_notice_at=(
            parse_iso(row["off_hours_notice_at"]) if row["off_hours_notice_at"] else None
        ),
        secret_flag=bool(row["secret_flag"]),
        suggested=tuple(e for e in row["suggested"].split(",") if e),
        route=row["route"],
        erased_at=parse_iso(row["erased_at"]) if row["erased_at"] else None,
    )


def message_from_row(row: aiosqlite.Row) -> TicketMessage:
    return TicketMessage(
        id=row["id"],
        ticket_id=row["ticket_id"],
        direction=Direction(row["direction"]),
        content_type=row["content_type"],
        text=row["text"],
        file_id=row["file_id"],
        telegram_message_id=row["telegram_message_id"],
        created_at=parse_iso(row["created_at"]),
    )


def event_from_row(row: aiosqlite.Row) -> TicketEvent:
    return TicketEvent(
        row["kind"], row["old_value"], row["new_value"], row["actor"], parse_iso(row["at"])
    )
