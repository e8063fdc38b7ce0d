"""The web desk in a real headless Chromium (Debian's, driven by Playwright), served by the bot
process itself: an agent signs in with the link /desk gives, works a ticket (reply with text
and a photo, a note, close) and the user receives it all in Telegram; links that are forged,
expired, used twice or for someone who is not an agent sign no one in; a request for a
recovery phrase typed in the browser is held back as it is from Telegram."""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from playwright.async_api import Browser, Page, async_playwright, expect

from bot.sandbox.people import GROUP_ID, TgUser
from bot.webdesk.links import sign_link
from bot.webdesk.telegram_login import widget_hash
from tests.e2e.harness import TOKEN
from tests.e2e.test_sandbox_browser import CHROMIUM_FLAGS, _chromium, tall_png

LINK = re.compile(r"http://\S+/signin\?token=\S+")


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=_chromium(), args=CHROMIUM_FLAGS)
        yield browser
        await browser.close()


async def _open_ticket(user: TgUser, text: str) -> str:
    user.send("/agent")
    await user.reply()
    user.send(text)
    return (await user.reply()).text


async def _desk_link(emulator, agent_id: int) -> str:
    """What an agent gets from /desk in their private chat with the bot."""
    me = TgUser(emulator, agent_id, "Lin", "en", emulator.last_seq)
    me.send("/desk")
    found = LINK.search((await me.reply()).text)
    assert found, "no sign-in link in the answer to /desk"
    return found.group(0)


async def _sign_in(page: Page, link: str) -> None:
    await page.goto(link)
    await expect(page.locator("h1")).to_have_text("Sign in to the support desk")
    await page.click("#signin")
    await expect(page.locator("h1")).to_have_text("Queue")


async def test_an_agent_works_a_ticket_in_the_browser_and_the_user_gets_it_all(
    desk_bot, emulator, make_user, make_agent, forum, browser: Browser, tmp_path: Path
):
    bot = await desk_bot(WEB_DESK_PORT="0", DESK_LOCALE="en")
    agent = make_agent("Lin", language="en")
    user = make_user("Grace", "en")
    assert "TP-000001" in await _open_ticket(user, "my transfer history is empty after the update")
    user.send_media("photo", caption="this is what I see")
    await user.emulator.wait_until(
        lambda: bot.query("SELECT COUNT(*) FROM ticket_messages WHERE content_type = 'photo'")
        == [(1,)]
    )

    page = await browser.new_page()
    await _sign_in(page, await _desk_link(emulator, agent.id))
    row = page.locator("tr[data-ticket='1']")
    await expect(row).to_contain_text("TP-000001")
    await expect(row).to_contain_text("Grace")
    await row.locator("a").click()
    await expect(page.locator("#history")).to_contain_text(
        "my transfer history is empty after the update"
    )
    await expect(page.locator("#history img")).to_have_count(1)  # the user's photo, via getFile
    await page.get_by_role("button", name="Claim", exact=True).click()
    await expect(page.locator(".flash")).to_have_text("Done.")
    await expect(page.locator("#live")).to_contain_text("Claimed by Lin")

    # A reply with text reaches the user in Telegram.
    await page.fill("#reply-text", "Please pull down to refresh the history page.")
    await page.click("#reply-send")
    await expect(page.locator(".flash")).to_have_text("Sent to the user.")
    answer = await user.reply()
    assert answer.text == "Please pull down to refresh the history page."

    # And one with a photo: the user gets the picture with the text as its caption.
    picture = tmp_path / "where-to-tap.png"
    picture.write_bytes(tall_png(80, 60))
    await page.fill("#reply-text", "Tap here")
    await page.set_input_files("#reply-file", str(picture))
    await page.click("#reply-send")
    await expect(page.locator(".flash")).to_have_text("Sent to the user.")
    photo = await user.reply()
    assert photo.method == "sendPhoto" and photo.message["caption"] == "Tap here"
    assert emulator.files[photo.message["photo"][-1]["file_id"]] == picture.read_bytes()
    await expect(page.locator("#history .msg.out img")).to_have_count(1)

    # A note stays with the agents.
    await page.fill("#note-text", "asked the user to refresh; check again tomorrow")
    await page.click("#note-add")
    await expect(page.locator(".flash")).to_have_text("Note saved.")
    await expect(page.locator("#history .msg.note")).to_contain_text("check again tomorrow")

    # What the user writes now appears in the open page by itself (live updates).
    user.send("refreshing worked, thank you!")
    await expect(page.locator("#history")).to_contain_text("refreshing worked", timeout=3_000)

    # Asking for a recovery phrase is held back, as it is from the agents' group.
    before = len(emulator.events_for(user.id))
    await page.fill("#reply-text", "To verify, please send me your 12-word recovery phrase.")
    await page.click("#reply-send")
    await expect(page.locator(".flash")).to_contain_text("Not sent")
    await expect(page.locator("#history .msg.note").last).to_contain_text("[held back]")

    # Closing asks the user for a rating.
    await page.get_by_role("button", name="Close", exact=True).click()
    await expect(page.locator(".flash")).to_have_text("Done.")
    closing = await user.reply()
    assert "TP-000001" in closing.text
    assert len([b for row in closing.buttons for b in row]) == 5  # the rating scale
    sent = emulator.events_for(user.id)[before:]
    assert not any("recovery phrase" in (e.text or "") for e in sent)
    assert not any("check again tomorrow" in (e.text or "") for e in emulator.events)

    # With the web desk on, the group got the card, not the conversation.
    group_text = "\n".join(e.text or "" for e in emulator.events_for(GROUP_ID))
    assert "TP-000001" in group_text
    assert "refreshing worked" not in group_text
    assert "Please pull down" not in group_text
    rows = bot.query(
        "SELECT direction, content_type, author_id FROM ticket_messages WHERE ticket_id = 1"
        " AND direction != 'in' ORDER BY id"
    )
    assert rows == [
        ("out", "text", agent.id),
        ("out", "photo", agent.id),
        ("note", "text", agent.id),
        ("note", "text", agent.id),
    ]


