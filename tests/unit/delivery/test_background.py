"""The background loop keeps going after a failing round, wakes early, and stops cleanly."""

from __future__ import annotations

import asyncio

from bot.delivery.background import BackgroundLoop


async def test_a_failing_round_does_not_end_the_loop():
    rounds: list[int] = []
    done = asyncio.Event()

    async def run_round() -> float:
        rounds.append(len(rounds))
        if len(rounds) == 1:
            raise RuntimeError("database locked")
        done.set()
        return 10.0

    loop = BackgroundLoop("test", run_round, idle_seconds=10.0)
    loop.start()
    await asyncio.wait_for(done.wait(), timeout=3.0)  # the retry comes after ERROR_WAIT_SECONDS
    await loop.stop(timeout=1.0)
    assert len(rounds) == 2


async def test_wake_runs_a_round_before_the_idle_wait_ends():
    calls = 0
    second = asyncio.Event()

    async def run_round() -> float:
        nonlocal calls
        calls += 1
        if calls == 2:
            second.set()
        return 60.0

    loop = BackgroundLoop("test", run_round, idle_seconds=60.0)
    loop.start()
    await asyncio.sleep(0.05)
    loop.wake()
    await asyncio.wait_for(second.wait(), timeout=1.0)
    await loop.stop(timeout=1.0)


async def test_stop_lets_the_current_round_finish():
    finished = []

    async def run_round() -> float:
        await asyncio.sleep(0.1)
        finished.append(True)
        return 60.0

    loop = BackgroundLoop("test", run_round, idle_seconds=60.0)
    loop.start()
    await asyncio.sleep(0.02)
    await loop.stop(timeout=1.0)
    assert finished == [True]
