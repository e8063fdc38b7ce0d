"""One pass over a message for every kind of secret: normalize once, run each detector on the
normalized text, map what they found back to the characters the user sent. Pure and linear in
the length of the input; the conversation-level decisions (a password after a mention, a
phrase over two messages, asking about a bare hash) are made by bot/safety/guard.py."""

from __future__ import annotations

from dataclasses import dataclass

from bot.safety.cards import find_cards
from bot.safety.keys import KEY_HEX_DIGITS, KeyCertainty, find_keys, hex_part
from bot.safety.marks import Mark, SecretKind, mark, without_marks
from bot.safety.normalize import Normalized, normalize
from bot.safety.password_talk import (
    Mention,
    TokenShape,
    continues_mention,
    lone_token,
    mention_of,
)
from bot.safety.passwords import find_passwords
from bot.safety.phrase_runs import MIN_RUN, Language
from bot.safety.phrases import find_phrases

MAX_SCANNED = 100_000  # longer input is cut here first (Telegram's own limit is 4,096)


@dataclass(frozen=True, slots=True)
class Finding:
    kind: SecretKind
    start: int  # in the original text
    end: int
    ambiguous: bool = False  # a 64-hex value that may be a private key or a transaction hash


@dataclass(frozen=True, slots=True)
class Fragment:
    """The whole message is a few word-list words: perhaps the first part of a phrase."""

    words: int
    language: Language
    start: int
    end: int
    strong: bool  # random enough to withhold on its own; else it only continues a phrase
    kind: SecretKind = SecretKind.RECOVERY_PHRASE
    target: int = MIN_RUN  # parts whose sizes add up to this are a secret


@dataclass(frozen=True, slots=True)
class LoneToken:
    """The message leads with one short value ("sunshine88", "ok 2580"): a password if it
    follows an offer to give one."""

    start: int  # in the original text
    end: int
    shape: TokenShape


@dataclass(frozen=True, slots=True)
class Detection:
    text: str
    findings: tuple[Finding, ...]
    fragment: Fragment | None
    mention: Mention | None  # what the message says about passwords, when it holds none
    lone_token: LoneToken | None
    keeps_mention: bool = False  # a bare "is" or ":" between an offer and the value

    @property
    def secret(self) -> bool:
        return any(not f.ambiguous for f in self.findings)

    @property
    def ambiguous(self) -> bool:
        return any(f.ambiguous for f in self.findings)

    @property
    def kinds(self) -> frozenset[SecretKind]:
        return frozenset(f.kind for f in self.findings)

    def redacted(self, extra: tuple[Finding, ...] = ()) -> str:
        return redact(self.text, (*self.findings, *extra))


def redact(text: str, findings: tuple[Finding, ...] | list[Finding]) -> str:
    """The text with each finding replaced by its mark; overlapping findings merge."""
    if not findings:
        return without_marks(text)
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    parts: list[str] = []
    cursor = 0
    for finding in ordered:
        if finding.end <= cursor:
            continue
        start = max(finding.start, cursor)
        parts.append(without_marks(text[cursor:start]))
        parts.append(mark(Mark.UNCONFIRMED if finding.ambiguous else finding.kind))
        cursor = finding.end
    parts.append(without_marks(text[cursor:]))
    return "".join(parts)


def _finding(normalized: Normalized, kind: SecretKind, start: int, end: int, **kw: bool) -> Finding:
    original_start, original_end = normalized.span(start, end)
    return Finding(kind, original_start, original_end, **kw)


def detect(text: str) -> Detection:
    text = (text or "")[:MAX_SCANNED]
    if not text.strip():
        return Detection(text, (), None, None, None)
    normalized = normalize(text)
    findings: list[Finding] = []
    phrases = find_phrases(normalized)
    for run in phrases.runs:
        findings.append(_finding(normalized, SecretKind.RECOVERY_PHRASE, run.start, run.end))
    for key in find_keys(normalized):
        if key.certainty is not KeyCertainty.HASH:
            findings.append(
                _finding(
                    normalized,
                    SecretKind.PRIVATE_KEY,
                    key.start,
                    key.end,
                    ambiguous=key.certainty is KeyCertainty.AMBIGUOUS,
                )
            )
    for card in find_cards(normalized.folded):
        findings.append(_finding(normalized, SecretKind.CARD_NUMBER, card.start, card.end))
    for password in find_passwords(normalized.folded):
        findings.append(_finding(normalized, SecretKind.PASSWORD, password.start, password.end))
    if any(not f.ambiguous for f in findings):
        # Beside a certain secret, a value that may be a key is treated as one: no question.
        findings = [Finding(f.kind, f.start, f.end) for f in findings]
    fragment = None
    hex_digits = 0 if findings else hex_part(normalized.folded)
    if hex_digits:
        # Pieces make a key when their digits add up to one, as words add up to a phrase.
        fragment = Fragment(
            hex_digits, Language.HEX, 0, len(text), True, SecretKind.PRIVATE_KEY, KEY_HEX_DIGITS
        )
    elif phrases.fragment is not None and not findings:
        start, end = normalized.span(phrases.fragment.start, phrases.fragment.end)
        fragment = Fragment(
            phrases.fragment.words, phrases.fragment.language, start, end, phrases.fragment_strong
        )
    token = None
    if not findings:
        found = lone_token(normalized.text, normalized.folded)
        if found is not None:
            start, end = normalized.span(found[0], found[1])
            token = LoneToken(start, end, found[2])
    return Detection(
        text=text,
        findings=tuple(sorted(findings, key=lambda f: f.start)),
        fragment=fragment,
        mention=None if findings else mention_of(normalized.folded),
        lone_token=token,
        keeps_mention=continues_mention(normalized.folded),
    )
