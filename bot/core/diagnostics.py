"""Where an update's time goes: durations by name (each handler, each Bot API method, the
database lock and statements, the model's batches), the event loop's lag, and sampled queue
depths. Off unless DIAGNOSTICS_FILE is set: then the bot writes a summary there (JSON) when
it stops, and benchmarks/throughput.py prints it.

One process-wide collector, like a metrics registry: the layers that time something (the
database, the transport, the handlers) import it from here, the lowest layer, and pay one
attribute check when it is off.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

MAX_SAMPLES = 500_000  # per name: a long run keeps its first half-million
LAG_TICK_SECONDS = 0.05


@dataclass(frozen=True, slots=True)
class Summary:
    count: int
    total_ms: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float


def summarize(seconds: list[float]) -> Summary:
    ordered = sorted(seconds)

    def pick(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    return Summary(
        len(ordered), sum(ordered) * 1000, pick(0.5), pick(0.95), pick(0.99), ordered[-1] * 1000
    )


class Diagnostics:
    def __init__(self) -> None:
        self.enabled = False
        self._durations: defaultdict[str, list[float]] = defaultdict(list)
        self._levels: defaultdict[str, list[float]] = defaultdict(list)
        self._watcher: asyncio.Task[None] | None = None

    def enable(self) -> None:
        self.enabled = True

    def record(self, name: str, seconds: float) -> None:
        if not self.enabled:
            return
        samples = self._durations[name]
        if len(samples) < MAX_SAMPLES:
            samples.append(seconds)

    def level(self, name: str, value: float) -> None:
        """A sampled quantity (a queue's depth), summarized like the durations."""
        if not self.enabled:
            return
        samples = self._levels[name]
        if len(samples) < MAX_SAMPLES:
            samples.append(value)

    @contextmanager
    def timed(self, name: str) -> Iterator[None]:
        if not self.enabled:
            yield
            return
        started = time.perf_counter()
        try:
            yield
        finally:
            self.record(name, time.perf_counter() - started)

    def watch_loop(self) -> None:
        """How late the event loop wakes a task that asked to sleep LAG_TICK_SECONDS: the
        time every update waits behind whatever blocks the loop."""
        if self.enabled and self._watcher is None:
            self._watcher = asyncio.get_running_loop().create_task(self._watch())

    async def _watch(self) -> None:
        while True:
            started = time.perf_counter()
            await asyncio.sleep(LAG_TICK_SECONDS)
            self.record("loop.lag", max(0.0, time.perf_counter() - started - LAG_TICK_SECONDS))

    def report(self) -> dict[str, dict[str, float]]:
        durations = {k: asdict(summarize(v)) for k, v in self._durations.items() if v}
        levels = {
            k: {"count": len(v), "mean": sum(v) / len(v), "max": max(v)}
            for k, v in self._levels.items()
            if v
        }
        return {**durations, **{f"level:{k}": v for k, v in levels.items()}}

    def write(self, path: Path) -> None:
        if self._watcher is not None:
            self._watcher.cancel()
            self._watcher = None
        path.write_text(json.dumps(self.report(), indent=1, sort_keys=True), "utf-8")


DIAGNOSTICS = Diagnostics()
