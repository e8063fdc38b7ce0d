"""Both engines' migrations build the same schema at the same version: every table and column
SQLite has, PostgreSQL has, and the reverse (PostgreSQL's own bookkeeping aside)."""

from __future__ import annotations

from pathlib import Path

import asyncpg

from bot.db.database import Database
from bot.db.migrations import load_migrations
from bot.db.pg_schema import current_version, migrate
from bot.sandbox import peek


async def test_sqlite_and_postgresql_schemas_match(pg_cluster, tmp_path: Path):
    sqlite = Database(tmp_path / "support.db")
    await sqlite.connection()
    await sqlite.close()
    tables = [
        name
        for (name,) in peek.query(
            tmp_path / "support.db",
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
    ]
    sqlite_columns = {
        (table, column)
        for table in tables
        for (_, column, *_) in peek.query(tmp_path / "support.db", f"PRAGMA table_info({table})")
    }
    admin = await asyncpg.connect(pg_cluster.url)
    await admin.execute("CREATE DATABASE parity")
    await admin.close()
    conn = await asyncpg.connect(pg_cluster.url_for("parity"))
    try:
        assert await migrate(conn) == load_migrations()[-1].version
        assert await current_version(conn) == load_migrations()[-1].version
        rows = await conn.fetch(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = 'public' AND table_name != 'schema_version'"
        )
    finally:
        await conn.close()
    assert {(r["table_name"], r["column_name"]) for r in rows} == sqlite_columns
