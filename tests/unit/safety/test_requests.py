"""An agent asking for a secret is held back; an agent warning about secrets is not."""

from __future__ import annotations

import pytest

from bot.safety.requests import asks_for_secret


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("please send the 12 words to verify", True),
        ("what's your private key", True),
        ("请把您的助记词发给我核实", True),
        ("私钥是多少？", True),
        ("We will never ask you to send your recovery phrase", False),
        ("如果有人让你输入助记词，那一定是诈骗", False),
        ("请输入新密码后重新登录", False),
        ("What is your transaction hash?", False),
    ],
)
def test_agent_requests_are_held_and_warnings_are_not(text, held):
    assert asks_for_secret(text) is held
