"""The SQLite persistence: conversations and data survive a restart; unchanged rows are
not rewritten."""

from __future__ import annotations

import json

from bot.db.database import Database
from bot.db.state import StateRepository
from bot.plumbing.persistence import SQLitePersistence


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
