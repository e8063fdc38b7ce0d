"""Webhook mode over real HTTP: Telegram's POSTs (from the emulator) carry the secret, an
update is stored before the 200, SIGTERM drains, and the ops endpoints answer."""

from __future__ import annotations

import asyncio
import socket

import aiohttp
import pytest

from bot.plumbing.ops_server import SECRET_HEADER

SECRET = "s3cret-Token_1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
async def webhook_bot(start_bot):
    port = free_port()

    async def start(**env: str):
        bot = await start_bot(
            WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram/hook",
            WEBHOOK_SECRET=SECRET,
            WEBHOOK_LISTEN="127.0.0.1",
            WEBHOOK_PORT=str(port),
            **env,
        )
        bot.base = f"http://127.0.0.1:{port}"
        return bot

    return start


async def _get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as answer:
        return answer.status, await answer.text()


async def _post(url: str, body: object, headers: dict[str, str]) -> int:
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, json=body, headers=headers) as answer,
    ):
        return answer.status


async def test_updates_arrive_by_webhook_and_the_user_is_answered(webhook_bot, emulator, make_user):
    bot = await webhook_bot()
    assert emulator.webhook_url.endswith("/telegram/hook")
    user = make_user("Ann", "en")
    user.send("/start")
    greeting = await user.reply()
    assert greeting.text.startswith("Hi ")
    assert emulator.calls["getUpdates"] == 0
    assert emulator.webhook_answers[200] >= 1
    status, text = await _get(f"{bot.base}/readyz")
    assert (status, text) == (200, "ready\n")
    assert await _get(f"{bot.base}/healthz") == (200, "ok\n")
    # The answer can arrive before the update's bookkeeping ends: read until it is counted.
    handled = 'tpwallet_updates_handled_total{kind="message"} 1.0'
    for _ in range(50):
        status, metrics = await _get(f"{bot.base}/metrics")
        if handled in metrics:
            break
        await asyncio.sleep(0.1)
    assert status == 200
    assert handled in metrics
    assert 'tpwallet_bot_api_requests_total{method="sendMessage",result="ok"}' in metrics
    assert "tpwallet_outbox_pending 0.0" in metrics


async def test_a_post_without_the_secret_is_refused_and_never_handled(webhook_bot, emulator):
    bot = await webhook_bot()
    update = {
        "update_id": 999_001,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": 4242, "type": "private", "first_name": "Eve"},
            "from": {"id": 4242, "is_bot": False, "first_name": "Eve"},
            "text": "/start",
        },
    }
    hook = f"{bot.base}/telegram/hook"
    assert await _post(hook, update, {}) == 403
    assert await _post(hook, update, {SECRET_HEADER: "guess"}) == 403
    assert await _post(hook, "not an update", {SECRET_HEADER: SECRET}) == 400
    assert bot.query("SELECT COUNT(*) FROM inbox WHERE update_id = 999001") == [(0,)]
    assert "refused a request without the right secret token" in bot.log()
    assert SECRET not in bot.log()


async def test_an_acknowledged_update_survives_a_kill(webhook_bot, emulator, make_user):
    bot = await webhook_bot()
    user = make_user("Bo", "en")
    emulator.pause_sends()  # the bot takes the update but cannot answer yet
    user.send("/start")
    await emulator.wait_until(lambda: emulator.webhook_answers[200] >= 1, timeout=10)
    assert bot.query("SELECT status FROM inbox") == [("pending",)]
    await bot.kill()
    emulator.resume_sends()
    await bot.start()
    assert (await user.reply()).text.startswith("Hi ")
    await asyncio.sleep(0.5)
    assert len(emulator.sent_to(user.id)) == 1  # handled once, after the restart


async def test_sigterm_drains_in_flight_updates_and_refuses_new_ones(
    webhook_bot, emulator, make_user
):
    bot = await webhook_bot()
    first, second = make_user("Cy", "en"), make_user("Di", "en")
    emulator.pause_sends()
    first.send("/start")
    await emulator.wait_until(lambda: emulator.webhook_answers[200] >= 1, timeout=10)
    bot.process.terminate()  # SIGTERM while /start is being answered
    await emulator.wait_until(lambda: "draining" in bot.log(), timeout=10)
    assert (await _get(f"{bot.base}/readyz"))[0] == 503
    second.send("/start")  # Telegram keeps retrying it while the bot drains
    await emulator.wait_until(lambda: emulator.webhook_answers[503] >= 1, timeout=10)
    emulator.resume_sends()
    assert (await first.reply()).text.startswith("Hi ")  # the one in flight is finished
    assert await asyncio.wait_for(bot.process.wait(), 20) == 0
    assert second.id not in {u for (u,) in bot.query("SELECT id FROM users")}
    await bot.start()  # the next start takes what was refused
    assert (await second.reply()).text.startswith("Hi ")


async def test_polling_mode_serves_the_ops_endpoints_on_ops_port(start_bot, make_user):
    port = free_port()
    await start_bot(OPS_PORT=str(port), LOG_FORMAT="json")
    user = make_user("Ed", "en")
    user.send("/start")
    await user.reply()
    base = f"http://127.0.0.1:{port}"
    assert await _get(f"{base}/readyz") == (200, "ready\n")
    status, metrics = await _get(f"{base}/metrics")
    assert status == 200 and "tpwallet_update_seconds_bucket" in metrics
