"""Per-user flood control: more than FLOOD_MAX_MESSAGES in FLOOD_WINDOW_SECONDS is throttled,
with one notice per throttled stretch rather than one per message."""

from __future__ import annotations

import time
from collections import deque
from enum import Enum


class FloodVerdict(Enum):
    OK = "ok"
    THROTTLED_NOTIFY = "notify"  # first message over the limit: tell the user once
    THROTTLED = "throttled"


class FloodControl:
    def __init__(self, max_messages: int, window_seconds: float) -> None:
        self._max, self._window = max_messages, window_seconds
        self._seen: dict[int, deque[float]] = {}
        self._notified: set[int] = set()

    def check(self, user_id: int) -> FloodVerdict:
        now = time.monotonic()
        seen = self._seen.setdefault(user_id, deque())
        while seen and seen[0] <= now - self._window:
            seen.popleft()
        if len(seen) >= self._max:
            if user_id in self._notified:
                return FloodVerdict.THROTTLED
            self._notified.add(user_id)
            return FloodVerdict.THROTTLED_NOTIFY
        self._notified.discard(user_id)
        seen.append(now)
        return FloodVerdict.OK
