"""Faults and kills: every reply and relay arrives exactly once; nothing acknowledged is lost."""

from __future__ import annotations

import asyncio
import random
import re

from bot.sandbox import peek
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


async def _through_agent_flow(user, n: int) -> str:
    user.send("/agent")
    await user.reply(timeout=120)
    user.send(f"problem of user {n} please help")
    return (await user.reply(timeout=120)).text


async def _through_login_flow(user, n: int) -> str:
    user.send("/login")
    user.press(await user.reply(timeout=120), "locked")
    await user.reply(timeout=120)
    user.send(f"user{n}@mail.com")
    user.press(await user.reply(timeout=120), "Today")
    user.press(await user.reply(timeout=120), "iPhone")
    return (await user.reply(timeout=120)).text


async def _through_complaint_flow(user, n: int) -> str:
    user.send("/complaint")
    user.press(await user.reply(timeout=120), "Fees")
    await user.reply(timeout=120)
    user.send(f"I was charged twice, complaint of user {n}")
    user.press(await user.reply(timeout=120), "Done")
    await user.reply(timeout=120)
    user.send("Refund the second fee")
    user.press(await user.reply(timeout=120), "Submit")
    return (await user.reply(timeout=120)).text


async def _through_feedback_flow(user, n: int) -> str:
    user.send("/feedback")
    user.press(await user.reply(timeout=120), "4")
    await user.reply(timeout=120)
    user.send(f"feedback of user {n}")
    return (await user.reply(timeout=120)).text


FLOWS = (_through_agent_flow, _through_login_flow, _through_complaint_flow, _through_feedback_flow)


async def test_two_hundred_users_through_every_flow_with_ten_percent_of_sends_failing(
    forum, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot(
        PRIVATE_CHAT_INTERVAL_SECONDS="0",
        GROUP_MAX_MESSAGES="100000",
        REQUEST_TIMEOUT_SECONDS="0.5",
    )
    agent = make_agent("Lin")
    users = [make_user(f"U{n}", "en") for n in range(200)]
    # 10 % of sends fail: a 429, a 500, or a timeout (0: answered after the client gave up).
    emulator.fail_randomly(0.10, codes=(429, 500, 0), seed=11, timeout_seconds=0.8)
    endings = await asyncio.gather(
        *(FLOWS[n % len(FLOWS)](user, n) for n, user in enumerate(users))
    )
    for n, ending in enumerate(endings):
        expected = "Thank you for your feedback" if n % 4 == 3 else "created (priority:"
        assert expected in ending, (n, ending)
    assert bot.query("SELECT COUNT(*) FROM tickets") == [(200,)]
    await emulator.wait_until(
        lambda: len([e for e in emulator.events_for(agent.group_id) if e.buttons]) >= 200,
        timeout=180,
    )
    threads = {}
    for event in emulator.events_for(agent.group_id):
        match = re.search(r"TP-(\d{6})", event.text)
        if match and event.buttons and event.method == "sendMessage":
            threads[int(match.group(1))] = event.message["message_thread_id"]
    assert len(threads) == 200
    for ticket_id, thread in threads.items():
        agent.write(f"agent answer for ticket {ticket_id}", thread=thread)
    await emulator.wait_until(
        lambda: sum(1 for e in emulator.events if "agent answer for ticket" in e.text) >= 200,
        timeout=180,
    )
    await asyncio.sleep(2)
    # Every reply exactly once: one acknowledgement per user, one copy of each answer.
    for user in users:
        endings_seen = [
            e
            for e in emulator.events_for(user.id)
            if "created (priority:" in e.text or "Thank you for your feedback" in e.text
        ]
        assert len(endings_seen) == 1, user.id
    answers = [e.text for e in emulator.events if "agent answer for ticket" in e.text]
    assert len(answers) == len(set(answers)) == 200
    # Every relay exactly once: what the users told the flows reached their topics once.
    group_text = "\n".join(e.text for e in emulator.events_for(agent.group_id))
    for n in range(0, 200, 4):
        assert len(re.findall(rf"problem of user {n} please help", group_text)) == 1, n
    for n in range(2, 200, 4):
        assert len(re.findall(rf"complaint of user {n}(?!\d)", group_text)) == 1, n
    assert bot.query("SELECT COUNT(*) FROM outbox WHERE status != 'sent'") == [(0,)]
    # The faults really happened: about one send in ten, of each kind.
    assert sum(emulator.injected.values()) >= 100
    assert min(emulator.injected[code] for code in (429, 500, 0)) >= 20


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
    assert peek.integrity_ok(bot.database)
    assert bot.query("SELECT COUNT(*) FROM tickets") == [(5,)]
    stored = bot.query("SELECT COUNT(*) FROM ticket_messages WHERE text LIKE '% message %'")
    assert stored == [(len(sent),)]
    assert bot.query("SELECT COUNT(*) FROM inbox WHERE status = 'pending'") == [(0,)]
