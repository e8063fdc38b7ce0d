"""A user's data on request, and retention, end to end: /mydata returns the user's tickets and
messages without the agents' notes; /forget leaves no trace of their words, name or contact
details in any byte of support.db* while /stats counts the same tickets; retention removes old
content and keeps the aggregates."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.sandbox.people import TgAgent, TgUser
from tests.e2e.conftest import ENGINE

ADMIN_ID = 557_001
NAME = "Qiaofengxu"
PHONE = "13912345678"
EMAIL = "qiaofeng.unique@example.com"
DESCRIPTION = f"my transfer never arrived, call me on +86 {PHONE} or write to {EMAIL}"
FOLLOW_UP = "ZEBRAPLUM7731 the amount was 250 USDT"
NOTE = "checked the chain, NOTEMARK42 looks fine"
ANSWER = "We are looking into your transfer now."


async def _ticket(user: TgUser) -> str:
    user.send("/agent")
    await user.reply()
    user.send(DESCRIPTION)
    return (await user.reply()).text


async def _stats(admin: TgUser) -> list[str]:
    admin.send("/stats")
    text = (await admin.reply(timeout=30)).text
    chart = await admin.reply(timeout=30)  # the chart follows the figures
    assert chart.method == "sendPhoto"
    # The aggregates (not the clock-dependent times, nor the questions' own words): tickets
    # open, created and resolved, per day, ratings, and the most asked entries with counts.
    figures, in_top = [], False
    for line in text.splitlines():
        if line.startswith("❓"):
            in_top = True
        elif line.startswith("💡") or not line.strip():
            in_top = False
        if (
            in_top
            or line.startswith(("🎫", "Created", "⚠️", "⭐"))
            or re.fullmatch(r"\S+: \d+ / \d+", line)
        ):
            figures.append(line)
    return figures


def _database_bytes(bot) -> bytes:
    path: Path = bot.db_path
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())


@pytest.mark.skipif(ENGINE == "postgres", reason="the bytes checked are SQLite's files")
async def test_mydata_then_forget_leaves_no_trace_and_keeps_the_counts(
    desk_bot, emulator, make_agent, forum
):
    bot = await desk_bot(ADMIN_IDS=str(ADMIN_ID), DESK_LOCALE="en")
    agent: TgAgent = make_agent("Lin", language="en")
    user = TgUser.create(emulator, 7_700_001, NAME, "en")
    admin = TgUser.create(emulator, ADMIN_ID, "Boss", "en")
    assert "TP-000001" in await _ticket(user)
    user.send(FOLLOW_UP)
    topic = await agent.group_event(lambda e: FOLLOW_UP in e.text)
    thread = topic.message["message_thread_id"]
    agent.write(ANSWER, thread=thread)
    assert (await user.reply()).text == ANSWER
    agent.write(f"//{NOTE}", thread=thread)
    await agent.group_event(lambda e: "Internal note saved" in e.text, after=topic.seq)

    # /mydata: a summary, and a file with the tickets and messages as the user saw them.
    user.send("/mydata")
    summary = await user.reply()
    assert f"Your data with tpWallet support, {NAME}" in summary.text
    assert "tickets: 1 (messages in them: 3)" in summary.text
    assert "TP-000001" in summary.text
    document = await user.reply()
    assert document.method == "sendDocument"
    data = json.loads(emulator.files[document.message["document"]["file_id"]])
    assert data["first_name"] == NAME
    [ticket] = data["tickets"]
    assert ticket["reference"] == "TP-000001"
    said = [(m["direction"], m["text"]) for m in ticket["messages"]]
    assert ("in", DESCRIPTION) in said and ("in", FOLLOW_UP) in said and ("out", ANSWER) in said
    assert "NOTEMARK42" not in json.dumps(data, ensure_ascii=False)

    # The ticket is closed; /stats before and after the user is erased count the same.
    agent.write("/close", thread=thread)
    await user.reply()  # the closing message and its rating request
    before = await _stats(admin)
    assert before, "no ticket figures in /stats"

    user.send("/forget")
    confirm = await user.reply()
    assert "This cannot be undone" in confirm.text
    user.press(confirm, "Erase my data")
    done = await user.reply()
    assert done.text.startswith("🗑 Done"), done.text
    card = await agent.group_event(lambda e: "Erased at the user's request" in e.text)
    assert NAME not in card.text
    assert await _stats(admin) == before

    stored = _database_bytes(bot)
    for trace in (NAME, PHONE, EMAIL, "ZEBRAPLUM7731", "never arrived", "NOTEMARK42", ANSWER):
        assert trace.encode() not in stored, trace
    assert bot.query("SELECT COUNT(*), MAX(erased_at) IS NOT NULL FROM tickets") == [(1, 1)]

    # Nothing of them is left to export.
    user.send("/mydata")
    again = await user.reply()
    assert "tickets: 1 (messages in them: 0)" in again.text
    assert NAME not in again.text


async def test_an_admin_erases_a_user_who_lost_their_account(desk_bot, emulator, forum):
    bot = await desk_bot(ADMIN_IDS=str(ADMIN_ID), DESK_LOCALE="en")
    user = TgUser.create(emulator, 7_700_002, NAME, "en")
    assert "TP-000001" in await _ticket(user)
    odd = TgUser.create(emulator, 7_700_004, "Ann <&> Co", "en")  # a name that is not HTML
    odd.send("/start")
    await odd.reply()
    odd.send("/mydata")
    # Sent as HTML: the name shows as typed (escaped once, not refused, not doubly escaped).
    assert "Your data with tpWallet support, Ann <&> Co," in (await odd.reply()).text
    outsider = TgUser.create(emulator, 7_700_003, "Eve", "en")
    outsider.send(f"/erase {user.id}")
    assert (await outsider.reply()).text == "Only admins can do that."

    admin = TgUser.create(emulator, ADMIN_ID, "Boss", "en")
    admin.send("/erase 12345")
    assert "Usage: /erase USER_ID" in (await admin.reply()).text
    admin.send(f"/erase {user.id}")
    confirm = await admin.reply()
    assert f"user {user.id}" in confirm.text
    admin.press(confirm, "Erase")
    assert (await admin.reply()).text.startswith(f"🗑 User {user.id} erased (1 tickets")
    assert bot.query("SELECT first_name FROM users WHERE id = ?", user.id) == [("—",)]
    assert bot.query("SELECT COUNT(*) FROM ticket_messages") == [(0,)]
    assert bot.query("SELECT status FROM tickets") == [("closed",)]


async def test_retention_removes_old_content_and_keeps_the_aggregates(
    desk_bot, emulator, make_agent, forum
):
    # Content of tickets closed more than ~2 s ago goes; the pass runs every second.
    bot = await desk_bot(
        ADMIN_IDS=str(ADMIN_ID),
        DESK_LOCALE="en",
        RETENTION_DAYS="0.00003",
        RETENTION_CHECK_SECONDS="1",
    )
    agent = make_agent("Lin", language="en")
    admin = TgUser.create(emulator, ADMIN_ID, "Boss", "en")
    old, recent = (TgUser.create(emulator, 7_700_010 + n, f"U{n}", "en") for n in range(2))
    old.send("how do I change my login password?")  # a question the FAQ answers
    await old.reply()
    assert "TP-000001" in await _ticket(old)
    topic = await agent.group_event(lambda e: "TP-000001" in e.text)
    agent.write("/close", thread=topic.message["message_thread_id"])
    await old.reply()
    before = await _stats(admin)

    await emulator.wait_until(
        lambda: bot.query("SELECT COUNT(*) FROM ticket_messages") == [(0,)], timeout=20
    )
    assert "TP-000002" in await _ticket(recent)  # an open ticket keeps everything
    await emulator.wait_until(
        lambda: bot.query("SELECT COUNT(*) FROM questions WHERE text != ''") == [(0,)],
        timeout=20,
    )
    assert bot.query("SELECT COUNT(*) FROM questions") != [(0,)]  # rows kept for /stats
    assert bot.query("SELECT reference, details FROM tickets ORDER BY id")[0] == ("TP-000001", "[]")
    rows = bot.query(
        "SELECT t.reference, COUNT(m.id) FROM tickets t JOIN ticket_messages m"
        " ON m.ticket_id = t.id GROUP BY t.reference"
    )
    assert rows == [("TP-000002", 1)]
    after = await _stats(admin)
    # The closed ticket and the question still count; the second ticket is one more open.
    changed = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    assert [b.startswith(("🎫", "Created")) or ": " in b for b, _ in changed] == [True] * len(
        changed
    )
    assert any("❓" in line for line in after) and before[-1] == after[-1]
