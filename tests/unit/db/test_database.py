"""The database file: created with its folder, with the pragmas the bot relies on."""

from __future__ import annotations

from bot.db.database import Database


async def test_database_creates_folder_and_sets_pragmas(db: Database):
    conn = await db.connection()
    assert db.path.parent.is_dir()
    assert (await (await conn.execute("PRAGMA journal_mode")).fetchone())[0] == "wal"
    assert (await (await conn.execute("PRAGMA foreign_keys")).fetchone())[0] == 1
    assert (await (await conn.execute("PRAGMA busy_timeout")).fetchone())[0] == 5000
