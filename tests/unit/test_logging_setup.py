"""The log filter: a token never reaches a log line, in a message or in a traceback."""

from __future__ import annotations

import logging
import sys

from bot.logging_setup import RedactSecrets


def test_log_filter_redacts_the_token_in_messages_and_tracebacks():
    record = logging.LogRecord("x", logging.INFO, "f", 1, "POST %s/getMe", ("bot123:abc",), None)
    RedactSecrets(["123:abc"]).filter(record)
    assert record.getMessage() == "POST bot[token]/getMe"
    try:
        raise RuntimeError("url https://h/bot123:abc/x")
    except RuntimeError:
        record = logging.LogRecord("x", logging.ERROR, "f", 1, "boom", None, sys.exc_info())
    RedactSecrets(["123:abc"]).filter(record)
    assert "123:abc" not in record.exc_text
