"""PTB's JobQueue with one change: a job that starts late still runs.

APScheduler drops a job whose run time passed more than a second ago ("missed"). A reminder
re-armed at startup while the model is still loading, or any job behind a busy event loop,
would silently vanish; a promise to a user must be kept late rather than never."""

from __future__ import annotations

from typing import Any

from telegram.ext import JobQueue


class DurableJobQueue(JobQueue[Any]):
    @property
    def scheduler_configuration(self) -> dict[str, Any]:
        configuration = super().scheduler_configuration
        # Late runs of a repeating job collapse into one instead of a burst.
        configuration["job_defaults"] = {"misfire_grace_time": None, "coalesce": True}
        return configuration
