"""The database file: created with its folder, with the pragmas the bot relies on."""

from __future__ import annotations

import asyncio
import sqlite3

from bot.db.database import Database


async def test_database_creates_folder_and_sets_pragmas(db: Database):
    conn = await db.connection()
    assert db.path.parent.is_dir()
    assert (await (await conn.execute("PRAGMA journal_mode")).fetchone())[0] == "wal"
    assert (await (await conn.execute("PRAGMA foreign_keys")).fetchone())[0] == 1
    assert (await (await conn.execute("PRAGMA busy_timeout")).fetchone())[0] == 5000


async def test_a_read_does_not_wait_for_a_transaction_and_sees_every_commit(db: Database):
    """Reads go to their own connection: one runs while a transaction holds the writer, sees
    what was committed before it, and sees the transaction's rows once it commits."""
    conn = await db.connection()
    await conn.execute(
        "INSERT INTO users (id, locale, first_seen_at, last_seen_at) VALUES (1, 'en', 'x', 'x')"
    )
    assert [tuple(r) for r in await (await conn.execute("SELECT id FROM users")).fetchall()] == [
        (1,)
    ]
    inside, release = asyncio.Event(), asyncio.Event()

    async def long_transaction() -> None:
        async with db.transaction() as raw:
            await raw.execute(
                "INSERT INTO users (id, locale, first_seen_at, last_seen_at)"
                " VALUES (2, 'zh', 'x', 'x')"
            )
            inside.set()
            await release.wait()

    writer = asyncio.create_task(long_transaction())
    await inside.wait()
    # The writer's lock is held: this read would hang if it queued behind it.
    rows = await asyncio.wait_for(conn.execute("SELECT id FROM users ORDER BY id"), timeout=2)
    # The open transaction's row is not visible yet.
    assert [tuple(r) for r in await rows.fetchall()] == [(1,)]
    release.set()
    await writer
    rows = await conn.execute("SELECT id FROM users ORDER BY id")
    assert [tuple(r) for r in await rows.fetchall()] == [(1,), (2,)]


async def test_writes_from_many_tasks_commit_together_and_fail_alone(db: Database):
    """Group commit: 201 concurrent inserts, one of them a second id 7. The other 200 land,
    each with its own rowid; the duplicate fails for its caller alone."""
    conn = await db.connection()

    async def add(user_id: int) -> int:
        done = await conn.execute(
            "INSERT INTO users (id, locale, first_seen_at, last_seen_at)"
            " VALUES (?, 'en', 'x', 'x')",
            (user_id,),
        )
        assert done.rowcount == 1
        return int(done.lastrowid or 0)

    outcomes = await asyncio.gather(*(add(i) for i in [*range(1, 201), 7]), return_exceptions=True)
    failed = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(failed) == 1 and isinstance(failed[0], sqlite3.IntegrityError)
    assert sorted(o for o in outcomes if isinstance(o, int)) == list(range(1, 201))
    count = await (await conn.execute("SELECT COUNT(*) FROM users")).fetchone()
    assert count[0] == 200
    updated = await conn.execute("UPDATE users SET locale = 'zh' WHERE id <= 50")
    assert updated.rowcount == 50
    returned = await conn.execute(
        "UPDATE users SET locale = 'en' WHERE id = 3 RETURNING id, locale"
    )
    assert [tuple(r) for r in await returned.fetchall()] == [(3, "en")]


async def test_a_unit_of_work_is_all_or_nothing_beside_other_writes(db: Database):
    """atomically(): its statements commit together; one that fails takes back its own
    earlier statements and nothing else queued with it."""
    conn = await db.connection()

    def add(user_id: int) -> str:
        return (
            "INSERT INTO users (id, locale, first_seen_at, last_seen_at)"
            f" VALUES ({user_id}, 'en', 'x', 'x')"
        )

    def two_users(raw: sqlite3.Connection) -> int:
        raw.execute(add(10))
        raw.execute(add(11))
        return 2

    def broken(raw: sqlite3.Connection) -> None:
        raw.execute(add(20))
        raw.execute(add(20))  # the same id again: the whole unit fails

    outcomes = await asyncio.gather(
        db.atomically(two_users),
        db.atomically(broken),
        conn.execute(add(30)),
        return_exceptions=True,
    )
    assert outcomes[0] == 2
    assert isinstance(outcomes[1], sqlite3.IntegrityError)
    rows = await (await conn.execute("SELECT id FROM users ORDER BY id")).fetchall()
    assert [r[0] for r in rows] == [10, 11, 30]
