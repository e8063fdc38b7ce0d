"""`python -m bot migrate-to-postgres`: a deployment's SQLite data, copied with its ids, and
the bot's repositories carry on there (new ids after the copied ones)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import asyncpg

from bot.db.database import Database
from bot.db.postgres import PgDatabase
from bot.db.questions import QuestionRepository
from bot.db.tickets import TicketRepository
from bot.db.users import UserRepository
from bot.domain.tickets import Category, NewTicket


async def _migrate(path: Path, url: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "bot", "migrate-to-postgres", str(path), url]
    return await asyncio.to_thread(subprocess.run, command, capture_output=True, text=True)


async def _new_database(cluster, name: str) -> str:
    admin = await asyncpg.connect(cluster.url)
    await admin.execute(f"CREATE DATABASE {name}")
    await admin.close()
    return cluster.url_for(name)


async def test_sqlite_data_moves_to_postgres_and_the_bot_continues_there(
    pg_cluster, tmp_path: Path
):
    sqlite = Database(tmp_path / "support.db")
    await UserRepository(sqlite).touch(
        7, first_name="张三", language_code="zh", initial_locale="zh"
    )
    tickets = TicketRepository(sqlite)
    for words in ("转账没到 \x00", "second"):
        await tickets.create(
            NewTicket(user_id=7, category=Category.FUNDS, subject="s", description=words)
        )
    await QuestionRepository(sqlite).record(
        user_id=7, locale="zh", text="手续费", faq_entry="fees", score=0.9
    )
    await sqlite.close()
    url = await _new_database(pg_cluster, "moved")

    done = await _migrate(tmp_path / "support.db", url)
    assert done.returncode == 0, done.stderr
    assert "tickets: 2 rows" in done.stdout and "users: 1 rows" in done.stdout

    postgres = PgDatabase(url)
    try:
        moved = TicketRepository(postgres)
        first = await moved.get(1)
        assert first is not None and first.reference == "TP-000001"
        assert [m.text for m in await moved.messages(1)] == ["转账没到 \ufffd"]
        third = await moved.create(NewTicket(user_id=7, category=Category.QUESTION, subject="s"))
        assert (third.id, third.reference) == (3, "TP-000003")
        assert [q.text for q in await QuestionRepository(postgres).for_user(7)] == ["手续费"]
    finally:
        await postgres.close()

    again = await _migrate(tmp_path / "support.db", url)
    assert again.returncode == 1 and "already holds users or tickets" in again.stderr
