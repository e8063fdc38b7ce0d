"""Real-format secrets for tests: a fixed phrase, a transaction-hash-shaped value, and Solana
keypairs written the way wallets export them."""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from mnemonic import Mnemonic

# Fixed, so a word that also appears in the schema ("type") cannot make a check pass or fail
# by chance; checks look for two words side by side.
PHRASE = Mnemonic("english").to_mnemonic(bytes.fromhex("7f3a9c2e51d8b40f6e2a9d13c8b7f054"))
HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"  # sha256("test")
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58(raw: bytes) -> str:
    number, out = int.from_bytes(raw, "big"), ""
    while number:
        number, digit = divmod(number, 58)
        out = BASE58[digit] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def solana_keypair(seed: bytes = bytes(range(1, 33))) -> bytes:
    """A secret key as Phantom exports it: the seed, then its ed25519 public key."""
    public = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()
    return seed + public


def phrase(language: str = "english", seed: int = 0) -> str:
    """A valid 12-word phrase, the same on every run (random phrases would make a test that
    passes or fails by luck)."""
    entropy = hashlib.sha256(f"{language}:{seed}".encode()).digest()[:16]
    return Mnemonic(language).to_mnemonic(entropy)
