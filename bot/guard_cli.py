"""`python -m bot guard`: the secret guard for operators and auditors. Reads JSON lines
`{"text": "...", "side": "user"|"agent", "chat": <int>}` from stdin and writes one JSON line per
input, in order: `{"secret", "ambiguous", "kinds", "redacted", "held"}`.

It runs the code the bot runs (GuardSession: SecretGuard and the agent-side request check). A
chat's earlier lines are its context, as in the live bot: a password right after an offer to
give one, a phrase over two messages. A user's line that could be the first part of a phrase is
written once the next line of its chat (or the end of input) settles it, as the bot would
withhold it; output stays in input order. `redacted` is the stored form with each mark rendered
in --locale (default: DEFAULT_LOCALE, else en).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from typing import Any, TextIO

from bot.core.config import SUPPORTED_LOCALES, Locale
from bot.core.i18n import Translator
from bot.safety.marks import render_marks
from bot.safety.session import GuardSession, Outcome


def _line(outcome: Outcome, translator: Translator, locale: str) -> str:
    fields = asdict(outcome)
    fields.pop("withheld_for")
    fields["kinds"] = list(outcome.kinds)
    fields["redacted"] = render_marks(outcome.redacted, lambda key: translator.t(locale, key))
    return json.dumps(fields, ensure_ascii=False)


def _parse(raw: str) -> tuple[str, str, int] | str:
    """(text, side, chat), or what is wrong with the line."""
    try:
        data: Any = json.loads(raw)
    except json.JSONDecodeError as error:
        return f"not JSON: {error.msg}"
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        return 'expected an object with a "text" string'
    side = data.get("side", "user")
    chat = data.get("chat", 0)
    if side not in ("user", "agent"):
        return 'side must be "user" or "agent"'
    if not isinstance(chat, int) or isinstance(chat, bool):
        return "chat must be an integer"
    return data["text"], side, chat


def process(lines: TextIO, out: TextIO, *, locale: Locale) -> None:
    translator = Translator(locale)
    session = GuardSession()
    results: dict[int, str] = {}  # input line number -> its output line, once settled
    session_inputs: list[int] = []  # the input line number of each message fed to the session
    settled = 0  # messages of the session already given out
    emitted = 0

    def collect(outcomes: list[Outcome]) -> None:
        nonlocal settled, emitted
        for outcome in outcomes:
            results[session_inputs[settled]] = _line(outcome, translator, locale)
            settled += 1
        while emitted in results:
            out.write(results.pop(emitted) + "\n")
            emitted += 1
        out.flush()

    number = 0
    for raw in lines:
        if not raw.strip():
            continue
        parsed = _parse(raw)
        if isinstance(parsed, str):
            results[number] = json.dumps({"error": parsed})
            number += 1
            collect([])
            continue
        text, side, chat = parsed
        session_inputs.append(number)
        number += 1
        collect(session.feed(text, side=side, chat=chat))
    collect(session.finish())


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot guard", description=__doc__)
    default = os.environ.get("DEFAULT_LOCALE", "en")
    parser.add_argument(
        "--locale",
        choices=SUPPORTED_LOCALES,
        default=default if default in SUPPORTED_LOCALES else "en",
    )
    args = parser.parse_args(argv)
    process(sys.stdin, sys.stdout, locale=args.locale)
    return 0
