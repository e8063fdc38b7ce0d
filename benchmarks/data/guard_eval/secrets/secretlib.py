"""Real secret material for the guard_eval secrets corpus.

Everything here is built from first principles with the `mnemonic` and
`cryptography` packages only: BIP-39 phrases, secp256k1 keys, WIF,
BIP-32 / SLIP-132 extended private keys, Solana ed25519 keypairs,
Ethereum keystore (v3) JSON, Luhn-valid card numbers.
"""
import hashlib
import hmac
import json
import uuid

from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives import hashes
from mnemonic import Mnemonic

SECP_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141

MNEMO = {
    "en": Mnemonic("english"),
    "zhs": Mnemonic("chinese_simplified"),
    "zht": Mnemonic("chinese_traditional"),
}
WORDLIST = {k: list(m.wordlist) for k, m in MNEMO.items()}

# ---------------------------------------------------------------- base58
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


def hash160(b: bytes) -> bytes:
    return hashlib.new("ripemd160", hashlib.sha256(b).digest()).digest()


# ---------------------------------------------------------------- keccak-256 (pre-NIST padding, as Ethereum uses)
_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61],
        [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
_M = (1 << 64) - 1


def _rol(x, n):
    n %= 64
    return ((x << n) | (x >> (64 - n))) & _M


def _keccak_f(A):
    for rc in _RC:
        C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
        D = [C[(x - 1) % 5] ^ _rol(C[(x + 1) % 5], 1) for x in range(5)]
        A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
        B = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                B[y][(2 * x + 3 * y) % 5] = _rol(A[x][y], _ROT[x][y])
        A = [[B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        A[0][0] ^= rc
    return A


def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg += b"\x00"
    msg[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            A[x][y] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        A = _keccak_f(A)
    out = b""
    for i in range(4):
        x, y = i % 5, i // 5
        out += A[x][y].to_bytes(8, "little")
    return out


# ---------------------------------------------------------------- secp256k1
def secp_priv(rng) -> bytes:
    while True:
        k = rng.getrandbits(256)
        if 1 <= k < SECP_N:
            return k.to_bytes(32, "big")


def secp_pub(priv: bytes, compressed=True) -> bytes:
    key = ec.derive_private_key(int.from_bytes(priv, "big"), ec.SECP256K1())
    fmt = serialization.PublicFormat.CompressedPoint if compressed else serialization.PublicFormat.UncompressedPoint
    return key.public_key().public_bytes(serialization.Encoding.X962, fmt)


def eth_address(priv: bytes) -> str:
    pub = secp_pub(priv, compressed=False)[1:]
    raw = keccak256(pub)[-20:].hex()
    h = keccak256(raw.encode()).hex()
    return "0x" + "".join(c.upper() if int(h[i], 16) >= 8 else c for i, c in enumerate(raw))


def wif(priv: bytes, compressed=True, testnet=False) -> str:
    payload = (b"\xef" if testnet else b"\x80") + priv + (b"\x01" if compressed else b"")
    return b58check(payload)


# ---------------------------------------------------------------- BIP-32 / SLIP-132
SLIP132_PRIV = {
    # name: (version, path) -- path is the usual account path for that version
    "xprv": (0x0488ADE4, [44, 0, 0]),
    "yprv": (0x049D7878, [49, 0, 0]),
    "zprv": (0x04B2430C, [84, 0, 0]),
    "Yprv": (0x0295B005, [48, 0, 0, 1]),
    "Zprv": (0x02AA7A99, [48, 0, 0, 2]),
    "tprv": (0x04358394, [44, 1, 0]),
    "uprv": (0x044A4E28, [49, 1, 0]),
    "vprv": (0x045F18BC, [84, 1, 0]),
    "Uprv": (0x024285B5, [48, 1, 0, 1]),
    "Vprv": (0x02575048, [48, 1, 0, 2]),
}


def bip32_master(seed: bytes):
    I = hmac.new(b"Bitcoin seed", seed, hashlib.sha512).digest()
    return I[:32], I[32:]


def bip32_ckd_hardened(k: bytes, c: bytes, index: int):
    i = index | 0x80000000
    I = hmac.new(c, b"\x00" + k + i.to_bytes(4, "big"), hashlib.sha512).digest()
    child = (int.from_bytes(I[:32], "big") + int.from_bytes(k, "big")) % SECP_N
    return child.to_bytes(32, "big"), I[32:]


def extended_priv(seed: bytes, kind: str, master=False) -> str:
    version, path = SLIP132_PRIV[kind]
    k, c = bip32_master(seed)
    depth, fpr, child_no = 0, b"\0\0\0\0", 0
    if not master:
        for idx in path:
            parent = k
            k, c = bip32_ckd_hardened(k, c, idx)
            depth += 1
            fpr = hash160(secp_pub(parent))[:4]
            child_no = idx | 0x80000000
    payload = (version.to_bytes(4, "big") + bytes([depth]) + fpr + child_no.to_bytes(4, "big")
               + c + b"\x00" + k)
    assert len(payload) == 78
    return b58check(payload)


# ---------------------------------------------------------------- Solana
def solana_keypair(rng) -> bytes:
    seed = bytes(rng.getrandbits(8) for _ in range(32))
    pub = ed25519.Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return seed + pub


# ---------------------------------------------------------------- Ethereum keystore v3
def eth_keystore(priv: bytes, password: str, rng, kdf="scrypt", n=262144) -> dict:
    salt = bytes(rng.getrandbits(8) for _ in range(32))
    iv = bytes(rng.getrandbits(8) for _ in range(16))
    if kdf == "scrypt":
        dk = Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(password.encode())
        kdfparams = {"dklen": 32, "n": n, "p": 1, "r": 8, "salt": salt.hex()}
    else:
        dk = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=n).derive(password.encode())
        kdfparams = {"c": n, "dklen": 32, "prf": "hmac-sha256", "salt": salt.hex()}
    enc = Cipher(algorithms.AES(dk[:16]), modes.CTR(iv)).encryptor()
    ct = enc.update(priv) + enc.finalize()
    mac = keccak256(dk[16:32] + ct)
    uid = uuid.UUID(int=rng.getrandbits(128), version=4)
    return {
        "address": eth_address(priv)[2:].lower(),
        "crypto": {
            "cipher": "aes-128-ctr",
            "ciphertext": ct.hex(),
            "cipherparams": {"iv": iv.hex()},
            "kdf": kdf,
            "kdfparams": kdfparams,
            "mac": mac.hex(),
        },
        "id": str(uid),
        "version": 3,
    }


# ---------------------------------------------------------------- BIP-39
def phrase(rng, lang: str, words: int) -> list:
    strength = {12: 128, 15: 160, 18: 192, 21: 224, 24: 256}[words]
    ent = bytes(rng.getrandbits(8) for _ in range(strength // 8))
    m = MNEMO[lang].to_mnemonic(ent)
    out = m.split(" ") if lang == "en" else m.split("\u3000") if "\u3000" in m else m.split(" ")
    assert len(out) == words
    return out


def phrase_valid(words, lang) -> bool:
    return MNEMO[lang].check(" ".join(words))


def seed_from_phrase(words, lang="en") -> bytes:
    return Mnemonic.to_seed(" ".join(words))


# ---------------------------------------------------------------- cards
CARD_BINS = [
    # (prefix, length, brand)  -- real issuer prefixes
    ("4", 16, "visa"), ("4", 16, "visa"), ("4", 13, "visa"), ("4", 19, "visa"),
    ("4147", 16, "visa"), ("4367", 16, "visa"), ("4563", 16, "visa"), ("4033", 16, "visa"),
    ("51", 16, "mc"), ("52", 16, "mc"), ("53", 16, "mc"), ("54", 16, "mc"), ("55", 16, "mc"),
    ("2221", 16, "mc"), ("2223", 16, "mc"), ("2720", 16, "mc"), ("2500", 16, "mc"),
    ("622202", 19, "unionpay"), ("622208", 19, "unionpay"), ("621226", 19, "unionpay"),
    ("622848", 19, "unionpay"), ("622845", 19, "unionpay"), ("621700", 19, "unionpay"),
    ("622700", 19, "unionpay"), ("622588", 16, "unionpay"), ("621483", 16, "unionpay"),
    ("622609", 16, "unionpay"), ("621785", 19, "unionpay"), ("601382", 19, "unionpay"),
    ("622262", 19, "unionpay"), ("625", 16, "unionpay"), ("628", 16, "unionpay"),
    ("6212", 17, "unionpay"), ("6230", 18, "unionpay"), ("621661", 19, "unionpay"),
    ("34", 15, "amex"), ("37", 15, "amex"),
    ("3528", 16, "jcb"), ("3540", 16, "jcb"), ("3566", 16, "jcb"), ("3589", 16, "jcb"),
    ("6011", 16, "discover"), ("65", 16, "discover"),
    ("36", 14, "diners"), ("300", 14, "diners"),
]


def luhn_ok(num: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def card_number(rng, brand=None, length=None) -> tuple:
    choices = [b for b in CARD_BINS if (brand is None or b[2] == brand) and (length is None or b[1] == length)]
    prefix, ln, br = rng.choice(choices)
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(ln - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d, br
    raise AssertionError


def card_groups(num: str, brand: str) -> list:
    n = len(num)
    if brand == "amex" and n == 15:
        sizes = [4, 6, 5]
    elif n == 14:
        sizes = [4, 6, 4]
    elif n == 13:
        sizes = [4, 3, 3, 3]
    else:
        sizes = [4] * (n // 4) + ([n % 4] if n % 4 else [])
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return out
