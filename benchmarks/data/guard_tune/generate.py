"""Generate the TUNING corpus for the tpWallet secret guard.

This is the set a developer looks at while building and tuning the detector. It is
separate from (and was written without looking at) the evaluation set in ../guard_eval/.

Run:  /work/main/.venv/bin/python benchmarks/data/guard_tune/generate.py

Deterministic: every class draws from its own random.Random seeded with SEED and the class
name, so the output is byte-identical on every run. Writes tune_user_secret.jsonl,
tune_user_clean.jsonl and tune_agent.jsonl beside this file, then validates every *.jsonl in
this folder (generated and handwritten_*.jsonl) and prints counts per class.

Every secret is real: BIP-39 phrases from the `mnemonic` word lists with valid checksums (full
phrases), secp256k1 keys, WIF and SLIP-132 extended private keys with valid base58check,
Solana keypairs whose last 32 bytes are the ed25519 public key of the first 32, Ethereum v3
keystores (scrypt/pbkdf2 + AES-128-CTR + keccak MAC), Luhn-valid card numbers with real issuer
prefixes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import sys
import uuid
from collections import Counter
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from mnemonic import Mnemonic

SEED = "tpwallet-guard-tune-v1"
OUT = Path(__file__).resolve().parent
KINDS = {"recovery_phrase", "private_key", "card_number", "password"}

EN = Mnemonic("english")
ZHS = Mnemonic("chinese_simplified")
ZHT = Mnemonic("chinese_traditional")
EN_WORDS = EN.wordlist
ZHS_SET = set(ZHS.wordlist)
ZHT_SET = set(ZHT.wordlist)


def rng_for(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


# --------------------------------------------------------------------------- crypto helpers

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
SECP_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141


def b58encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58decode(s: str) -> bytes:
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + body


def dsha256(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check(payload: bytes) -> str:
    return b58encode(payload + dsha256(payload)[:4])


def hash160(b: bytes) -> bytes:
    return hashlib.new("ripemd160", hashlib.sha256(b).digest()).digest()


_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56],
        [27, 20, 39, 8, 14]]
_M64 = (1 << 64) - 1


def _rol(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a):
    for rc in _RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)]
             for x in range(5)]
        a[0][0] ^= rc
    return a


def keccak256(data: bytes) -> bytes:
    """Ethereum's keccak-256 (original padding, not NIST SHA3-256)."""
    rate = 136
    p = bytearray(data) + b"\x01"
    while len(p) % rate:
        p.append(0)
    p[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(p), rate):
        for i in range(rate // 8):
            a[i % 5][i // 5] ^= int.from_bytes(p[off + 8 * i: off + 8 * i + 8], "little")
        a = _keccak_f(a)
    return b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def secp_pub(priv: bytes, compressed: bool = True) -> bytes:
    key = ec.derive_private_key(int.from_bytes(priv, "big"), ec.SECP256K1())
    fmt = (serialization.PublicFormat.CompressedPoint if compressed
           else serialization.PublicFormat.UncompressedPoint)
    return key.public_key().public_bytes(serialization.Encoding.X962, fmt)


def eth_address(priv: bytes) -> str:
    pub = secp_pub(priv, compressed=False)[1:]
    addr = keccak256(pub)[-20:].hex()
    return eip55(addr)


def eip55(addr_hex: str) -> str:
    h = keccak256(addr_hex.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c
                          for i, c in enumerate(addr_hex))


def rand_bytes(r: random.Random, n: int) -> bytes:
    return bytes(r.getrandbits(8) for _ in range(n))


def rand_privkey(r: random.Random) -> bytes:
    while True:
        k = rand_bytes(r, 32)
        if 0 < int.from_bytes(k, "big") < SECP_N:
            return k


def wif(priv: bytes, compressed: bool, testnet: bool) -> str:
    payload = bytes([0xEF if testnet else 0x80]) + priv + (b"\x01" if compressed else b"")
    return b58check(payload)


# SLIP-132 private version bytes and a derivation path that goes with each.
XPRV_VERSIONS = {
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
    i = hmac.new(b"Bitcoin seed", seed, hashlib.sha512).digest()
    return i[:32], i[32:]


def bip32_ckd_hardened(k: bytes, c: bytes, index: int):
    index |= 0x80000000
    i = hmac.new(c, b"\0" + k + index.to_bytes(4, "big"), hashlib.sha512).digest()
    child = (int.from_bytes(i[:32], "big") + int.from_bytes(k, "big")) % SECP_N
    return child.to_bytes(32, "big"), i[32:]


def ext_prv(prefix: str, seed: bytes, master_only: bool) -> str:
    version, path = XPRV_VERSIONS[prefix]
    k, c = bip32_master(seed)
    depth, fpr, child = 0, b"\0\0\0\0", 0
    if not master_only:
        for idx in path:
            fpr = hash160(secp_pub(k))[:4]
            k, c = bip32_ckd_hardened(k, c, idx)
            depth += 1
            child = idx | 0x80000000
    payload = (version.to_bytes(4, "big") + bytes([depth]) + fpr + child.to_bytes(4, "big")
               + c + b"\0" + k)
    s = b58check(payload)
    assert s.startswith(prefix), (prefix, s)
    return s


def solana_keypair(r: random.Random):
    seed = rand_bytes(r, 32)
    pub = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()
    return seed, pub


def solana_signature(r: random.Random) -> str:
    seed = rand_bytes(r, 32)
    sig = Ed25519PrivateKey.from_private_bytes(seed).sign(rand_bytes(r, 120))
    return b58encode(sig)


def eth_keystore(r: random.Random, priv: bytes, password: str) -> dict:
    salt = rand_bytes(r, 32)
    iv = rand_bytes(r, 16)
    if r.random() < 0.7:
        n = r.choice([262144, 8192, 4096])
        dk = hashlib.scrypt(password.encode(), salt=salt, n=n, r=8, p=1, dklen=32,
                            maxmem=2 ** 30)
        kdf, kdfparams = "scrypt", {"dklen": 32, "n": n, "p": 1, "r": 8, "salt": salt.hex()}
    else:
        c = 262144
        dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, c, 32)
        kdf, kdfparams = "pbkdf2", {"c": c, "dklen": 32, "prf": "hmac-sha256",
                                    "salt": salt.hex()}
    enc = Cipher(algorithms.AES(dk[:16]), modes.CTR(iv)).encryptor()
    ct = enc.update(priv) + enc.finalize()
    mac = keccak256(dk[16:32] + ct).hex()
    return {
        "address": eth_address(priv)[2:].lower(),
        "crypto": {"cipher": "aes-128-ctr", "ciphertext": ct.hex(),
                   "cipherparams": {"iv": iv.hex()}, "kdf": kdf, "kdfparams": kdfparams,
                   "mac": mac},
        "id": str(uuid.UUID(bytes=rand_bytes(r, 16), version=4)),
        "version": 3,
    }


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def segwit_address(witver: int, prog: bytes, hrp: str = "bc") -> str:
    acc, bits, data = 0, 0, [witver]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    const = 1 if witver == 0 else 0x2BC830A3
    hrpx = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech32_polymod(hrpx + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + chk)


def luhn_check_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_check_digit(num[:-1]) == num[-1]


CARD_ISSUERS = [
    # (name, prefixes, lengths, weight)
    ("visa", ["4"], [16], 5),
    ("mastercard", ["51", "52", "53", "54", "55", "2221", "2305", "2500", "2720"], [16], 4),
    ("unionpay", ["622202", "621700", "622848", "621483", "622588", "623058", "621226",
                  "622908", "625807", "620522"], [16, 19], 6),
    ("amex", ["34", "37"], [15], 2),
    ("jcb", ["3528", "3530", "3548", "3566", "3589"], [16], 2),
]


def card_number(r: random.Random, issuer: str | None = None) -> tuple[str, str]:
    if issuer is None:
        issuer = r.choices([c[0] for c in CARD_ISSUERS], [c[3] for c in CARD_ISSUERS])[0]
    _, prefixes, lengths, _ = next(c for c in CARD_ISSUERS if c[0] == issuer)
    p = r.choice(prefixes)
    n = r.choice(lengths)
    body = p + "".join(str(r.randrange(10)) for _ in range(n - len(p) - 1))
    num = body + luhn_check_digit(body)
    assert luhn_ok(num)
    return issuer, num


def group_card(num: str, sep: str) -> str:
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif len(num) == 19:
        parts = [num[i:i + 4] for i in range(0, 16, 4)] + [num[16:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


# --------------------------------------------------------------------------- text helpers

ZW = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"]
CIRCLED = [chr(0x2460 + i) for i in range(20)] + [chr(0x3251 + i) for i in range(15)]


def fullwidth(s: str, space: str = "\u3000") -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch == " ":
            out.append(space)
        elif 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def fullwidth_digits(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def typo(r: random.Random, w: str) -> str:
    kb = {"a": "s", "s": "d", "e": "r", "r": "t", "o": "p", "i": "o", "n": "m", "m": "n",
          "t": "y", "l": "k", "u": "y", "c": "v", "b": "v", "d": "f", "g": "h", "h": "j"}
    for _ in range(10):
        op = r.choice(["swap", "drop", "dup", "kb"])
        i = r.randrange(len(w) - 1) if len(w) > 1 else 0
        if op == "swap" and len(w) > 3:
            t = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == "drop" and len(w) > 3:
            t = w[:i] + w[i + 1:]
        elif op == "dup":
            t = w[:i] + w[i] + w[i:]
        else:
            t = w[:i] + kb.get(w[i], w[i]) + w[i + 1:]
        if t != w:
            return t
    return w + w[-1]


def zw_insert(r: random.Random, s: str, rate: float = 0.3) -> str:
    out = []
    for ch in s:
        out.append(ch)
        if r.random() < rate:
            out.append(r.choice(ZW))
    return "".join(out)


NOT_IN_WORDLIST = [c for c in "嗯哦啊呢吧嘛睿鑫琪琦瑶娜婷昊钰铭蕊萱嘉煜晗蛋叭呐咯喔哎嘿噢"
                   "猫狗鸭鹅烤炒奶糖酱醋椒葱蒜姜橙柚莓" if c not in ZHS_SET and c not in ZHT_SET]


def new_phrase(r: random.Random, lang: Mnemonic, nwords: int) -> list[str]:
    ent = rand_bytes(r, {12: 16, 15: 20, 18: 24, 21: 28, 24: 32}[nwords])
    words = lang.to_mnemonic(ent).split()
    assert len(words) == nwords and lang.check(" ".join(words))
    return words


def pick_len(r: random.Random) -> int:
    return r.choices([12, 15, 18, 21, 24], [60, 5, 8, 3, 24])[0]


class Corpus:
    def __init__(self):
        self.rows: list[dict] = []
        self.seen: set[tuple] = set()
        self.counter: Counter = Counter()

    def add(self, cls, side, messages, secret_at=(), kinds=(), request=None,
            source="generated") -> bool:
        key = (side, tuple(messages))
        if key in self.seen:
            return False
        self.seen.add(key)
        self.counter[cls] += 1
        self.rows.append({
            "id": f"tune-{cls}-{self.counter[cls]:04d}",
            "class": cls,
            "side": side,
            "messages": list(messages),
            "secret": bool(secret_at),
            "secret_at": sorted(secret_at),
            "kinds": sorted(set(kinds)),
            "request": request,
            "source": source,
        })
        return True

    def fill(self, cls, n, make):
        """Call make() until n distinct cases of class cls exist."""
        tries = 0
        while self.counter[cls] < n:
            tries += 1
            assert tries < n * 50, f"{cls}: too many duplicates"
            out = make()
            self.add(cls, *out)


# --------------------------------------------------------------------------- shared pools

COINS = ["USDT", "ETH", "BNB", "TRX", "SOL", "BTC", "USDC", "MATIC", "ARB", "OP", "DOGE"]
CHAINS = ["TRC20", "ERC20", "BSC", "BEP20", "Polygon", "Arbitrum", "Solana", "Base",
          "Optimism", "Tron"]
EXCHANGES = ["Binance", "OKX", "HTX", "Bybit", "Gate", "KuCoin", "Bitget", "Coinbase", "币安",
             "欧易", "火币"]
DEVICES = ["iPhone 13", "iPhone 15 Pro", "Redmi Note 12", "Huawei P40", "Samsung S23",
           "OPPO Reno8", "vivo X90", "Pixel 7", "小米14", "华为Mate60", "荣耀90"]
OSES = ["iOS 17.4", "iOS 16.7", "Android 14", "Android 13", "HarmonyOS 4", "iOS17", "安卓13"]
VERSIONS = ["3.2.1", "v3.1.8", "2.9.0", "v2.10.4", "3.0.0-beta", "1.8.12", "v3.3"]
EMOJI = ["🙏", "😭", "😡", "🥲", "??", "???", "!!", "😢", "🤔", "👀", "😤", "🆘"]


def amount(r):
    c = r.choice(COINS)
    v = r.choice([f"{r.randint(1, 5000)}", f"{r.randint(1, 99)}.{r.randint(1, 99)}",
                  f"0.{r.randint(1, 999):03d}", f"{r.randint(1, 9)},{r.randint(0, 999):03d}"])
    return f"{v} {c}" if r.random() < 0.7 else f"{v}{c}"


def tx_hex(r):
    return rand_bytes(r, 32).hex()


def eth_addr(r):
    a = eth_address(rand_privkey(r))
    return a if r.random() < 0.7 else a.lower()


def btc_addr(r):
    k = r.random()
    if k < 0.3:
        return b58check(b"\x00" + rand_bytes(r, 20))
    if k < 0.5:
        return b58check(b"\x05" + rand_bytes(r, 20))
    if k < 0.85:
        return segwit_address(0, rand_bytes(r, 20))
    return segwit_address(1, rand_bytes(r, 32))


def tron_addr(r):
    return b58check(b"\x41" + rand_bytes(r, 20))


def sol_addr(r):
    return b58encode(solana_keypair(r)[1])


def any_addr(r):
    return r.choice([eth_addr, eth_addr, btc_addr, tron_addr, tron_addr, sol_addr])(r)


def ticket(r):
    return r.choice([f"TP-{r.randint(1, 999999):06d}", f"TP-{r.randint(1, 99999):06d}",
                     f"#TP-{r.randint(100, 99999):06d}", f"tp-{r.randint(1, 99999):06d}"])


def order_no(r):
    return r.choice([
        f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(10**9, 10**10 - 1)}",
        f"P{r.randint(10**11, 10**12 - 1)}",
        f"{r.randint(10**17, 10**18 - 1)}",
        f"OTC{r.randint(10**7, 10**8 - 1)}",
        f"C2C-{r.randint(100000, 999999)}-{r.randint(1000, 9999)}",
    ])


def luhn_fail(num: str) -> str:
    if luhn_ok(num):
        last = (int(num[-1]) + 1 + sum(map(int, num)) % 8) % 10
        num = num[:-1] + str(last)
        if luhn_ok(num):
            num = num[:-1] + str((int(num[-1]) + 1) % 10)
    assert not luhn_ok(num)
    return num


def safe_digits(r, n, prefix=""):
    """A digit string of length n that fails the Luhn check (so it can't be a card)."""
    s = prefix + "".join(str(r.randrange(10)) for _ in range(n - len(prefix)))
    if 13 <= n <= 19 and luhn_ok(s):
        last = str((int(s[-1]) + 1) % 10)
        s = s[:-1] + last
    return s


# =========================================================================== USER: secrets

def num_label(i: int, style: str) -> str:
    return {
        "dot": f"{i}. ", "dotnospace": f"{i}.", "paren": f"{i}) ", "dun": f"{i}、",
        "hash": f"#{i} ", "circled": CIRCLED[i - 1], "word": f"Word {i}: ",
        "word#": f"Word #{i}: ", "zero": f"{i:02d} ", "dash": f"{i}-", "colon": f"{i}:",
        "bothparen": f"({i}) ", "space": f"{i} ", "fwdot": fullwidth_digits(f"{i}") + "．",
        "bracket": f"[{i}] ",
    }[style]


EN_HEADERS = ["", "", "", "My seed phrase:\n", "Recovery phrase\n", "backup 👇\n",
              "here are the words\n", "12 words\n", "mnemonic:\n", "Secret Recovery Phrase:\n",
              "wallet words below\n", "助记词：\n", "这是我的助记词\n", "Seed\n"]
EN_TRAILERS = ["", "", "", "\nplease check", "\nthanks", "\nwhy import fails??",
               "\n帮我看看能不能恢复", "\n\nis this enough to recover?", "\n🙏", "\nhelp"]


def case_variant(r, words, p_caps=0.15, p_title=0.1, p_first=0.1):
    x = r.random()
    if x < p_caps:
        return [w.upper() for w in words]
    if x < p_caps + p_title:
        return [w.capitalize() for w in words]
    if x < p_caps + p_title + p_first:
        return [words[0].capitalize()] + words[1:]
    return list(words)


def gen_phrase_en_list(c: Corpus):
    r = rng_for("phrase_en_list")
    num_styles = ["dot", "dot", "dotnospace", "paren", "dun", "hash", "circled", "word",
                  "word#", "zero", "dash", "colon", "bothparen", "space", "fwdot", "bracket"]
    bullets = ["• ", "* ", "- ", "· ", "•", "– ", "▪️ ", "◦ "]

    def make():
        n = pick_len(r)
        words = case_variant(r, new_phrase(r, EN, n))
        if r.random() < 0.15:
            i = r.randrange(n)
            words[i] = typo(r, words[i])
        if r.random() < 0.65:
            style = r.choice(num_styles)
            items = [num_label(i + 1, style) + w for i, w in enumerate(words)]
        else:
            b = r.choice(bullets)
            items = [b + w for w in words]
        layout = r.random()
        if layout < 0.6:
            body = "\n".join(items)
        elif layout < 0.8:
            per = r.choice([3, 4, 6])
            sep = r.choice(["  ", "\t", "   ", " "])
            body = "\n".join(sep.join(items[i:i + per]) for i in range(0, n, per))
        elif layout < 0.9:
            body = r.choice([" ", "  ", ", "]).join(items)
        else:  # copy-paste artefacts: blank lines, trailing spaces, CRLF
            body = r.choice(["\n\n", " \n", "\r\n"]).join(items)
        if r.random() < 0.08:
            body = zw_insert(r, body, 0.05)
        msg = r.choice(EN_HEADERS) + body + r.choice(EN_TRAILERS)
        return "user", [msg], [0], ["recovery_phrase"]

    c.fill("phrase_en_list", 90, make)


EN_CUE_TEMPLATES = [
    "my recovery phrase is {p}, can you check if my wallet is safe",
    "seed: {p}",
    "here are my 12 words {p} please restore my wallet",
    "{n} words: {p}",
    "this is the mnemonic from my backup paper: {p}",
    "Secret Recovery Phrase - {p}",
    "I wrote these words down when I created the wallet: {p} but import says invalid mnemonic",
    "my seed phrase {p} — why does it say wrong phrase??",
    "phrase = {p}",
    "restore with this pls: seed words {p}",
    "Mnemonic: {p}",
    "I typed my backup phrase like this {p} is the order right?",
    "助记词 {p} 导入提示无效",
    "我的助记词是{p}，帮我看看钱包还在不在",
    "这是我的英文助记词：{p}",
    "recovery words are {p}. balance shows 0 after import",
]
EN_NOCUE_TEMPLATES = [
    "please help {p} thanks",
    "{p}\nwhy can't I import this",
    "hi support, {p} — is this right?",
    "{p} 🙏🙏",
    "{p}",
    "{p}",
    "hello\n{p}\nmy money is gone",
    "can you restore this for me {p}",
    "{p} this is from my old phone",
    "帮我看看 {p}",
    "{p} 怎么导入不了",
    "客服你好 {p} 这个是对的吗",
    "ok here: {p}",
    "{p} is it correct? the app says invalid",
]
JOINS = [" ", " ", " ", ", ", ",", " + ", "+", " ~ ", "~", " | ", "|", "-", " / ", "\n", ";",
         "  ", "，", "、", " . ", "_"]


def render_en_inline(r, words):
    words = case_variant(r, words, 0.2, 0.1, 0.15)
    x = r.random()
    if x < 0.1:  # one typo
        i = r.randrange(len(words))
        words[i] = typo(r, words[i])
    join = r.choice(JOINS)
    body = join.join(words)
    y = r.random()
    if y < 0.1:
        body = fullwidth(body, r.choice(["\u3000", " "]))
    elif y < 0.17:
        body = fullwidth(body[: len(body) // 2], " ") + body[len(body) // 2:]
    elif y < 0.27:
        if r.random() < 0.5:
            body = r.choice(ZW).join(words)  # words glued by zero-width chars only
        else:
            body = zw_insert(r, body, 0.15)
    return body


def gen_phrase_en_inline(c: Corpus):
    r = rng_for("phrase_en_inline")

    def make():
        n = pick_len(r)
        words = new_phrase(r, EN, n)
        body = render_en_inline(r, words)
        tpl = r.choice(EN_CUE_TEMPLATES if r.random() < 0.5 else EN_NOCUE_TEMPLATES)
        return "user", [tpl.format(p=body, n=n)], [0], ["recovery_phrase"]

    c.fill("phrase_en_inline", 90, make)


ZH_CUE = [
    "我的助记词是{p}，帮我看看钱包还在不在",
    "助记词：{p}",
    "这是我的12个词 {p}",
    "备份的单词 {p} 导入提示无效",
    "恢复短语 {p}",
    "这是我抄在本子上的{p}你们帮我恢复一下",
    "助记词{p}导入后余额是0",
    "我把助记词发你 {p}",
    "我的助記詞是{p}，麻煩幫我查一下",
    "這是我的註記詞 {p} 錢包打不開了",
    "助记词如下\n{p}\n谢谢",
    "钱包备份的词：{p}",
    "mnemonic {p}",
    "my chinese seed phrase is {p}",
]
ZH_NOCUE = [
    "{p}帮我找回一下",
    "客服你好{p}怎么导入不了",
    "{p}\n\n这个对吗",
    "{p}",
    "{p}",
    "钱包打不开了{p}怎么办",
    "你好\n{p}\n急急急",
    "{p} 是这个顺序吗",
    "导入提示错误 {p}",
    "幫我看看{p}",
    "{p} 钱包里的U没了",
    "pls help {p}",
]


def render_zh(r, words):
    x = r.random()
    if x < 0.12:  # one wrong character
        i = r.randrange(len(words))
        words = list(words)
        words[i] = r.choice(NOT_IN_WORDLIST)
    f = r.random()
    n = len(words)
    if f < 0.22:
        body = "".join(words)
    elif f < 0.4:
        body = " ".join(words)
    elif f < 0.55:  # groups of 3-4 per line
        g = r.choice([3, 4])
        sep = r.choice(["\n", " ", "\n"])
        body = sep.join("".join(words[i:i + g]) for i in range(0, n, g))
    elif f < 0.72:
        style = r.choice(["dot", "dun", "dotnospace", "paren", "circled", "space", "fwdot",
                          "colon"])
        lay = r.choice(["\n", " ", "  ", "\n"])
        body = lay.join(num_label(i + 1, style).rstrip() + w for i, w in enumerate(words))
    elif f < 0.84:
        body = r.choice(["，", "、", ",", "，", " | ", "-", "/"]).join(words)
    elif f < 0.92:
        body = r.choice(["\u3000", "  "]).join(words)
    else:
        body = r.choice(ZW).join(words) if r.random() < 0.5 else zw_insert(r, " ".join(words))
    return body


def gen_phrase_zh(c: Corpus):
    r = rng_for("phrase_zh")

    def make():
        lang = ZHS if r.random() < 0.72 else ZHT
        n = r.choices([12, 15, 18, 24], [70, 5, 8, 17])[0]
        body = render_zh(r, new_phrase(r, lang, n))
        tpl = r.choice(ZH_CUE if r.random() < 0.5 else ZH_NOCUE)
        return "user", [tpl.format(p=body)], [0], ["recovery_phrase"]

    c.fill("phrase_zh", 100, make)


SPLIT_PRE = ["ok sending my words", "I'll send it in parts", "here is my phrase", "我分两次发",
             "助记词太长分开发", "part 1", "seed below", "好的 发给你", "first half:", "接着发"]
SPLIT_POST = ["that's all", "done", "就这些", "is it enough?", "发完了", "that's all 12",
              "帮我看看"]


def gen_phrase_split_partial(c: Corpus):
    r = rng_for("phrase_split_partial")

    def make_split():
        zh = r.random() < 0.4
        lang = (ZHS if r.random() < 0.75 else ZHT) if zh else EN
        n = r.choice([12, 12, 12, 24, 18])
        words = new_phrase(r, lang, n)
        k = r.choice([2, 2, 3])
        cuts = sorted(r.sample(range(3, n - 2), k - 1))
        chunks, prev = [], 0
        for cut in cuts + [n]:
            chunks.append(words[prev:cut])
            prev = cut
        numbered = r.random() < 0.3
        msgs, start = [], 1
        for ch in chunks:
            if numbered:
                sep = "\n" if r.random() < 0.6 else " "
                msgs.append(sep.join(f"{start + i}. {w}" for i, w in enumerate(ch)))
            elif zh:
                msgs.append(r.choice(["", " ", "，"]).join(ch))
            else:
                msgs.append(r.choice([" ", " ", ", ", "\n"]).join(ch))
            start += len(ch)
        secret_at = list(range(len(msgs)))
        if r.random() < 0.4:
            msgs.insert(0, r.choice(SPLIT_PRE))
            secret_at = [i + 1 for i in secret_at]
        if r.random() < 0.25:
            msgs.append(r.choice(SPLIT_POST))
        return "user", msgs, secret_at, ["recovery_phrase"]

    def make_partial():
        zh = r.random() < 0.35
        lang = (ZHS if r.random() < 0.7 else ZHT) if zh else EN
        n = r.choice([12, 24])
        words = new_phrase(r, lang, n)
        m = r.randint(8, n - 1)
        start = r.choice([0, 0, r.randint(0, n - m)])
        part = words[start:start + m]
        body = render_zh(r, part) if zh else render_en_inline(r, part)
        tpl = r.choice([
            "I only remember the first {m}: {p}", "{p} ... I lost the rest",
            "我只记得前面几个 {p}", "{p}\n后面几个词找不到了", "these are the words I have {p}",
            "{p} (missing the last ones)", "能用这几个恢复吗 {p}", "{p}", "{p} + I think 'ocean' at the end?",
            "the paper got wet, can read: {p}",
        ])
        return "user", [tpl.format(p=body, m=m)], [0], ["recovery_phrase"]

    c.fill("phrase_split_partial", 50, make_split)
    c.fill("phrase_split_partial", 80, make_partial)


HEX_CUE = [
    "private key: {k}", "my pk {k}", "私钥：{k}", "这是我导出的私钥 {k} 帮我看看为什么导入不了",
    "exported key from metamask {k}", "secret key = {k}", "私钥{k}帮我查一下余额",
    "here is my private key {k}", "钱包私钥 {k}", "PrivateKey:{k}", "key {k} pls import",
    "I exported the key from Settings > Export private key, it's {k}", "導出的私鑰 {k}",
    "can you import this key for me {k}", "{k}\nthat's my private key",
    "pk:\n{k}", "用这个私钥导入 {k} 显示错误",
]
HEX_MISLEADING = [
    "transaction failed. private key of the sending wallet: {k}",
    "交易一直失败，我导入的私钥是 {k}",
    "transaction stuck, here's the key I imported with {k}",
    "交易记录不见了 私钥{k}",
    "my transaction never arrived. wallet key {k}",
    "交易哈希查不到 我的私钥是{k} 你们看看",
    "Transaction: pending forever\nKey: {k}",
    "转账失败 导入用的是这个 {k}",
    "tx keeps failing, do you need my key? {k}",
    "交易 {k} 这个是我钱包的私钥",
]


def render_hex(r, key: bytes) -> str:
    h = key.hex()
    x = r.random()
    if x < 0.25:
        h = h.upper()
    elif x < 0.35:
        h = "".join(ch.upper() if r.random() < 0.5 else ch for ch in h)
    pre = r.choices(["", "0x", "0X"], [50, 35, 15])[0]
    lay = r.random()
    if lay < 0.6:
        return pre + h
    if lay < 0.8:
        g = r.choice([4, 8, 8, 16])
        sep = r.choice([" ", " ", "-", "\n", "  "])
        return pre + sep.join(h[i:i + g] for i in range(0, 64, g))
    rows = r.choice([2, 2, 4])
    w = 64 // rows
    return pre + "\n".join(h[i:i + w] for i in range(0, 64, w))


def gen_key_hex(c: Corpus):
    r = rng_for("key_hex")

    def make():
        key = rand_privkey(r)
        if r.random() < 0.1:  # over two messages
            h = key.hex()
            pre = r.choice(["", "0x"])
            msgs = [r.choice(["私钥太长分两条", "private key part 1", "my key:", "key below"]),
                    pre + h[:32], h[32:]]
            return "user", msgs, [1, 2], ["private_key"]
        body = render_hex(r, key)
        tpl = r.choice(HEX_MISLEADING if r.random() < 0.35 else HEX_CUE)
        return "user", [tpl.format(k=body)], [0], ["private_key"]

    c.fill("key_hex", 80, make)


WIF_TPL = ["WIF: {k}", "my bitcoin private key {k}", "比特币私钥 {k}",
           "imported {k} into electrum, balance 0", "{k}", "{k}", "sweep this key for me? {k}",
           "私钥 {k} 转不出来", "paper wallet says {k}", "这是纸钱包上的私钥{k}",
           "testnet key {k} does the app support it", "{k}\nfrom my old blockchain.info wallet"]
XPRV_TPL = ["{k}", "{k}", "master private key: {k}", "Electrum 里导出的主私钥 {k}",
            "xprv from sparrow {k}", "扩展私钥：{k}", "account extended private key\n{k}",
            "can tpWallet import {k}?", "{k}\n是这个吗", "BlueWallet export: {k}",
            "my extended key {k} shows wrong balance"]


def wrap(s: str, w: int) -> str:
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


def gen_key_wif_xprv(c: Corpus):
    r = rng_for("key_wif_xprv")

    def make_wif():
        key = rand_privkey(r)
        comp = r.random() < 0.7
        test = r.random() < 0.15
        k = wif(key, comp, test)
        return "user", [r.choice(WIF_TPL).format(k=k)], [0], ["private_key"]

    c.fill("key_wif_xprv", 40, make_wif)
    prefixes = list(XPRV_VERSIONS)
    i = 0

    def make_xprv():
        nonlocal i
        prefix = prefixes[i % len(prefixes)]
        i += 1
        seed = EN.to_seed(" ".join(new_phrase(r, EN, 12)))
        k = ext_prv(prefix, seed, master_only=r.random() < 0.3)
        if r.random() < 0.15:
            k = wrap(k, r.choice([40, 56, 64]))
        return "user", [r.choice(XPRV_TPL).format(k=k)], [0], ["private_key"]

    c.fill("key_wif_xprv", 100, make_xprv)


SOL_B58_TPL = ["phantom private key: {k}", "Solflare 导出的私钥 {k}", "{k}", "{k}",
               "sol wallet key {k} pls check why tokens missing", "私钥 {k}",
               "Private Key\n{k}", "here: {k}", "{k}\n这个能导入tp吗", "my solana pk {k}",
               "exported from Phantom > Show Private Key: {k}"]
SOL_ARR_TPL = ["{k}", "{k}", "id.json contents: {k}", "my keypair file:\n{k}",
               "solana-keygen gave me this {k}", "这是我的keypair {k} 怎么导入",
               "```\n{k}\n```", "{k}\ncan I import this byte array?", "私钥数组 {k}"]
KEYSTORE_TPL = ["{k}", "keystore file content:\n{k}", "这是我的keystore文件 {k}",
                "UTC--2023-11-02T08-12-45.123Z file:\n{k}", "json:\n{k}\nwhy is the password wrong",
                "导出的keystore {k}"]
KS_PASSWORDS = ["Qwer1234!", "tp@wallet88", "woaini1314", "Zhang.2019", "hunter2hunter2",
                "Abcd!2345", "Lily19950603", "mypassword1"]


def gen_key_solana_keystore(c: Corpus):
    r = rng_for("key_solana_keystore")

    def make_sol():
        seed, pub = solana_keypair(r)
        kp = seed + pub
        x = r.random()
        if x < 0.45:
            body = b58encode(kp)
            if r.random() < 0.1:
                body = wrap(body, 44)
            tpl = r.choice(SOL_B58_TPL)
        else:
            arr = list(kp) if x < 0.85 else list(seed)
            f = r.random()
            if f < 0.5:
                body = "[" + ",".join(map(str, arr)) + "]"
            elif f < 0.75:
                body = "[" + ", ".join(map(str, arr)) + "]"
            else:
                per = r.choice([8, 16])
                body = "[\n" + ",\n".join("  " + ", ".join(map(str, arr[i:i + per]))
                                          for i in range(0, len(arr), per)) + "\n]"
            tpl = r.choice(SOL_ARR_TPL)
        return "user", [tpl.format(k=body)], [0], ["private_key"]

    c.fill("key_solana_keystore", 60, make_sol)

    def make_ks():
        pw = r.choice(KS_PASSWORDS)
        ks = eth_keystore(r, rand_privkey(r), pw)
        body = json.dumps(ks, separators=(",", ":")) if r.random() < 0.6 else json.dumps(ks, indent=2)
        msgs = [r.choice(KEYSTORE_TPL).format(k=body)]
        if r.random() < 0.35:
            msgs.append(r.choice([f"password is {pw}", f"密码 {pw}", f"pw: {pw}",
                                  f"keystore密码是{pw}"]))
            return "user", msgs, [0, 1], ["private_key", "password"]
        return "user", msgs, [0], ["private_key"]

    c.fill("key_solana_keystore", 80, make_ks)


CARD_TPL_EN = ["my card {c} got charged twice", "card number {c}", "visa {c} was declined",
               "I bought USDT with card {c} and nothing arrived", "{c}",
               "refund to this card pls {c}", "the card I used: {c}", "Card: {c}",
               "paid with {c} on the buy crypto page", "{c} is my card, why blocked"]
CARD_TPL_ZH = ["我的卡号{c}帮我查一下", "银行卡号：{c}", "卡号 {c} 充值没到账",
               "用{c}这张卡买的U", "退款退到这张卡{c}", "信用卡{c}被扣了两次钱",
               "{c}这个是我的卡", "银联卡{c}绑定不了", "提现到卡号{c}", "卡号{c}，持卡人张伟"]


def render_card(r, num: str) -> str:
    x = r.random()
    if x < 0.3:
        s = num
    elif x < 0.6:
        s = group_card(num, " ")
    elif x < 0.75:
        s = group_card(num, "-")
    elif x < 0.83:
        s = group_card(num, ".")
    else:
        s = group_card(num, r.choice(["", " ", "  "]))
    if r.random() < 0.15:
        s = fullwidth_digits(s).replace(" ", r.choice([" ", "\u3000"]))
    return s


def gen_card(c: Corpus):
    r = rng_for("card_number")

    def make():
        issuer, num = card_number(r)
        s = render_card(r, num)
        zh = r.random() < 0.5 or issuer == "unionpay"
        msg = r.choice(CARD_TPL_ZH if zh else CARD_TPL_EN).format(c=s)
        kinds = ["card_number"]
        if r.random() < 0.15:
            exp = f"{r.randint(1, 12):02d}/{r.randint(25, 30)}"
            cvv = f"{r.randint(0, 9999):04d}" if issuer == "amex" else f"{r.randint(0, 999):03d}"
            msg += r.choice([f" exp {exp} cvv {cvv}", f"\n有效期{exp} 安全码{cvv}",
                             f" {exp} {cvv}", f", expiry {exp}, CVC {cvv}"])
            kinds.append("password")
        return "user", [msg], [0], kinds

    c.fill("card_number", 80, make)


PW_WORDS = ["sunshine", "woaini", "abc123", "qwerty", "iloveyou", "123qwe", "Passw0rd!",
            "dragon", "monkey", "letmein", "hunter2", "woaini1314", "zhang123456", "Aa123456",
            "wang8888", "qq123456", "tpwallet2024", "Summer2023!", "baby1234", "Lzy@0612",
            "a5201314", "sunshine88", "football7", "chen.1990", "Xiaoming#22", "liuyang0808",
            "P@ssword", "asdf1234", "Tiger@2023", "mima2022"]


def pin(r, n=None):
    return "".join(str(r.randrange(10)) for _ in range(n or r.choice([4, 6, 6])))


def gen_password(c: Corpus):
    r = rng_for("password_pin_cvv")
    fixed = [
        (["my password is sunshine"], [0]), (["密码是woaini"], [0]), (["pw: abc123"], [0]),
        (["pass: qwerty"], [0]), (["pin code is 4321"], [0]), (["CVV2: 456"], [0]),
        (["支付密码 860412"], [0]), (["can I tell you my password?", "sunshine88"], [1]),
    ]
    for msgs, at in fixed:
        c.add("password_pin_cvv", "user", msgs, at, ["password"])
    one = [
        "my password is {pw}", "密码是{pw}", "pw: {pw}", "pass: {pw}", "pwd {pw}",
        "password={pw}", "Password: {pw}", "login password {pw}", "钱包密码：{pw}",
        "我的登录密码是{pw}", "密码{pw}登录不上", "I set the password to {pw} but it says wrong",
        "pin code is {pin}", "PIN: {pin}", "my pin {pin}", "支付密码 {pin6}", "交易密码是{pin6}",
        "解锁密码 {pin}", "CVV2: {cvv}", "CVV {cvv}", "cvc is {cvv}", "安全码 {cvv}",
        "卡背面三位数是 {cvv}", "支付密码是{pin6}，为什么一直提示错误", "my wallet password is {pw} pls help",
        "the app password: {pw}", "密码: {pw}", "pin is {pin} and it's locked now",
        "我设置的密码是 {pw} 还是错误", "payment password {pin6}", "密码是 {pin6} 没错啊",
        "pass {pw} user tom_88", "账号 138****5678 密码 {pw}", "email: lee.w@gmail.com / pw {pw}",
        "支付密碼 {pin6}", "我的密碼是{pw}",
    ]
    pre = ["can I tell you my password?", "密码要发给你吗", "do you need my password?",
           "我把密码告诉你", "here's my pin", "my password", "支付密码是", "pin?",
           "I think the password is", "要密码是吧"]

    def make():
        pw = r.choice(PW_WORDS)
        vals = {"pw": pw, "pin": pin(r), "pin6": pin(r, 6), "cvv": pin(r, 3)}
        if r.random() < 0.2:
            v = r.choice([pw, vals["pin6"], pw])
            msgs = [r.choice(pre), v]
            if r.random() < 0.2:
                msgs.append(r.choice(["thanks", "能帮我登录看看吗", "it's case sensitive"]))
            return "user", msgs, [1], ["password"]
        if r.random() < 0.08:
            msgs = ["here's my login", f"user: {r.choice(['tom', 'lily', 'wang'])}{r.randint(1, 99)}",
                    f"pass: {pw}"]
            return "user", msgs, [2], ["password"]
        return "user", [r.choice(one).format(**vals)], [0], ["password"]

    c.fill("password_pin_cvv", 90, make)


# =========================================================================== USER: clean

EXPLORERS_ETH = ["https://etherscan.io/tx/0x{h}", "https://bscscan.com/tx/0x{h}",
                 "https://polygonscan.com/tx/0x{h}", "https://arbiscan.io/tx/0x{h}",
                 "https://basescan.org/tx/0x{h}", "https://optimistic.etherscan.io/tx/0x{h}",
                 "https://www.oklink.com/zh-hans/eth/tx/0x{h}", "etherscan.io/tx/0x{h}",
                 "https://bscscan.com/tx/0x{h}#eventlog"]
EXPLORERS_HEX = ["https://tronscan.org/#/transaction/{h}", "https://mempool.space/tx/{h}",
                 "https://www.blockchain.com/explorer/transactions/btc/{h}",
                 "https://blockchair.com/bitcoin/transaction/{h}", "tronscan.org/#/transaction/{h}",
                 "https://www.oklink.com/zh-hans/trx/tx/{h}"]
EXPLORERS_SOL = ["https://solscan.io/tx/{s}", "https://explorer.solana.com/tx/{s}",
                 "https://solana.fm/tx/{s}?cluster=mainnet-alpha"]
URL_TPL = ["{u}", "{u}", "转账没到账 {u}", "{u} pending for 3 hours", "USDT还没到 帮忙查下 {u}",
           "sent {a} but not received {u}", "这笔交易显示成功了但是钱包没有 {u}", "{u}\n??",
           "check this {u}", "hi, {u} stuck", "{u} 卡住了", "看下这个 {u} 什么情况",
           "withdrawal from {ex}: {u}", "{u} — status says failed but gas was charged",
           "交易链接 {u}", "已经过去一天了 {u}", "why is this reverted {u}"]


def gen_clean_tx_url(c: Corpus):
    r = rng_for("clean_txhash_explorer_url")

    def make():
        x = r.random()
        if x < 0.55:
            u = r.choice(EXPLORERS_ETH).format(h=tx_hex(r))
        elif x < 0.85:
            u = r.choice(EXPLORERS_HEX).format(h=tx_hex(r))
        else:
            u = r.choice(EXPLORERS_SOL).format(s=solana_signature(r))
        msg = r.choice(URL_TPL).format(u=u, a=amount(r), ex=r.choice(EXCHANGES))
        if r.random() < 0.15:
            return "user", [r.choice(["my withdrawal is missing", "转账没到", "USDT not arrived"]),
                            msg], [], []
        return "user", [msg], [], []

    c.fill("clean_txhash_explorer_url", 100, make)


TX_CUE_TPL = ["txid: {h}", "tx hash {h}", "交易哈希：{h}", "hash: {h}", "TxHash {h}",
              "交易ID {h}", "交易单号 {h}", "txn {h} still pending", "hash值{h}", "TXID:{h}",
              "交易哈希{h}帮忙查一下", "the transaction hash is {h}", "Transaction ID: {h}",
              "tx: {h} from {ex}", "提币哈希 {h}", "{ex}提现的txid是{h}", "哈希 {h} 到账了吗",
              "here's the tx {h}", "transaction {h} not showing in wallet", "交易 {h} 显示失败",
              "Txid\n{h}", "交易hash：{h}\n金额 {a}", "tx hash: {h} amount {a}"]


def tx_any(r):
    h = tx_hex(r)
    x = r.random()
    if x < 0.5:
        return "0x" + h
    if x < 0.9:
        return h
    return h.upper()


def gen_clean_tx_cue(c: Corpus):
    r = rng_for("clean_txhash_cue")

    def make():
        h = tx_any(r)
        if r.random() < 0.1:
            h = h[:32] + "\n" + h[32:] if not h.startswith("0x") else h[:34] + "\n" + h[34:]
        msg = r.choice(TX_CUE_TPL).format(h=h, a=amount(r), ex=r.choice(EXCHANGES))
        return "user", [msg], [], []

    c.fill("clean_txhash_cue", 100, make)


def gen_clean_tx_bare(c: Corpus):
    r = rng_for("clean_txhash_bare")
    before = ["USDT not arrived", "转账没到账", "still pending", "钱没到", "hi", "withdraw from Binance",
              "帮我查一下", "这笔", "help", "not received"]
    wrappers = ["{h}", "{h}", "{h}", "{h} ??", "{h}\n\n", " {h} ", "{h} 😭", "{h}\n{h2}",
                "{h}.", "`{h}`", "{h} 到了吗", "{h} pls", "1. {h}\n2. {h2}", "{h}，{h2}"]

    def make():
        h, h2 = tx_any(r), tx_any(r)
        msg = r.choice(wrappers).format(h=h, h2=h2)
        if r.random() < 0.3:
            return "user", [r.choice(before), msg], [], []
        return "user", [msg], [], []

    c.fill("clean_txhash_bare", 100, make)


SIG_TPL = ["{s}", "{s}", "signature {s}", "sig: {s}", "交易签名 {s}", "Solana tx {s} failed",
           "swap on raydium failed {s}", "SOL没到账 {s}", "{s} this one", "签名：{s} 帮忙看下",
           "jupiter swap {s} stuck", "tx signature\n{s}", "{s}\n状态一直是processing"]


def gen_clean_sol_sig(c: Corpus):
    r = rng_for("clean_solana_signature")

    def make():
        s = solana_signature(r)
        msg = r.choice(SIG_TPL).format(s=s)
        if r.random() < 0.15:
            msg += f"\nfrom {sol_addr(r)}"
        return "user", [msg], [], []

    c.fill("clean_solana_signature", 100, make)


ADDR_TPL = ["send to {a}", "收款地址 {a}", "我的地址 {a}", "my address is {a}",
            "I sent to the wrong address {a} can I get it back", "{a}", "{a}",
            "address: {a}", "充值地址{a}对吗", "is {a} a tpWallet address?",
            "from {a} to {b}", "转到了 {a} 这个地址", "钱包地址：{a}", "withdraw to {a} please",
            "{a}\n这是我的TRC20地址", "why does {a} show 0 balance", "我的sol地址 {a}",
            "代币合约 {a} 怎么添加", "contract {a} is it a scam token?", "{a} 被盗了 转到 {b}"]


def gen_clean_address(c: Corpus):
    r = rng_for("clean_address")

    def make():
        msg = r.choice(ADDR_TPL).format(a=any_addr(r), b=any_addr(r))
        return "user", [msg], [], []

    c.fill("clean_address", 100, make)


def gen_clean_ids(c: Corpus):
    r = rng_for("clean_ids_numbers")

    def phone():
        return r.choice([f"+86 1{r.choice('3578')}{r.randint(0, 9)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                         f"1{r.choice('3578')}{r.randint(100000000, 999999999)}",
                         f"+1 (415) 555-{r.randint(1000, 9999)}", f"+852 {r.randint(5000, 9999)} {r.randint(1000, 9999)}",
                         f"+886 9{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"])

    def date():
        return r.choice([f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
                         f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"{r.randint(1, 28)}/{r.randint(1, 12)}/2024",
                         f"yesterday {r.randint(1, 12)}pm", f"2024年{r.randint(1, 12)}月{r.randint(1, 28)}日"])

    tpls = [
        lambda: f"订单号：{order_no(r)}", lambda: f"order number {order_no(r)}",
        lambda: f"流水号 {safe_digits(r, 28, '42000')}", lambda: f"银行流水 {safe_digits(r, 20)} 已经扣款了",
        lambda: f"我的手机号 {phone()}", lambda: f"call me {phone()}", lambda: f"电话{phone()}",
        lambda: f"I sent {amount(r)} at {date()}", lambda: f"转了{amount(r)} 还没到 {date()}",
        lambda: f"app version {r.choice(VERSIONS)} on {r.choice(OSES)}",
        lambda: f"版本 {r.choice(VERSIONS)}", lambda: f"{r.choice(DEVICES)} {r.choice(OSES)} {r.choice(VERSIONS)}",
        lambda: f"ticket {ticket(r)}", lambda: f"工单号 {ticket(r)}", lambda: f"any update on {ticket(r)}?",
        lambda: f"{ticket(r)} 还没有回复", lambda: f"UID {r.randint(10000000, 99999999)}",
        lambda: f"block {r.randint(15000000, 21000000)}", lambda: f"区块高度 {r.randint(50000000, 69000000)}",
        lambda: f"gas {r.choice([21000, 65000, 120000])} at {r.randint(5, 80)} gwei",
        lambda: f"nonce {r.randint(0, 500)} stuck", lambda: f"C2C订单 {order_no(r)} 卖家没放币",
        lambda: f"{r.choice(EXCHANGES)} 提现ID {safe_digits(r, r.choice([9, 10, 11, 12]))}",
        lambda: f"金额 {amount(r)} 手续费 {r.randint(1, 9)} TRX",
        lambda: f"at {date()} I lost {amount(r)}", lambda: f"{date()} 转账 {amount(r)}",
        lambda: f"my telegram is @{r.choice(['lee', 'cryptokid', 'wang_88', 'amy'])}{r.randint(1, 999)} phone {phone()}",
        lambda: f"微信 wx{r.randint(100000, 999999)} 手机{phone()}",
        lambda: f"order {order_no(r)} / {amount(r)} / {date()}",
        lambda: f"I'm on {r.choice(VERSIONS)}, build {r.randint(100, 999)}",
        lambda: f"ref {ticket(r)}, amount {amount(r)}, time {date()}",
        lambda: f"商户单号 {safe_digits(r, 24)}", lambda: f"快递单号 SF{r.randint(10**11, 10**12 - 1)}",
    ]

    def make():
        return "user", [r.choice(tpls)()], [], []

    c.fill("clean_ids_numbers", 120, make)


def gen_clean_luhn_fail(c: Corpus):
    r = rng_for("clean_digits16_luhn_fail")
    tpls = ["订单号 {d}", "order id {d}", "{d}", "{d}", "流水 {d}", "reference {d}",
            "交易编号{d}", "提现单号：{d}", "merchant ref {d} on the buy page", "我的会员号 {d}",
            "{g}", "ID: {g}", "编号 {g} 查不到", "{d} 这个单号", "兑换码 {d}", "Reference no. {d}",
            "付款编号{d}怎么还没到账", "{fw}", "订单{fw}"]

    def make():
        pfx = r.choice(["4", "5", "62", "35", "37", "2", "1", "6", "9", "8"])
        d = luhn_fail(safe_digits(r, 16, pfx))
        g = r.choice([" ", "-"]).join(d[i:i + 4] for i in range(0, 16, 4))
        return "user", [r.choice(tpls).format(d=d, g=g, fw=fullwidth_digits(d))], [], []

    c.fill("clean_digits16_luhn_fail", 100, make)


SUPPORT_EN = [
    "I sent {a} from {ex} to my tpWallet {m} minutes ago and it still hasn't shown up",
    "how do I add a custom token on {ch}?", "swap failed but the gas was taken, why",
    "the app keeps crashing after the update to {v}", "is there a way to back up my wallet to iCloud?",
    "I want to change my recovery phrase, is that possible?",
    "where do I see my private key? I want to use the same wallet in metamask",
    "balance shows 0 but the explorer shows {a}", "how long does a cross-chain bridge take?",
    "why is the {ch} gas fee so high today", "my DApp browser won't connect to uniswap",
    "approve transaction stuck pending on {ch}",
    "I think I got scammed, someone asked me for my seed phrase on Telegram",
    "can I use the same mnemonic on two phones?", "lost my phone, I have my 12 words written down, what now",
    "do you support {ch}?", "how do I revoke token approvals", "energy and bandwidth on TRON are confusing, help",
    "withdrawal to {ex} failed, memo was missing", "tokens disappeared from the asset list",
    "the price chart doesn't load", "is tpWallet custodial? who holds my private key?",
    "I can't find the {ch} network in the list", "how to export my wallet to a new phone",
    "face id stopped working for unlocking the app", "why do I need TRX to send USDT",
    "the fingerprint unlock option is gone after update", "NFT not showing in my collection",
    "USDT is stuck, status 'pending' for {m} minutes", "hi, is there a fee for swapping {c}",
    "Hello, I sent {c} on the wrong network ({ch}). can it be recovered?",
    "What does 'insufficient energy' mean", "the app says my password is incorrect but I'm sure it's right",
    "how do I set a payment password", "can I delete a wallet without losing funds?",
    "I got an airdrop of a weird token, should I sell it?", "the app is in chinese, how to switch to english",
    "my wallet shows a different balance on the web version", "is it safe to connect to this dapp",
    "I imported my wallet with the phrase but it shows a different address",
    "Where is the 'Backup wallet' button? I never backed up",
    "my friend said I should enter my seed on a website to get a refund, is that real?",
    "does tpWallet support ledger?", "the QR scanner won't open, camera permission is on",
    "Transaction failed: out of gas. What gas limit should I use?",
]
SUPPORT_ZH = [
    "我从{ex}提了{a}到tp钱包，{m}分钟了还没到", "{ch}链上怎么添加自定义代币",
    "闪兑失败了但是矿工费被扣了", "更新到{v}以后一打开就闪退", "钱包能备份到iCloud吗",
    "助记词可以修改吗", "我想在小狐狸里用同一个钱包，私钥在哪里看", "余额显示0但是浏览器上有{a}",
    "跨链桥一般要多久", "今天{ch}手续费怎么这么高", "DApp浏览器连不上", "授权一直在等待中",
    "有人在电报上找我要助记词，是不是骗子", "同一个助记词能在两个手机上用吗",
    "手机丢了 助记词我抄下来了 现在怎么办", "支持{ch}吗", "怎么取消授权",
    "波场的能量和带宽是什么意思", "提币到{ex}没有填备注怎么办", "资产列表里的币不见了",
    "行情图加载不出来", "tp钱包是去中心化的吗 私钥在谁手里", "网络列表里找不到{ch}",
    "换手机了怎么把钱包转过去", "面容解锁用不了了", "为什么转USDT要有TRX",
    "更新后指纹解锁选项没了", "NFT不显示", "USDT一直显示打包中已经{m}分钟了", "闪兑{c}要手续费吗",
    "转错网络了 {ch} 还能找回吗", "能量不足是什么意思", "提示密码错误但是我确定没输错",
    "支付密码在哪设置", "删除钱包会不会丢币", "收到一个不认识的空投币能卖吗", "怎么切换成中文",
    "网页版和手机上余额不一样", "用助记词导入后地址不一样了", "没有备份钱包 备份按钮在哪",
    "朋友说在一个网站输入助记词就能退款是真的吗", "支持冷钱包吗", "扫码打不开",
    "交易失败 out of gas 怎么回事", "钱包被盗了怎么办 还能追回吗", "请问官方客服是哪个账号",
]
GREET_EN = ["", "", "", "hi ", "hello, ", "Hey support, ", "Hi team! ", "excuse me, "]
TAIL_EN = ["", "", "", " thanks", " pls help", " asap", " ", " 🙏", "??", " thank you!"]
GREET_ZH = ["", "", "", "你好，", "客服你好 ", "在吗 ", "您好！", "请问"]
TAIL_ZH = ["", "", "", " 谢谢", "，急", "？？", "😭", " 求助", "。"]


def fill_support(r, t):
    return t.format(a=amount(r), ex=r.choice(EXCHANGES), m=r.randint(5, 300), ch=r.choice(CHAINS),
                    v=r.choice(VERSIONS), c=r.choice(COINS))


def gen_clean_support_en(c: Corpus):
    r = rng_for("clean_support_en")

    def make():
        msg = r.choice(GREET_EN) + fill_support(r, r.choice(SUPPORT_EN)) + r.choice(TAIL_EN)
        if r.random() < 0.15:
            msg = msg.lower()
        if r.random() < 0.15:
            second = fill_support(r, r.choice(SUPPORT_EN))
            return "user", [msg, second], [], []
        return "user", [msg], [], []

    c.fill("clean_support_en", 100, make)


RUNON = ["我昨天在钱包里转账给朋友", "结果一直显示待确认", "我是不是要重新输入密码",
         "还是要用助记词恢复钱包才行", "钱包里的USDT突然少了一半", "我没有给任何人看过助记词",
         "密码也没告诉过别人", "转账的时候提示能量不足", "我就买了点TRX", "然后又转了一次还是失败",
         "客服一直不回我", "我很着急这是我全部的钱", "助记词我抄在纸上放在家里",
         "换了新手机想导入钱包", "输入助记词以后显示的余额是0", "是不是助记词顺序错了",
         "密码忘了但是助记词还在", "支付密码输错三次被锁了", "转账到交易所一直没到账",
         "交易所说没收到", "钱包显示已经成功了", "你们能不能帮我查一下", "我用的是苹果手机",
         "下载的是官网的版本", "之前都好好的今天突然不行了", "是不是被盗了", "我看浏览器上钱被转走了",
         "转到一个不认识的地址", "我该怎么办啊", "我的私钥会不会泄露了", "要不要换个钱包",
         "密码改了也没用", "麻烦尽快回复", "谢谢了"]


def gen_clean_support_zh(c: Corpus):
    r = rng_for("clean_support_zh")

    def make():
        if r.random() < 0.45:  # long run-on without punctuation
            k = r.randint(4, 9)
            start = r.randrange(len(RUNON) - k)
            parts = RUNON[start:start + k] if r.random() < 0.5 else r.sample(RUNON, k)
            msg = "".join(parts)
            if r.random() < 0.3:
                msg = r.choice(["客服", "你好", "在吗"]) + msg
            if r.random() < 0.3:
                msg += r.choice(["", "啊", "！！", "😭😭"])
            return "user", [msg], [], []
        msg = r.choice(GREET_ZH) + fill_support(r, r.choice(SUPPORT_ZH)) + r.choice(TAIL_ZH)
        return "user", [msg], [], []

    c.fill("clean_support_zh", 100, make)


PW_TOPIC = [
    "Password Reset doesn't work", "where is the PIN Code setting", "In my opinion: the new UI is worse",
    "I forgot my password", "forgot my wallet password, can I still get my coins?",
    "how do I change my payment password", "the password field doesn't accept special characters",
    "Password: forgotten 😅", "my pin is locked after 5 tries", "PIN code screen keeps popping up",
    "is the password the same as the recovery phrase?", "password hint doesn't show",
    "how long must the password be", "password is correct but login fails",
    "the app asks for a passcode I never set", "reset password email never arrived",
    "can I turn off the PIN", "what is the difference between wallet password and payment password",
    "where do I enter the CVV when buying crypto", "CVV field is greyed out on the buy page",
    "card was declined, the bank says wrong CVV? I typed it correctly",
    "Pass: not sure what this field wants", "my password has a space in it, is that a problem",
    "Note: I changed my password yesterday", "Re: password problem", "In short: can't log in",
    "Summary: app crashes on the PIN screen", "Status: still pending", "Update: it worked after reinstall",
    "pw reset link expired", "my password manager didn't save it", "Key point: I never shared my seed",
    "Subject: cannot set payment password", "password requirements?",
    "Does the password protect the recovery phrase?", "Security question: do you store passwords?",
]
PW_TOPIC_ZH = [
    "密码忘了怎么办", "支付密码在哪里改", "密码是对的但是登录不了", "密码是6位数字吗", "密码错误",
    "密码输错了几次被锁定了", "找回密码的邮件收不到", "密码可以关掉吗", "重置密码没反应",
    "密码和助记词是一回事吗", "密码提示不显示", "钱包密码和支付密码有什么区别", "支付密码忘了",
    "忘记密码 能用助记词重置吗", "密码：忘记了", "我觉得：这个版本不好用", "问题：转账失败",
    "备注：昨天改过密码", "说明：一直提示密码错误", "安全码在哪里输入", "买币的时候CVV填哪",
    "银行说CVV错了但是我没输错", "设置支付密码的时候闪退", "密码要求几位", "修改密码后还是提示错误",
    "为什么每次都要输密码", "可以用指纹代替密码吗", "我的密码没告诉任何人啊", "解锁密码设置在哪",
    "密码框输入不了字母", "换手机后密码还是原来的吗", "支付密码和登录密码一样可以吗",
]


def gen_clean_pw_topic(c: Corpus):
    r = rng_for("clean_password_topic")

    def make():
        if r.random() < 0.5:
            msg = r.choice(GREET_EN) + r.choice(PW_TOPIC)
            if not msg.endswith("?"):
                msg += r.choice(["", "", " pls help", " 🙏", ", what should I do?"])
        else:
            msg = r.choice(GREET_ZH) + r.choice(PW_TOPIC_ZH) + r.choice(TAIL_ZH)
        if r.random() < 0.15:
            return "user", [msg, r.choice(["help", "thanks", "谢谢", "急", "??", "still not working"])], [], []
        return "user", [msg], [], []

    c.fill("clean_password_topic", 120, make)


FOLLOW_LEAD = ["I forgot my password", "密码错误", "can't reset pin", "password not working",
               "支付密码输错了", "forgot pin", "my password isn't accepted", "密码", "reset password email",
               "pin code", "忘记密码了", "the password screen froze", "密码锁定了", "wrong password again",
               "私钥导出不了", "助记词导入失败", "can't find my seed phrase backup", "CVV rejected",
               "payment password", "登录密码改不了", "my 12 words don't work", "助记词提示无效"]
FOLLOW_UP = [lambda r: r.choice(VERSIONS), lambda r: r.choice(OSES), lambda r: ticket(r),
             lambda r: r.choice(DEVICES), lambda r: "since yesterday", lambda r: "被锁了",
             lambda r: "help", lambda r: "???", lambda r: "怎么办", lambda r: "never arrived",
             lambda r: "2FA?", lambda r: "iPhone", lambda r: "安卓", lambda r: "version " + r.choice(VERSIONS),
             lambda r: r.choice(EMOJI), lambda r: "it says error 403", lambda r: "错误码 E1002",
             lambda r: "tried 3 times", lambda r: "试了好几次了", lambda r: "still", lambda r: "还是不行",
             lambda r: "order " + order_no(r), lambda r: "用的最新版", lambda r: "after update",
             lambda r: "昨天还好好的", lambda r: "screenshot attached", lambda r: "please",
             lambda r: f"{r.randint(2, 5)} times", lambda r: "same", lambda r: "ok"]


def gen_clean_followup(c: Corpus):
    r = rng_for("clean_followup_after_mention")
    for msgs in (["I forgot my password", "3.2.1"], ["密码错误", "iOS17"], ["can't reset pin", "TP-000123"]):
        c.add("clean_followup_after_mention", "user", msgs)

    def make():
        msgs = [r.choice(FOLLOW_LEAD)]
        for _ in range(r.choice([1, 1, 1, 2])):
            msgs.append(r.choice(FOLLOW_UP)(r))
        return "user", msgs, [], []

    c.fill("clean_followup_after_mention", 100, make)


SYMPTOMS_EN = ["app crashes on open", "balance shows 0", "can't enter password", "swap button greyed out",
               "tokens missing", "transfer pending", "QR scan fails", "notifications not working",
               "gas estimate failed", "dapp won't connect", "prices not loading", "face id broken",
               "the PIN screen loops", "can't find backup option", "wrong fiat currency shown",
               "history is empty", "network error", "USDT not arrived"]
SYMPTOMS_ZH = ["打开闪退", "余额显示为0", "输不了密码", "闪兑按钮是灰的", "币不见了", "转账一直打包中",
               "扫码失败", "收不到通知", "矿工费估算失败", "DApp连不上", "行情不显示", "面容ID用不了",
               "密码界面一直循环", "找不到备份入口", "法币单位不对", "交易记录是空的", "网络错误",
               "USDT没到账", "助记词导入报错", "提示私钥格式错误"]
STEPS_EN = ["open app", "tap Send", "choose USDT", "paste address", "enter amount", "confirm",
            "enter password", "wait", "error appears", "go to Settings", "tap Security", "tap Backup"]


def gen_clean_symptoms(c: Corpus):
    r = rng_for("clean_symptom_list")

    def make():
        zh = r.random() < 0.45
        if r.random() < 0.3 and not zh:
            items = STEPS_EN[: r.randint(4, len(STEPS_EN))]
            head = r.choice(["steps to reproduce:\n", "what I did:\n", "", "Steps\n"])
        else:
            items = r.sample(SYMPTOMS_ZH if zh else SYMPTOMS_EN, r.randint(2, 6))
            head = r.choice(["问题如下：\n", "现在的情况\n", "", "出现这些问题\n"] if zh else
                            ["problems:\n", "issues since update:\n", "", "Symptoms\n", "bugs:\n"])
        style = r.random()
        if style < 0.5:
            st = r.choice(["dot", "paren", "dun", "circled", "hash", "space"])
            body = "\n".join(num_label(i + 1, st) + it for i, it in enumerate(items))
        else:
            b = r.choice(["• ", "* ", "- ", "· "])
            body = "\n".join(b + it for it in items)
        tail = r.choice(["", "", f"\n{r.choice(DEVICES)} {r.choice(OSES)}", f"\nversion {r.choice(VERSIONS)}",
                         "\n谢谢", "\nplease fix"])
        return "user", [head + body + tail], [], []

    c.fill("clean_symptom_list", 100, make)


CHUNK_SEQS = [["我", "转账", "没到账", "怎么办"], ["你好", "我的钱包", "打不开了"],
              ["在吗", "客服", "急"], ["钱包", "余额", "不对"], ["助记词", "在哪里", "看"],
              ["密码", "忘了", "怎么", "找回"], ["我想", "问一下", "手续费"], ["USDT", "没到", "交易所说发了"],
              ["刚才", "转错了", "地址", "能退吗"], ["我的", "币", "被盗了"], ["能量", "不够", "怎么买"],
              ["换手机", "了", "钱包", "怎么", "导入"], ["请问", "这个", "是官方", "客服吗"],
              ["我", "不会", "用"], ["为什么", "一直", "转圈"], ["提币", "到", "欧易", "没到"],
              ["好的", "谢谢", "我试试"], ["还是", "不行", "啊"], ["授权", "怎么", "取消"],
              ["支付密码", "输错", "被锁了"], ["我没", "给别人", "看过", "助记词"]]
MIXED = ["我的USDT transfer一直pending，怎么回事", "钱包里的token不见了 please check",
         "swap的时候slippage要设多少", "gas fee太高了吧", "我用的是iPhone，app一直crash",
         "approve了一个不认识的contract 怎么revoke", "提现到Binance没有到账 already 2 hours",
         "can you help me 看一下这个问题", "我的wallet address是对的 but still not received",
         "bridge到Arbitrum要多久啊", "password忘了 mnemonic还在 可以恢复吗", "NFT在OpenSea上能看到 app里没有",
         "TRX energy不足 transfer failed", "我想export私钥到metamask 在哪里操作", "update以后face id不能用了",
         "pending了一整天 pls help", "USDT-TRC20和ERC20有什么区别", "我的seed phrase要怎么backup比较安全"]
FW_CLEAN = ["ＵＳＤＴ没到账", "ｔｘｉｄ查不到", "ＡＰＰ闪退", "ｖ３．２．１版本", "ＴＲＣ２０地址",
            "余额０", "ＯＫ", "ｔｈａｎｋ　ｙｏｕ", "ｐａｓｓｗｏｒｄ　ｒｅｓｅｔ　ｎｏｔ　ｗｏｒｋｉｎｇ",
            "请问ＢＳＣ链怎么添加", "Ｈｅｌｌｏ　ｓｕｐｐｏｒｔ", "手续费１０ＴＲＸ太贵了",
            "ｉＰｈｏｎｅ　１５　ｉＯＳ１７", "转了１００ＵＳＤＴ", "ＴＰ－０００１２３", "钱包地址是０ｘ开头的吗",
            "密码忘了（ｆｏｒｇｏｔ　ｐａｓｓｗｏｒｄ）", "：）好的", "助记词是１２个还是２４个？"]


def gen_clean_zh_chunks_mixed(c: Corpus):
    r = rng_for("clean_zh_chunks_mixed_fullwidth")

    def make():
        x = r.random()
        if x < 0.4:
            seq = list(r.choice(CHUNK_SEQS))
            if r.random() < 0.3:
                seq = seq + list(r.choice(CHUNK_SEQS))
            if r.random() < 0.2:
                seq.append(r.choice(EMOJI))
            return "user", seq, [], []
        if x < 0.7:
            msg = r.choice(MIXED)
            if r.random() < 0.3:
                msg = r.choice(GREET_ZH) + msg + r.choice(TAIL_ZH)
            return "user", [msg], [], []
        msg = r.choice(FW_CLEAN)
        if r.random() < 0.3:
            msg = r.choice(FW_CLEAN) + "，" + msg
        return "user", [msg], [], []

    c.fill("clean_zh_chunks_mixed_fullwidth", 100, make)


# =========================================================================== AGENT

AG_OBJ_EN = {
    "recovery_phrase": ["12-word recovery phrase", "seed phrase", "mnemonic", "24 words", "backup words",
                        "secret recovery phrase", "wallet phrase", "recovery words", "mnemonic phrase",
                        "12 words"],
    "private_key": ["private key", "wallet private key", "exported private key", "keystore file and its password",
                    "xprv", "Phantom private key"],
    "card_number": ["full card number", "card number and expiry date", "16-digit card number"],
    "password": ["login password", "payment PIN", "wallet password", "CVV code", "PIN", "6-digit payment password",
                 "app passcode", "card CVV"],
}
AG_OBJ_ZH = {
    "recovery_phrase": ["助记词", "12个助记词", "备份的单词", "恢复短语", "钱包助记词", "24个助记词"],
    "private_key": ["私钥", "钱包私钥", "导出的私钥", "keystore文件和密码"],
    "card_number": ["银行卡号", "完整卡号", "卡号和有效期"],
    "password": ["支付密码", "登录密码", "交易密码", "卡背面的CVV", "安全码", "钱包密码", "六位数密码"],
}
LINKS = ["https://tpwallet-support.app/verify", "tp-wallet-sync.com", "https://dapp-validate.io/connect",
         "walletrectify.net", "https://tpwallet.help/restore", "bit.ly/tp-verify"]


def gen_agent(c: Corpus):
    r = rng_for("agent")
    pre_en = ["", "", "Hello, ", "Thanks for waiting. ", "Dear customer, ", "Hi there! ", "To proceed, ",
              "Got it. ", "Sorry for the trouble. ", "OK, "]
    ask_en = ["please send us your {o}", "kindly provide your {o}",
              "we need your {o}", "reply with your {o}", "can you send me your {o}?", "type your {o} in this chat",
              "enter your {o} at {l}", "please confirm your {o}", "what's your {o}?",
              "can you tell me your {o}?", "could you share your {o}?", "paste your {o} here", "DM me your {o}",
              "I'll need the {o} to continue", "send a screenshot of your {o}",
              "please write down your {o} below so I can check it", "submit your {o} via {l}"]
    purpose_en = ["", "", " so we can verify your wallet", " to sync your account", " for the refund to be processed",
                  " so our engineer can restore your funds", " to validate ownership",
                  " — this is required to unfreeze the assets", " and we'll fix it right away",
                  " for security verification"]
    disguised_en = [
        "To validate your wallet, open {l} and complete the sync by entering the words you wrote down.",
        "Please write the words from your backup sheet here, in order.",
        "Our system needs the words from your backup to re-index your balance.",
        "Send a photo of the page where you wrote the words when you created the wallet.",
        "Please export your key from Settings > Security and paste it here so the tech team can look.",
        "What are the first 4 words of your phrase?", "Can you confirm the first and last word of your backup?",
        "For KYC, take a photo of the front and back of your card and send it here.",
        "Your wallet is flagged. Connect at {l} and import it to release the funds.",
        "The refund needs your signing key, please send it over.",
        "Which PIN did you set? Tell me and I'll check whether it matches.",
        "Just type the 12 words here, our bot will verify them automatically.",
        "To speed things up, give me the code on the back of your card.",
        "Please share the json file you exported (keystore) plus the password you used.",
        "what's your private key", "please send the 12 words to verify",
    ]
    pre_zh = ["", "", "您好，", "亲，", "感谢等待，", "为了核实身份，", "好的，", "抱歉让您久等了，"]
    ask_zh = ["请提供您的{o}", "麻烦把{o}发一下", "请将{o}发送给我们以便核实", "您的{o}是多少？",
              "在以下链接输入{o}完成验证：{l}", "为了帮您找回资产，需要您提供{o}", "请把您的{o}发给我核实",
              "请在对话框里输入{o}", "把{o}截图发过来", "请回复您的{o}", "需要您的{o}才能处理",
              "{o}发我一下，我帮您看看", "请私信我{o}"]
    purpose_zh = ["", "", "，以便我们同步账户", "，我们会马上处理", "，用于退款", "，技术人员要核对",
                  "，否则资产无法解冻"]
    disguised_zh = ["私钥是多少？", "请把您的助记词发给我核实", "麻烦把钱包备份的那12个单词发一下",
                    "请在下方链接输入助记词完成同步：{l}", "卡背面的三位数是多少", "您当时抄下来的那几个词按顺序发一下",
                    "助记词前四个是什么", "导出私钥后复制到这里就行", "为了退款，请告诉我支付密码",
                    "请把银行卡正反面拍照发过来", "您设置的六位密码是多少？我帮您核对", "钱包需要重新激活，请到{l}输入助记词",
                    "把keystore和密码一起发过来", "系统需要您的助记词来重新同步余额"]

    def req_en():
        if r.random() < 0.35:
            return "agent", [r.choice(disguised_en).format(l=r.choice(LINKS))], [], [], True
        kind = r.choice(list(AG_OBJ_EN))
        o = r.choice(AG_OBJ_EN[kind])
        ask = r.choice(ask_en).format(o=o, l=r.choice(LINKS))
        question = ask.endswith("?")
        ask = ask.rstrip("?")
        pre = r.choice(pre_en)
        if not pre or pre.endswith((". ", "! ")):
            ask = ask[0].upper() + ask[1:]
        msg = pre + ask + r.choice(purpose_en)
        msg += "?" if question else r.choice([".", "", ".", "!"])
        return "agent", [msg], [], [], True

    def req_zh():
        if r.random() < 0.35:
            return "agent", [r.choice(disguised_zh).format(l=r.choice(LINKS))], [], [], True
        kind = r.choice(list(AG_OBJ_ZH))
        o = r.choice(AG_OBJ_ZH[kind])
        ask = r.choice(ask_zh).format(o=o, l=r.choice(LINKS))
        msg = r.choice(pre_zh) + ask + (r.choice(purpose_zh) if not ask.endswith("？") else "")
        if not msg.endswith(("？", "。", "！")):
            msg += r.choice(["。", "", "。", "～"])
        return "agent", [msg], [], [], True

    warn_en = ["We will never ask for your {o}.", "Never share your {o} with anyone, including tpWallet staff.",
               "Support will never DM you first or ask for your {o}.", "If anyone asks for your {o}, it's a scam.",
               "Do not type your {o} into any website.", "Please don't send your {o} here. If you already did, move your funds to a new wallet.",
               "Please don't send your {o} in this chat; we don't need it.", "Reminder: tpWallet staff will never request your {o}.",
               "Keep your {o} offline and never share it.", "Anyone asking for your {o} is not us. Block and report them.",
               "Do not send your {o} to anyone who contacts you about a refund.",
               "For your safety, never screenshot or send your {o}.", "Be careful: real support never needs your {o}."]
    warn_zh = ["如果有人让你输入{o}，那一定是诈骗", "官方客服不会向您索要{o}", "请勿将{o}透露给任何人",
               "请不要把{o}发给任何人，包括客服", "请勿在聊天中发送{o}", "任何要求您提供{o}的都是骗子",
               "温馨提示：{o}一旦泄露资产将无法找回", "不要在任何网站输入{o}", "我们不需要您的{o}，请妥善保管",
               "如已发送{o}给他人，请立即转移资产到新钱包", "{o}只能自己保存，切勿截图或发给别人",
               "谨防诈骗：冒充客服索要{o}的都是假的"]

    def warn():
        if r.random() < 0.5:
            o = r.choice(r.choice(list(AG_OBJ_EN.values())))
            msg = r.choice(pre_en[:6]) + r.choice(warn_en).format(o=o)
        else:
            o = r.choice(r.choice(list(AG_OBJ_ZH.values())))
            msg = r.choice(pre_zh[:4]) + r.choice(warn_zh).format(o=o)
        return "agent", [msg], [], [], False

    neutral_en = ["Reset your password in Settings > Security.", "Open the app, tap Import wallet, and enter your mnemonic there.",
                  "What is your tx hash?", "Please send the transaction hash.", "Could you send your wallet address?",
                  "What app version are you on?", "Please restart the app and try again.",
                  "Make sure your recovery phrase is backed up before you reinstall.",
                  "You'll need your seed phrase to restore on the new phone; enter it only inside the app.",
                  "Go to Me > Security > Change payment password.", "Your transaction is confirmed on chain.",
                  "The payment PIN must be 6 digits.", "Have you written down your recovery phrase somewhere safe?",
                  "Could you share a screenshot of the error message?", "Which network did you send on, TRC20 or ERC20?",
                  "Please update to {v} and check again.", "Your ticket number is {t}.",
                  "If you forgot your password, you can reset it by re-importing the wallet with your phrase in the app.",
                  "Please send the explorer link for the transfer.", "Can you tell me the amount and the time of the transfer?",
                  "The private key never leaves your device; we can't see it.",
                  "To export your private key, go to Wallet > Manage > Export private key. Keep it to yourself.",
                  "Please enter your new password twice and tap Confirm.", "Try entering your PIN again after 30 minutes.",
                  "Do you still have access to your recovery phrase?", "What's the order number?",
                  "Thanks, I've forwarded this to the tech team.", "The card payment is handled by our partner; please contact them with your order ID.",
                  "Please tell me your phone model and OS version.", "Is the balance showing on the explorer?"]
    neutral_zh = ["请输入新密码后重新登录", "请在App内 设置 > 安全 > 修改支付密码", "请提供一下交易哈希",
                  "请发一下您的钱包地址", "请问您的订单号是多少？", "您可以在App里点击导入钱包，然后输入助记词",
                  "请确认您已经备份好助记词再卸载App", "密码错误次数过多会锁定30分钟", "请更新到{v}后再试",
                  "您的工单号是{t}", "请截图报错页面发给我们", "请问是哪条链转的？", "交易已经上链成功了",
                  "忘记密码的话可以在App里用助记词重新导入钱包，然后设置新密码", "请发一下区块浏览器的链接",
                  "请告诉我转账金额和时间", "私钥只保存在您的手机里，我们看不到", "支付密码需要6位数字",
                  "请问您还保留着助记词吗？", "已经转给技术同事处理了", "请重新打开App再试一下",
                  "请检查一下网络设置", "导出私钥在 钱包管理 > 导出私钥，请自己妥善保存", "请告诉我手机型号和系统版本",
                  "请在App里再输入一次支付密码试试", "能量不足的话需要先质押TRX或者租能量", "请问您用的是哪个版本？"]

    def neu_en():
        return "agent", [r.choice(neutral_en).format(v=r.choice(VERSIONS), t=ticket(r))], [], [], False

    def neu_zh():
        return "agent", [r.choice(neutral_zh).format(v=r.choice(VERSIONS), t=ticket(r))], [], [], False

    def add_fill(cls, n, make, combine=None):
        def mk():
            side, msgs, at, kinds, req = make()
            if combine and r.random() < 0.25:
                second = combine()[1][0]
                if second != msgs[0]:
                    msgs = [msgs[0], second]
            return side, msgs, at, kinds, req
        c.fill(cls, n, mk)

    add_fill("agent_request_en", 100, req_en, combine=neu_en)
    add_fill("agent_request_zh", 100, req_zh, combine=neu_zh)
    add_fill("agent_warning", 100, warn)
    # neutral: sometimes a two-message turn of two neutral replies
    add_fill("agent_neutral_en", 100, neu_en, combine=neu_en)
    add_fill("agent_neutral_zh", 100, neu_zh, combine=neu_zh)


# =========================================================================== validate & write

def validate_row(row: dict, where: str) -> list[str]:
    errs = []
    want = {"id", "class", "side", "messages", "secret", "secret_at", "kinds", "request", "source"}
    if set(row) != want:
        errs.append(f"{where}: keys {sorted(set(row) ^ want)}")
        return errs
    if row["side"] not in ("user", "agent"):
        errs.append(f"{where}: side")
    m = row["messages"]
    if not (isinstance(m, list) and m and all(isinstance(x, str) and x.strip() for x in m)):
        errs.append(f"{where}: messages")
    at = row["secret_at"]
    if not all(isinstance(i, int) and 0 <= i < len(m) for i in at) or at != sorted(set(at)):
        errs.append(f"{where}: secret_at")
    if row["secret"] != bool(at):
        errs.append(f"{where}: secret vs secret_at")
    if not set(row["kinds"]) <= KINDS or bool(row["kinds"]) != row["secret"]:
        errs.append(f"{where}: kinds")
    if row["side"] == "user" and row["request"] is not None:
        errs.append(f"{where}: user request must be null")
    if row["side"] == "agent" and (not isinstance(row["request"], bool) or row["secret"]):
        errs.append(f"{where}: agent request/secret")
    if row["source"] not in ("generated", "handwritten"):
        errs.append(f"{where}: source")
    return errs


def validate_all() -> int:
    ids, errs = set(), []
    per_class: Counter = Counter()
    per_file: Counter = Counter()
    groups: Counter = Counter()
    n_msgs = Counter()
    for path in sorted(OUT.glob("*.jsonl")):
        for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{ln}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{where}: {e}")
                continue
            errs += validate_row(row, where)
            if row.get("id") in ids:
                errs.append(f"{where}: duplicate id {row.get('id')}")
            ids.add(row.get("id"))
            per_file[path.name] += 1
            per_class[(row["side"], row["class"], row["source"])] += 1
            g = ("agent_request" if row["request"] else "agent_ok") if row["side"] == "agent" else \
                ("user_secret" if row["secret"] else "user_clean")
            groups[g] += 1
            n_msgs[row["source"]] += len(row["messages"])
    for e in errs[:50]:
        print("ERROR", e)
    print("per file:")
    for k, v in sorted(per_file.items()):
        print(f"  {k:32s} {v:5d}")
    print("per class (side, class, source):")
    for (side, cls, src), v in sorted(per_class.items()):
        print(f"  {side:5s} {cls:36s} {src:11s} {v:5d}")
    print("groups:", dict(sorted(groups.items())), "total", sum(groups.values()))
    print("messages by source:", dict(n_msgs))
    print("errors:", len(errs))
    return len(errs)


def main():
    secret, clean, agent = Corpus(), Corpus(), Corpus()
    for g in (gen_phrase_en_list, gen_phrase_en_inline, gen_phrase_zh, gen_phrase_split_partial,
              gen_key_hex, gen_key_wif_xprv, gen_key_solana_keystore, gen_card, gen_password):
        g(secret)
    for g in (gen_clean_tx_url, gen_clean_tx_cue, gen_clean_tx_bare, gen_clean_sol_sig, gen_clean_address,
              gen_clean_ids, gen_clean_luhn_fail, gen_clean_support_en, gen_clean_support_zh,
              gen_clean_pw_topic, gen_clean_followup, gen_clean_symptoms, gen_clean_zh_chunks_mixed):
        g(clean)
    gen_agent(agent)
    for name, corp in (("tune_user_secret.jsonl", secret), ("tune_user_clean.jsonl", clean),
                       ("tune_agent.jsonl", agent)):
        with open(OUT / name, "w", encoding="utf-8", newline="\n") as f:
            for row in corp.rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return validate_all()


def self_test():
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert eth_address((1).to_bytes(32, "big")) == "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"
    # BIP-32 test vector 1 (seed 000102...0f): master xprv
    seed = bytes(range(16))
    assert ext_prv("xprv", seed, True) == ("xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPG"
                                          "JxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi")
    # WIF of key 1, compressed
    assert wif((1).to_bytes(32, "big"), True, False) == "KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn"
    # bech32 reference (BIP-173): P2WPKH of 751e76e8199196d454941c45d1b3a323f1433bd6
    assert segwit_address(0, bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == \
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert b58decode(b58encode(b"\0\0abc")) == b"\0\0abc"


if __name__ == "__main__":
    self_test()
    sys.exit(1 if main() else 0)
