"""How fast sends may go: a sliding window per chat (the desk: Telegram's per-group and
per-chat limits) and even spacing (broadcasts: a steady rate, never a burst). Both hold
everything for as long as a 429 asks."""

from __future__ import annotations

from collections import deque


class SlidingWindow:
    """At most `limit` sends per `window` seconds, plus an optional hold (after a 429)."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window = limit, window
        self.sent: deque[float] = deque()
        self.hold_until = 0.0

    def available(self, now: float, in_flight: int = 0) -> bool:
        while self.sent and self.sent[0] <= now - self.window:
            self.sent.popleft()
        return now >= self.hold_until and len(self.sent) + in_flight < self.limit

    def ready_at(self, now: float) -> float:
        if len(self.sent) < self.limit:
            return max(now, self.hold_until)
        return max(self.sent[0] + self.window, self.hold_until)

    def record(self, at: float) -> None:
        self.sent.append(at)

    def hold(self, now: float, seconds: float) -> None:
        self.hold_until = max(self.hold_until, now + seconds)


class EvenSpacing:
    """One send every 1/rate seconds: take() says how long to wait for the next slot."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self.next_slot = 0.0

    def take(self, now: float) -> float:
        slot = max(now, self.next_slot)
        self.next_slot = slot + self.interval
        return slot - now

    def hold(self, now: float, seconds: float) -> None:
        self.next_slot = max(self.next_slot, now + seconds)
