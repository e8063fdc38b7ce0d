"""A job whose time passed while the event loop was busy still runs (APScheduler drops it)."""

from __future__ import annotations

import asyncio

from telegram.ext import ApplicationBuilder, CallbackContext

from bot.plumbing.job_queue import DurableJobQueue


async def test_a_job_that_starts_late_still_runs() -> None:
    application = ApplicationBuilder().token("1:x").job_queue(DurableJobQueue()).build()
    ran = asyncio.Event()

    async def remind(_: CallbackContext) -> None:  # type: ignore[type-arg]
        ran.set()

    assert application.job_queue is not None
    application.job_queue.run_once(remind, 0.05)
    # Armed before the scheduler runs, as at startup; the model loads meanwhile.
    await asyncio.sleep(1.5)  # now well past APScheduler's 1 s grace
    await application.job_queue.start()
    try:
        await asyncio.wait_for(ran.wait(), 5)
    finally:
        await application.job_queue.stop()
