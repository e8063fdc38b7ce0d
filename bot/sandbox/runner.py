"""`python -m bot sandbox`: the emulator, the real bot against it, and the page to drive it.

Everything is local: no token, no network. The bot runs as its own process exactly as in
production (`python -m bot`), only pointed at the emulator through TELEGRAM_API_URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import signal
import sqlite3
import sys
import tempfile
from pathlib import Path

from bot.sandbox.config import SandboxSettings
from bot.sandbox.controls import ALWAYS_OPEN, SandboxControls
from bot.sandbox.emulator import BotApiEmulator
from bot.sandbox.people import GROUP_ID
from bot.sandbox.process import TOKEN, BotProcess
from bot.sandbox.web import SandboxPeople, SandboxWeb

ADMIN = (1_000, "Admin", "en")
AGENTS = ((2_001, "Agent Lin", "zh-hans"), (2_002, "Agent Sam", "en"))
STARTER_USERS = ((100_001, "小明", "zh-hans"), (100_002, "Alice", "en"))
GROUP_TITLE = "tpWallet Support Desk"


def _known_users(database: Path) -> list[tuple[int, str, str]]:
    """Users a named sandbox database already has, so the emulator can reach them again."""
    if not database.exists():
        return []
    try:
        with sqlite3.connect(database) as conn:
            rows = conn.execute("SELECT id, first_name, locale FROM users").fetchall()
    except sqlite3.Error:
        return []
    return [(uid, name, "zh-hans" if locale == "zh" else "en") for uid, name, locale in rows]


def _seed(emulator: BotApiEmulator, database: Path) -> None:
    for user_id, name, language in (*STARTER_USERS, *_known_users(database)):
        emulator.add_user(user_id, name, language_code=language)
    emulator.add_user(ADMIN[0], ADMIN[1], language_code=ADMIN[2])
    for user_id, name, language in AGENTS:
        emulator.add_user(user_id, name, language_code=language)
    emulator.add_group(GROUP_ID, GROUP_TITLE, is_forum=True, members={agent[0] for agent in AGENTS})


async def serve(settings: SandboxSettings, *, ready: asyncio.Event | None = None) -> None:
    with tempfile.TemporaryDirectory(prefix="tpwallet-sandbox-") as scratch:
        workdir = Path(scratch)
        database = settings.sandbox_database or workdir / "support.db"
        database.parent.mkdir(parents=True, exist_ok=True)
        emulator = BotApiEmulator(TOKEN)
        await emulator.start()
        _seed(emulator, database)
        # The bot's log beside a kept database (SANDBOX_DATABASE), else in the scratch folder.
        logs = database.parent if settings.sandbox_database else workdir
        bot = BotProcess(
            emulator,
            logs,
            DATABASE_PATH=str(database.resolve()),
            ADMIN_IDS=str(ADMIN[0]),
            AGENT_CHAT_ID=str(GROUP_ID),
            DEFAULT_LOCALE=settings.default_locale,
            BUSINESS_HOURS=ALWAYS_OPEN[0],
            BUSINESS_DAYS=ALWAYS_OPEN[1],
        )
        people = SandboxPeople(emulator, admin_id=ADMIN[0], agent_ids=[a[0] for a in AGENTS])
        page = SandboxWeb(emulator, people, GROUP_ID, SandboxControls(bot))
        try:
            await bot.start()
            url = await page.start(settings.sandbox_host, settings.sandbox_port)
            print(f"tpWallet support sandbox: open {url} in a browser (Ctrl+C stops it)")
            print(f"database: {database}  ·  bot log: {bot.log_path}", flush=True)
            if ready is not None:
                ready.set()
            await _until_stopped()
        finally:
            await page.stop()
            await bot.stop()
            await emulator.stop()


async def _until_stopped() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    await stop.wait()


def run() -> int:
    settings = SandboxSettings()
    try:
        asyncio.run(serve(settings))
    except OSError as error:
        if error.errno != errno.EADDRINUSE:
            raise
        where = f"{settings.sandbox_host}:{settings.sandbox_port}"
        print(
            f"Cannot start the sandbox: {where} is in use (set SANDBOX_PORT to a free port)",
            file=sys.stderr,
        )
        return 2
    return 0
