"""Admin broadcasts end to end: compose, audience, preview, confirm; delivery exactly once at
a steady rate; blocked users marked inactive; opt-out; resume after a kill; refusals."""

from __future__ import annotations

import asyncio

import aiohttp

from bot.sandbox.emulator import Fault
from bot.sandbox.process import TOKEN
from tests.e2e.harness import BotProcess, TgUser, button_labels

ADMIN_ID = 555_001
NOTICE = "Scheduled maintenance tonight, 23:00–23:30 UTC. Transfers may be delayed."
RECIPIENTS = 500


def _seed(bot: BotProcess, emulator, count: int, *, first_id: int = 200_000, opted_out=()):
    users = [(first_id + n, "zh" if n % 2 else "en") for n in range(count)]
    for user_id, locale in users:
        emulator.add_user(user_id, f"u{user_id}", language_code=locale)
    bot.seed_users(users, opted_out=frozenset(opted_out))
    return [user_id for user_id, _ in users]


async def _admin(emulator) -> TgUser:
    admin = TgUser.create(emulator, ADMIN_ID, "Boss", "en")
    admin.send("/start")
    await admin.reply()
    return admin


async def _compose(admin: TgUser, text: str = NOTICE, audience: str = "Everyone"):
    """Run /broadcast up to the confirmation; returns (preview, confirmation)."""
    admin.send("/broadcast")
    assert "New announcement" in (await admin.reply()).text
    admin.send(text)
    audiences = await admin.reply()
    assert audiences.text == "Who should receive it?"
    admin.press(audiences, audience)
    preview = await admin.reply()
    confirmation = await admin.reply()
    return preview, confirmation


async def _until_delivered(bot: BotProcess, emulator, *, timeout: float = 60.0) -> None:
    def done() -> bool:
        return bot.query("SELECT COUNT(*) FROM broadcast_deliveries WHERE status='pending'") == [
            (0,)
        ] and bot.query("SELECT COUNT(*) FROM broadcasts WHERE status='running'") == [(0,)]

    await emulator.wait_until(done, timeout=timeout)


async def test_broadcast_to_500_users_exactly_once(start_bot, emulator):
    bot = await start_bot(ADMIN_IDS=str(ADMIN_ID), BROADCAST_RATE="30")
    admin = await _admin(emulator)
    opted_out = {200_010, 200_011, 200_012}
    users = _seed(bot, emulator, RECIPIENTS, opted_out=opted_out)
    blocked = {200_020, 200_021}
    for user_id in blocked:
        emulator.block_bot(user_id)

    admin.send("/broadcast")
    await admin.reply()
    admin.send(NOTICE)
    audiences = await admin.reply()
    # 500 seeded + the admin, minus the three who turned announcements off.
    assert "👥 Everyone (498)" in button_labels(audiences)
    admin.press(audiences, "Everyone")
    preview = await admin.reply()
    confirmation = await admin.reply()
    assert preview.text == NOTICE
    assert button_labels(preview) == ["🔕 Stop announcements"]
    assert "Recipients: 498" in confirmation.text
    assert "Security-critical: no" in confirmation.text

    # Telegram pushes back twice mid-way: the rate limiter waits as told, nobody is skipped.
    emulator.faults.append(Fault(429, "sendMessage", count=2, retry_after=1))
    admin.press(confirmation, "Send now")
    started = await admin.reply()
    assert "is on its way to 498 recipients" in started.text
    await _until_delivered(bot, emulator)

    expected = [u for u in users if u not in opted_out and u not in blocked]
    for user_id in expected:
        received = emulator.sent_to(user_id, NOTICE)
        assert len(received) == 1, (user_id, len(received))
        # What a recipient sees is what the admin previewed (the button in their language).
        label = "🔕 Stop announcements" if user_id % 2 == 0 else "🔕 不再接收公告"
        assert received[0].text == preview.text and button_labels(received[0]) == [label]
    for user_id in opted_out | blocked:
        assert emulator.sent_to(user_id, NOTICE) == []
    assert bot.query(
        "SELECT user_id, status FROM broadcast_deliveries WHERE status != 'sent' ORDER BY user_id"
    ) == [(200_020, "failed"), (200_021, "failed")]
    assert bot.query("SELECT id FROM users WHERE blocked_bot = 1 ORDER BY id") == [
        (200_020,),
        (200_021,),
    ]
    finished = await admin.emulator.wait_for_event(
        lambda e: e.chat_id == ADMIN_ID and "finished" in e.text, timeout=10
    )
    assert "496 delivered, 2 could not be delivered" in finished.text  # 495 users + the admin
    assert len(emulator.sent_to(ADMIN_ID, NOTICE)) == 2  # the preview and the notice


