"""Messages in, final decisions out, in order: what `python -m bot guard` and the benchmark run.
The same SecretGuard and request check as the live bot; a withheld message's line is written
once its fate is known (the next message of its chat, or the end of input)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.safety.detector import Detection, Finding, detect
from bot.safety.guard import HOLD_SECONDS, SecretGuard, Verdict
from bot.safety.marks import SecretKind
from bot.safety.requests import asks_for_secret

SECONDS_BETWEEN_MESSAGES = 5.0


def agent_holds_secret(detection: Detection) -> bool:
    """A secret in a message going to a user: a phrase, key or card number. Agents paste
    transaction hashes all day, and talk of passwords is judged as a request or not."""
    return any(
        not f.ambiguous and f.kind is not SecretKind.PASSWORD for f in detection.findings
    )  # a person typing; well inside every window of the guard


@dataclass(frozen=True, slots=True)
class Outcome:
    secret: bool
    ambiguous: bool
    kinds: tuple[str, ...]
    redacted: str  # as stored: marks where secrets were
    held: bool  # an agent's message that would not reach the user
    withheld_for: float = 0.0  # seconds a user's message waited as a possible phrase part


def _user_outcome(verdict: Verdict, *, withheld_for: float = 0.0) -> Outcome:
    return Outcome(
        secret=verdict.secret,
        ambiguous=verdict.ambiguous,
        kinds=tuple(sorted(k.value for k in verdict.kinds)),
        redacted=verdict.redacted,
        held=False,
        withheld_for=withheld_for,
    )


def agent_outcome(text: str) -> Outcome:
    detection = detect(text)
    secret = agent_holds_secret(detection)
    return Outcome(
        secret=secret,
        ambiguous=False,
        kinds=tuple(sorted(k.value for k in detection.kinds)),
        redacted=detection.redacted(),
        held=secret or asks_for_secret(text),
    )


class GuardSession:
    def __init__(self) -> None:
        self._guard = SecretGuard()
        self._clock: dict[int, float] = {}
        self._results: dict[int, Outcome] = {}
        self._withheld: dict[int, tuple[int, Verdict, float]] = {}  # index -> chat, verdict, at
        self._next_index = 0
        self._emitted = 0

    def feed(self, text: str, *, side: str = "user", chat: int = 0) -> list[Outcome]:
        """Take one message; return the outcomes that became final, in input order."""
        index = self._next_index
        self._next_index += 1
        if side == "agent":
            self._results[index] = agent_outcome(text)
            return self._ready()
        now = self._clock.get(chat, 0.0) + SECONDS_BETWEEN_MESSAGES
        self._clock[chat] = now
        verdict = self._guard.inspect(chat, index, text, now=now)
        for key in verdict.completes:
            _, earlier, at = self._withheld.pop(key)
            kind = (
                earlier.detection.fragment.kind
                if earlier.detection.fragment
                else (SecretKind.RECOVERY_PHRASE)
            )
            whole = Finding(kind, 0, len(earlier.detection.text))
            self._results[key] = _user_outcome(
                Verdict(earlier.detection, (whole,)), withheld_for=now - at
            )
        for key in verdict.releases:
            self._release(key, now)
        if verdict.withheld:
            self._withheld[index] = (chat, verdict, now)
        else:
            self._results[index] = _user_outcome(verdict)
        return self._ready()

    def finish(self) -> list[Outcome]:
        for key in list(self._withheld):
            self._release(key, None)
        return self._ready()

    def _release(self, key: int, now: float | None) -> None:
        _, verdict, at = self._withheld.pop(key)
        released = Verdict(verdict.detection, ())
        self._results[key] = _user_outcome(
            released, withheld_for=(now - at) if now is not None else HOLD_SECONDS
        )

    def _ready(self) -> list[Outcome]:
        out = []
        while self._emitted in self._results:
            out.append(self._results.pop(self._emitted))
            self._emitted += 1
        return out
