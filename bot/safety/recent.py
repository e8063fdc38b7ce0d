"""Secret values the guard found lately, kept in memory so the log filter can remove them from
any line that would print one (a password found only because of the message before it is no
pattern a line-by-line scan could recognize). Bounded; never written anywhere."""

from __future__ import annotations

import threading
from collections import OrderedDict

MAX_VALUES = 2_000
MIN_LENGTH = 3


class RecentSecrets:
    def __init__(self, size: int = MAX_VALUES) -> None:
        self._values: OrderedDict[str, None] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def add(self, value: str) -> None:
        value = value.strip()
        if len(value) < MIN_LENGTH:
            return
        with self._lock:
            self._values[value] = None
            self._values.move_to_end(value)
            while len(self._values) > self._size:
                self._values.popitem(last=False)

    def remove_from(self, line: str) -> str:
        """The line with every remembered value replaced, longest first."""
        with self._lock:
            values = sorted(self._values, key=len, reverse=True)
        for value in values:
            if value in line:
                line = line.replace(value, "⟦secret⟧")
        return line


# One bot per process: the screen adds, the log filter reads.
recent_secrets = RecentSecrets()