async def test_opt_out_is_respected_except_for_security_critical(start_bot, emulator, make_user):
    bot = await start_bot(ADMIN_IDS=str(ADMIN_ID), BROADCAST_RATE="30")
    admin = await _admin(emulator)
    ann, bob, cai = make_user("Ann"), make_user("Bob"), make_user("Cai", "zh-hans")
    for user in (ann, bob, cai):
        user.send("/start")
        await user.reply()
    ann.send("/notices off")
    assert "no longer receive announcements" in (await ann.reply()).text

    _, confirmation = await _compose(admin, "New feature: address book.")
    admin.press(confirmation, "Send now")
    await admin.reply()
    await _until_delivered(bot, emulator)
    assert emulator.sent_to(ann.id, "New feature: address book.") == []
    notice = emulator.sent_to(bob.id, "New feature: address book.")[0]
    assert len(emulator.sent_to(cai.id, "New feature: address book.")) == 1
    assert button_labels(emulator.sent_to(cai.id, "New feature: address book.")[0]) == [
        "🔕 不再接收公告"
    ]

    # Bob opts out with the button under the announcement; it flips to "Resume".
    bob.cursor = emulator.last_seq
    bob.press(notice, "Stop announcements")
    flipped = await bob.reply()
    assert button_labels(flipped) == ["🔔 Resume announcements"]
    assert "no longer receive announcements" in (await bob.reply()).text

    # A security-critical notice reaches everyone, without an opt-out button.
    alert = "Phishing alert: we never ask for your recovery phrase."
    admin.send("/broadcast")
    await admin.reply()
    admin.send(alert)
    admin.press(await admin.reply(), "Everyone")
    await admin.reply()
    first_confirmation = await admin.reply()
    assert "Recipients: 2" in first_confirmation.text  # the admin and Cai
    admin.press(first_confirmation, "Mark security-critical")
    preview = await admin.reply()
    confirmation = await admin.reply()
    assert button_labels(preview) == []
    assert "Recipients: 4" in confirmation.text
    assert "Security-critical: yes" in confirmation.text
    admin.press(confirmation, "Send now")
    await admin.reply()
    await _until_delivered(bot, emulator)
    for user in (ann, bob, cai):
        received = emulator.sent_to(user.id, alert)
        assert len(received) == 1 and button_labels(received[0]) == []
    assert bot.query("SELECT security_critical, total FROM broadcasts ORDER BY id") == [
        (0, 3),
        (1, 4),
    ]


async def test_photo_broadcast_and_test_send_to_self(start_bot, emulator, make_user):
    bot = await start_bot(ADMIN_IDS=str(ADMIN_ID))
    admin = await _admin(emulator)
    user = make_user("Dee")
    user.send("/start")
    await user.reply()
    admin.send("/broadcast")
    await admin.reply()
    admin.send("a sticker")  # text is fine too; a sticker is not
    audiences = await admin.reply()
    admin.press(audiences, "Back")
    await admin.reply()
    admin.send_media("sticker")
    hint = await admin.reply()
    assert "photo" in hint.text.lower() or "text" in hint.text.lower()
    admin.send_media("photo", caption="Our new app icon")
    admin.press(await admin.reply(), "Test: only me")
    preview = await admin.reply()
    confirmation = await admin.reply()
    assert preview.method == "sendPhoto" and preview.text == "Our new app icon"
    assert "only you (test)" in confirmation.text and "Recipients: 1" in confirmation.text
    admin.press(confirmation, "Send now")
    await admin.reply()
    await _until_delivered(bot, emulator)
    received = [e for e in emulator.sent_to(ADMIN_ID, "Our new app icon")]
    assert [e.method for e in received] == ["sendPhoto", "sendPhoto"]  # preview + the test send
    assert emulator.sent_to(user.id, "Our new app icon") == []


