"""Finding secrets a panicked user might type: recovery phrases, private keys, card numbers,
passwords and CVVs. Returns what was found and the text with each secret replaced by a
placeholder; the raw value goes nowhere.

Word lists come from the `mnemonic` package (the BIP-39 reference implementation).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from mnemonic import Mnemonic


class SecretKind(StrEnum):
    RECOVERY_PHRASE = "recovery_phrase"
    PRIVATE_KEY = "private_key"
    CARD_NUMBER = "card_number"
    PASSWORD = "password"


@dataclass(frozen=True, slots=True)
class Finding:
    kind: SecretKind
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Scan:
    redacted: str
    kinds: frozenset[SecretKind]

    @property
    def found(self) -> bool:
        return bool(self.kinds)


PHRASE_LENGTHS = (12, 15, 18, 21, 24)
MIN_RUN = 8  # a partial phrase of this many list words is already too much to share
MIN_MEAN_RANK = 450

_LATIN_WORD = re.compile(r"[A-Za-z]+")
# What may stand between the words of a pasted phrase: separators and numbering ("1. ", "2)").
_LATIN_GAP = re.compile(r"^(?:[\s,;:./|()\[\]\-_\"'`]|\d{1,2}[.):]?)*$")
_CJK_GAP = re.compile(r"^(?:[\s,，、;；:：./|()（）\[\]\-_\"'`]|\d{1,2}[.):．、]?)*$")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")

_HEX64 = re.compile(r"(?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{64}(?![0-9A-Za-z])")
_HASH_CONTEXT = re.compile(
    r"(tx|txid|hash|transaction|交易|哈希|scan\.|explorer|区块|block)", re.IGNORECASE
)
_KEY_CONTEXT = re.compile(r"(private|secret|key|私钥|密钥)", re.IGNORECASE)
_SEED_CONTEXT = re.compile(
    r"(助记词|助記詞|恢复短语|恢復短語|种子|種子|钱包|錢包|备份|備份|私钥|seed|mnemonic|recovery|wallet)",
    re.IGNORECASE,
)
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_WIF = re.compile(r"(?<![0-9A-Za-z])[5KL][1-9A-HJ-NP-Za-km-z]{50,51}(?![0-9A-Za-z])")
_XPRV = re.compile(r"(?<![0-9A-Za-z])[xyzt]prv[1-9A-HJ-NP-Za-km-z]{100,112}(?![0-9A-Za-z])")
_CARD = re.compile(r"(?<![\d\w])(?:\d[ -]?){12,18}\d(?![\d\w])")
# "password is x", "pwd: x", "密码是x", "cvv 123": the value right after the word.
_INLINE_SECRET = re.compile(
    r"(?P<label>password|passcode|passwd|pwd|pin|cvv|cvc|security code|密码|支付密码|口令|安全码)"
    r"\s*(?:is|was|=|:|：|是|为|:\s*is)?\s*[\"'“”]?"
    r"(?P<value>[A-Za-z0-9][^\s\"'“”,，。、()（）]{2,63})",
    re.IGNORECASE,
)
_MENTION = re.compile(
    r"(password|passcode|pin|cvv|cvc|security code|密码|安全码|口令)", re.IGNORECASE
)
_TOKEN_LIKE = re.compile(r"^\S{3,64}$")

PLACEHOLDER = {
    SecretKind.RECOVERY_PHRASE: "[recovery phrase removed]",
    SecretKind.PRIVATE_KEY: "[private key removed]",
    SecretKind.CARD_NUMBER: "[card number removed]",
    SecretKind.PASSWORD: "[password removed]",
}


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """English words, and every character of either Chinese list."""
    english = frozenset(Mnemonic("english").wordlist)
    chinese = frozenset(Mnemonic("chinese_simplified").wordlist) | frozenset(
        Mnemonic("chinese_traditional").wordlist
    )
    return english, chinese


# ------------------------------------------------------------------ phrases
def _varied(words: list[str]) -> bool:
    """Phrases are random picks: "help help help …" is emphasis, not a seed."""
    return len(set(words)) >= 0.75 * len(words)


def _latin_runs(text: str) -> list[Finding]:
    english, _ = _lists()
    findings: list[Finding] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        words = [m.group(0).lower() for m in run]
        if len(run) >= MIN_RUN and _varied(words):
            findings.append(Finding(SecretKind.RECOVERY_PHRASE, run[0].start(), run[-1].end()))
        run.clear()

    previous_end = 0
    for match in _LATIN_WORD.finditer(text):
        word = match.group(0).lower()
        if word in english and (not run or _LATIN_GAP.match(text[previous_end : match.start()])):
            run.append(match)
        else:
            close()
            if word in english:
                run.append(match)
        previous_end = match.end()
    close()
    return findings


def _separated_cjk_runs(text: str) -> list[Finding]:
    """Single characters from the list set apart by separators: 败 诉 物 区 … A run may start
    on the last character of a longer chunk and end on the first of one ("是败、诉…、区请")."""
    _, chinese = _lists()
    findings: list[Finding] = []
    run: list[int] = []  # positions of the words in the current run
    last_end = 0

    def close() -> None:
        if len(run) >= MIN_RUN and _varied([text[i] for i in run]):
            findings.append(Finding(SecretKind.RECOVERY_PHRASE, run[0], run[-1] + 1))
        run.clear()

    for chunk in re.finditer(r"[\u3400-\u9fff]+", text):
        joined = bool(run) and _CJK_GAP.match(text[last_end : chunk.start()])
        chars = chunk.group(0)
        if not joined:
            close()
        if len(chars) == 1 and chars in chinese:
            run.append(chunk.start())
        else:
            if joined and chars[0] in chinese:
                run.append(chunk.start())
            close()
            if chars[-1] in chinese:
                run.append(chunk.end() - 1)
        last_end = chunk.end()
    close()
    return findings


@lru_cache(maxsize=1)
def _chinese_lists() -> tuple[tuple[dict[str, int], Mnemonic], ...]:
    lists = []
    for name in ("chinese_simplified", "chinese_traditional"):
        wordlist = Mnemonic(name)
        lists.append(({c: rank for rank, c in enumerate(wordlist.wordlist)}, wordlist))
    return tuple(lists)


def _phrase_like(chars: str) -> bool:
    """Random picks from a frequency-ordered list use rare characters; prose does not. A run
    that passes that test must also carry a valid BIP-39 checksum in one of the lists."""
    for ranks, wordlist in _chinese_lists():
        if not all(c in ranks for c in chars):
            continue
        # Random picks average rank ~1024 in the frequency-ordered list and fall below
        # MIN_MEAN_RANK about once in 10,000 phrases; prose leans on common characters.
        if sum(ranks[c] for c in chars) / len(chars) < MIN_MEAN_RANK:
            continue
        try:
            if wordlist.check(" ".join(chars)):
                return True
        except (LookupError, ValueError):
            continue
    return False


def _joined_cjk_phrases(text: str) -> list[Finding]:
    """A phrase pasted without spaces: every window of a phrase length is checksum-tested."""
    _, ranks = _lists()
    findings: list[Finding] = []
    talks_about_seeds = bool(_SEED_CONTEXT.search(text))
    for run in re.finditer(r"[\u3400-\u9fff]{12,}", text):
        chars = run.group(0)
        # Prose is full of list characters: test windows inside longer runs only when the
        # message talks about seeds or wallets; a run exactly a phrase long is tested always.
        if len(chars) not in PHRASE_LENGTHS and not talks_about_seeds:
            continue
        for length in PHRASE_LENGTHS:
            for offset in range(0, len(chars) - length + 1):
                window = chars[offset : offset + length]
                if all(c in ranks for c in window) and _phrase_like(window):
                    start = run.start() + offset
                    findings.append(Finding(SecretKind.RECOVERY_PHRASE, start, start + length))
    return findings


# --------------------------------------------------------------------- keys
def _base58check(value: str) -> bool:
    number = 0
    for char in value:
        number = number * 58 + _BASE58.index(char)
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    raw = b"\x00" * (len(value) - len(value.lstrip("1"))) + raw
    payload, checksum = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == checksum


def _keys(text: str, *, allow_hashes: bool) -> list[Finding]:
    findings = []
    for match in _HEX64.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        hash_context = _HASH_CONTEXT.search(before) and not _KEY_CONTEXT.search(before)
        if allow_hashes or hash_context:
            continue
        findings.append(Finding(SecretKind.PRIVATE_KEY, match.start(), match.end()))
    for pattern in (_WIF, _XPRV):
        for match in pattern.finditer(text):
            if pattern is _XPRV or _base58check(match.group(0)):
                findings.append(Finding(SecretKind.PRIVATE_KEY, match.start(), match.end()))
    return findings


# -------------------------------------------------------------------- cards
def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _card_prefix(digits: str) -> bool:
    two, four = int(digits[:2]), int(digits[:4])
    return (
        digits[0] == "4"  # Visa
        or 51 <= two <= 55
        or 2221 <= four <= 2720  # Mastercard
        or two in (34, 37)  # American Express
        or two == 62  # UnionPay
        or two in (35, 36, 38)
        or digits[:4] == "6011"
        or two == 65  # JCB, Diners, Discover
    )


def _cards(text: str) -> list[Finding]:
    findings = []
    for match in _CARD.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if 13 <= len(digits) <= 19 and _card_prefix(digits) and luhn_valid(digits):
            findings.append(Finding(SecretKind.CARD_NUMBER, match.start(), match.end()))
    return findings


# ---------------------------------------------------------------- passwords
def _password_like(value: str) -> bool:
    """'hunter2', 'Abc!def', '1234' are; 'wrong', 'reset', '错误' are prose."""
    if _CJK_CHAR.search(value):
        return False
    return bool(
        re.search(r"\d", value)
        or re.search(r"[^\w]", value)
        or (re.search(r"[A-Z]", value) and re.search(r"[a-z]", value))
    )


def _passwords(text: str) -> list[Finding]:
    return [
        Finding(SecretKind.PASSWORD, m.start("value"), m.end("value"))
        for m in _INLINE_SECRET.finditer(text)
        if _password_like(m.group("value"))
    ]


def mentions_secret(text: str) -> bool:
    """Whether a message talks about a password/PIN/CVV, so the next short one may be it."""
    return bool(_MENTION.search(text or ""))


_CONTACT_LIKE = re.compile(r"^(\S+@\S+\.\S+|\+?[\d\s()-]{6,20})$")


def looks_like_lone_secret(text: str) -> bool:
    """A short token that could be a password; an email or phone number is not one."""
    value = (text or "").strip()
    if _CONTACT_LIKE.match(value):
        return False
    return bool(_TOKEN_LIKE.match(value)) and _password_like(value)


# --------------------------------------------------------------------- scan
def scan(text: str, *, allow_hashes: bool = False, allow_cards: bool = False) -> Scan:
    """Every secret in `text`, replaced by its placeholder."""
    if not text:
        return Scan(text, frozenset())
    findings = [
        *_latin_runs(text),
        *_separated_cjk_runs(text),
        *_joined_cjk_phrases(text),
        *_keys(text, allow_hashes=allow_hashes),
        *([] if allow_cards else _cards(text)),
        *_passwords(text),
    ]
    if not findings:
        return Scan(text, frozenset())
    findings.sort(key=lambda f: (f.start, -f.end))
    parts, cursor = [], 0
    for finding in findings:
        if finding.start < cursor:
            continue  # overlaps a secret already removed
        parts += [text[cursor : finding.start], PLACEHOLDER[finding.kind]]
        cursor = finding.end
    parts.append(text[cursor:])
    return Scan("".join(parts), frozenset(f.kind for f in findings))
