"""A local HTTP stand-in for an OpenAI-compatible chat-completions endpoint: it records what it
receives and answers what the test tells it to. No language model runs in any test."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

DRAFT_TEXT = "Move what is left to a new wallet at once, then freeze the old one in Settings."

Reply = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    raw: bytes

    @property
    def body(self) -> Any:
        return json.loads(self.raw)


@dataclass
class StandIn:
    """The stand-in's address and the requests it has received; `reply` decides its answer."""

    port: int = 0
    reply: Reply | None = None
    received: list[Received] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"


def completion(content: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}],
    }


def answering(body: Any, status: int = 200) -> Reply:
    async def reply(request: web.Request) -> web.StreamResponse:
        return web.json_response(body, status=status)

    return reply


@pytest.fixture
async def stand_in() -> AsyncIterator[StandIn]:
    state = StandIn(reply=answering(completion(DRAFT_TEXT)))

    async def handle(request: web.Request) -> web.StreamResponse:
        state.received.append(Received(request.path, dict(request.headers), await request.read()))
        assert state.reply is not None
        return await state.reply(request)

    app = web.Application()
    app.router.add_post("/{tail:.*}", handle)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    state.port = runner.addresses[0][1]
    yield state
    await runner.cleanup()
