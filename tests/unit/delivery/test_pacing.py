"""Sliding windows (the desk) and even spacing (broadcasts), on a clock the test moves."""

from __future__ import annotations

from bot.delivery.pacing import EvenSpacing, SlidingWindow


def test_window_allows_limit_sends_then_opens_when_the_oldest_leaves():
    window = SlidingWindow(limit=3, window=60.0)
    for at in (0.0, 1.0, 2.0):
        assert window.available(at)
        window.record(at)
    assert not window.available(3.0)
    assert window.ready_at(3.0) == 60.0  # the first send leaves the window then
    assert window.available(60.0)


def test_window_counts_sends_in_flight():
    window = SlidingWindow(limit=2, window=10.0)
    window.record(0.0)
    assert window.available(1.0, in_flight=0)
    assert not window.available(1.0, in_flight=1)


def test_hold_after_429_blocks_even_with_budget_left():
    window = SlidingWindow(limit=20, window=60.0)
    window.hold(now=5.0, seconds=7.0)
    assert not window.available(11.9)
    assert window.ready_at(6.0) == 12.0
    assert window.available(12.0)
    window.hold(now=6.0, seconds=1.0)  # a shorter hold never shortens the longer one
    assert window.hold_until == 12.0


def test_even_spacing_gives_one_slot_per_interval_without_bursts():
    spacing = EvenSpacing(rate=4.0)  # every 0.25 s
    waits = [spacing.take(now=0.0) for _ in range(4)]
    assert waits == [0.0, 0.25, 0.5, 0.75]
    assert spacing.take(now=10.0) == 0.0  # idle time is not saved up for a burst
    assert spacing.take(now=10.0) == 0.25


def test_even_spacing_hold_pushes_the_next_slot():
    spacing = EvenSpacing(rate=10.0)
    spacing.hold(now=0.0, seconds=3.0)
    assert spacing.take(now=1.0) == 2.0
