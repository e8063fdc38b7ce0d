"""What a support agent gets from the draft writer, against a local HTTP stand-in of the
OpenAI-compatible chat-completions contract.

No real language model runs in these tests and nothing is downloaded: the stand-in is a small
aiohttp server on 127.0.0.1 that only plays the contract (it records each request and answers
with canned JSON, an error status, a broken body or a delay)."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import time
from collections.abc import AsyncIterator

import httpx
import pytest
from aiohttp import web

from bot.assist.drafting import (
    MAX_DRAFT_CHARS,
    Draft,
    DraftOutcome,
    DraftSource,
    DraftWriter,
)
from tests.model_stand_in import DRAFT_TEXT, StandIn, answering, completion, stand_in

__all__ = ["stand_in"]  # the shared fixture

SECRET_WORDS = "abandon ability able"
USERS_WORDS = f"I typed {SECRET_WORDS} into a site and my USDT is gone, what now?"
SOURCES = [
    DraftSource("How do I freeze my wallet?", "Open Settings, then Security, then Freeze."),
    DraftSource("Can support restore stolen funds?", "No; transfers on chain are final."),
]


@pytest.fixture
async def writer(stand_in: StandIn) -> AsyncIterator[DraftWriter]:
    drafts = DraftWriter(
        stand_in.base_url,
        "qwen2.5-7b-instruct",
        api_key="sk-local-test",
        timeout_seconds=2.0,
        redact=lambda t: t.replace(SECRET_WORDS, "⟦recovery_phrase⟧"),
    )
    yield drafts
    await drafts.close()


async def test_a_normal_answer_is_a_draft_and_the_request_keeps_the_contract(stand_in, writer):
    result = await writer.draft(USERS_WORDS, SOURCES, "en")

    assert result.outcome is DraftOutcome.DRAFTED
    assert result.draft == Draft(DRAFT_TEXT)
    [request] = stand_in.received
    assert request.path == "/v1/chat/completions"
    assert request.headers["Authorization"] == "Bearer sk-local-test"
    body = request.body
    assert body["model"] == "qwen2.5-7b-instruct"
    assert (body["temperature"], body["max_tokens"]) == (0.2, 500)
    system, user = body["messages"]
    assert (system["role"], user["role"]) == ("system", "user")
    assert "NO_ANSWER" in system["content"] and "English" in system["content"]
    for source in SOURCES:
        assert f"Q: {source.question}" in user["content"]
        assert f"A: {source.answer}" in user["content"]
    assert "⟦recovery_phrase⟧" in user["content"]


async def test_the_secret_in_the_users_words_never_leaves_the_process(stand_in, writer):
    await writer.draft(USERS_WORDS, SOURCES, "en")

    [request] = stand_in.received
    assert SECRET_WORDS.encode() not in request.raw
    assert SECRET_WORDS not in json.dumps(request.body, ensure_ascii=False)


async def test_chinese_users_get_a_draft_asked_for_in_simplified_chinese(stand_in, writer):
    await writer.draft("我的钱包被冻结了", SOURCES, "zh")

    [request] = stand_in.received
    assert "Simplified Chinese" in request.body["messages"][0]["content"]


async def test_without_an_api_key_no_authorization_header_is_sent(stand_in):
    drafts = DraftWriter(stand_in.base_url + "/", "llama3")
    try:
        result = await drafts.draft("hello", SOURCES, "en")
    finally:
        await drafts.close()

    assert result.outcome is DraftOutcome.DRAFTED
    [request] = stand_in.received
    assert request.path == "/v1/chat/completions"  # a trailing slash on base_url is dropped
    assert "Authorization" not in request.headers


@pytest.mark.parametrize("content", ["NO_ANSWER", "  NO_ANSWER\n", "", "  \n ", None])
async def test_no_usable_text_is_no_answer(stand_in, writer, content):
    stand_in.reply = answering(completion(content))

    result = await writer.draft(USERS_WORDS, SOURCES, "en")

    assert result.outcome is DraftOutcome.NO_ANSWER
    assert result.draft is None


async def test_a_long_draft_is_capped(stand_in, writer):
    stand_in.reply = answering(completion("x" * (MAX_DRAFT_CHARS + 900)))

    result = await writer.draft(USERS_WORDS, SOURCES, "en")

    assert result.outcome is DraftOutcome.DRAFTED
    assert result.draft is not None and len(result.draft.text) == MAX_DRAFT_CHARS


async def test_an_http_error_status_is_unavailable(stand_in, writer):
    stand_in.reply = answering({"error": "model is loading"}, status=500)

    result = await writer.draft(USERS_WORDS, SOURCES, "en")

    assert (result.outcome, result.draft) == (DraftOutcome.UNAVAILABLE, None)


async def test_a_malformed_json_body_is_unavailable(stand_in, writer):
    async def broken(request: web.Request) -> web.StreamResponse:
        return web.Response(text='{"choices": [{"message": ', content_type="application/json")

    stand_in.reply = broken

    result = await writer.draft(USERS_WORDS, SOURCES, "en")

    assert (result.outcome, result.draft) == (DraftOutcome.UNAVAILABLE, None)


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"choices": []},
        {"choices": [{}]},
        {"choices": [{"message": {}}]},
        {"choices": {"0": {"message": {"content": "hi"}}}},
        completion(42),
        completion(["a", "list"]),
        [1, 2, 3],
        "just a string",
    ],
)
async def test_an_answer_outside_the_contract_is_unavailable(stand_in, writer, body):
    stand_in.reply = answering(body)

    result = await writer.draft(USERS_WORDS, SOURCES, "en")

    assert (result.outcome, result.draft) == (DraftOutcome.UNAVAILABLE, None)


async def test_a_slow_endpoint_is_unavailable_and_the_agent_is_not_kept_waiting(stand_in):
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(1.0)
        return web.json_response(completion(DRAFT_TEXT))

    stand_in.reply = slow
    drafts = DraftWriter(stand_in.base_url, "llama3", timeout_seconds=0.2)
    try:
        started = time.monotonic()
        result = await drafts.draft(USERS_WORDS, SOURCES, "en")
        elapsed = time.monotonic() - started
    finally:
        await drafts.close()

    assert (result.outcome, result.draft) == (DraftOutcome.UNAVAILABLE, None)
    assert elapsed < 0.9


async def test_a_refused_connection_is_unavailable():
    with socket.socket() as probe:  # a port that was free a moment ago, with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    drafts = DraftWriter(f"http://127.0.0.1:{port}/v1", "llama3", timeout_seconds=2.0)
    try:
        result = await drafts.draft(USERS_WORDS, SOURCES, "en")
    finally:
        await drafts.close()

    assert (result.outcome, result.draft) == (DraftOutcome.UNAVAILABLE, None)


async def test_a_draft_that_asks_for_a_secret_is_refused(stand_in):
    stand_in.reply = answering(completion("Please send us your 12-word recovery phrase."))
    seen: list[str] = []

    def unsafe(text: str) -> bool:
        seen.append(text)
        return True

    drafts = DraftWriter(stand_in.base_url, "llama3", unsafe=unsafe)
    try:
        result = await drafts.draft(USERS_WORDS, SOURCES, "en")
    finally:
        await drafts.close()

    assert (result.outcome, result.draft) == (DraftOutcome.REFUSED, None)
    assert seen == ["Please send us your 12-word recovery phrase."]


async def test_failures_are_logged_without_the_users_words_or_the_draft(stand_in, writer, caplog):
    caplog.set_level(logging.DEBUG)
    for reply in (answering({"error": "boom"}, status=503), answering({"choices": []})):
        stand_in.reply = reply
        assert (await writer.draft(USERS_WORDS, SOURCES, "en")).outcome is (
            DraftOutcome.UNAVAILABLE
        )

    warnings = [r for r in caplog.records if r.name == "bot.assist.drafting"]
    assert len(warnings) == 2 and all(r.levelno == logging.WARNING for r in warnings)
    assert "USDT" not in caplog.text and SECRET_WORDS not in caplog.text


async def test_close_leaves_a_client_it_was_given_open(stand_in):
    async with httpx.AsyncClient() as client:
        drafts = DraftWriter(stand_in.base_url, "llama3", client=client)
        await drafts.close()

        assert not client.is_closed
        assert (await drafts.draft("hello", SOURCES, "en")).outcome is DraftOutcome.DRAFTED

    own = DraftWriter(stand_in.base_url, "llama3")
    await own.close()
    assert own._client.is_closed
