"""`python -m bot` with missing or malformed settings: one clear line, exit code 2."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys

import pytest

from tests.e2e.harness import ROOT

CONTRACT = (
    "BOT_TOKEN",
    "AGENT_CHAT_ID",
    "ADMIN_IDS",
    "AGENT_IDS",
    "DATABASE_PATH",
    "TELEGRAM_API_URL",
    "DEFAULT_LOCALE",
)


def run_bot(tmp_path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in CONTRACT}
    clean["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_missing_token_is_one_clear_line_and_exit_2(tmp_path):
    result = run_bot(tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "Configuration error: BOT_TOKEN is required"
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("BOT_TOKEN", "not-a-token"),
        ("ADMIN_IDS", "12,abc"),
        ("AGENT_CHAT_ID", "group"),
        ("TELEGRAM_API_URL", "ftp://example"),
        ("DEFAULT_LOCALE", "fr"),
    ],
)
def test_malformed_setting_is_named(tmp_path, name, value):
    env = {"BOT_TOKEN": "123:abc", name: value}
    result = run_bot(tmp_path, **env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"Configuration error: {name} is invalid")
    assert "not-a-token" not in lines[0]


def test_dotenv_file_is_read(tmp_path):
    (tmp_path / ".env").write_text("BOT_TOKEN=123:abc\nDEFAULT_LOCALE=de\n", "utf-8")
    result = run_bot(tmp_path)
    assert result.returncode == 2
    assert "DEFAULT_LOCALE is invalid" in result.stderr


async def test_a_rejected_token_is_one_line_without_the_token(emulator, tmp_path):
    token = "654321:WRONGtokenWRONGtokenWRONGtoken"
    result = await asyncio.to_thread(
        run_bot, tmp_path, BOT_TOKEN=token, TELEGRAM_API_URL=emulator.url
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "Cannot start: Telegram rejected BOT_TOKEN (check it with @BotFather)"
    )
    assert result.stdout == ""
    assert "WRONGtoken" not in result.stderr


def test_an_unreachable_bot_api_is_one_line_without_the_token(tmp_path):
    result = run_bot(
        tmp_path, BOT_TOKEN="123456:SECRETsecret", TELEGRAM_API_URL="http://127.0.0.1:9"
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Cannot start: the Bot API at http://127.0.0.1:9 is unreachable")
    assert "SECRETsecret" not in result.stderr


def test_a_busy_sandbox_port_is_one_line_with_the_setting_to_change(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        clean = {k: v for k, v in os.environ.items() if k not in CONTRACT}
        result = subprocess.run(
            [sys.executable, "-m", "bot", "sandbox"],
            cwd=tmp_path,
            env={**clean, "PYTHONPATH": str(ROOT), "SANDBOX_PORT": str(port)},
            capture_output=True,
            text=True,
            timeout=90,
        )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"Cannot start the sandbox: 127.0.0.1:{port} is in use (set SANDBOX_PORT to a free port)"
    )
    assert "Traceback" not in result.stdout + result.stderr
