"""/export: tickets or questions as a CSV file (UTF-8 with BOM, so spreadsheets read Chinese)."""

from __future__ import annotations

import csv
import io

from bot.db.stats import StatsRepository

COLUMNS: dict[str, tuple[str, ...]] = {
    "tickets": (
        "id",
        "reference",
        "user_id",
        "category",
        "priority",
        "status",
        "created_at",
        "first_response_at",
        "closed_at",
        "claimed_by",
        "rating",
        "close_reason",
    ),
    "questions": ("id", "user_id", "locale", "text", "faq_entry", "score", "asked_at"),
}


async def export_csv(store: StatsRepository, table: str) -> tuple[bytes, int]:
    """The CSV bytes and the number of data rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS[table])
    count = 0
    async for row in store.export(table):
        writer.writerow(["" if value is None else value for value in row])
        count += 1
    return ("\ufeff" + buffer.getvalue()).encode("utf-8"), count