async def test_links_that_must_not_sign_anyone_in(
    desk_bot, emulator, make_user, make_agent, forum, browser: Browser
):
    await desk_bot(WEB_DESK_PORT="0", DESK_LOCALE="en")
    agent = make_agent("Lin", language="en")
    outsider = make_user("Mallory", "en")
    link = await _desk_link(emulator, agent.id)
    base = link.split("/signin")[0]
    page = await browser.new_page()

    # No session: no page of the desk is readable.
    for path in ("/", "/t/1", "/events", "/file/1"):
        response = await page.goto(base + path)
        assert response is not None and response.status == 401, path
        await expect(page.locator("body")).to_contain_text("Sign in first")

    # Forged: a changed token, or one signed with another key.
    response = await page.goto(link[:-3] + ("AAA" if not link.endswith("AAA") else "BBB"))
    assert response is not None and response.status == 403
    await expect(page.locator("body")).to_contain_text("was not issued by the bot")
    other = sign_link("123:another-bots-token", agent.id, "Lin", time.time() + 600)
    await page.goto(f"{base}/signin?token={other}")
    await expect(page.locator("body")).to_contain_text("was not issued by the bot")

    # Expired.
    old = sign_link(TOKEN, agent.id, "Lin", time.time() - 1)
    await page.goto(f"{base}/signin?token={old}")
    await expect(page.locator("body")).to_contain_text("has expired")

    # Signed by the bot, but for someone not on the team.
    stranger = sign_link(TOKEN, outsider.id, "Mallory", time.time() + 600)
    await page.goto(f"{base}/signin?token={stranger}")
    await page.click("#signin")
    await expect(page.locator("body")).to_contain_text("not on the team's list of agents")

    # And a user who is not an agent gets no link from /desk.
    outsider.send("/desk")
    assert "only support agents" in (await outsider.reply()).text

    # A real link signs in once.
    await _sign_in(page, link)
    await page.get_by_role("button", name="中文").click()  # the workspace in Chinese, and back
    await expect(page.locator("h1")).to_have_text("工单队列")
    await page.get_by_role("button", name="English").click()
    await expect(page.locator("h1")).to_have_text("Queue")
    fresh = await browser.new_page()
    await fresh.goto(link)
    await fresh.click("#signin")
    await expect(fresh.locator("body")).to_contain_text("already been used")

    # The Login Widget's answer (where the desk has a public domain): Telegram's hash over
    # the fields with the bot token; used once; forged or for a non-agent, refused.
    widget = await browser.new_page()
    fields = {"id": str(agent.id), "first_name": "Lin", "auth_date": str(int(time.time()))}
    query = urlencode({**fields, "hash": widget_hash(TOKEN, fields)})
    await widget.goto(f"{base}/login/telegram?{query}")
    await expect(widget.locator("h1")).to_have_text("Queue")
    await widget.goto(f"{base}/login/telegram?{query}")
    await expect(widget.locator("body")).to_contain_text("already been used")
    forged = urlencode({**fields, "hash": widget_hash("123:other", fields)})
    await widget.goto(f"{base}/login/telegram?{forged}")
    await expect(widget.locator("body")).to_contain_text("was not issued by the bot")
    stranger_fields = {**fields, "id": str(outsider.id)}
    signed = urlencode({**stranger_fields, "hash": widget_hash(TOKEN, stranger_fields)})
    await widget.goto(f"{base}/login/telegram?{signed}")
    await expect(widget.locator("body")).to_contain_text("not on the team's list of agents")

    # A form without the session's CSRF token is refused, even with the session cookie.
    response = await page.request.post(f"{base}/t/1/note", form={"text": "forged"})
    assert response.status == 403
