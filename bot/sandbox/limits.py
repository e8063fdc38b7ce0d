"""What can go wrong on Telegram's side, on demand: scripted and random faults, the per-group
and bot-wide rate limits (answered with 429), and sends held unanswered."""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter, deque

from bot.sandbox.records import BOT_USERNAME, JSON, ApiError, Fault
from bot.sandbox.state import EmulatorState

# Calls that send or change something a person sees: the ones limits, random faults and a
# pause apply to.
SENDING = frozenset(
    {
        "sendMessage",
        "copyMessage",
        "forwardMessage",
        "sendPhoto",
        "sendDocument",
        "sendVoice",
        "sendVideo",
        "sendSticker",
        "sendAnimation",
        "sendAudio",
        "editMessageText",
        "createForumTopic",
    }
)
# Telegram's ceiling for sends with allow_paid_broadcast.
PAID_MESSAGES_PER_SECOND = 1000
# Calls a fault never hits: the bot must be able to start and poll.
_NEVER_FAULTED = ("getUpdates", "getMe", "deleteWebhook")
_FAULT_DESCRIPTIONS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    403: "Forbidden: bot was blocked by the user",
}


class Limits(EmulatorState):
    def __init__(self, token: str, *, bot_username: str = BOT_USERNAME) -> None:
        super().__init__(token, bot_username=bot_username)
        self.faults: list[Fault] = []
        self.rate_limited = 0  # 429s answered because a group's budget was exceeded
        self.overall_rate_limited = 0  # 429s answered because the bot-wide budget was exceeded
        self.private_rate_limited = 0  # 429s answered because a private chat's was exceeded
        self.paid_sent = 0  # sends carried with allow_paid_broadcast (0.1 Star each)
        self.timeout_seconds = 1.0
        self.injected: Counter[int] = Counter()  # random faults answered, by code (0 = timeout)
        self.held = 0  # sending calls waiting while sends are paused
        self._group_limit: tuple[int, float] | None = None
        self._group_sends: dict[int, list[float]] = {}
        self._overall_limit: int | None = None
        self._private_limit: tuple[int, float] | None = None
        self._private_sends: dict[int, deque[float]] = {}
        self._overall_sends: deque[float] = deque()
        self._paid_limit = PAID_MESSAGES_PER_SECOND
        self._paid_sends: deque[float] = deque()
        self._random_faults: tuple[float, tuple[int, ...], random.Random] | None = None
        self._sends_open = asyncio.Event()
        self._sends_open.set()
        self._held_chats: dict[int, asyncio.Event] = {}  # chat id → set when released

    def limit_groups(self, max_messages: int, window_seconds: float) -> None:
        """Enforce Telegram's per-group budget: more sends than this answer 429."""
        self._group_limit = (max_messages, window_seconds)

    def limit_private(self, max_messages: int, window_seconds: float) -> None:
        """Enforce a per-private-chat budget (Telegram's "about one a second, short bursts
        allowed"): more sends into one chat within the window answer 429."""
        self._private_limit = (max_messages, window_seconds)

    def limit_overall(
        self, max_per_second: int, *, paid_per_second: int = PAID_MESSAGES_PER_SECOND
    ) -> None:
        """Enforce Telegram's bot-wide budget (about 30 messages a second): more answer 429.
        Sends that set allow_paid_broadcast have their own budget (1,000 a second) instead."""
        self._overall_limit = max_per_second
        self._paid_limit = paid_per_second

    def pause_sends(self) -> None:
        """Hold every sending call unanswered (and not carried out) until resume_sends():
        a request in flight when the bot dies is then one Telegram never executed."""
        self._sends_open.clear()

    def resume_sends(self) -> None:
        self._sends_open.set()

    def hold_chat(self, chat_id: int) -> None:
        """Hold the sends into one chat (say the agents' group) until release_chat()."""
        self._held_chats.setdefault(chat_id, asyncio.Event())

    def release_chat(self, chat_id: int) -> None:
        released = self._held_chats.pop(chat_id, None)
        if released is not None:
            released.set()

    def fail_randomly(
        self,
        rate: float,
        codes: tuple[int, ...] = (429, 500),
        seed: int = 7,
        timeout_seconds: float = 1.0,
    ) -> None:
        """Answer a share of sending calls with one of `codes`, reproducibly. Code 0 is a
        timeout: the answer comes after `timeout_seconds` and the call is not carried out."""
        self._random_faults = (rate, codes, random.Random(seed))
        self.timeout_seconds = timeout_seconds

    async def _hold_while_paused(self, method: str, params: JSON) -> None:
        held_chat = self._held_chats.get(_chat_id(params)) if method in SENDING else None
        if held_chat is not None:
            self.held += 1
            try:
                await held_chat.wait()
            finally:
                self.held -= 1
        if method in SENDING and not self._sends_open.is_set():
            self.held += 1
            try:
                await self._sends_open.wait()
            finally:
                self.held -= 1

    def _inject_fault(self, method: str, params: JSON) -> None:
        """Raise the ApiError Telegram would answer this call with, if any (code 0: timeout)."""
        if method in _NEVER_FAULTED:
            return
        if self._random_faults is not None and method in SENDING:
            self._random_fault(*self._random_faults)
        if self._overall_limit is not None and method in SENDING:
            if _flag(params.get("allow_paid_broadcast")):
                self._check_budget(self._paid_sends, self._paid_limit)
            else:
                self._check_budget(self._overall_sends, self._overall_limit)
        if self._group_limit is not None and method in SENDING:
            self._check_group_budget(params)
        if self._private_limit is not None and method in SENDING:
            self._check_private_budget(params)
        self._scripted_fault(method)

    def _random_fault(self, rate: float, codes: tuple[int, ...], rng: random.Random) -> None:
        if rng.random() < rate:
            code = rng.choice(codes)
            self.injected[code] += 1
            if code == 0:
                raise ApiError(0, "timeout")
            text = "Too Many Requests: retry after 1" if code == 429 else "Internal Server Error"
            raise ApiError(code, text, retry_after=1 if code == 429 else None)

    def _scripted_fault(self, method: str) -> None:
        for fault in self.faults:
            if fault.count > 0 and (fault.method is None or fault.method == method):
                fault.count -= 1
                descriptions = {
                    429: f"Too Many Requests: retry after {fault.retry_after or 1}",
                    **_FAULT_DESCRIPTIONS,
                }
                raise ApiError(
                    fault.code,
                    fault.description or descriptions.get(fault.code, "Error"),
                    retry_after=(fault.retry_after or 1) if fault.code == 429 else None,
                )

    def _charge(self, method: str, params: JSON) -> None:
        """A carried-out send with allow_paid_broadcast costs 0.1 Star."""
        if method in SENDING and _flag(params.get("allow_paid_broadcast")):
            self.paid_sent += 1
            self.star_balance_tenths -= 1

    def _check_budget(self, sends: deque[float], limit: int) -> None:
        """At most `limit` sends in any one second (a sliding window)."""
        now = time.monotonic()
        while sends and sends[0] <= now - 1.0:
            sends.popleft()
        if len(sends) >= limit:
            self.overall_rate_limited += 1
            raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
        sends.append(now)

    def _check_group_budget(self, params: JSON) -> None:
        try:
            chat = self.chats.get(int(params.get("chat_id") or 0))
        except (TypeError, ValueError):
            return
        if chat is None or chat["type"] == "private" or self._group_limit is None:
            return
        limit, window = self._group_limit
        now = time.monotonic()
        sends = [t for t in self._group_sends.get(chat["id"], []) if t > now - window]
        if len(sends) >= limit:
            self.rate_limited += 1
            retry = max(1, int(sends[0] + window - now + 0.999))
            raise ApiError(429, f"Too Many Requests: retry after {retry}", retry_after=retry)
        sends.append(now)
        self._group_sends[chat["id"]] = sends

    def _check_private_budget(self, params: JSON) -> None:
        chat = self.chats.get(_chat_id(params))
        if chat is None or chat["type"] != "private" or self._private_limit is None:
            return
        limit, window = self._private_limit
        now = time.monotonic()
        sends = self._private_sends.setdefault(chat["id"], deque())
        while sends and sends[0] <= now - window:
            sends.popleft()
        if len(sends) >= limit:
            self.private_rate_limited += 1
            raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
        sends.append(now)


def _flag(value: object) -> bool:
    """A boolean parameter as it arrives: JSON true, or "true" in a form."""
    return value is True or str(value).lower() == "true"


def _chat_id(params: JSON) -> int:
    try:
        return int(params.get("chat_id") or 0)
    except (TypeError, ValueError):
        return 0
