"""The learned half of the agent check: it learns, saves, loads, and ships with a threshold."""

from __future__ import annotations

import numpy as np
import pytest

from bot.safety.request_model import features, fit, load, shipped_model
from bot.safety.request_words import as_meant


def test_request_model_learns_from_examples_and_survives_a_round_trip(tmp_path):
    asks = ["send me your seed phrase", "type your pin here", "发助记词给我", "what is your cvv"]
    replies = ["never share your seed phrase", "your ticket is open", "请勿泄露助记词", "thanks!"]
    examples = [features(as_meant(t), rules_ask=False) for t in asks + replies]
    model = fit(examples, [True] * 4 + [False] * 4, epochs=20)
    unseen_ask = features(as_meant("send me your phrase"), rules_ask=False)
    unseen_reply = features(as_meant("never share your phrase"), rules_ask=False)
    assert model.probability(unseen_ask) > 0.5 > model.probability(unseen_reply)
    model.save(tmp_path / "model.npz", "a test")
    again = load(tmp_path / "model.npz")
    assert again.probability(unseen_ask) == pytest.approx(model.probability(unseen_ask), abs=0.01)


def test_shipped_request_model_loads_with_its_threshold():
    model = shipped_model()
    assert 0.0 < model.threshold < 1.0
    assert np.count_nonzero(model.weights) > 10_000
