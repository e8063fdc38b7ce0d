from __future__ import annotations

import pytest

from bot.core import callbacks
from bot.core.callbacks import Callback, NamespaceClash, cb

# Namespaces claimed here are the tests' own: the features' claims are global to the process.
TEST_NS = callbacks.claim("t-cb", "tests.unit.core.test_callbacks")


def test_round_trip():
    data = cb(TEST_NS, "e", "forgot-password")
    assert data == "1:t-cb:e:forgot-password"
    assert callbacks.parse(data) == Callback(TEST_NS, "e", ("forgot-password",))
    assert callbacks.pattern(TEST_NS, "e").match(data)
    assert not callbacks.pattern(TEST_NS, "cat").match(data)
    assert callbacks.pattern(TEST_NS).match(data)


def test_a_namespace_has_one_owner():
    assert callbacks.claim("t-owned", "feature a") == "t-owned"
    assert callbacks.claim("t-owned", "feature a") == "t-owned"  # a re-import is no clash
    with pytest.raises(NamespaceClash, match=r"t-owned.*feature a.*feature b"):
        callbacks.claim("t-owned", "feature b")
    assert callbacks.owners()["t-owned"] == "feature a"


def test_buttons_of_an_unclaimed_namespace_stop_the_bot_at_start():
    with pytest.raises(NamespaceClash, match="never claimed"):
        callbacks.pattern("t-nobody", "x")
    with pytest.raises(ValueError, match="not a short token"):
        callbacks.claim("Has Space", "feature a")


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
