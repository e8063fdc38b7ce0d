"""Two instances on one database, polling mode: one polls, the other stands by; killing the
polling one, the standby polls within seconds and handles what the dead one had taken in;
a clean stop hands the role over at once."""

from __future__ import annotations

import time

from tests.e2e.harness import BotProcess

LEASE = "3"


async def _standby(emulator, tmp_path, first: BotProcess, name: str) -> BotProcess:
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    shared = {"DATABASE_PATH": str(first.db_path)}
    if "DATABASE_URL" in first.env:
        shared["DATABASE_URL"] = first.env["DATABASE_URL"]
    standby = BotProcess(emulator, folder, INSTANCE_ID=name, LEADER_LEASE_SECONDS=LEASE, **shared)
    await standby.start(ready=lambda: "standby: a is the poller" in standby.log())
    return standby


async def test_a_standby_takes_over_within_seconds_of_a_kill_and_loses_nothing(
    start_bot, emulator, make_user, tmp_path
):
    first = await start_bot(INSTANCE_ID="a", LEADER_LEASE_SECONDS=LEASE)
    second = await _standby(emulator, tmp_path, first, "b")
    try:
        user = make_user("Ann", "en")
        user.send("/start")
        assert (await user.reply()).text.startswith("Hi Ann")
        assert "holds the poller lease" not in second.log()

        emulator.pause_sends()  # the polling instance takes the next update in, then dies
        polls = emulator.calls["getUpdates"]
        user.send("/help")
        await emulator.wait_until(lambda: emulator.calls["getUpdates"] > polls, timeout=10)
        await emulator.wait_until(
            lambda: first.query("SELECT COUNT(*) FROM inbox WHERE status = 'pending'") == [(1,)],
            timeout=10,
        )
        killed = time.monotonic()
        await first.kill()
        emulator.resume_sends()
        await emulator.wait_until(lambda: "holds the poller lease" in second.log(), timeout=10)
        took = time.monotonic() - killed
        print(f"standby polling {took:.1f} s after the kill")  # quoted in the README
        assert took < 10
        help_text = await user.reply(timeout=10)
        assert "/start" in help_text.text or "/menu" in help_text.text
        assert len(emulator.sent_to(user.id)) == 2  # each update answered once

        # The first instance comes back as the standby; a clean stop hands over at once.
        first.env["INSTANCE_ID"] = "a"
        await first.start(ready=lambda: "standby: b is the poller" in first.log())
        await second.stop()  # hands the lease back before the process ends
        stopped = time.monotonic()
        await emulator.wait_until(
            lambda: first.log().count("holds the poller lease") >= 2, timeout=10
        )
        assert time.monotonic() - stopped < 2.5  # well inside the 3 s lease: no waiting it out
        user.send("/start")
        assert (await user.reply()).text.startswith("Hi Ann")
    finally:
        await second.stop()
