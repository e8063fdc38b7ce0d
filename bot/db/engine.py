"""The database a deployment asked for: SQLite (DATABASE_PATH, or DATABASE_URL=sqlite:///…)
or PostgreSQL (DATABASE_URL=postgresql://…)."""

from __future__ import annotations

from pathlib import Path

from bot.core.config import Settings
from bot.db.database import Database
from bot.db.postgres import PgDatabase
from bot.db.store import Store


def open_store(settings: Settings) -> Store:
    engine, where = settings.database
    if engine == "postgresql":
        return PgDatabase(where)
    return Database(Path(where))
