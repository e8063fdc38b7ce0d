"""Three replicas in webhook mode on one PostgreSQL database, the emulator posting to each in
turn: every chat is handled by one replica at a time, in order; the others forward to it."""

from __future__ import annotations

import asyncio

import pytest

from bot.sandbox.people import TgUser
from tests.e2e.conftest import ENGINE
from tests.e2e.harness import button_labels

pytestmark = pytest.mark.skipif(
    ENGINE == "postgres", reason="runs once, on its own cluster, in the main pass"
)


async def test_three_replicas_answer_every_user_once_and_in_order(
    replicas, emulator, make_user, forum, make_agent
):
    # Order and ownership are what is tested here, not the group's 20 a minute.
    replicas.env.update(
        PRIVATE_CHAT_INTERVAL_SECONDS="0", GROUP_MAX_MESSAGES="1000", GROUP_WINDOW_SECONDS="1"
    )
    bots = await replicas.start(3)
    agent = make_agent("Lin")
    users = [make_user(f"R{n}", "en") for n in range(12)]

    async def talk(user, n: int) -> list[str]:
        user.send("/agent")
        await user.reply(timeout=30)
        for step in range(4):
            user.send(f"user {n} step {step}")
            await asyncio.sleep(0.05)
        return [e.text for e in emulator.events_for(user.id)]

    await asyncio.gather(*(talk(user, n) for n, user in enumerate(users)))
    await emulator.wait_until(
        lambda: (
            replicas.query("SELECT COUNT(*) FROM ticket_messages WHERE text LIKE 'user % step %'")
            == [(48,)]
        ),
        timeout=60,
    )
    # In order per chat, whichever replica took each update.
    for n in range(12):
        rows = replicas.query(
            "SELECT text FROM ticket_messages WHERE text LIKE ? ORDER BY id", f"user {n} step %"
        )
        assert [r[0] for r in rows] == [f"user {n} step {s}" for s in range(4)]
    assert replicas.query("SELECT COUNT(*) FROM tickets") == [(12,)]
    # Every replica took updates, and the chats were shared out between them.
    owners = replicas.query("SELECT instance_id, COUNT(*) FROM chat_owners GROUP BY instance_id")
    assert len(owners) >= 2, owners
    assert all("Traceback" not in b.log() for b in bots)
    await emulator.wait_until(
        lambda: sum("step 3" in e.text for e in emulator.events_for(agent.group_id)) >= 12,
        timeout=60,
    )


async def test_a_replica_killed_mid_flow_leaves_the_chat_to_another_at_the_same_step(
    replicas, emulator, make_user
):
    replicas.env.update(LEADER_LEASE_SECONDS="3", PRIVATE_CHAT_INTERVAL_SECONDS="0")
    first, second = await replicas.start(2)
    user = make_user("Kim", "en")
    emulator.webhook_targets = [first.env["REPLICA_ADDRESS"]]
    user.send("/login")
    user.press(await user.reply(), "locked")
    assert "email" in (await user.reply()).text.lower()
    # The next step is written, then the replica dies before its question goes out.
    emulator.pause_sends()
    user.send("kim@mail.com")
    await emulator.wait_until(lambda: emulator.held > 0, timeout=10)
    await first.kill()
    emulator.resume_sends()
    emulator.webhook_targets = [second.env["REPLICA_ADDRESS"]]
    # The other replica takes the chat over, sees the update applied, and asks its question
    # again: the user is not left waiting for one that never came.
    asked = await user.reply(timeout=30)
    assert "Today" in " ".join(button_labels(asked)), asked.text
    await emulator.wait_until(
        lambda: replicas.query("SELECT COUNT(*) FROM inbox WHERE status = 'pending'") == [(0,)],
        timeout=10,
    )
    user.press(asked, "Today")
    assert "iPhone" in " ".join(button_labels(await user.reply(timeout=30)))


async def test_a_replica_killed_before_a_flow_s_closing_words_leaves_them_to_the_next_owner(
    replicas, emulator, make_user
):
    replicas.env.update(
        LEADER_LEASE_SECONDS="3", PRIVATE_CHAT_INTERVAL_SECONDS="0", ADMIN_IDS="556002"
    )
    first, second = await replicas.start(2)
    emulator.webhook_targets = [first.env["REPLICA_ADDRESS"]]
    reader = make_user("Ann", "en")
    reader.send("/start")
    await reader.reply(timeout=30)
    admin = TgUser.create(emulator, 556_002, "Boss", "en")
    admin.send("/broadcast")
    assert "New announcement" in (await admin.reply(timeout=30)).text
    admin.send("Maintenance tonight at 23:00")
    admin.press(await admin.reply(timeout=30), "Everyone")
    confirm = await emulator.wait_for_event(
        lambda e: e.chat_id == admin.id and "Send now" in " ".join(button_labels(e)),
        after=admin.cursor,
        timeout=30,
    )
    admin.cursor = confirm.seq
    # The flow's end is written (the announcement launched), then the replica dies before the
    # words that say so go out.
    emulator.pause_sends()
    admin.press(confirm, "Send now")
    await emulator.wait_until(lambda: emulator.held > 0, timeout=10)
    await first.kill()
    emulator.resume_sends()
    emulator.webhook_targets = [second.env["REPLICA_ADDRESS"]]
    said = await emulator.wait_for_event(
        lambda e: e.chat_id == admin.id and "is on its way" in e.text,
        after=admin.cursor,
        timeout=30,
    )
    assert "Announcement #1" in said.text
    assert replicas.query("SELECT COUNT(*) FROM broadcasts") == [(1,)]


async def test_updates_queued_behind_a_stuck_send_are_handled_by_the_next_owner(
    replicas, emulator, make_user
):
    replicas.env.update(LEADER_LEASE_SECONDS="3", PRIVATE_CHAT_INTERVAL_SECONDS="0")
    first, second = await replicas.start(2)
    user = make_user("Lee", "en")
    emulator.webhook_targets = [first.env["REPLICA_ADDRESS"]]
    user.send("/complaint")
    categories = await user.reply()
    emulator.hold_chat(user.id)  # the answer to the next tap hangs; what follows queues
    user.press(categories, "Fees")
    await emulator.wait_until(lambda: emulator.held > 0, timeout=10)
    user.send("I was charged twice for one transfer")
    await emulator.wait_until(
        lambda: replicas.query("SELECT COUNT(*) FROM inbox WHERE status = 'pending'") == [(2,)],
        timeout=10,
    )
    await first.kill()
    emulator.release_chat(user.id)
    emulator.webhook_targets = [second.env["REPLICA_ADDRESS"]]
    done = await emulator.wait_for_event(
        lambda e: e.chat_id == user.id and "Done" in " ".join(button_labels(e)),
        after=user.cursor,
        timeout=30,
    )
    assert done is not None
    assert replicas.query("SELECT COUNT(*) FROM inbox WHERE status = 'pending'") == [(0,)]
