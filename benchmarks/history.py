"""A year of history in a bot's database: users and tickets as a long-running deployment would
have, for the throughput benchmark's --history run."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path


def seed_history(db_path: Path, users: int, tickets: int) -> None:
    """A year of history: users and tickets as a long-running deployment would have."""
    rng = random.Random(3)
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO users (id, locale, first_name, first_seen_at, last_seen_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                (
                    10_000_000 + n,
                    "zh" if n % 3 else "en",
                    f"h{n}",
                    f"2026-{1 + n % 10:02d}-01T00:00:00+00:00",
                    f"2026-{1 + n % 10:02d}-15T00:00:00+00:00",
                )
                for n in range(users)
            ),
        )
        statuses = ("closed", "closed", "closed", "resolved", "open", "in_progress")
        conn.executemany(
            # Posted to the desk long ago (card_message_id set), as in a real deployment.
            "INSERT INTO tickets (reference, user_id, category, priority, status, subject,"
            " created_at, updated_at, first_response_at, closed_at, card_message_id)"
            " VALUES (?, ?, 'question', 'low', ?, 'subject-question', ?, ?, ?, ?, 1)",
            (
                (
                    f"H-{n:07d}",
                    10_000_000 + rng.randrange(users),
                    statuses[n % len(statuses)],
                    f"2026-{1 + n % 10:02d}-{1 + n % 28:02d}T08:00:00+00:00",
                    f"2026-{1 + n % 10:02d}-{1 + n % 28:02d}T09:00:00+00:00",
                    f"2026-{1 + n % 10:02d}-{1 + n % 28:02d}T08:20:00+00:00",
                    f"2026-{1 + n % 10:02d}-{1 + n % 28:02d}T10:00:00+00:00",
                )
                for n in range(tickets)
            ),
        )
