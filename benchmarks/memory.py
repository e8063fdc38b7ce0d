"""A process's peak resident memory, as the benchmarks report it."""

from __future__ import annotations

from pathlib import Path


def peak_rss_mb(pid: int) -> float:
    """VmHWM: the most memory the process has held at once, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")
