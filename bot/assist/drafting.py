"""Drafts of replies for a support agent to review, from an OpenAI-compatible chat-completions
endpoint (a self-hosted vLLM, Ollama or llama.cpp server). A draft is never sent to a user as
it is: an agent reads it, edits it and sends it, or drops it. The endpoint is optional, so every
failure becomes an outcome the caller shows, never an exception."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import httpx

log = logging.getLogger(__name__)

MAX_DRAFT_CHARS = 3_500  # room for an agent's edits within Telegram's 4,096-character message
NO_ANSWER_MARK = "NO_ANSWER"
LANGUAGES = {"zh": "Simplified Chinese", "en": "English"}

SYSTEM_PROMPT = (
    "You draft a reply for a human support agent of the tpWallet wallet, who will review it "
    "before anything is sent. Use only the knowledge-base entries given; do not add facts of "
    "your own. Write in {language}. Be brief. If the entries do not answer the question, "
    f"reply exactly {NO_ANSWER_MARK}. Never ask the user for a recovery phrase, private key, "
    "password, PIN, verification code or card number."
)


@dataclass(frozen=True, slots=True)
class DraftSource:
    """A knowledge-base entry the draft may use."""

    question: str
    answer: str


@dataclass(frozen=True, slots=True)
class Draft:
    text: str


class DraftOutcome(StrEnum):
    DRAFTED = "drafted"
    NO_ANSWER = "no_answer"  # the endpoint answered but gave no usable text
    UNAVAILABLE = "unavailable"  # timeout, connection error, HTTP error, malformed answer
    REFUSED = "refused"  # the draft asked for or held a secret


@dataclass(frozen=True, slots=True)
class DraftResult:
    outcome: DraftOutcome
    draft: Draft | None = None


def _user_message(users_words: str, sources: Sequence[DraftSource]) -> str:
    entries = "\n\n".join(
        f"{n}.\nQ: {source.question}\nA: {source.answer}" for n, source in enumerate(sources, 1)
    )
    return f"The user wrote:\n{users_words}\n\nKnowledge-base entries:\n{entries or '(none)'}"


def _content(body: Any) -> str:
    """The reply's text; KeyError, IndexError or TypeError when the answer breaks the contract."""
    content = body["choices"][0]["message"]["content"]
    if content is None:  # some servers send null content with nothing to say
        return ""
    if not isinstance(content, str):
        raise TypeError(f"content is {type(content).__name__}")
    return content


class DraftWriter:
    """Asks the endpoint for a draft of a reply; one client, kept open between drafts."""

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        timeout_seconds: float = 20.0,
        redact: Callable[[str], str] = lambda t: t,
        unsafe: Callable[[str], bool] = lambda t: False,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self._url = f"{base_url.rstrip('/')}/chat/completions"
        self._model = model
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._timeout_seconds = timeout_seconds
        self._redact = redact
        self._unsafe = unsafe
        self._owns_client = client is None
        self._client = client if client is not None else httpx.AsyncClient()

    async def draft(
        self, users_words: str, sources: Sequence[DraftSource], locale: str
    ) -> DraftResult:
        """A draft for an agent to review; never raises for a failing or odd endpoint."""
        language = LANGUAGES.get(locale, LANGUAGES["en"])
        payload = {
            "model": self._model,
            "messages": [
                {"role": "system", "content": SYSTEM_PROMPT.format(language=language)},
                # Redacted here so that nothing secret ever leaves the process.
                {"role": "user", "content": _user_message(self._redact(users_words), sources)},
            ],
            "temperature": 0.2,  # low: a draft should restate the entries, not invent
            "max_tokens": 500,
        }
        text = await self._ask(payload)
        if text is None:
            return DraftResult(DraftOutcome.UNAVAILABLE)
        text = text.strip()
        if not text or text == NO_ANSWER_MARK:
            return DraftResult(DraftOutcome.NO_ANSWER)
        if self._unsafe(text):
            log.warning("draft refused: it asks for or holds a secret")
            return DraftResult(DraftOutcome.REFUSED)
        return DraftResult(DraftOutcome.DRAFTED, Draft(text[:MAX_DRAFT_CHARS]))

    async def _ask(self, payload: dict[str, Any]) -> str | None:
        """The reply's raw text, or None when the endpoint could not give one.

        Logs name the failure only: the user's words and the draft never reach the log."""
        try:
            # httpx's timeout bounds each phase; this bounds the whole exchange, so a server
            # that trickles its answer cannot keep an agent waiting past the limit.
            async with asyncio.timeout(self._timeout_seconds):
                response = await self._client.post(
                    self._url, json=payload, headers=self._headers, timeout=self._timeout_seconds
                )
        except (TimeoutError, httpx.TimeoutException):
            log.warning("draft endpoint timed out after %.1f s", self._timeout_seconds)
            return None
        except httpx.HTTPError as error:
            log.warning("draft endpoint failed: %s", type(error).__name__)
            return None
        if not response.is_success:
            log.warning("draft endpoint answered HTTP %d", response.status_code)
            return None
        try:
            return _content(response.json())
        except (ValueError, KeyError, IndexError, TypeError) as error:  # ValueError: not JSON
            log.warning("draft endpoint broke the contract: %s", type(error).__name__)
            return None

    async def close(self) -> None:
        """Closes the HTTP client, unless the caller gave it (then it is the caller's to close)."""
        if self._owns_client:
            await self._client.aclose()
