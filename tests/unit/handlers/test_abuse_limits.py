"""Flood control, the open-ticket cap, and Telegram's size limits."""

from __future__ import annotations

import asyncio


async def test_flooding_user_is_throttled_with_one_notice(start_bot, emulator, make_user):
    await start_bot(FLOOD_MAX_MESSAGES="20", FLOOD_WINDOW_SECONDS="10")
    user = make_user("Ann", "en")
    for n in range(30):
        emulator.user_message(user.id, f"hello {n}")
    await asyncio.sleep(2)
    texts = [e.text for e in emulator.events_for(user.id)]
    assert sum("sending messages too quickly" in t for t in texts) == 1
    assert len(texts) == 21  # 20 answered, then one notice, then silence


async def test_open_ticket_cap(start_bot, make_user):
    bot = await start_bot(MAX_OPEN_TICKETS="2")
    user = make_user("Ann", "en")
    for n in range(3):
        user.send("/agent")
        await user.reply()
        user.send(f"problem number {n}")
        done = await user.reply()
    assert done.text.startswith("You already have 2 open tickets.")
    assert bot.query("SELECT COUNT(*) FROM tickets") == [(2,)]


async def test_long_user_text_reaches_agents_split_on_lines(
    forum, desk_bot, emulator, make_user, make_agent
):
    await desk_bot()
    agent, user = make_agent("Lin"), make_user("Ann", "en")
    user.send("/agent")
    await user.reply()
    user.send("Long story follows")
    await user.reply()
    card = await agent.group_event(lambda e: "TP-000001" in e.text and e.buttons)
    long_text = "\n".join(f"line {n}: " + "x" * 60 for n in range(70))  # ~4,900 characters
    user.send(long_text)
    await agent.group_event(lambda e: "line 69:" in e.text, after=card.seq)
    parts = [
        e for e in emulator.events_for(agent.group_id) if "line " in e.text and e.seq > card.seq
    ]
    assert len(parts) == 2 and all(len(p.text) <= 4096 for p in parts)
    assert parts[1].text.startswith("line ")  # cut between lines
