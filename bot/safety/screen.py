"""Where the secret guard meets Telegram: every update is screened once, when getUpdates returns
it, before the inbox stores it. The verdict decides what may be stored (the inbox copy has
marks where secrets were) and is kept for the gate, which acts on it when the update's turn
comes. Raw values live here only in memory, briefly: a withheld phrase part, an undecided
hash the user is being asked about, and the secret strings the log filter must never print.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from telegram import Message, Update

from bot.core.metrics import GUARD_DETECTIONS
from bot.safety.detector import Detection, Finding, detect
from bot.safety.guard import Permit, SecretGuard, Verdict, clean
from bot.safety.marks import Mark, SecretKind, marks_in
from bot.safety.recent import recent_secrets
from bot.safety.requests import asks_for_secret
from bot.safety.session import agent_holds_secret

MEMO_SIZE = 20_000
PENDING_SECONDS = 600.0  # how long an undecided hash waits for the user's answer
MAX_WITHHELD = 10_000

_SECRET_MARKS = {
    Mark.RECOVERY_PHRASE: SecretKind.RECOVERY_PHRASE,
    Mark.PRIVATE_KEY: SecretKind.PRIVATE_KEY,
    Mark.CARD_NUMBER: SecretKind.CARD_NUMBER,
    Mark.PASSWORD: SecretKind.PASSWORD,
}


@dataclass(frozen=True, slots=True)
class AgentVerdict:
    """An agent's message: what may be stored, and whether it may reach the user."""

    redacted: str
    secret: bool
    asks_for_secret: bool

    @property
    def held(self) -> bool:
        return self.secret or self.asks_for_secret


def message_text(message: Message) -> str:
    return message.text or message.caption or ""


def _private_message(update: Update) -> tuple[Message, bool] | None:
    """The user's own message in a private chat (and whether it is an edit)."""
    message = update.message or update.edited_message
    if message is None or message.chat.type != message.chat.PRIVATE:
        return None
    return message, update.edited_message is not None


class MessageScreen:
    def __init__(self, guard: SecretGuard | None = None) -> None:
        self.guard = guard or SecretGuard()
        self._verdicts: OrderedDict[int, Verdict] = OrderedDict()
        self._agents: OrderedDict[int, AgentVerdict] = OrderedDict()
        self._withheld: dict[int, Update] = {}
        self._pending: dict[int, tuple[Update, Verdict, float]] = {}

    # ------------------------------------------------------------ on arrival
    def screen(self, update: Update, raw: dict[str, Any] | None = None) -> dict[str, Any]:
        """Decide on one update as it arrives (in order); returns the copy that may be stored
        (`raw`, the update as Telegram sent it, if given: it is changed in place)."""
        data = raw if raw is not None else update.to_dict()
        private = _private_message(update)
        if private is not None:
            message, edited = private
            verdict = self.guard.inspect(
                message.chat.id, update.update_id, message_text(message), may_withhold=not edited
            )
            self._remember(update.update_id, verdict)
            for finding in verdict.findings:
                GUARD_DETECTIONS.labels(str(finding.kind)).inc()
            if verdict.withheld:
                self._withheld[update.update_id] = update
                if len(self._withheld) > MAX_WITHHELD:  # e.g. banned users' parts never released
                    self._withheld.pop(next(iter(self._withheld)))
            _replace_text(data, verdict.redacted)
            return data
        if update.callback_query is not None and update.callback_query.message is not None:
            chat = update.callback_query.message.chat
            if chat.type == chat.PRIVATE:
                released = self.guard.interrupt(chat.id)
                if released:
                    self._remember(update.update_id, replace(clean(""), releases=released))
            return data
        other = update.effective_message
        if other is not None and message_text(other):
            agent = self.judge_agent_text(message_text(other))
            self._agents[update.update_id] = agent
            while len(self._agents) > MEMO_SIZE:
                self._agents.popitem(last=False)
            _replace_text(data, agent.redacted)
        return data

    def judge_agent_text(self, text: str) -> AgentVerdict:
        """A message going to a user (an agent's reply, a snippet, a broadcast)."""
        detection = detect(text)
        self._remember_values(detection)
        return AgentVerdict(
            redacted=detection.redacted(),
            secret=agent_holds_secret(detection),
            asks_for_secret=asks_for_secret(text),
        )

    def _remember(self, update_id: int, verdict: Verdict) -> None:
        self._verdicts[update_id] = verdict
        while len(self._verdicts) > MEMO_SIZE:
            self._verdicts.popitem(last=False)
        self._remember_values(verdict.detection, verdict.findings)

    def _remember_values(
        self, detection: Detection, findings: tuple[Finding, ...] | None = None
    ) -> None:
        for finding in detection.findings if findings is None else findings:
            recent_secrets.add(detection.text[finding.start : finding.end])

    # ------------------------------------------------------------ in the gate
    def verdict_for(self, update: Update) -> Verdict | None:
        """The verdict made on arrival; for an update replayed from the inbox after a restart
        (its text already marked), one read from its marks."""
        found = self._verdicts.pop(update.update_id, None)
        if found is not None:
            return found
        private = _private_message(update)
        if private is None:
            return None
        text = message_text(private[0])
        marks = marks_in(text)
        kinds = [_SECRET_MARKS[m] for m in marks if m in _SECRET_MARKS]
        if Mark.WITHHELD in marks:
            return Verdict(Detection(text, (), None, None, None), (), withheld=True)
        findings = tuple(Finding(kind, 0, 0) for kind in kinds)
        if Mark.UNCONFIRMED in marks and not findings:
            findings = (Finding(SecretKind.PRIVATE_KEY, 0, 0, ambiguous=True),)
        return Verdict(Detection(text, (), None, None, None), findings)

    def agent_verdict(self, update_id: int, text: str) -> AgentVerdict:
        found = self._agents.pop(update_id, None)
        return found if found is not None else self.judge_agent_text(text)

    def take_withheld(self, update_id: int) -> Update | None:
        return self._withheld.pop(update_id, None)

    def release(self, chat_id: int, update_id: int) -> Update | None:
        """The hold ran out with nothing following: the update, to be handled as usual."""
        if not self.guard.release(chat_id, update_id):
            return None
        self._verdicts[update_id] = clean("")
        return self._withheld.pop(update_id, None)

    def mark_released(self, update_id: int) -> None:
        self._verdicts[update_id] = clean("")

    # --------------------------------------------------- the undecided hash
    def ask_about(self, update: Update, verdict: Verdict) -> None:
        self._expire_pending()
        self._pending[update.update_id] = (update, verdict, time.monotonic())

    def answer(self, update_id: int, *, is_hash: bool) -> tuple[Update, Verdict] | None:
        """The user said what the value was: the update and the verdict to act on, or None
        when the question expired (the value was never stored, so it is gone)."""
        self._expire_pending()
        found = self._pending.pop(update_id, None)
        if found is None:
            return None
        update, verdict, _ = found
        decided = verdict.permit(frozenset({Permit.HASHES})) if is_hash else verdict.as_key()
        self._verdicts[update_id] = decided
        return update, decided

    def _expire_pending(self) -> None:
        now = time.monotonic()
        for key in [k for k, (_, _, at) in self._pending.items() if now - at > PENDING_SECONDS]:
            del self._pending[key]


def _replace_text(data: dict[str, Any], text: str) -> None:
    for key in ("message", "edited_message"):
        message = data.get(key)
        if isinstance(message, dict):
            field = "text" if "text" in message else "caption" if "caption" in message else None
            if field is not None:
                data[key] = {**message, field: text}  # a copy: the original may be shared
