"""Migrations, the user and question repositories, and the SQLite persistence."""

from __future__ import annotations

import json

import aiosqlite

from bot.db.database import Database
from bot.db.migrations import apply_migrations, load_migrations, schema_version
from bot.db.questions import QuestionRepository
from bot.db.state import StateRepository
from bot.db.users import UserRepository
from bot.plumbing.persistence import SQLitePersistence


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


async def test_database_creates_folder_and_sets_pragmas(db: Database):
    conn = await db.connection()
    assert db.path.parent.is_dir()
    assert (await (await conn.execute("PRAGMA journal_mode")).fetchone())[0] == "wal"
    assert (await (await conn.execute("PRAGMA foreign_keys")).fetchone())[0] == 1
    assert (await (await conn.execute("PRAGMA busy_timeout")).fetchone())[0] == 5000


async def test_first_contact_sets_locale_and_later_contacts_keep_it(db: Database):
    users = UserRepository(db)
    first = await users.touch(7, first_name="Ann", language_code="en", initial_locale="en")
    assert (first.locale, first.language_code, first.blocked_bot) == ("en", "en", False)
    await users.set_locale(7, "zh")
    later = await users.touch(7, first_name="Ann B", language_code="en", initial_locale="en")
    assert later.locale == "zh"
    assert later.first_name == "Ann B"
    assert later.first_seen_at == first.first_seen_at
    assert later.last_seen_at >= first.last_seen_at
    assert await users.count() == 1


async def test_questions_are_recorded_with_their_match(db: Database):
    users, questions = UserRepository(db), QuestionRepository(db)
    await users.touch(7, first_name="Ann", language_code="en", initial_locale="en")
    await questions.record(user_id=7, locale="en", text="hi", faq_entry=None, score=0.0)
    await questions.record(user_id=7, locale="en", text="fees?", faq_entry="fees", score=0.5)
    asked = await questions.for_user(7)
    assert [(q.text, q.faq_entry) for q in asked] == [("hi", None), ("fees?", "fees")]


async def test_persistence_round_trips_conversations_and_data(db: Database):
    persistence = SQLitePersistence(StateRepository(db), update_interval=5)
    await persistence.update_conversation("faq", (1, 1), "faq.answer")
    await persistence.update_conversation("faq", (2, 2), "faq.entries")
    await persistence.update_conversation("faq", (2, 2), None)
    await persistence.update_user_data(1, {"faq_category": "security"})
    await persistence.update_chat_data(1, {"x": [1, 2]})
    await persistence.update_bot_data({"version": 1})

    reopened = SQLitePersistence(StateRepository(db), update_interval=5)
    assert await reopened.get_conversations("faq") == {(1, 1): "faq.answer"}
    assert await reopened.get_user_data() == {1: {"faq_category": "security"}}
    assert await reopened.get_chat_data() == {1: {"x": [1, 2]}}
    assert await reopened.get_bot_data() == {"version": 1}
    await reopened.drop_user_data(1)
    assert await reopened.get_user_data() == {}


async def test_persistence_skips_unchanged_rows(db: Database):
    state = StateRepository(db)
    persistence = SQLitePersistence(state, update_interval=5)
    await persistence.update_user_data(1, {"a": 1})
    conn = await db.connection()
    await conn.execute("UPDATE persisted_data SET updated_at = 'marker'")
    await persistence.update_user_data(1, {"a": 1})
    rows = await (await conn.execute("SELECT data, updated_at FROM persisted_data")).fetchall()
    assert [tuple(r) for r in rows] == [(json.dumps({"a": 1}), "marker")]
    await persistence.update_user_data(1, {"a": 2})
    rows = await (await conn.execute("SELECT data FROM persisted_data")).fetchall()
    assert rows[0][0] == json.dumps({"a": 2})


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
