"""Private keys in what a user typed: 32-byte hex (any case, with or without 0x, in groups or
over two lines), WIF, BIP-32 / SLIP-132 extended private keys, Solana keypairs (base58, and the
byte array that the Solana CLI and Phantom export), and Ethereum keystore files.

A bare 64-hex value is the one shape that cannot be told apart from a transaction hash: it is
returned as "ambiguous" unless the words right before it, or an explorer link around it, say
which it is."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bot.safety.normalize import Normalized


class KeyCertainty(StrEnum):
    KEY = "key"
    AMBIGUOUS = "ambiguous"  # a 64-hex value with nothing around it to say what it is
    HASH = "hash"  # a 64-hex value introduced as a transaction hash


@dataclass(frozen=True, slots=True)
class KeyMatch:
    start: int  # in the normalized text
    end: int
    certainty: KeyCertainty


_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_VALUE = {char: value for value, char in enumerate(_BASE58)}

# Hex in chunks of 4+ joined by a short separator ("a1b2c3d4 e5f6…"), or over lines (the last
# line may be short: "…3664\n4d").
_HEX_CHUNKS = re.compile(
    r"(?<![0-9a-z])(?:0x)?[0-9a-f]{4,}"
    r"(?:(?:[ \t\-:]{1,3}[0-9a-f]{4,}|\r?\n[0-9a-f]{2,}))*(?![0-9a-z])"
)
_HEX_SEPARATORS = re.compile(r"[\s\-:]")
# Explorer links and words that introduce a transaction hash right before the value.
_EXPLORER_BEFORE = re.compile(
    r"(?:/tx/|/txs/|/transaction/|/transactions/|#/transaction/|[?&](?:tx|txid|hash)=)$"
)
_HASH_WORDS_BEFORE = re.compile(
    r"(?:\btx\s*hash|\btxn?\s*id|\btxhash|\btxn?|\bhash|\btransaction\s*(?:hash|id)|"
    r"交易哈希|交易\s*hash|交易\s*id|哈希值?|交易单号|区块链交易号|交易号)"
    r"\s*(?:is|was|=|:|：|是|为|為|\(|（|#|\s)*(?:0x)?$",
)
_KEY_WORDS_BEFORE = re.compile(
    r"(?:\bprivate|\bpriv|\bsecret|\bkeys?\b|私钥|私鑰|密钥|密鑰|秘钥)[^.\n。!?！？]{0,24}$"
)
_BASE58_RUN = re.compile(r"(?<![0-9A-Za-z])[1-9A-HJ-NP-Za-km-z]{50,120}(?![0-9A-Za-z])")
# A long key wrapped over lines: base58 pieces of 20+ characters with only a line break (or a
# space or two) between them.
_BASE58_WRAPPED = re.compile(
    r"(?<![0-9A-Za-z])[1-9A-HJ-NP-Za-km-z]{20,}"
    r"(?:(?:\r?\n|[ \t]{1,2})[1-9A-HJ-NP-Za-km-z]{20,}){1,3}"
    r"(?![0-9A-Za-z])"
)
_BASE58_PIECE = re.compile(r"[1-9A-HJ-NP-Za-km-z]+")
_BYTE_ARRAY = re.compile(r"\[\s*\d{1,3}(?:\s*,\s*\d{1,3}){31,63}\s*,?\s*\]")
_KEYSTORE = re.compile(r'"?(?:ciphertext|kdfparams|cipherparams)"?\s*:', re.IGNORECASE)
_WIF_VERSIONS = (0x80, 0xEF)  # mainnet, testnet
_EXTENDED_KEY_LENGTH = 78
_EXTENDED_KEY_BYTE = 45  # 0x00 before a private key; 0x02/0x03 start a public one
_MAX_KEYPAIR_CHECKS = 8  # each costs an ed25519 derivation; more candidates count as keys


def _base58check(value: str) -> bytes | None:
    """The payload of a base58check string, or None when the checksum does not hold."""
    raw = _base58_decode(value)
    if raw is None or len(raw) < 5:
        return None
    payload, checksum = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != checksum:
        return None
    return payload


def _base58_decode(value: str) -> bytes | None:
    number = 0
    for char in value:
        digit = _BASE58_VALUE.get(char)
        if digit is None:
            return None
        number = number * 58 + digit
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\x00" * (len(value) - len(value.lstrip("1"))) + raw


def _ed25519_keypair(raw: bytes) -> bool:
    """A Solana secret key is the 32-byte seed followed by its own public key."""
    if len(raw) != 64:
        return False
    try:
        public = Ed25519PrivateKey.from_private_bytes(raw[:32]).public_key()
    except ValueError:
        return False
    return public.public_bytes_raw() == raw[32:]


def _hex_certainty(folded: str, start: int) -> KeyCertainty:
    before = folded[max(0, start - 40) : start]
    if _EXPLORER_BEFORE.search(before) or (
        _HASH_WORDS_BEFORE.search(before) and not _KEY_WORDS_BEFORE.search(before)
    ):
        return KeyCertainty.HASH
    if _KEY_WORDS_BEFORE.search(before):
        return KeyCertainty.KEY
    return KeyCertainty.AMBIGUOUS


def _hex_keys(normalized: Normalized) -> list[KeyMatch]:
    folded = normalized.folded
    found = []
    for match in _HEX_CHUNKS.finditer(folded):
        value = match.group(0)
        start = match.start()
        if value.startswith("0x"):
            value, start = value[2:], start + 2
        digits = _HEX_SEPARATORS.sub("", value)
        if len(digits) == 64 and _random_hex(digits):
            found.append(
                KeyMatch(match.start(), match.end(), _hex_certainty(folded, match.start()))
            )
        elif len(digits) == 128 and _ed25519_keypair(bytes.fromhex(digits)):
            found.append(KeyMatch(match.start(), match.end(), KeyCertainty.KEY))
    return found


def _random_hex(digits: str) -> bool:
    """32 random bytes mix digits and letters; a row of English hex words ("deadbeef…") or a
    number does not."""
    letters = sum(c.isalpha() for c in digits)
    return 6 <= letters <= 58


def _base58_candidates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, value): each base58 run, and wrapped pieces joined where the join has the
    length of a key (a Solana keypair, a WIF, an extended key)."""
    found = [(m.start(), m.end(), m.group(0)) for m in _BASE58_RUN.finditer(text)]
    for match in _BASE58_WRAPPED.finditer(text):
        pieces = list(_BASE58_PIECE.finditer(text, match.start(), match.end()))
        for first in range(len(pieces)):
            for last in range(first + 1, len(pieces)):
                value = "".join(p.group(0) for p in pieces[first : last + 1])
                if 51 <= len(value) <= 52 or 86 <= len(value) <= 88 or 107 <= len(value) <= 112:
                    found.append((pieces[first].start(), pieces[last].end(), value))
    return found


