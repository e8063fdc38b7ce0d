"""Run the real bot (`python -m bot`) as a child process against an emulator: used by the
end-to-end tests and the benchmarks alike."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.sandbox import peek
from bot.sandbox.emulator import BotApiEmulator

TOKEN = "123456:TEST-token-for-e2e"
STARTUP_TIMEOUT = 30.0


class BotProcess:
    """One bot process; start, stop (SIGTERM) and kill (SIGKILL) it like an operator would."""

    def __init__(self, emulator: BotApiEmulator, workdir: Path, **env: str) -> None:
        self.emulator = emulator
        self.workdir = workdir
        self.db_path = workdir / "support.db"
        self.log_path = workdir / "bot.log"
        self.env = {
            **os.environ,
            "BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": emulator.url,
            "DATABASE_PATH": str(self.db_path),
            "DEFAULT_LOCALE": "zh",
            "PYTHONUNBUFFERED": "1",
            # Tests run at any hour: agents are "at work" unless a test says otherwise.
            "BUSINESS_HOURS": "00:00-24:00",
            "BUSINESS_DAYS": "1-7",
            # Scripted users type far faster than people; the flood test sets its own limit.
            "FLOOD_MAX_MESSAGES": "1000",
            **env,
        }
        self.process: asyncio.subprocess.Process | None = None
        # Where its data is: the SQLite file, or the PostgreSQL URL when DATABASE_URL is set.
        self.database: Path | str = self.env.get("DATABASE_URL") or self.db_path
        self.errors_expected = False  # a test that provokes errors on purpose sets this

    async def start(self, ready: Callable[[], bool] | None = None) -> None:
        """Start and wait until it takes updates (a poll, or the webhook set), or until
        `ready` says so (a standby instance, say)."""
        polls_before = self.emulator.calls["getUpdates"] + self.emulator.calls["setWebhook"]
        log = self.log_path.open("ab")
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            cwd=self.workdir,
            env=self.env,
            stdout=log,
            stderr=log,
        )
        log.close()
        try:
            await self.emulator.wait_until(
                lambda: (
                    (
                        ready()
                        if ready
                        else self.emulator.calls["getUpdates"] + self.emulator.calls["setWebhook"]
                        > polls_before
                    )
                    or (self.process is not None and self.process.returncode is not None)
                ),
                timeout=STARTUP_TIMEOUT,
            )
        except TimeoutError:
            raise AssertionError(f"bot did not start polling:\n{self.log()}") from None
        if self.process.returncode is not None:
            raise AssertionError(f"bot exited with {self.process.returncode}:\n{self.log()}")

    @property
    def pid(self) -> int:
        assert self.process is not None, "not started"
        return self.process.pid

    async def stop(self) -> int | None:
        return await self._end(signal.SIGTERM)

    async def kill(self) -> int | None:
        return await self._end(signal.SIGKILL)

    async def _end(self, sig: signal.Signals) -> int | None:
        if self.process is None or self.process.returncode is not None:
            return self.process.returncode if self.process else None
        self.process.send_signal(sig)
        try:
            await asyncio.wait_for(self.process.wait(), 20)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()
        return self.process.returncode

    def log(self) -> str:
        return self.log_path.read_text("utf-8", errors="replace") if self.log_path.exists() else ""

    def seed_users(
        self, users: list[tuple[int, str]], *, opted_out: frozenset[int] = frozenset()
    ) -> None:
        """Users who talked to the bot before (id, locale), written as an import would."""
        now = "2026-11-01T00:00:00+00:00"
        peek.execute_many(
            self.database,
            "INSERT INTO users (id, locale, first_name, first_seen_at, last_seen_at,"
            " notices_opt_out) VALUES (?, ?, ?, ?, ?, ?)",
            [(uid, loc, f"u{uid}", now, now, int(uid in opted_out)) for uid, loc in users],
        )

    def outbox_empty(self) -> bool:
        """Nothing left for the desk to post."""
        return self.query("SELECT COUNT(*) FROM outbox WHERE status = 'pending'") == [(0,)]

    def query(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        """Read the bot's database as an operator would (a separate connection)."""
        return peek.query(self.database, sql, params)