async def test_kill_mid_broadcast_resumes_with_the_rest_exactly_once(start_bot, emulator):
    bot = await start_bot(ADMIN_IDS=str(ADMIN_ID), BROADCAST_RATE="30")
    admin = await _admin(emulator)
    users = _seed(bot, emulator, RECIPIENTS)
    _, confirmation = await _compose(admin)
    admin.press(confirmation, "Send now")
    await admin.reply()

    def delivered() -> int:
        return sum(1 for e in emulator.events if e.text == NOTICE and e.chat_id != ADMIN_ID)

    await emulator.wait_until(lambda: delivered() >= RECIPIENTS * 0.4, timeout=60)
    # Hold the next send unanswered, then kill: it is in flight, and Telegram never did it.
    emulator.pause_sends()
    await emulator.wait_until(lambda: emulator.held > 0, timeout=5)
    await asyncio.sleep(0.3)
    assert await bot.kill() == -9
    emulator.resume_sends()
    before_restart = delivered()
    assert RECIPIENTS * 0.35 < before_restart < RECIPIENTS * 0.6

    await bot.start()
    await _until_delivered(bot, emulator)
    for user_id in users:
        assert len(emulator.sent_to(user_id, NOTICE)) == 1, user_id
    assert bot.query("SELECT status, COUNT(*) FROM broadcast_deliveries GROUP BY status") == [
        ("sent", RECIPIENTS + 1)
    ]


async def test_kill_at_any_moment_skips_nobody(start_bot, emulator):
    """A kill that lands while Telegram is carrying out a send cannot know it happened: that
    one recipient may get it twice (the Bot API has no idempotency key). Nobody is skipped."""
    bot = await start_bot(ADMIN_IDS=str(ADMIN_ID), BROADCAST_RATE="30")
    admin = await _admin(emulator)
    users = _seed(bot, emulator, 200)
    _, confirmation = await _compose(admin)
    admin.press(confirmation, "Send now")
    await admin.reply()
    await emulator.wait_until(lambda: len(emulator.sent_to(users[80], NOTICE)) == 1, timeout=30)
    assert await bot.kill() == -9
    await bot.start()
    await _until_delivered(bot, emulator)
    counts = [len(emulator.sent_to(user_id, NOTICE)) for user_id in users]
    assert min(counts) == 1
    assert sum(counts) - len(users) <= 8  # at most the sends in flight at the kill


async def test_status_refresh_and_cancel(start_bot, emulator):
    bot = await start_bot(ADMIN_IDS=str(ADMIN_ID), BROADCAST_RATE="2")
    admin = await _admin(emulator)
    users = _seed(bot, emulator, 40)
    _, confirmation = await _compose(admin)
    admin.press(confirmation, "Send now")
    await admin.reply()
    await emulator.wait_until(lambda: len(emulator.sent_to(users[3], NOTICE)) == 1, timeout=10)

    admin.send("/broadcast_status")
    status = await admin.reply()
    assert "Announcement #1</b> — sending" in status.message["text"] or "sending" in status.text
    assert "(limit 2/s)" in status.text and "of 41" in status.text
    assert button_labels(status) == ["🔄 Refresh"]
    await asyncio.sleep(1.5)
    admin.press(status, "Refresh")
    refreshed = await admin.reply()
    assert refreshed.method == "editMessageText" and refreshed.text != status.text

    admin.send("/broadcast_cancel")
    stopped = await admin.reply()
    assert stopped.text.startswith("⏹ Announcement #1 stopped:")
    sent_at_cancel = sum(len(emulator.sent_to(u, NOTICE)) for u in users)
    await asyncio.sleep(1.5)
    assert sum(len(emulator.sent_to(u, NOTICE)) for u in users) <= sent_at_cancel + 1
    admin.send("/broadcast_status")
    ended = (await admin.reply()).text
    # An ended announcement shows its average rate, not the idle worker's 0.
    assert "cancelled" in ended and "Rate: 0.0/s" not in ended
    admin.send("/broadcast_cancel")
    assert (await admin.reply()).text == "No announcement is being sent right now."


