"""Several replicas taking webhook updates (PostgreSQL): each chat is handled by one of them,
its owner, so that the chat's updates are screened for secrets (a phrase split over several
messages included) and handled in one place, in order. A replica that receives an update for
a chat another live replica owns forwards the request to it; a chat with no live owner is
taken by whoever meets it first, which reads the chat's state back from the database and
handles what the previous owner left pending before anything new.

Liveness is a heartbeat in the database, renewed every third of LEADER_LEASE_SECONDS; a
killed replica's chats move once it lapses. A restarted replica gives up its old chats and
takes them back like any other."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import Enum

import aiohttp

from bot.db.replicas import ReplicaRepository
from bot.delivery.background import BackgroundLoop

log = logging.getLogger(__name__)

SWEEP_SECONDS = 1.0
FORWARD_TIMEOUT_SECONDS = 10.0
FORWARDED_HEADER = "X-Support-Bot-Forwarded"

Adopt = Callable[[int], Awaitable[None]]


class Route(Enum):
    HERE = "here"  # this replica owns the chat: screen, store, handle
    THERE = "there"  # another live replica does: forward the request to it
    NOWHERE = "nowhere"  # its owner is gone but not yet lapsed: Telegram should retry


@dataclass(frozen=True, slots=True)
class Routing:
    route: Route
    address: str = ""


class ReplicaSet:
    def __init__(
        self,
        replicas: ReplicaRepository,
        *,
        instance: str,
        address: str,
        lease_seconds: float,
        adopt: Adopt,
    ) -> None:
        self._replicas = replicas
        self.instance = instance
        self.address = address
        self._lease = lease_seconds
        self._adopt = adopt
        self._owned: set[int] = set()
        self._locks: dict[int, asyncio.Lock] = {}
        self._alive_until = 0.0
        self._heartbeat = BackgroundLoop("heartbeat", self._renew, idle_seconds=lease_seconds / 3)
        self._sweeper = BackgroundLoop("orphans", self._sweep, idle_seconds=SWEEP_SECONDS)
        self._session: aiohttp.ClientSession | None = None

    async def join(self) -> None:
        await self._replicas.disown_all(self.instance)
        self._alive_until = await self._replicas.heartbeat(
            self.instance, self.address, seconds=self._lease
        )
        self._session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=FORWARD_TIMEOUT_SECONDS)
        )
        self._heartbeat.start()
        self._sweeper.start()
        log.info("replica %s joined at %s", self.instance, self.address)

    async def leave(self) -> None:
        await self._sweeper.stop(5)
        await self._heartbeat.stop(5)
        if self._session is not None:
            await self._session.close()
        await self._replicas.leave(self.instance)
        self._owned.clear()

    async def route(self, chat_id: int) -> Routing:
        if chat_id in self._owned or await self.take(chat_id):
            return Routing(Route.HERE)
        address = await self._replicas.owner_address(chat_id)
        if address is None and await self.take(chat_id):  # its owner lapsed just now
            return Routing(Route.HERE)
        if address is None or address == self.address:
            return Routing(Route.NOWHERE)
        return Routing(Route.THERE, address)

    async def take(self, chat_id: int) -> bool:
        """Own `chat_id` if nobody alive does; its state and pending updates come with it."""
        lock = self._locks.setdefault(chat_id, asyncio.Lock())
        async with lock:
            if chat_id in self._owned:
                return True
            if not await self._replicas.claim_chat(chat_id, self.instance):
                return False
            await self._adopt(chat_id)
            self._owned.add(chat_id)
        self._locks.pop(chat_id, None)
        return True

    async def forward(self, address: str, body: bytes, headers: dict[str, str]) -> int:
        """Hand a webhook request to the chat's owner; its status, or 503 if it is gone."""
        assert self._session is not None
        try:
            async with self._session.post(
                address, data=body, headers={**headers, FORWARDED_HEADER: self.instance}
            ) as answer:
                return answer.status
        except (aiohttp.ClientError, TimeoutError) as error:
            log.info("could not forward to %s (%s): Telegram will try again", address, error)
            return 503

    async def _renew(self) -> float:
        lapsed = time.time() > self._alive_until
        self._alive_until = await self._replicas.heartbeat(
            self.instance, self.address, seconds=self._lease
        )
        if lapsed and self._owned:
            # Others may have taken our chats meanwhile: claim each again before handling it.
            log.warning("replica %s missed its heartbeat: re-claiming its chats", self.instance)
            self._owned.clear()
        return self._lease / 3

    async def _sweep(self) -> float:
        for chat_id in await self._replicas.orphaned_chats():
            if await self.take(chat_id):
                log.info("took over chat %s with updates waiting", chat_id)
        return SWEEP_SECONDS
