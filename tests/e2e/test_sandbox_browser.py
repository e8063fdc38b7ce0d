"""The browser sandbox in a real headless Chromium (Debian's, driven by Playwright): a user
opens a complaint with a screenshot, an agent answers in the ticket's topic, the user sees
the answer and rates it. Everything goes through `python -m bot sandbox` as a person would."""

from __future__ import annotations

import asyncio
import os
import re
import sqlite3
import struct
import sys
import zlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Page, async_playwright, expect

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def tall_png(width: int = 320, height: int = 900) -> bytes:
    """A plain PNG tall enough to push the conversation down when it loads."""
    raw = b"".join(b"\x00" + b"\x4f\x8c\xc9" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[tuple[str, Path]]:
    database = tmp_path / "sandbox.db"
    env = {**os.environ, "SANDBOX_PORT": "0", "SANDBOX_DATABASE": str(database)}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "sandbox", env=env, stdout=asyncio.subprocess.PIPE
    )
    assert process.stdout is not None
    line = (await asyncio.wait_for(process.stdout.readline(), 40)).decode()
    url = re.search(r"http://\S+", line)
    assert url, line
    yield url.group(0), database
    process.terminate()
    assert await asyncio.wait_for(process.wait(), 20) == 0


def _chromium() -> str:
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} missing: ./scripts/test installs Debian's chromium"
    return CHROMIUM


@pytest.fixture
async def page() -> AsyncIterator[Page]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=_chromium(), args=CHROMIUM_FLAGS)
        page = await browser.new_page()
        yield page
        await browser.close()


async def _last_bot_message(page: Page, text: str) -> None:
    await expect(page.locator(".msg.bot").last).to_contain_text(text, timeout=10_000)


async def _press(page: Page, label: str) -> None:
    await page.locator(".msg.bot").last.locator(".kb-button", has_text=label).click()


async def _say(page: Page, text: str) -> None:
    """Type and send. The page ignores Enter until the chat just opened is shown (a new user
    opens theirs a moment after being added); the box empties once the text is sent."""
    await page.fill("#composer-text", text)
    for _ in range(50):
        await page.press("#composer-text", "Enter")
        if await page.input_value("#composer-text") == "":
            return
        await page.wait_for_timeout(100)
    raise AssertionError(f"the page did not send {text!r}")


async def test_complaint_answered_by_an_agent_and_rated(sandbox, page: Page, tmp_path: Path):
    url, database = sandbox
    missing: list[str] = []
    page.on("response", lambda r: missing.append(r.url) if r.status == 404 else None)
    await page.goto(url)
    await expect(page.locator("#live")).not_to_have_class(re.compile("off"))

    # A new English-speaking user.
    await page.fill("#new-user-name", "Grace")
    await page.select_option("#new-user-lang", "en")
    await page.click("#new-user-add")
    await expect(page.locator("#chat-title")).to_have_text("Grace ↔ bot")
    await _say(page, "/start")
    await _last_bot_message(page, "How can I help?")
    await expect(page.locator(".msg.bot").last.locator(".kb-button")).to_have_count(8)

    await _press(page, "Complaint")
    await _last_bot_message(page, "What is your complaint about?")
    await _press(page, "Fees")
    await _last_bot_message(page, "Please describe what happened")
    await _say(page, "I was charged the withdrawal fee twice on Monday.")
    await _last_bot_message(page, "Received so far: 0")
    screenshot = tmp_path / "receipt.png"
    screenshot.write_bytes(tall_png())
    await page.set_input_files("#file-input", str(screenshot))
    await _last_bot_message(page, "Received so far: 1")
    await expect(page.locator(".msg.mine img")).to_have_count(1)
    # The tall screenshot loads after the reply is drawn: the page still shows the reply.
    at_bottom = "(b => b.scrollHeight - b.scrollTop - b.clientHeight < 4)"
    await page.wait_for_function(f"{at_bottom}(document.getElementById('messages'))")
    await _press(page, "Done")
    await _last_bot_message(page, "What outcome would you like?")
    await _say(page, "Refund the second fee")
    await _last_bot_message(page, "Please check your complaint")
    await _press(page, "Submit")
    await _last_bot_message(page, "Ticket TP-000001 created")

    # The agent opens the ticket's topic, sees the card and the screenshot, and answers.
    topic = page.locator(".topic", has_text="TP-000001")
    await topic.click()
    await page.select_option("#agent-select", label="Agent Sam")
    await expect(page.locator(".msg.bot").first).to_contain_text("TP-000001")
    await expect(page.locator(".msg.bot img")).to_have_count(1)
    await _say(page, "Hello Grace, the second fee has been refunded.")
    await expect(page.locator(".msg.mine").last).to_contain_text("has been refunded")

    # The user sees the answer in their chat.
    await page.locator(".person", has_text="Grace").click()
    await _last_bot_message(page, "Hello Grace, the second fee has been refunded.")

    # The agent closes the ticket; the user rates it.
    await topic.click()
    await _say(page, "/close")
    await page.locator(".person", has_text="Grace").click()
    await _last_bot_message(page, "How would you rate the help you got")
    await _press(page, "5")
    await _last_bot_message(page, "Anything you would like to add?")
    await _press(page, "Skip")
    await _last_bot_message(page, "Thank you for your rating")

    with sqlite3.connect(database) as conn:
        rows = conn.execute("SELECT reference, status, rating FROM tickets").fetchall()
    assert rows == [("TP-000001", "closed", 5)]
    assert missing == []  # no 404, the favicon included


async def test_the_log_panel_and_the_off_hours_switch(sandbox, page: Page):
    url, database = sandbox
    await page.goto(url)
    await expect(page.locator("#live")).not_to_have_class(re.compile("off"))
    await page.click("#log-panel summary")
    await expect(page.locator("#log")).to_contain_text("is up", timeout=10_000)
    # The log is kept beside the sandbox's database, not in a folder deleted on exit.
    assert (database.parent / "bot.log").exists()

    await page.check("#off-hours")
    await expect(page.locator("#off-hours")).to_be_enabled(timeout=30_000)
    await expect(page.locator("#off-hours")).to_be_checked()
    await page.fill("#new-user-name", "Hana")
    await page.select_option("#new-user-lang", "en")
    await page.click("#new-user-add")
    await _say(page, "/agent")
    await _last_bot_message(page, "describe")
    await _say(page, "My card top-up did not show up in my balance")
    await expect(page.locator(".msg.bot", has_text="Our agents are off duty")).to_have_count(
        1, timeout=10_000
    )
    # Chromium here has a CJK font or not; either way the notice tells the truth about it.
    renders = await page.evaluate("chineseRenders()")
    assert await page.locator("#font-notice").is_hidden() == renders
