"""Several instances of the bot on one database, polling mode: exactly one polls Telegram and
runs the workers and timed jobs (the holder of the "poller" lease); the others wait on
standby and take over within seconds when its lease lapses (a kill), or at once when it hands
the lease back (a clean stop). A restarted instance with the same INSTANCE_ID resumes its own
lease without waiting. An instance that fails to renew stops polling rather than risk two."""

from __future__ import annotations

import asyncio
import logging

from bot.db.leases import LeaseRepository

log = logging.getLogger(__name__)

POLLER = "poller"
STANDBY_CHECK_SECONDS = 1.0


class Leadership:
    def __init__(
        self, leases: LeaseRepository, instance: str, seconds: float, *, role: str = POLLER
    ) -> None:
        self._leases = leases
        self.instance = instance
        self.seconds = seconds
        self.role = role

    @property
    def renew_every(self) -> float:
        return self.seconds / 3

    async def wait_for_turn(self) -> None:
        """Return once this instance holds the role's lease."""
        told = False
        while not await self._leases.try_hold(self.role, self.instance, seconds=self.seconds):
            if not told:
                holder = await self._leases.holder(self.role)
                log.info(
                    "standby: %s is the %s; taking over when its lease lapses", holder, self.role
                )
                told = True
            await asyncio.sleep(STANDBY_CHECK_SECONDS)
        log.info("instance %s holds the %s lease", self.instance, self.role)

    async def keep(self) -> bool:
        held = await self._leases.try_hold(self.role, self.instance, seconds=self.seconds)
        if not held:
            log.error("instance %s lost the %s lease", self.instance, self.role)
        return held

    async def hand_back(self) -> None:
        await self._leases.release(self.role, self.instance)
