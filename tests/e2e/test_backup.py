"""`python -m bot backup` copies the running bot's database while 200 users write, without
stopping it; `python -m bot restore` puts the copy back with every ticket acknowledged before
the backup began, and refuses while a bot is running on the target."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.sandbox import peek
from tests.e2e.conftest import ENGINE

pytestmark = pytest.mark.skipif(
    ENGINE == "postgres", reason="SQLite's online backup; PostgreSQL's route is pg_dump"
)

USERS = 200
FOLLOW_UPS = 4
FOLLOW_UP_PAUSE = 0.5  # seconds: each user keeps writing for a while after the acknowledgement


@dataclass(frozen=True)
class BackupRun:
    acknowledged_before: frozenset[str]  # references users had seen acknowledged by then
    done: subprocess.CompletedProcess[str]
    began_at: float
    finished_at: float


async def _bot_command(env: dict[str, str], workdir: Path, *args: str):
    """`python -m bot ARGS` as an operator runs it, with the bot's environment."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=workdir,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode is not None
    return subprocess.CompletedProcess(args, process.returncode, out.decode(), err.decode())


async def _open_ticket_and_keep_writing(user, n: int, acknowledged: dict[str, float]) -> None:
    user.send("/agent")
    await user.reply(timeout=120)
    user.send(f"problem of user {n} please help")
    acknowledgement = await user.reply(timeout=120)
    found = re.search(r"TP-\d{6}", acknowledgement.text)
    assert found, acknowledgement.text
    acknowledged[found.group(0)] = time.monotonic()
    for k in range(FOLLOW_UPS):
        await asyncio.sleep(FOLLOW_UP_PAUSE)
        user.send(f"more details {k} from user {n}")


async def _back_up_midway(bot, emulator, acknowledged: dict[str, float], path: Path) -> BackupRun:
    await emulator.wait_until(lambda: len(acknowledged) >= USERS // 3, timeout=120)
    began = time.monotonic()
    done = await _bot_command(bot.env, bot.workdir, "backup", str(path))
    before = frozenset(ref for ref, seen_at in acknowledged.items() if seen_at < began)
    return BackupRun(before, done, began, time.monotonic())


async def test_a_backup_under_load_restores_every_ticket_acknowledged_before_it(
    forum, desk_bot, emulator, make_user, tmp_path
):
    started = time.monotonic()
    bot = await desk_bot(PRIVATE_CHAT_INTERVAL_SECONDS="0", GROUP_MAX_MESSAGES="100000")
    users = [make_user(f"U{n}", "en") for n in range(USERS)]
    acknowledged: dict[str, float] = {}
    backup_path = tmp_path / "backup.db"

    backing_up = asyncio.create_task(_back_up_midway(bot, emulator, acknowledged, backup_path))
    await asyncio.gather(
        *(_open_ticket_and_keep_writing(user, n, acknowledged) for n, user in enumerate(users))
    )
    load_ended = time.monotonic()
    run = await backing_up

    assert run.done.returncode == 0, run.done.stderr
    assert "tickets, schema version" in run.done.stdout and "integrity ok" in run.done.stdout
    # The backup ran while users were still opening tickets and writing.
    assert len(run.acknowledged_before) < USERS and run.finished_at < load_ended
    assert len(acknowledged) == USERS
    await emulator.wait_until(
        lambda: bot.query("SELECT COUNT(*) FROM inbox WHERE status = 'pending'") == [(0,)],
        timeout=60,
    )
    assert await bot.stop() == 0
    assert bot.query("SELECT COUNT(*) FROM tickets") == [(USERS,)]

    restored = tmp_path / "restored" / "support.db"
    restored_env = {**bot.env, "DATABASE_PATH": str(restored)}
    done = await _bot_command(restored_env, bot.workdir, "restore", str(backup_path))
    assert done.returncode == 0, done.stderr
    assert peek.query(restored, "PRAGMA integrity_check") == [("ok",)]
    held = {row[0] for row in peek.query(restored, "SELECT reference FROM tickets")}
    assert run.acknowledged_before <= held
    assert f"{len(held)} tickets" in done.stdout
    print(
        f"\n{len(run.acknowledged_before)} tickets acknowledged before the backup began;"
        f" the restore holds {len(held)} of {USERS}; the backup took"
        f" {run.finished_at - run.began_at:.1f} s, {load_ended - run.finished_at:.1f} s before"
        f" the load ended; {time.monotonic() - started:.1f} s in all"
    )

    # A bot running on the restored database: restore must not pull it from under it.
    await desk_bot(DATABASE_PATH=str(restored))
    refused = await _bot_command(restored_env, bot.workdir, "restore", str(backup_path))
    assert refused.returncode == 2
    assert "stop the bot first" in refused.stderr
    # Still the restored file (its inbox may have given the bot updates to finish since).
    running_on = {row[0] for row in peek.query(restored, "SELECT reference FROM tickets")}
    assert held <= running_on