def _base58_keys(normalized: Normalized) -> list[KeyMatch]:
    found = []
    checks = 0
    for start, end, value in _base58_candidates(normalized.text):
        if 86 <= len(value) <= 88:
            raw = _base58_decode(value)
            if raw is not None and len(raw) == 64:
                checks += 1
                if checks > _MAX_KEYPAIR_CHECKS or _ed25519_keypair(raw):
                    found.append(KeyMatch(start, end, KeyCertainty.KEY))
                continue
        if len(value) > 112:
            continue
        payload = _base58check(value) if len(value) in (51, 52) or len(value) >= 107 else None
        if payload is None:
            continue
        wif = len(payload) in (33, 34) and payload[0] in _WIF_VERSIONS
        extended = len(payload) == _EXTENDED_KEY_LENGTH and payload[_EXTENDED_KEY_BYTE] == 0
        if wif or extended:
            found.append(KeyMatch(start, end, KeyCertainty.KEY))
    return found


def _byte_arrays(normalized: Normalized) -> list[KeyMatch]:
    found = []
    for match in _BYTE_ARRAY.finditer(normalized.text):
        numbers = [int(n) for n in re.findall(r"\d+", match.group(0))]
        if len(numbers) in (32, 64) and all(n <= 255 for n in numbers):
            found.append(KeyMatch(match.start(), match.end(), KeyCertainty.KEY))
    return found


def _keystores(normalized: Normalized) -> list[KeyMatch]:
    text = normalized.text
    if not _KEYSTORE.search(text) or "{" not in text:
        return []
    # The whole JSON object: from its first brace to its last.
    start, end = text.index("{"), text.rfind("}")
    return [KeyMatch(start, (end + 1) if end > start else len(text), KeyCertainty.KEY)]


_HEX_RUN = re.compile(r"(?<![0-9a-z])(?:0x)?([0-9a-f]{12,63})(?![0-9a-z])")
_PART_LABEL = re.compile(r"^[\W_]*(?:[a-z\u4e00-\u9fff]{1,12}[\W_]+){0,4}$")
KEY_HEX_DIGITS = 64


def hex_part(folded: str) -> int:
    """How many hex digits of a key the message holds, when it is a part of one sent in pieces
    ("私钥分两行", "pk 27b3e808…", "rest: 7ab7a4c2…"): one run of random hex, shorter than a key,
    with at most a few words of label around it. 0 when it is not."""
    runs = list(_HEX_RUN.finditer(folded))
    if len(runs) != 1:
        return 0
    run = runs[0]
    digits = run.group(1)
    if run.group(0).startswith("0x") and len(digits) == 40:
        return 0  # an Ethereum address
    letters = sum(c.isalpha() for c in digits)
    if not 2 <= letters <= len(digits) - 2:
        return 0
    around = folded[: run.start()] + " " + folded[run.end() :]
    return len(digits) if _PART_LABEL.match(around) else 0


def find_keys(normalized: Normalized) -> list[KeyMatch]:
    return [
        *_hex_keys(normalized),
        *_base58_keys(normalized),
        *_byte_arrays(normalized),
        *_keystores(normalized),
    ]
