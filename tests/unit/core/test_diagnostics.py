"""Diagnostics collect only when switched on: a bot without DIAGNOSTICS_FILE keeps nothing."""

from __future__ import annotations

from bot.core.diagnostics import Diagnostics


def test_nothing_is_kept_while_off_and_everything_once_on():
    diagnostics = Diagnostics()
    diagnostics.level("queue", 3)
    diagnostics.record("step", 0.002)
    with diagnostics.timed("block"):
        pass
    assert diagnostics.report() == {}
    diagnostics.enable()
    diagnostics.level("queue", 3)
    diagnostics.record("step", 0.002)
    with diagnostics.timed("block"):
        pass
    report = diagnostics.report()
    assert report["level:queue"] == {"count": 1, "mean": 3.0, "max": 3}
    assert report["step"]["count"] == 1 and report["step"]["p99_ms"] == 2.0
    assert report["block"]["count"] == 1
