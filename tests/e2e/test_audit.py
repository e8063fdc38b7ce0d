"""The audit trail end to end: every agent and admin action — a ticket viewed in the web desk,
reply, note, claim, priority, close, ban, a snippet changed, a knowledge-base edit, a
broadcast, an export, an erasure — appears in /audit, filtered by person, ticket and day, and
in its CSV export."""

from __future__ import annotations

import csv
import io
import re

import aiohttp

from bot.sandbox.people import TgUser
from tests.e2e.test_web_desk import LINK

ADMIN_ID = 558_001
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


async def _web_session(emulator, agent_id: int) -> tuple[aiohttp.ClientSession, str]:
    """An agent signed in to the web desk over HTTP, as a browser would be."""
    me = TgUser(emulator, agent_id, "Lin", "en", emulator.last_seq)
    me.send("/desk")
    link = LINK.search((await me.reply()).text)
    assert link
    base, token = link.group(0).split("/signin?token=")
    session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
    async with session.post(f"{base}/signin", data={"token": token}) as response:
        assert response.status == 200 and "Queue" in await response.text()
    return session, base


async def _act(session: aiohttp.ClientSession, base: str, path: str, **form: str) -> str:
    async with session.get(f"{base}/t/1") as page:
        found = CSRF.search(await page.text())
    assert found
    async with session.post(f"{base}/t/1/{path}", data={"csrf": found.group(1), **form}) as done:
        assert done.status == 200
        return await done.text()


async def test_every_agent_and_admin_action_is_in_the_audit_trail(
    desk_bot, emulator, make_agent, forum
):
    await desk_bot(WEB_DESK_PORT="0", ADMIN_IDS=str(ADMIN_ID), DESK_LOCALE="en")
    agent = make_agent("Lin", language="en")
    user = TgUser.create(emulator, 7_800_001, "Ann", "en")
    user.send("/agent")
    await user.reply()
    user.send("I cannot see my deposit from yesterday")
    assert "TP-000001" in (await user.reply()).text
    topic = await agent.group_event(lambda e: "TP-000001" in e.text)
    thread = topic.message["message_thread_id"]

    # The agent, in the web desk: view, claim, priority, note, reply, close.
    session, base = await _web_session(emulator, agent.id)
    try:
        assert "Done." in await _act(session, base, "claim")
        assert "Done." in await _act(session, base, "priority", step="down")
        assert "Note saved." in await _act(session, base, "note", text="asked finance")
        assert "Sent to the user." in await _act(session, base, "reply", text="Checking it now.")
        # and in Telegram: a snippet saved, the user banned.
        agent.write("/snippet add thanks en Thank you for waiting.", thread=thread)
        await agent.group_event(lambda e: "saved" in e.text.lower(), after=topic.seq)
        agent.write("/ban", thread=thread)
        await agent.group_event(lambda e: "Done" in e.text or "banned" in e.text, after=topic.seq)
        assert "Done." in await _act(session, base, "close", status="closed")
    finally:
        await session.close()

    admin = TgUser.create(emulator, ADMIN_ID, "Boss", "en")
    # A knowledge-base entry, a broadcast, an export and an erasure.
    admin.send("/kb")
    admin.press(await admin.reply(), "New entry")
    admin.press(await admin.reply(), "Security")
    await admin.reply()
    admin.send("card-freeze")
    await admin.reply()
    admin.send("/cancel")
    await admin.reply()
    admin.send("/broadcast")
    await admin.reply()
    admin.send("Maintenance tonight from 23:00 UTC.")
    admin.press(await admin.reply(), "Everyone")
    await admin.reply()
    admin.press(await admin.reply(), "Send now")
    await emulator.wait_for_event(lambda e: "is on its way" in e.text, after=admin.cursor)
    # Everyone has it (the agent too, whose chat is read below), and the admin has the report,
    # before the test goes on.
    await emulator.wait_for_event(
        lambda e: e.chat_id == ADMIN_ID and "finished" in e.text, after=admin.cursor, timeout=30
    )
    admin.cursor = emulator.last_seq
    admin.send("/export tickets")
    assert (await admin.reply()).method == "sendDocument"
    admin.send(f"/erase {user.id}")
    admin.press(await admin.reply(), "Erase")
    assert (await admin.reply()).text.startswith("🗑")

    admin.send("/audit")
    trail = (await admin.reply()).text
    actions = re.findall(r" · (\d+) · (\w+) · (TP-\d+|—) · ", trail)
    done = {(int(actor), action) for actor, action, _ in actions}
    for action in ("sign_in", "view", "claim", "priority", "note", "reply", "snippet_saved",
                   "ban", "close"):  # fmt: skip
        assert (agent.id, action) in done, action
    for action in ("kb_edit", "broadcast", "export", "erase"):
        assert (ADMIN_ID, action) in done, action
    on_ticket = ("view", "claim", "priority", "note", "reply", "close", "ban")
    assert all(ticket == "TP-000001" for _, action, ticket in actions if action in on_ticket)

    # Filters: one person, one ticket, one day; a day with nothing; the CSV.
    admin.send(f"/audit {ADMIN_ID}")
    assert {a for a in re.findall(r" · \d+ · (\w+) · ", (await admin.reply()).text)} == {
        "kb_edit", "broadcast", "export", "erase"
    }  # fmt: skip
    admin.send("/audit TP-000001")
    per_ticket = re.findall(r" · (\w+) · TP-000001", (await admin.reply()).text)
    assert "kb_edit" not in per_ticket and "reply" in per_ticket
    day = trail.splitlines()[1][:10]  # the newest entry's day (a test may straddle midnight)
    admin.send(f"/audit {day}")
    same_day = re.findall(r"^(\d{4}-\d\d-\d\d) .* · (\w+) · (TP-\d+|—) · ", trail, re.M)
    on_day = (await admin.reply()).text
    assert len(re.findall(r" · (\d+) · (\w+) · (TP-\d+|—) · ", on_day)) == len(
        [d for d, _, _ in same_day if d == day]
    )
    admin.send("/audit 2020-01-01")
    assert (await admin.reply()).text == "No actions match."
    admin.send("/audit yesterday-ish")
    assert (await admin.reply()).text.startswith("Usage: /audit")
    admin.send("/audit csv")
    document = await admin.reply()
    rows = list(
        csv.DictReader(
            io.StringIO(emulator.files[document.message["document"]["file_id"]].decode())
        )
    )
    assert {row["action"] for row in rows} >= {a for _, a in done}

    # Not for agents or users.
    agent_chat = TgUser(emulator, agent.id, "Lin", "en", emulator.last_seq)
    agent_chat.send("/audit")
    assert (await agent_chat.reply()).text == "Only admins can do that."
