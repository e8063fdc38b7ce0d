"""Business hours: whether agents are at work now, and when they next will be."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta


@dataclass(frozen=True, slots=True)
class BusinessHours:
    opens: time
    closes: time
    weekdays: frozenset[int]  # ISO weekdays, 1 = Monday

    @classmethod
    def parse(cls, hours: str, days: str) -> BusinessHours:
        start, end = hours.split("-")
        weekdays: set[int] = set()
        for part in days.split(","):
            first, _, last = part.partition("-")
            weekdays.update(range(int(first), int(last or first) + 1))
        closes = time(23, 59, 59) if end == "24:00" else time.fromisoformat(end)
        return cls(time.fromisoformat(start), closes, frozenset(weekdays))

    def is_open(self, local: datetime) -> bool:
        return local.isoweekday() in self.weekdays and self.opens <= local.time() < self.closes

    def next_opening(self, local: datetime) -> datetime:
        """The next moment agents are at work (now, if they are)."""
        if self.is_open(local):
            return local
        for days_ahead in range(0, 8):
            day = (local + timedelta(days=days_ahead)).date()
            opening = datetime.combine(day, self.opens, tzinfo=local.tzinfo)
            if day.isoweekday() in self.weekdays and opening > local:
                return opening
        return local