async def test_non_admins_are_refused(start_bot, emulator, make_user):
    bot = await start_bot(ADMIN_IDS=str(ADMIN_ID))
    user = make_user("Eve")
    for command in ("/broadcast", "/broadcast_status", "/broadcast_cancel"):
        user.send(command)
        assert (await user.reply()).text == "Sorry, only administrators can do that."
    user.send("/stats")
    assert (await user.reply()).text == (
        "Sorry, only support agents and administrators can see statistics."
    )
    user.send("/export tickets")
    assert "only support agents" in (await user.reply()).text
    assert bot.query("SELECT COUNT(*) FROM broadcasts") == [(0,)]


async def test_free_broadcast_offers_no_paid_option_and_says_how_long(start_bot, emulator):
    await start_bot(ADMIN_IDS=str(ADMIN_ID), BROADCAST_RATE="25")
    admin = await _admin(emulator)
    _, confirmation = await _compose(admin, audience="Test: only me")
    assert "Delivery: free, 25 messages a second, about 1 second" in confirmation.text
    assert "Stars" not in confirmation.text
    assert not any("paid" in label for label in button_labels(confirmation))


async def test_paid_broadcast_shows_its_cost_and_goes_faster_than_30_a_second(start_bot, emulator):
    """With BROADCAST_PAID the admin may choose a paid broadcast: the preview states the cost
    in Stars against the bot's balance, and every notice carries allow_paid_broadcast, so the
    emulator (30 a second without it) lets it through at up to 1,000 a second."""
    emulator.limit_overall(30, paid_per_second=1000)
    emulator.star_balance_tenths = 1234  # 123.4 Stars
    bot = await start_bot(ADMIN_IDS=str(ADMIN_ID), BROADCAST_PAID="1", BROADCAST_PAID_RATE="400")
    admin = await _admin(emulator)
    users = _seed(bot, emulator, 1500)
    _, confirmation = await _compose(admin)
    assert "Delivery: free, 25 messages a second, about 1 minute" in confirmation.text
    admin.press(confirmation, "⚡ Send faster (paid in Stars)")
    await admin.reply()  # the preview again
    paid = await admin.reply()
    assert "Delivery: ⭐ paid, up to 400 messages a second, about 4 seconds" in paid.text
    assert (
        "Estimated cost: 150.1 Stars (0.1 Star a message), from the bot's balance of 123.4 Stars."
        in paid.text
    )
    assert "⚠️ The balance does not cover every recipient" in paid.text
    assert "🐢 Send at the free rate" in button_labels(paid)

    emulator.star_balance_tenths = 1_000_000
    admin.press(paid, "Send now")
    assert "is on its way to 1501 recipients" in (await admin.reply()).text
    started = asyncio.get_running_loop().time()
    await _until_delivered(bot, emulator)
    seconds = asyncio.get_running_loop().time() - started
    assert seconds < 30  # 1,501 at the free 25 a second would take a minute
    for user_id in users:
        received = emulator.sent_to(user_id, NOTICE)
        assert len(received) == 1
        assert received[0].params.get("allow_paid_broadcast") in (True, "true")  # form-encoded
    assert emulator.overall_rate_limited == 0
    assert emulator.paid_sent == 1501
    assert emulator.star_balance_tenths == 1_000_000 - 1501
    assert bot.query("SELECT paid, status FROM broadcasts") == [(1, "done")]
    await emulator.wait_for_event(
        lambda e: e.chat_id == ADMIN_ID and "finished" in e.text, timeout=10
    )
    admin.send("/broadcast_status")
    assert "(limit 400/s)" in (await admin.reply()).text


async def test_the_emulator_allows_30_a_second_free_and_1000_paid(emulator):
    """Telegram's two bot-wide budgets as the emulator enforces them, over HTTP."""
    emulator.limit_overall(30, paid_per_second=1000)
    emulator.add_user(777, "someone", language_code="en")
    url = f"{emulator.url}/bot{TOKEN}/sendMessage"

    async def burst(session: aiohttp.ClientSession, count: int, **extra: object) -> list[int]:
        async def one(n: int) -> int:
            body = {"chat_id": 777, "text": f"n{n}", **extra}
            async with session.post(url, json=body) as answer:
                return answer.status

        return list(await asyncio.gather(*(one(n) for n in range(count))))

    async with aiohttp.ClientSession() as session:
        free = await burst(session, 40)
        paid = await burst(session, 300, allow_paid_broadcast=True)
    assert free.count(200) == 30 and free.count(429) == 10
    assert paid.count(200) == 300
    assert emulator.paid_sent == 300
