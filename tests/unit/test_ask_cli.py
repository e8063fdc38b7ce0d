"""`python -m bot ask`: one JSON line out per line in, in order; bad lines answered, not fatal."""

from __future__ import annotations

import io
import json

from bot.ask_cli import process
from bot.core.config import SUPPORTED_LOCALES
from bot.faq.seed import seed_snapshot
from bot.understanding.corpus import Example, entry_examples
from bot.understanding.service import UnderstandingService
from bot.understanding.training import train
from tests.unit.understanding.fakes import HashedEncoder


def _service() -> UnderstandingService:
    # Trained here on the entries' own questions (a second), not the whole corpus.
    knowledge, encoder = seed_snapshot(SUPPORTED_LOCALES), HashedEncoder()
    examples = entry_examples(knowledge, SUPPORTED_LOCALES)
    examples += [Example("someone stole everything", "urgent"), Example("被盗了", "urgent")]
    return UnderstandingService(knowledge, SUPPORTED_LOCALES, encoder, train(examples, encoder))


def test_each_line_gets_its_answer_in_order_and_a_bad_line_an_error():
    lines = [
        json.dumps({"text": "忘记登录密码怎么办？", "locale": "zh"}, ensure_ascii=False),
        "not json",
        json.dumps({"text": "hello", "locale": "fr"}),
        json.dumps({"text": "How do I turn on two-factor authentication (2FA)?", "locale": "en"}),
        "",
    ]
    out = io.StringIO()
    process(io.StringIO("\n".join(lines) + "\n"), out, _service())
    first, bad, locale, last = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["entry"] == "forgot-password" and 0 < first["confidence"] <= 1
    assert set(first) == {
        "entry",
        "confidence",
        "category",
        "priority",
        "urgent",
        "outcome",
        "urgent_probability",
    }
    assert first["priority"] in ("high", "normal", "low") and first["urgent"] is False
    assert 0 <= first["urgent_probability"] < 0.2
    assert bad == {"error": "not JSON: Expecting value"}
    assert locale == {"error": "locale must be one of zh, en"}
    assert last["entry"] == "two-factor"
