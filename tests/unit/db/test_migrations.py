"""Migrations: applied in order, idempotent, and old data brought up to date."""

from __future__ import annotations

import aiosqlite

from bot.db.migrations import apply_migrations, load_migrations, schema_version


async def test_migrations_apply_in_order_and_rerun_changes_nothing(tmp_path):
    async with aiosqlite.connect(tmp_path / "m.db", isolation_level=None) as conn:
        version = await apply_migrations(conn)
        assert version == len(load_migrations()) >= 1
        schema = await (
            await conn.execute("SELECT sql FROM sqlite_master ORDER BY name")
        ).fetchall()
        assert await apply_migrations(conn) == version
        again = await (await conn.execute("SELECT sql FROM sqlite_master ORDER BY name")).fetchall()
        assert schema == again
        assert await schema_version(conn) == version


async def test_legacy_english_placeholders_become_marks(tmp_path):
    async with aiosqlite.connect(tmp_path / "m.db", isolation_level=None) as conn:
        for migration in load_migrations():
            if migration.version < 8:
                await conn.executescript(migration.sql)
        await conn.execute(
            "INSERT INTO users (id, locale, first_seen_at, last_seen_at) VALUES (1, 'zh', '', '')"
        )
        await conn.execute(
            "INSERT INTO tickets (id, reference, user_id, category, priority, status, created_at,"
            " updated_at) VALUES (1, 'TP-000001', 1, 'funds', 'high', 'open', '', '')"
        )
        for text in (
            "我的助记词 [recovery phrase removed] 对吗",
            "[edited] 好的",
            "[held back] hi",
        ):
            await conn.execute(
                "INSERT INTO ticket_messages (ticket_id, direction, content_type, text, created_at)"
                " VALUES (1, 'in', 'text', ?, '')",
                (text,),
            )
        await apply_migrations(conn)
        rows = await (await conn.execute("SELECT text FROM ticket_messages ORDER BY id")).fetchall()
    assert [r[0] for r in rows] == [
        "我的助记词 ⟦recovery_phrase⟧ 对吗",
        "⟦edited⟧ 好的",
        "⟦held_back⟧ hi",
    ]
