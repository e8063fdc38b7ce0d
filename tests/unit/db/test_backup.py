"""`python -m bot backup` / `restore` (bot/db/backup.py): what each refuses, and a copy taken
while another connection keeps writing is a consistent snapshot."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from bot.db import backup as backup_module
from bot.db.backup import BackupError, DatabaseInUse, backup, describe, restore, run
from bot.db.database import Database
from bot.db.migrations import load_migrations
from bot.db.tickets import TicketRepository
from bot.db.users import UserRepository
from bot.domain.tickets import Category, NewTicket

TICKETS = 12


@pytest.fixture
async def live(tmp_path: Path) -> Path:
    """A database of this bot with a few tickets, closed (nothing left in its WAL)."""
    database = Database(tmp_path / "data" / "support.db")
    await UserRepository(database).touch(
        7, first_name="Ann", language_code="en", initial_locale="en"
    )
    tickets = TicketRepository(database)
    for n in range(TICKETS):
        await tickets.create(
            NewTicket(user_id=7, category=Category.FUNDS, subject="s", description=f"lost {n}")
        )
    await database.close()
    return database.path


@pytest.fixture
def settings_for(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """The environment the commands read their settings from (no .env in reach)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BOT_TOKEN", "123456:TEST-token")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    yield


def _sql(path: Path, statement: str) -> list[tuple[object, ...]]:
    """One statement on its own connection, committed and closed (a connection left open
    would look like a running bot to restore)."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        return conn.execute(statement).fetchall()


def _references(path: Path) -> list[str]:
    return [str(row[0]) for row in _sql(path, "SELECT reference FROM tickets ORDER BY id")]


def test_a_backup_is_one_checked_file_with_every_ticket(live: Path, tmp_path: Path):
    summary = backup(live, tmp_path / "backup.db")

    assert (summary.tickets, summary.schema_version) == (TICKETS, len(load_migrations()))
    assert summary.size_bytes == (tmp_path / "backup.db").stat().st_size
    assert _references(tmp_path / "backup.db") == _references(live)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("backup")) == [
        "backup.db"
    ]


def test_backup_refuses_to_overwrite_unless_forced(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings_for, capsys
):
    monkeypatch.setenv("DATABASE_PATH", str(live))
    existing = tmp_path / "backup.db"
    existing.write_bytes(b"yesterday's backup")

    assert run(["backup", str(existing)]) == 2
    assert "exists already (--force replaces it)" in capsys.readouterr().err
    assert existing.read_bytes() == b"yesterday's backup"

    assert run(["backup", str(existing), "--force"]) == 0
    assert f"{TICKETS} tickets" in capsys.readouterr().out
    assert len(_references(existing)) == TICKETS


def test_backup_refuses_a_missing_database(tmp_path: Path):
    with pytest.raises(BackupError, match="no database at"):
        backup(tmp_path / "nowhere.db", tmp_path / "backup.db")
    assert not (tmp_path / "nowhere.db").exists()


def test_backup_and_restore_point_postgresql_to_pg_dump(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings_for, capsys
):
    monkeypatch.setenv("DATABASE_URL", "postgresql://bot:secret@db:5432/support")
    for command in ("backup", "restore"):
        assert run([command, str(tmp_path / "backup.db")]) == 2
        assert "pg_dump" in capsys.readouterr().err
    assert not (tmp_path / "backup.db").exists()


def test_restore_refuses_a_file_that_is_no_database(live: Path, tmp_path: Path):
    junk = tmp_path / "notes.txt"
    junk.write_text("not a database, just notes\n" * 200)
    with pytest.raises(BackupError, match="not a sound SQLite database"):
        restore(junk, live)
    assert len(_references(live)) == TICKETS


def test_restore_refuses_a_damaged_copy(live: Path, tmp_path: Path):
    copy = tmp_path / "backup.db"
    backup(live, copy)
    data = bytearray(copy.read_bytes())
    page = 4096
    # Garbage over every page but the first: the tables' pages are among them.
    data[page:] = bytes((n * 37) % 251 for n in range(len(data) - page))
    copy.write_bytes(bytes(data))

    with pytest.raises(BackupError, match=r"integrity check|not a sound SQLite database"):
        restore(copy, live)
    assert len(_references(live)) == TICKETS


def test_restore_refuses_another_apps_database(live: Path, tmp_path: Path):
    other = tmp_path / "other.db"
    _sql(other, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    with pytest.raises(BackupError, match="not a database of this bot"):
        restore(other, live)
    assert len(_references(live)) == TICKETS


def test_restore_refuses_a_database_of_a_newer_bot(live: Path, tmp_path: Path):
    newer = tmp_path / "newer.db"
    backup(live, newer)
    _sql(newer, f"PRAGMA user_version = {len(load_migrations()) + 1}")
    with pytest.raises(BackupError, match="from a newer bot"):
        restore(newer, live)


@pytest.mark.parametrize("holder", ["exclusive lock", "idle WAL connection"])
def test_restore_refuses_a_database_in_use(live: Path, tmp_path: Path, holder: str):
    copy = tmp_path / "backup.db"
    backup(live, copy)
    other = sqlite3.connect(live, isolation_level=None)
    other.execute("PRAGMA journal_mode = WAL")
    # A bot between updates holds no lock of its own: its open connection is what shows.
    other.execute("BEGIN EXCLUSIVE" if holder == "exclusive lock" else "SELECT 1")
    try:
        with pytest.raises(DatabaseInUse, match="stop the bot first"):
            restore(copy, live)
    finally:
        other.close()
    assert restore(copy, live).tickets == TICKETS


def test_restore_replaces_the_database_and_its_stale_wal(live: Path, tmp_path: Path):
    copy = tmp_path / "backup.db"
    backup(live, copy)
    for table in ("ticket_messages", "ticket_events", "tickets"):
        _sql(live, f"DELETE FROM {table}")
    live.with_name(live.name + "-wal").write_bytes(b"frames of the old database")

    summary = restore(copy, live)

    assert (summary.path, summary.tickets) == (live, TICKETS)
    assert not live.with_name(live.name + "-wal").exists()
    assert describe(live).tickets == TICKETS
    assert [p.name for p in live.parent.iterdir()] == ["support.db"]


def test_a_backup_while_another_connection_writes_is_one_snapshot(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # One page a step: without the held snapshot every commit would restart the copy.
    monkeypatch.setattr(backup_module, "PAGES_PER_STEP", 1)
    stop = threading.Event()

    def keep_writing() -> None:
        with closing(sqlite3.connect(live, isolation_level=None, timeout=5)) as conn:
            conn.execute("PRAGMA journal_mode = WAL")
            while not stop.is_set():
                conn.execute(
                    "INSERT INTO ticket_messages (ticket_id, direction, content_type, text,"
                    " created_at) VALUES (1, 'in', 'text', 'more', '2026-01-01')"
                )

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        summary = backup(live, tmp_path / "backup.db")
    finally:
        stop.set()
        writer.join()
    assert summary.tickets == TICKETS
    [(written,)] = _sql(live, "SELECT COUNT(*) FROM ticket_messages")
    [(copied,)] = _sql(tmp_path / "backup.db", "SELECT COUNT(*) FROM ticket_messages")
    assert TICKETS <= copied < written
