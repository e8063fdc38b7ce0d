"""SENDER_PROCESS: the desk's outbox goes out from a second process the bot starts, watches
and ends; relays go both ways as with one process, and nothing is lost when the bot dies."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.e2e.conftest import ENGINE

pytestmark = pytest.mark.skipif(ENGINE == "postgres", reason="one process on SQLite")


def _children(pid: int) -> list[tuple[int, str]]:
    """The processes whose parent is `pid`, with their command lines."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if int(stat[1]) == pid:
            found.append((int(entry.name), command))
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] == "Z")


async def test_the_outbox_process_relays_both_ways_and_ends_with_the_bot(
    forum, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot(SENDER_PROCESS="true")
    senders = [pid for pid, command in _children(bot.pid) if "bot sender" in command]
    assert len(senders) == 1, _children(bot.pid)
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    user.send("/agent")
    await user.reply()
    user.send("My top-up has not arrived since this morning")
    assert "TP-000001" in (await user.reply()).text
    card = await agent.group_event(lambda e: "TP-000001" in e.text and bool(e.buttons))
    thread = card.message["message_thread_id"]
    relayed = await agent.group_event(lambda e: "top-up has not arrived" in e.text)
    assert relayed.message["message_thread_id"] == thread
    agent.write("We are checking it now.", thread=thread)
    assert (await user.reply()).text == "We are checking it now."
    await emulator.wait_until(bot.outbox_empty, timeout=10)

    # The bot dies: its outbox process finishes what it was sending and ends too.
    await bot.kill()
    await emulator.wait_until(lambda: not _alive(senders[0]), timeout=20)
    user.send("Any news about my top-up?")  # waits at Telegram while the bot is down
    await bot.start()
    mark = emulator.last_seq
    follow = await agent.group_event(lambda e: "Any news" in e.text, timeout=30)
    assert follow.message["message_thread_id"] == thread
    assert len(emulator.events_for(agent.group_id)) > 0 and follow.seq > mark
    restarted = [pid for pid, command in _children(bot.pid) if "bot sender" in command]
    assert len(restarted) == 1 and restarted != senders

    # A clean stop ends it cleanly.
    assert await bot.stop() == 0
    await emulator.wait_until(lambda: not _alive(restarted[0]), timeout=20)
    assert "outbox process stopped" in bot.log()
