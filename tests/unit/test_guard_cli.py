"""`python -m bot guard`: JSON lines in, one verdict per line out."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.secret_samples import HASH, phrase
from tests.unit.helpers import ROOT


def test_guard_command_reads_and_writes_json_lines():
    words = phrase("english", 3).split()
    lines = [
        {"text": " ".join(words[:6]), "side": "user", "chat": 1},
        {"text": "hello", "side": "user", "chat": 2},
        {"text": " ".join(words[6:]), "side": "user", "chat": 1},
        {"text": "Please send me your seed phrase", "side": "agent", "chat": 2},
        {"text": HASH, "side": "user", "chat": 3},
    ]
    result = subprocess.run(
        [sys.executable, "-m", "bot", "guard"],
        input="\n".join(json.dumps(line) for line in lines) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["secret"] for r in rows] == [True, False, True, False, False]
    assert rows[0]["kinds"] == ["recovery_phrase"] and words[2] not in rows[0]["redacted"]
    assert rows[1]["redacted"] == "hello"
    assert rows[3]["held"] is True
    assert rows[4]["ambiguous"] is True
