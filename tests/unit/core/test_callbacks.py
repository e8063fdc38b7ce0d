from __future__ import annotations

import pytest

from bot.core import callbacks
from bot.core.callbacks import Callback, cb


def test_round_trip():
    data = cb("faq", "e", "forgot-password")
    assert data == "1:faq:e:forgot-password"
    assert callbacks.parse(data) == Callback("faq", "e", ("forgot-password",))
    assert callbacks.pattern("faq", "e").match(data)
    assert not callbacks.pattern("faq", "cat").match(data)


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "garbage",
        "0:faq:e:x",
        "1:faq",
        "1:FAQ:e",
        "1:faq:e:" + "x" * 70,
        "1:faq:e:a b",
        "1:faq:e:<script>",
    ],
)
def test_stale_or_forged_data_parses_to_none(data):
    assert callbacks.parse(data) is None


def test_encoding_refuses_values_telegram_would_reject():
    with pytest.raises(ValueError):
        cb("faq", "e", "x" * 70)
    with pytest.raises(ValueError):
        cb("faq", "e", "has space")


def test_forged_callback_numbers_are_refused():
    assert callbacks.parse("1:tk:view:99999999999999999999999999").int_arg() is None
    assert callbacks.parse("1:tk:view:42").int_arg() == 42
