"""Faults and kills: every reply and relay arrives exactly once; nothing acknowledged is lost."""

from __future__ import annotations

import asyncio
import random
import re

from bot.sandbox.emulator import Fault


async def test_error_handler_tells_user_and_alerts_admins_once_a_minute(
    start_bot, emulator, make_user
):
    admin = make_user("Boss", "en")
    bot = await start_bot(ADMIN_IDS=str(admin.id))
    bot.errors_expected = True
    user = make_user("Ann", "en")
    emulator.faults.append(Fault(400, method="sendMessage", description="Bad Request: boom"))
    user.send("/help")
    assert (await user.reply()).text.startswith("Sorry, something went wrong")
    alert = await emulator.wait_for_event(lambda e: e.chat_id == admin.id)
    # Admin alerts are in the deployment's DEFAULT_LOCALE (zh in these tests).
    assert alert.text.startswith("🚨 机器人出错：BadRequest") and "Boom" in alert.text
    # The same kind of error within the minute: the user is told, admins are not again.
    emulator.faults.append(Fault(400, method="sendMessage", description="Bad Request: boom"))
    user.send("/help")
    assert (await user.reply()).text.startswith("Sorry, something went wrong")
    await asyncio.sleep(1)
    assert len(emulator.events_for(admin.id)) == 1


async def test_two_hundred_users_with_ten_percent_of_sends_failing(
    forum, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot(
        PRIVATE_CHAT_INTERVAL_SECONDS="0",
        GROUP_MAX_MESSAGES="100000",
        REQUEST_TIMEOUT_SECONDS="0.5",
    )
    agent = make_agent("Lin")
    users = [make_user(f"U{n}", "en" if n % 2 else "zh-hans") for n in range(200)]
    # 10 % of sends fail: a 429, a 500, or a timeout (0: answered after the client gave up).
    emulator.fail_randomly(0.10, codes=(429, 500, 0), seed=11, timeout_seconds=0.8)
    for user in users:
        user.send("/agent")
    for user in users:
        await user.reply(timeout=120)
    for n, user in enumerate(users):
        user.send(f"problem of user {n} please help")
    for user in users:
        await user.reply(timeout=120)  # the ticket acknowledgement
    cards = {}
    await emulator.wait_until(
        lambda: len([e for e in emulator.events_for(agent.group_id) if e.buttons]) >= 200,
        timeout=180,
    )
    for event in emulator.events_for(agent.group_id):
        match = re.search(r"TP-(\d{6})", event.text)
        if match and event.buttons and event.method == "sendMessage":
            cards[int(match.group(1))] = event.message["message_thread_id"]
    assert len(cards) == 200
    for ticket_id, thread in cards.items():
        agent.write(f"agent answer for ticket {ticket_id}", thread=thread)
    await emulator.wait_until(
        lambda: sum(1 for e in emulator.events if "agent answer for ticket" in e.text) >= 200,
        timeout=180,
    )
    await asyncio.sleep(2)
    group_text = "\n".join(e.text for e in emulator.events_for(agent.group_id))
    for n in range(200):
        assert len(re.findall(rf"problem of user {n} please help", group_text)) == 1, n
    answers = [e.text for e in emulator.events if "agent answer for ticket" in e.text]
    assert len(answers) == len(set(answers)) == 200
    for user in users:
        acks = [
            e
            for e in emulator.events_for(user.id)
            if ("TP-" in e.text and "created" in e.text) or "已为你创建工单" in e.text
        ]
        assert len(acks) == 1, user.id
    assert bot.query("SELECT COUNT(*) FROM tickets") == [(200,)]
    assert bot.query("SELECT COUNT(*) FROM outbox WHERE status != 'sent'") == [(0,)]


async def test_twenty_kills_lose_nothing_and_apply_every_update_once(
    forum, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot(PRIVATE_CHAT_INTERVAL_SECONDS="0")
    agent = make_agent("Lin")
    users = [make_user(f"K{n}", "en") for n in range(5)]
    for user in users:
        user.send("/agent")
        await user.reply()
        user.send(f"opening words from {user.first_name}")
        await user.reply()
    rng = random.Random(5)
    sent: list[str] = []
    for kill in range(20):
        for user in users:
            text = f"{user.first_name} message {kill}"
            emulator.user_message(user.id, text)
            sent.append(text)
        if kill % 4 == 0:
            # Right after getUpdates returned: the batch is fetched, not yet handled.
            before = emulator.calls["getUpdates"]
            await emulator.wait_until(
                lambda before=before: emulator.calls["getUpdates"] > before, timeout=5
            )
        else:
            await asyncio.sleep(rng.uniform(0.0, 0.3))
        await bot.kill()
        await bot.start()
    await emulator.wait_until(
        lambda: all(
            any(text in e.text for e in emulator.events_for(agent.group_id)) for text in sent
        ),
        timeout=60,
    )
    await asyncio.sleep(1)
    group_text = "\n".join(e.text for e in emulator.events_for(agent.group_id))
    copies = [len(re.findall(re.escape(text) + r"(?!\d)", group_text)) for text in sent]
    # Nothing lost. A kill between Telegram accepting a send and the outbox recording it
    # repeats that one send after the restart (the Bot API has no idempotency key): at most
    # one repeat per kill and chat, never a loss.
    assert min(copies) == 1
    assert sum(copies) - len(sent) <= 20
    assert bot.query("PRAGMA integrity_check") == [("ok",)]
    assert bot.query("SELECT COUNT(*) FROM tickets") == [(5,)]
    stored = bot.query("SELECT COUNT(*) FROM ticket_messages WHERE text LIKE '% message %'")
    assert stored == [(len(sent),)]
    assert bot.query("SELECT COUNT(*) FROM inbox WHERE status = 'pending'") == [(0,)]
