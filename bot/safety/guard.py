"""The secret guard for a conversation: one detection pass per message (bot/safety/detector.py)
read in the light of the chat's last few messages, kept in memory only.

- A password right after a mention: after an offer ("can I tell you my password?") a one-token
  message shaped like a password or PIN is one; after the topic alone ("password reset fails")
  only a token that reads as a strong password is.
- A phrase over several messages: a message made only of a few word-list words is withheld
  (not handled, stored or relayed) for HOLD_SECONDS. If the next message continues it into a
  phrase, all parts are secret; if anything else comes, or nothing, the withheld message is
  released and handled as usual, just late. Withholding beats withdrawing: what was never
  relayed or stored needs no chasing through the agents' group, the database and the log.
- A bare 64-hex value is ambiguous (transaction hash or private key); the caller asks the user.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from enum import StrEnum

from bot.safety.detector import Detection, Finding, Fragment, detect, redact
from bot.safety.marks import Mark, SecretKind, mark
from bot.safety.password_talk import Mention, TokenShape
from bot.safety.phrase_runs import Language

HOLD_SECONDS = 45.0
MENTION_SECONDS = 120.0
PHRASE_CONTINUES_SECONDS = 120.0  # list-word messages right after a phrase are more of it
MAX_CHATS = 50_000


class Permit(StrEnum):
    """What a flow step legitimately asks for (its handler stores only a masked value)."""

    HASHES = "hashes"
    CARDS = "cards"


@dataclass(frozen=True, slots=True)
class Verdict:
    detection: Detection
    findings: tuple[Finding, ...]
    withheld: bool = False  # held back as the possible first part of a phrase
    completes: tuple[int, ...] = ()  # withheld messages this one proves were part of a phrase
    releases: tuple[int, ...] = ()  # withheld messages that were harmless: handle them first

    @property
    def secret(self) -> bool:
        return any(not f.ambiguous for f in self.findings)

    @property
    def ambiguous(self) -> bool:
        return not self.secret and any(f.ambiguous for f in self.findings)

    @property
    def kinds(self) -> frozenset[SecretKind]:
        return frozenset(f.kind for f in self.findings)

    @property
    def redacted(self) -> str:
        """The text as it may be stored: secrets, undecided values and withheld words marked."""
        if self.withheld:
            return mark(Mark.WITHHELD)
        return redact(self.detection.text, self.findings)

    def permit(self, permits: frozenset[Permit]) -> Verdict:
        """The verdict at a flow step that asks for a transaction hash or a card number."""
        if not permits:
            return self
        kept = tuple(
            f
            for f in self.findings
            if not (Permit.HASHES in permits and f.ambiguous)
            and not (Permit.CARDS in permits and f.kind is SecretKind.CARD_NUMBER)
        )
        return replace(self, findings=kept)

    def as_key(self) -> Verdict:
        """The user said the undecided value was a private key after all."""
        return replace(self, findings=tuple(replace(f, ambiguous=False) for f in self.findings))


def clean(text: str) -> Verdict:
    """A message let through as it is (a withheld one released, a hash the user confirmed)."""
    return Verdict(Detection(text, (), None, None, None), ())


@dataclass(slots=True)
class _Held:
    key: int
    words: int
    language: Language
    at: float


@dataclass(slots=True)
class _Chat:
    mention: Mention | None = None
    mention_at: float = 0.0
    held: list[_Held] = field(default_factory=list)
    phrase_at: float | None = None
    # A few list words that were not withheld (they read like a sentence): if the next
    # message completes a phrase with them, that message is stopped.
    passed: _Held | None = None


PASSED_MIN_WORDS = 4  # English list words in a row that may be a phrase's first part


class SecretGuard:
    """Thread-safe: the bot may inspect a large batch in a worker thread."""

    def __init__(self) -> None:
        self._chats: OrderedDict[int, _Chat] = OrderedDict()
        self._lock = threading.Lock()

    def _chat(self, chat_id: int) -> _Chat:
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = _Chat()
            if len(self._chats) > MAX_CHATS:
                self._chats.popitem(last=False)
        else:
            self._chats.move_to_end(chat_id)
        return chat

    def inspect(
        self,
        chat_id: int,
        key: int,
        text: str,
        *,
        now: float | None = None,
        may_withhold: bool = True,
    ) -> Verdict:
        detection = detect(text)
        now = time.monotonic() if now is None else now
        with self._lock:
            return self._decide(self._chat(chat_id), key, detection, now, may_withhold)

    def interrupt(self, chat_id: int) -> tuple[int, ...]:
        """Something other than a message (a button press): withheld messages are released."""
        with self._lock:
            chat = self._chats.get(chat_id)
            if chat is None or not chat.held:
                return ()
            released = tuple(h.key for h in chat.held)
            chat.held.clear()
            return released

    def release(self, chat_id: int, key: int) -> bool:
        """The hold ran out: True if `key` was still withheld (and now is not)."""
        with self._lock:
            chat = self._chats.get(chat_id)
            if chat is None or not any(h.key == key for h in chat.held):
                return False
            chat.held = [h for h in chat.held if h.key != key]
            return True

    def _decide(
        self, chat: _Chat, key: int, detection: Detection, now: float, may_withhold: bool
    ) -> Verdict:
        findings = list(detection.findings)
        fragment = detection.fragment
        completes: tuple[int, ...] = ()
        releases: tuple[int, ...] = ()
        withheld = False
        chat.held = [h for h in chat.held if now - h.at < HOLD_SECONDS]

        password = self._password_after_mention(chat, detection, now)
        if password is not None:
            findings.append(password)

        phrase_recent = (
            chat.phrase_at is not None and now - chat.phrase_at < PHRASE_CONTINUES_SECONDS
        )
        has_phrase = any(f.kind is SecretKind.RECOVERY_PHRASE for f in findings)
        after_passed = self._continues_passed(chat, fragment, now)
        if fragment is not None and not (fragment.strong or chat.held or phrase_recent):
            if fragment.language is Language.EN and fragment.words >= PASSED_MIN_WORDS:
                chat.passed = _Held(key, fragment.words, fragment.language, now)
            fragment = None  # a few ordinary words, with no phrase begun before them
        if fragment is not None:
            same_language = all(h.language is fragment.language for h in chat.held)
            total = fragment.words + sum(h.words for h in chat.held)
            fragment_finding = Finding(fragment.kind, fragment.start, fragment.end)
            if (
                (chat.held and same_language and total >= fragment.target)
                or phrase_recent
                or after_passed
            ):
                findings.append(fragment_finding)
                completes = tuple(h.key for h in chat.held)
                chat.held.clear()
                has_phrase = True
            elif may_withhold and (same_language or not chat.held):
                chat.held.append(_Held(key, fragment.words, fragment.language, now))
                withheld = True
            else:
                releases = tuple(h.key for h in chat.held)
                chat.held.clear()
        elif chat.held and detection.keeps_mention and not findings:
            pass  # "continued", "等下": a filler between parts keeps them withheld
        elif chat.held:
            if has_phrase:
                completes = tuple(h.key for h in chat.held)
            else:
                releases = tuple(h.key for h in chat.held)
            chat.held.clear()
        if has_phrase:
            chat.phrase_at = now
        self._follow_mention(chat, detection, findings, now)
        return Verdict(detection, tuple(findings), withheld, completes, releases)

    @staticmethod
    def _continues_passed(chat: _Chat, fragment: Fragment | None, now: float) -> bool:
        """Whether a strong fragment completes the ordinary words let pass just before it.
        Those words are remembered for one message only: this one."""
        passed = chat.passed if chat.passed and now - chat.passed.at < HOLD_SECONDS else None
        chat.passed = None
        return (
            fragment is not None
            and fragment.strong
            and passed is not None
            and passed.language is fragment.language
            and passed.words + fragment.words >= fragment.target
        )

    @staticmethod
    def _follow_mention(
        chat: _Chat, detection: Detection, findings: list[Finding], now: float
    ) -> None:
        if detection.keeps_mention and not findings:
            return  # "my password" / "is" / the value: the offer stays open
        if findings or detection.mention is None:
            chat.mention = None
        else:
            chat.mention, chat.mention_at = detection.mention, now

    @staticmethod
    def _password_after_mention(chat: _Chat, detection: Detection, now: float) -> Finding | None:
        if (
            detection.findings
            or chat.mention is None
            or now - chat.mention_at >= MENTION_SECONDS
            or detection.lone_token is None
        ):
            return None
        token = detection.lone_token
        if chat.mention is Mention.TOPIC and token.shape is not TokenShape.STRONG:
            return None  # after the topic alone, only what reads as a password on its own
        return Finding(SecretKind.PASSWORD, token.start, token.end)
