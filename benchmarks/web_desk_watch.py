"""An agent's browser on the web desk, as the peak replay sees it: signed in with a link the
bot's key signs, it listens to the desk's live events and, on each, reloads the live part of
every ticket page with a message not yet seen there, noting when each message showed up."""

from __future__ import annotations

import asyncio
import contextlib
import re
import time

import aiohttp

from bot.webdesk.links import sign_link

MARK = re.compile(r"P(\d+)n(\d+)")


class WebDeskWatcher:
    def __init__(self, base_url: str, token: str, agent_id: int) -> None:
        self._base = base_url
        self._token = token
        self._agent_id = agent_id
        self.sent_at: dict[tuple[int, int], float] = {}
        self.visible_at: dict[tuple[int, int], float] = {}
        self.pages_loaded = 0
        self._session: aiohttp.ClientSession | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        # The desk's cookie is for 127.0.0.1: an IP address, which the default jar refuses.
        self._session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        link = sign_link(self._token, self._agent_id, "Bench", time.time() + 600)
        async with self._session.post(
            f"{self._base}/signin", data={"token": link}, allow_redirects=False
        ) as response:
            assert response.status == 303, await response.text()
        self._task = asyncio.create_task(self._listen())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._session is not None:
            await self._session.close()

    def expect(self, ticket: int, number: int) -> None:
        self.sent_at[(ticket, number)] = time.monotonic()

    async def _listen(self) -> None:
        assert self._session is not None
        async with self._session.get(
            f"{self._base}/events", timeout=aiohttp.ClientTimeout(total=None)
        ) as events:
            async for line in events.content:
                if line.startswith(b"event: change"):
                    await self._refresh()

    async def _refresh(self) -> None:
        pending = {t for t, n in self.sent_at if (t, n) not in self.visible_at}
        await asyncio.gather(*(self._load(ticket) for ticket in pending))

    async def _load(self, ticket: int) -> None:
        assert self._session is not None
        async with self._session.get(
            f"{self._base}/t/{ticket}", headers={"X-Live": "1"}
        ) as response:
            text = await response.text()
        now = time.monotonic()
        self.pages_loaded += 1
        for ticket_text, number_text in MARK.findall(text):
            key = (int(ticket_text), int(number_text))
            if key in self.sent_at and key not in self.visible_at:
                self.visible_at[key] = now
