"""`python -m bot ask` as a process: the shipped model, JSON lines in and out, in order."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.e2e.harness import ROOT


def test_ask_answers_each_line_in_order_with_the_bots_model(tmp_path):
    lines = [
        {"text": "忘记登录密码了怎么找回", "locale": "zh"},
        {"text": "someone logged into my account and withdrew all my USDT", "locale": "en"},
        {"text": "will bitcoin go up tomorrow", "locale": "en"},
        {"text": "how much does a transfer cost", "locale": "en"},
    ]
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        input="\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    password, theft, bitcoin, fees = (json.loads(line) for line in result.stdout.splitlines())
    assert (password["entry"], password["urgent"]) == ("forgot-password", False)
    assert (theft["urgent"], theft["priority"], theft["category"]) == (
        True,
        "high",
        "account_security",
    )
    assert (bitcoin["entry"], bitcoin["outcome"]) == (None, "out_of_scope")
    assert fees["entry"] == "fees" and 0.5 < fees["confidence"] <= 1
