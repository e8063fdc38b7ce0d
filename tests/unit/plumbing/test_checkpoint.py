"""Checkpoints: one flush serves many handled updates, and nobody returns before theirs."""

from __future__ import annotations

import asyncio

from bot.plumbing.checkpoint import Checkpoints


async def test_concurrent_updates_share_checkpoints_and_each_waits_for_its_own():
    log: list[tuple[str, object]] = []
    flushed: list[int] = []

    async def mark_done(ids: list[int]) -> None:
        log.append(("done", sorted(ids)))
        await asyncio.sleep(0.01)

    async def flush() -> None:
        await asyncio.sleep(0.01)
        flushed.append(len(log))

    checkpoints = Checkpoints(mark_done, flush)

    async def handled(update_id: int) -> int:
        await checkpoints.commit(update_id)
        return len(flushed)  # flushes finished when this update's task could end

    results = await asyncio.gather(*(handled(n) for n in range(1, 51)))
    done = [i for kind, ids in log if kind == "done" for i in ids]  # type: ignore[union-attr]
    assert sorted(done) == list(range(1, 51))  # every update marked done exactly once
    assert len(log) <= 3  # fifty updates, a handful of checkpoints
    assert all(r >= 1 for r in results)


async def test_a_failed_checkpoint_does_not_leave_anyone_waiting():
    calls = 0

    async def mark_done(ids: list[int]) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("database is locked")

    async def flush() -> None:
        pass

    checkpoints = Checkpoints(mark_done, flush)
    await asyncio.wait_for(checkpoints.commit(1), 1)
    await asyncio.wait_for(checkpoints.commit(2), 1)
    assert calls == 2
