#!/usr/bin/env python3
# ruff: noqa: E501
"""Generator for the user-side NON-SECRET part of the guard_eval corpus.

Run with the project venv:

    /work/main/.venv/bin/python benchmarks/data/guard_eval/clean/generate.py

It writes dev/*.jsonl and holdout/*.jsonl next to this file (one file per
class, plus handwritten_en.jsonl / handwritten_zh.jsonl built from the
hand-typed sentences in handwritten/), then validates every line and prints
counts.

Every case is secret=false.  Values that look like secrets by their shape
(64-hex transaction hashes, 88-char base58 Solana signatures, 16-digit
numbers) are generated as what they claim to be: random transaction ids,
addresses derived from random public data, Luhn-FAILING 16-digit numbers,
Luhn-valid 15-digit IMEIs, Chinese-ID-shaped strings with impossible region
codes.  No BIP-39 phrase, private key, card number or password appears.

The two splits use separate template modules (tpl_dev.py, tpl_holdout.py),
separate hand-typed sentence files and separate seeds.  Only the value
encoders (base58, bech32, EIP-55, Luhn) and the generic copy-paste/typo
mutators below are shared, because they describe data formats, not wording.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

# --------------------------------------------------------------------------
# Keccak-256 (Ethereum's pre-standard SHA-3) for EIP-55 checksummed addresses
# --------------------------------------------------------------------------
_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]
_ROT = [
    [0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61],
    [28, 55, 25, 21, 56], [27, 20, 39, 8, 14],
]
_M64 = (1 << 64) - 1


def _rol(x: int, n: int) -> int:
    n %= 64
    return ((x << n) | (x >> (64 - n))) & _M64 if n else x


def _keccak_f(a):
    for rnd in range(24):
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)]
             for x in range(5)]
        a[0][0] ^= _RC[rnd]
    return a


def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data)
    msg.append(0x01)
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            a[x][y] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        a = _keccak_f(a)
    out = b""
    for i in range(4):
        x, y = i % 5, i // 5
        out += a[x][y].to_bytes(8, "little")
    return out


def eip55(addr_hex40: str) -> str:
    h = addr_hex40.lower()
    k = keccak256(h.encode()).hex()
    return "0x" + "".join(ch.upper() if ch.isalpha() and int(k[i], 16) >= 8 else ch
                          for i, ch in enumerate(h))


# --------------------------------------------------------------------------
# base58 / base58check / bech32(m) / Luhn
# --------------------------------------------------------------------------
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(b: bytes) -> str:
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + s


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def _convertbits(data, frombits, tobits):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def segwit_addr(hrp: str, witver: int, prog: bytes) -> str:
    const = 1 if witver == 0 else 0x2BC830A3
    data = [witver, *_convertbits(prog, 8, 5)]
    hrpx = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech_polymod(hrpx + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def luhn_ok(digits: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


_CARD_PREFIX = re.compile(r"4|5[1-5]|2[2-7]|3[0-9]|6|8[0-9]|9")   # broad: used when generating ids
_MAJOR_ISSUER = re.compile(r"4|5[1-5]|2[2-7]|3[47]|35|62|6011|65")  # strict: used by the audit


def card_shaped(digits: str, strict: bool = False) -> bool:
    """True when a digit string could pass as a payment card number:
    Luhn-valid, card length and an issuer-like prefix."""
    rx = _MAJOR_ISSUER if strict else _CARD_PREFIX
    return 13 <= len(digits) <= 19 and luhn_ok(digits) and bool(rx.match(digits))


def _self_test():
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    assert segwit_addr("bc", 0, bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == \
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert b58check(b"\x00" + bytes.fromhex("62e907b15cbf27d5425399ebf6f0fb50ebb88f18")) == \
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
    assert luhn_ok("79927398713") and not luhn_ok("79927398710")


# --------------------------------------------------------------------------
# Value factory: every {PLACEHOLDER} in a template is filled from here.
# --------------------------------------------------------------------------
class Values:
    def __init__(self, rng: random.Random):
        self.r = rng

    # raw
    def _hex(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def _bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    # transaction ids
    def TX64(self):
        return self._hex(64)

    def TX0X(self):
        return "0x" + self._hex(64)

    def TXUP(self):
        return self._hex(64).upper()

    def TX0XUP(self):
        return "0x" + self._hex(64).upper()

    def TXANY(self):
        return self.r.choice([self.TX64, self.TX0X, self.TX64, self.TX0X, self.TXUP])()

    def SOLSIG(self):
        while True:
            s = b58encode(self._bytes(64))
            if len(s) in (87, 88):
                return s

    # explorer links
    def URL_ETHERSCAN(self):
        return self.r.choice(["https://etherscan.io/tx/", "https://etherscan.io/tx/", "etherscan.io/tx/",
                              "https://cn.etherscan.com/tx/"]) + self.TX0X()

    def URL_BSCSCAN(self):
        return self.r.choice(["https://bscscan.com/tx/", "bscscan.com/tx/"]) + self.TX0X()

    def URL_TRONSCAN(self):
        return self.r.choice(["https://tronscan.org/#/transaction/", "https://tronscan.org/#/transaction/",
                              "tronscan.org/#/transaction/", "https://tronscan.io/#/transaction/"]) + self.TX64()

    def URL_BLOCKCHAIR(self):
        chain = self.r.choice(["bitcoin", "bitcoin", "ethereum", "litecoin", "tron"])
        h = self.TX0X() if chain == "ethereum" else self.TX64()
        return f"https://blockchair.com/{chain}/transaction/{h}"

    def URL_MEMPOOL(self):
        return self.r.choice(["https://mempool.space/tx/", "mempool.space/tx/"]) + self.TX64()

    def URL_BTCCOM(self):
        return self.r.choice(["https://www.blockchain.com/explorer/transactions/btc/",
                              "https://btc.com/"]) + self.TX64()

    def URL_POLYGON(self):
        return self.r.choice(["https://polygonscan.com/tx/", "https://arbiscan.io/tx/",
                              "https://basescan.org/tx/", "https://optimistic.etherscan.io/tx/"]) + self.TX0X()

    def URL_OKLINK(self):
        c = self.r.choice(["eth", "bsc", "trx", "btc"])
        h = self.TX0X() if c in ("eth", "bsc") else self.TX64()
        return f"https://www.oklink.com/{self.r.choice(['zh-hans/', 'zh-hant/', ''])}{c}/tx/{h}"

    def URL_SOLSCAN(self):
        tail = self.r.choice(["", "", "", "?cluster=mainnet", "#overview"])
        return self.r.choice(["https://solscan.io/tx/", "solscan.io/tx/"]) + self.SOLSIG() + tail

    def URL_SOLEXPLORER(self):
        return self.r.choice(["https://explorer.solana.com/tx/", "https://solana.fm/tx/",
                              "https://xray.helius.xyz/tx/"]) + self.SOLSIG()

    def URL_TX(self):
        return self.r.choice([self.URL_ETHERSCAN, self.URL_BSCSCAN, self.URL_TRONSCAN, self.URL_TRONSCAN,
                              self.URL_BLOCKCHAIR, self.URL_MEMPOOL, self.URL_POLYGON, self.URL_OKLINK,
                              self.URL_BTCCOM])()

    # addresses
    def ETH(self):
        return "0x" + self._hex(40)

    def ETHCK(self):
        return eip55(self._hex(40))

    def ETHANY(self):
        return self.ETHCK() if self.r.random() < 0.6 else self.ETH()

    def BTC1(self):
        return b58check(b"\x00" + self._bytes(20))

    def BTC3(self):
        return b58check(b"\x05" + self._bytes(20))

    def BC1Q(self):
        return segwit_addr("bc", 0, self._bytes(self.r.choice([20, 20, 20, 32])))

    def BC1P(self):
        return segwit_addr("bc", 1, self._bytes(32))

    def BTCANY(self):
        return self.r.choice([self.BTC1, self.BTC3, self.BC1Q, self.BC1Q, self.BC1P])()

    def TRX(self):
        return b58check(b"\x41" + self._bytes(20))

    def SOL(self):
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        # a real on-curve public key; the seed is thrown away and never printed
        pk = Ed25519PrivateKey.from_private_bytes(self._bytes(32)).public_key().public_bytes_raw()
        return b58encode(pk)

    def _pubkey33(self):
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        # a real secp256k1 public point; the scalar is discarded
        k = ec.derive_private_key(self.r.randrange(1, 2 ** 255), ec.SECP256K1())
        return k.public_key().public_bytes(serialization.Encoding.X962, serialization.PublicFormat.CompressedPoint)

    def XPUB(self):
        """BIP-32 / SLIP-132 extended PUBLIC key (watch-only, not a secret)."""
        ver = self.r.choice([bytes.fromhex("0488B21E")] * 3 + [bytes.fromhex("049D7CB2"), bytes.fromhex("04B24746")])
        depth = bytes([3])
        fpr = self._bytes(4)
        child = (0x80000000 + self.r.choice([0, 0, 1])).to_bytes(4, "big")
        return b58check(ver + depth + fpr + child + self._bytes(32) + self._pubkey33())

    def PUBHEX(self):
        return self._pubkey33().hex()

    def ADDR(self):
        return self.r.choice([self.ETHANY, self.TRX, self.TRX, self.BTCANY, self.SOL])()

    def URL_ADDR(self):
        k = self.r.randrange(6)
        if k == 0:
            return "https://etherscan.io/address/" + self.ETHANY()
        if k == 1:
            return "https://tronscan.org/#/address/" + self.TRX()
        if k == 2:
            return "https://bscscan.com/address/" + self.ETHANY()
        if k == 3:
            return "https://solscan.io/account/" + self.SOL()
        if k == 4:
            return "https://mempool.space/address/" + self.BTCANY()
        return "https://blockchair.com/bitcoin/address/" + self.BTCANY()

    # numbers, ids
    def _digits(self, n, first="123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def _date8(self):
        y = self.r.choice([2023, 2024, 2024, 2025])
        return f"{y}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"

    def ORDER(self):
        while True:
            o = self._order()
            if not any(card_shaped(d) for d in re.findall(r"\d+", o)):
                return o

    def _order(self):
        k = self.r.randrange(8)
        if k == 0:
            return self._date8() + self._digits(self.r.choice([8, 10, 11]), "0123456789")
        if k == 1:
            return "TP" + self._date8() + self._digits(6, "0123456789")
        if k == 2:
            return self.r.choice(["E", "D", "W", "R"]) + self._digits(self.r.choice([12, 15, 17]))
        if k == 3:
            return self._date8()[2:] + self._digits(10, "0123456789")
        if k == 4:
            return "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
        if k == 5:
            return "ORD-" + self._date8() + "-" + self._digits(5, "0123456789")
        if k == 6:
            return "C2C" + self._digits(16, "0123456789")
        return self._digits(self.r.choice([18, 19]), "1789")

    def SERIAL(self):
        """16-20 digit bank / payment serial.  Never starts with a card-issuer
        digit (3/4/5/6); usually date-prefixed like real bank flows."""
        while True:
            n = self.r.choice([16, 17, 18, 19, 20, 20])
            if self.r.random() < 0.7:
                s = self._date8() + self._digits(n - 8, "0123456789")
            else:
                s = self._digits(n, "1789")
            if not card_shaped(s):
                return s

    def SERIAL_SP(self):
        s = self.SERIAL()
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

    def PHONE(self):
        p = self.r.choice(["138", "139", "135", "136", "150", "151", "158", "186", "187", "188", "177", "199", "133"])
        a, b = self._digits(4, "0123456789"), self._digits(4, "0123456789")
        k = self.r.randrange(7)
        return [f"+86 {p}{a}{b}", f"{p} {a} {b}", f"{p}{a}{b}", f"+86-{p}-{a}-{b}",
                f"{p}-{a}-{b}", f"+86 {p} {a} {b}", f"0086{p}{a}{b}"][k]

    def PHONE_INTL(self):
        k = self.r.randrange(5)
        d = self._digits
        return [f"+1 ({d(3)}) {d(3, '0123456789')}-{d(4, '0123456789')}", f"+44 7{d(3, '0123456789')} {d(6, '0123456789')}",
                f"+65 {self.r.choice('89')}{d(3, '0123456789')} {d(4, '0123456789')}",
                f"+852 {self.r.choice('569')}{d(3, '0123456789')} {d(4, '0123456789')}",
                f"+886 9{d(2, '0123456789')} {d(3, '0123456789')} {d(3, '0123456789')}"][k]

    def AMT_USDT(self):
        k = self.r.randrange(6)
        v = self.r.choice([self.r.randint(5, 999), self.r.randint(1000, 50000), self.r.randint(10, 300) * 100])
        c = self.r.random() < 0.4
        cents = f".{self.r.randint(0, 99):02d}" if c else ""
        vs = f"{v:,}" if (v >= 1000 and self.r.random() < 0.6) else str(v)
        return [f"{vs}{cents} USDT", f"{vs}{cents}USDT", f"{vs}u", f"{vs} U", f"{vs}{cents} usdt", f"{vs}{cents} USDT-TRC20"][k]

    def AMT_CNY(self):
        v = self.r.choice([self.r.randint(50, 999), self.r.randint(1000, 20000), self.r.randint(1, 50) * 1000])
        return self.r.choice([f"￥{v}", f"¥{v:,}", f"{v}元", f"{v}块", f"RMB {v}", f"{v}.00元", f"人民币{v}"])

    def AMT_CRYPTO(self):
        k = self.r.randrange(7)
        return [f"{self.r.choice(['0.005', '0.01', '0.0234', '0.1', '0.25', '1.2'])} BTC",
                f"{self.r.choice(['0.05', '0.3', '1.5', '2', '0.0812'])} ETH",
                f"{self.r.randint(10, 9000)} TRX", f"{self.r.choice(['0.1', '0.5', '1', '3.2'])} BNB",
                f"{self.r.choice(['0.5', '2', '12.75', '40'])} SOL",
                f"{self.r.randint(1, 9999)}.{self.r.randint(0, 99):02d} USDC",
                f"{self.r.choice(['0.00042', '0.0021', '0.0009'])} ETH"][k]

    def AMT(self):
        return self.r.choice([self.AMT_USDT, self.AMT_USDT, self.AMT_CNY, self.AMT_CRYPTO])()

    def DATE(self):
        y, m, d = self.r.choice([2023, 2024, 2024, 2025]), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice([f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{m}月{d}日", f"{y}年{m}月{d}日",
                              f"{d}/{m}/{y}", f"{m}/{d}", f"{['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][m-1]} {d}",
                              f"{y}.{m:02d}.{d:02d}"])

    def TIME(self):
        h, mi = self.r.randint(0, 23), self.r.randint(0, 59)
        return self.r.choice([f"{h:02d}:{mi:02d}", f"{h}:{mi:02d}", f"{h}点{mi}分", f"{(h % 12) or 12}:{mi:02d} {'am' if h < 12 else 'pm'}",
                              f"{h:02d}:{mi:02d}:{self.r.randint(0, 59):02d}", f"下午{(h % 12) or 12}点", f"{h:02d}:{mi:02d} UTC+8"])

    def DATETIME(self):
        return self.DATE() + " " + self.TIME()

    def VER(self):
        return f"{self.r.randint(1, 4)}.{self.r.randint(0, 12)}.{self.r.randint(0, 9)}"

    def VERB(self):
        return self.r.choice([f"v{self.VER()} build {self.r.randint(100, 4999)}", f"v{self.VER()}",
                              f"{self.VER()} ({self.r.randint(100, 4999)})", f"V{self.VER()}", f"version {self.VER()}"])

    def OS(self):
        return self.r.choice([f"iOS{self.r.randint(14, 18)}", f"iOS {self.r.randint(14, 18)}.{self.r.randint(0, 6)}",
                              f"Android {self.r.randint(9, 15)}", f"android{self.r.randint(10, 14)}",
                              f"HarmonyOS {self.r.choice(['3.0', '4.0', '4.2', 'NEXT'])}", f"MIUI {self.r.randint(12, 14)}",
                              f"iPadOS {self.r.randint(15, 18)}", "Windows 11", "macOS 14"])

    def DEVICE(self):
        return self.r.choice(["iPhone 13", "iPhone 15 Pro", "iPhone 12 mini", "iPhone XR", "Huawei Mate 60", "Huawei P40",
                              "Xiaomi 14", "Redmi Note 12", "OPPO Reno 10", "vivo X90", "Samsung S23", "Galaxy A54",
                              "Pixel 7", "OnePlus 11", "荣耀90", "红米K60", "华为nova 11", "iPad Air"])

    def TICKET(self):
        return self.r.choice([f"TP-{self.r.randint(1, 999999):06d}", f"TP-{self.r.randint(1, 99999):06d}",
                              f"#{self.r.randint(10000, 999999)}", f"TK{self.r.randint(100000, 9999999)}",
                              f"CS-{self.r.randint(2023, 2025)}-{self.r.randint(1, 99999):05d}", f"tp-{self.r.randint(1, 999999):06d}"])

    def EMAIL(self):
        name = self.r.choice(["zhang", "li.wei", "wang", "chen88", "liu_yang", "mike", "sarah.k", "tony", "jenny", "hao",
                              "crypto_fan", "david.w", "amy", "xiaoming", "kevin", "lucy", "rainbow", "tiger"])
        num = self.r.choice(["", "", str(self.r.randint(1, 99)), str(self.r.randint(1980, 2005))])
        dom = self.r.choice(["qq.com", "163.com", "gmail.com", "outlook.com", "126.com", "hotmail.com", "yahoo.com",
                             "foxmail.com", "icloud.com", "proton.me", "sina.com"])
        if dom == "qq.com" and self.r.random() < 0.5:
            return f"{self.r.randint(10000000, 2999999999)}@qq.com"
        return f"{name}{num}@{dom}"

    def URL(self):
        return self.r.choice(["https://www.tokenpocket.pro", "https://help.tokenpocket.pro/cn/faq", "https://www.binance.com/zh-CN",
                              "https://www.okx.com/help", "https://t.me/tokenpocket_en", "https://docs.tpwallet.io/guide",
                              "https://www.youtube.com/watch?v=" + "".join(self.r.choice("abcdefghijkLMNOPQ0123456789_-") for _ in range(11)),
                              "https://x.com/TokenPocket_TP", "https://apps.apple.com/app/id" + str(self.r.randint(1000000000, 1999999999)),
                              "https://play.google.com/store/apps/details?id=vip.mytokenpocket", "https://coinmarketcap.com/currencies/tether/",
                              "https://www.reddit.com/r/CryptoCurrency/", "https://pancakeswap.finance/swap", "https://app.uniswap.org/",
                              "https://sunswap.com/#/home", "https://jup.ag/swap/SOL-USDC"])

    def REF(self):
        k = self.r.randrange(4)
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        if k == 0:
            return "".join(self.r.choice(al) for _ in range(self.r.choice([6, 8])))
        if k == 1:
            return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(7))
        if k == 2:
            return self.r.choice(["TP", "REF", "INV"]) + "".join(self.r.choice(al) for _ in range(6))
        return str(self.r.randint(10000000, 99999999))

    def BLOCK(self):
        return str(self.r.choice([self.r.randint(18_000_000, 21_500_000), self.r.randint(55_000_000, 68_000_000),
                                  self.r.randint(820_000, 880_000), self.r.randint(33_000_000, 45_000_000),
                                  self.r.randint(250_000_000, 310_000_000)]))

    def BLOCK_C(self):
        return f"{int(self.BLOCK()):,}"

    def GAS(self):
        return self.r.choice([f"{self.r.randint(3, 180)} gwei", f"{self.r.randint(1, 60)}.{self.r.randint(0, 9)} Gwei",
                              f"{self.r.randint(3, 80)}gwei", f"{self.r.choice(['0.0008', '0.0021', '0.004', '0.013'])} ETH",
                              f"{self.r.randint(1, 40)} TRX", f"{self.r.choice(['0.0003', '0.0006', '0.001'])} BNB"])

    def GASLIMIT(self):
        return str(self.r.choice([21000, 21000, 65000, 100000, 120000, 250000, 300000, 46109, 52311]))

    def NONCE(self):
        return str(self.r.randint(0, 900))

    def ERR(self):
        return self.r.choice(["403", "500", "502", "404", "429", "error 1001", "E1002", "-32000", "10005",
                              "NETWORK_ERROR", "timeout", "code 3", "ERR_CONNECTION_RESET", "0x4e487b71", "4001",
                              "insufficient funds for gas", "execution reverted", "BANDWITH_ERROR", "nonce too low"])

    def COIN(self):
        return self.r.choice(["USDT", "USDT", "USDT", "ETH", "TRX", "BNB", "BTC", "SOL", "USDC", "MATIC", "OKB", "DOGE"])

    def CHAIN(self):
        return self.r.choice(["TRC20", "ERC20", "BEP20", "TRON", "BSC", "Polygon", "Arbitrum", "Solana", "以太坊", "波场", "币安链"])

    def EXCH(self):
        return self.r.choice(["Binance", "OKX", "币安", "欧易", "火币", "HTX", "Bybit", "Gate", "Bitget", "KuCoin", "MEXC", "Coinbase"])

    def CARDLIKE(self):
        """16-digit number that FAILS the Luhn check (so it is not a card number)."""
        while True:
            s = self.r.choice(["4", "5", "62", "9", "1", "8", "7", "2"])
            s = s + self._digits(16 - len(s), "0123456789")
            if not luhn_ok(s):
                return s

    def CARDLIKE_SP(self):
        s = self.CARDLIKE()
        return self.r.choice([" ", "-", " "]).join(s[i:i + 4] for i in range(0, 16, 4))

    def IMEI(self):
        tac = self.r.choice(["35", "86", "01", "35", "86", "99"]) + self._digits(6, "0123456789")
        return luhn_complete(tac + self._digits(6, "0123456789"))

    def CNID(self):
        """18 chars shaped like a PRC ID, with a region code that does not exist."""
        region = self.r.choice(["123456", "999999", "000000", "654321", "111111", "888888", "012345"])
        birth = f"{self.r.randint(1960, 2004)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        body = region + birth + self._digits(3, "0123456789")
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        chk = "10X98765432"[sum(int(a) * b for a, b in zip(body, w, strict=False)) % 11]
        return body + chk

    def PCT(self):
        return f"{self.r.choice([0.1, 0.2, 0.5, 1, 2, 3, 5])}%"

    def N(self):
        return str(self.r.choice([2, 3, 5, 10, 20, 30, 40, 45]))

    def HOURS(self):
        return str(self.r.choice([1, 2, 3, 5, 6, 10, 12, 24, 36, 48, 72]))


# --------------------------------------------------------------------------
# Generic mutators (copy-paste artefacts, typing habits)
# --------------------------------------------------------------------------
ZW = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"]
_PH = re.compile(r"\{[A-Z][A-Z0-9_]*\}")
FW_PUNCT = {",": "，", "?": "？", "!": "！", ":": "：", ";": "；", "(": "（", ")": "）"}


def fullwidth_ascii(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch == " ":
            out.append("\u3000")
        elif 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


class Gen:
    """Context handed to the template functions of one split."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.v = Values(self.rng)

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def fill(self, t: str) -> str:
        def rep(m):
            name = m.group(0)[1:-1]
            return getattr(self.v, name)()
        return _PH.sub(rep, t)

    def _text_only(self, t: str, fn) -> str:
        """apply fn to the text between placeholders only"""
        parts = _PH.split(t)
        phs = _PH.findall(t)
        out = fn(parts[0])
        for ph, p in zip(phs, parts[1:], strict=False):
            out += ph + fn(p)
        return out

    def typo(self, t: str, n: int = 1) -> str:
        def one(s):
            idx = [i for i in range(1, len(s) - 1) if s[i].isalpha() and s[i].isascii() and s[i - 1].isalpha()]
            if not idx:
                return s
            i = self.rng.choice(idx)
            k = self.rng.randrange(4)
            if k == 0 and s[i + 1].isalpha():
                return s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if k == 1:
                return s[:i] + s[i + 1:]
            if k == 2:
                return s[:i] + s[i] + s[i:]
            near = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n", "t": "y", "h": "j"}
            return s[:i] + near.get(s[i], s[i]) + s[i + 1:]
        for _ in range(n):
            t = self._text_only(t, one)
        return t

    def lower_noperiod(self, t):
        return self._text_only(t, lambda s: s.lower().replace(".", "").replace("'", ""))

    def fw_punct(self, t):
        return self._text_only(t, lambda s: "".join(FW_PUNCT.get(c, c) for c in s))

    def fw(self, s: str) -> str:
        return fullwidth_ascii(s)

    def zw(self, s: str, n: int = 1) -> str:
        for _ in range(n):
            i = self.rng.randint(0, len(s))
            s = s[:i] + self.rng.choice(ZW) + s[i:]
        return s


# --------------------------------------------------------------------------
# Output, validation
# --------------------------------------------------------------------------
SCHEMA_KEYS = ["id", "class", "side", "messages", "secret", "secret_at", "kinds", "request", "source"]


def case(cid, cls, msgs, source):
    return OrderedDict([("id", cid), ("class", cls), ("side", "user"), ("messages", msgs), ("secret", False),
                        ("secret_at", []), ("kinds", []), ("request", None), ("source", source)])


def build_split(mod, handwritten_files):
    g = Gen(mod.SEED)
    out = OrderedDict()
    seen = set()
    for cls, (n, fn) in mod.CLASSES.items():
        rows, tries = [], 0
        while len(rows) < n:
            tries += 1
            if tries > n * 60:
                raise SystemExit(f"{mod.__name__}:{cls}: only {len(rows)} unique cases of {n}")
            msgs = fn(g)
            if isinstance(msgs, str):
                msgs = [msgs]
            key = tuple(msgs)
            if key in seen:
                continue
            seen.add(key)
            rows.append(msgs)
        out[cls] = [case(f"{mod.PREFIX}-{cls}-{i:04d}", cls, m, "generated") for i, m in enumerate(rows, 1)]
    for cls, path in handwritten_files:
        rows = []
        with open(path, encoding="utf-8") as f:
            for ln in f:
                ln = ln.rstrip("\n")
                if not ln.strip() or ln.startswith("##"):
                    continue
                parts = [p for p in ln.split(" ||| ")]
                msgs = [g.fill(p.replace("\\n", "\n")) for p in parts]
                key = tuple(msgs)
                if key in seen:
                    continue
                seen.add(key)
                rows.append(msgs)
        out[cls] = [case(f"{mod.PREFIX}-{cls}-{i:04d}", cls, m, "handwritten") for i, m in enumerate(rows, 1)]
    return out


def validate_line(obj):
    assert list(obj.keys()) == SCHEMA_KEYS, obj.keys()
    assert isinstance(obj["id"], str) and obj["id"]
    assert re.fullmatch(r"[a-z][a-z0-9_]*", obj["class"]), obj["class"]
    assert obj["side"] == "user"
    assert isinstance(obj["messages"], list) and obj["messages"]
    assert all(isinstance(m, str) and m.strip(" \u200b\u200c\u200d\ufeff\u2060") for m in obj["messages"]), obj
    assert obj["secret"] is False and obj["secret_at"] == [] and obj["kinds"] == []
    assert obj["request"] is None
    assert obj["source"] in ("generated", "handwritten")
    assert not _PH.search("".join(obj["messages"])), obj  # unfilled placeholder


def audit(obj, en_words, zh_chars, mn_en):
    """Look for accidental secret material; returns list of problems (hard)
    and stats (soft)."""
    hard, soft = [], {}
    text = "\n".join(obj["messages"])
    norm = unicodedata.normalize("NFKC", text)
    for ch in ZW:
        norm = norm.replace(ch, "")
    # BIP-39 English: longest run of wordlist words
    words = re.findall(r"[A-Za-z]+", norm)
    run = best = 0
    runs = []
    for w in words:
        if w.lower() in en_words:
            run += 1
            best = max(best, run)
        else:
            if run >= 12:
                runs.append(run)
            run = 0
    if run >= 12:
        runs.append(run)
    soft["en_run"] = best
    if best >= 12:
        # any valid-checksum 12/15/18/21/24 window is a hard failure
        toks = re.findall(r"[A-Za-z]+", norm)
        for L in (12, 15, 18, 21, 24):
            for i in range(len(toks) - L + 1):
                win = [t.lower() for t in toks[i:i + L]]
                if all(t in en_words for t in win) and mn_en.check(" ".join(win)):
                    hard.append(f"valid english mnemonic window: {' '.join(win)}")
    # Chinese: longest run of wordlist characters (soft, expected in run-on zh)
    run = best = 0
    for ch in norm:
        if ch in zh_chars:
            run += 1
            best = max(best, run)
        elif ch.isspace():
            continue
        else:
            run = 0
    soft["zh_run"] = best
    # Luhn-valid 13-19 digit runs with card-issuer prefixes
    for m in re.finditer(r"(?<![0-9A-Za-z])(?:\d[ -]?){12,18}\d(?![0-9A-Za-z])", norm):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d):
            if card_shaped(d, strict=True) and len(d) in (15, 16, 19) and not (len(d) == 15 and d[:2] in ("35", "86", "01", "99")):
                hard.append(f"Luhn-valid card-shaped number {d}")
            soft["luhn_digits"] = soft.get("luhn_digits", 0) + 1
    return hard, soft


def main():
    _self_test()
    import tpl_dev
    import tpl_holdout
    from mnemonic import Mnemonic
    mn_en = Mnemonic("english")
    en_words = set(mn_en.wordlist)
    zh_chars = set(Mnemonic("chinese_simplified").wordlist) | set(Mnemonic("chinese_traditional").wordlist)

    splits = {
        "dev": (tpl_dev, [("clean_handwritten_en", os.path.join(HERE, "handwritten", "dev_en.txt")),
                          ("clean_handwritten_zh", os.path.join(HERE, "handwritten", "dev_zh.txt"))]),
        "holdout": (tpl_holdout, [("clean_handwritten_en", os.path.join(HERE, "handwritten", "holdout_en.txt")),
                                  ("clean_handwritten_zh", os.path.join(HERE, "handwritten", "holdout_zh.txt"))]),
    }
    all_msgs = {}
    for split, (mod, hw) in splits.items():
        d = os.path.join(HERE, split)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith(".jsonl"):
                os.remove(os.path.join(d, fn))
        data = build_split(mod, hw)
        for cls, rows in data.items():
            fname = ("handwritten_" + cls.rsplit("_", 1)[1]) if cls.startswith("clean_handwritten") else cls
            with open(os.path.join(d, fname + ".jsonl"), "w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        all_msgs[split] = data

    # ---- validate what is on disk
    print(f"{'class':42s} {'dev':>6s} {'holdout':>8s}")
    counts = {s: Counter() for s in splits}
    src = {s: Counter() for s in splits}
    hard_all, ids = [], set()
    stats = {s: Counter() for s in splits}
    msgsets = {s: set() for s in splits}
    for split in splits:
        d = os.path.join(HERE, split)
        for fn in sorted(os.listdir(d)):
            if not fn.endswith(".jsonl"):
                continue
            with open(os.path.join(d, fn), encoding="utf-8") as f:
                for _ln, line in enumerate(f, 1):
                    obj = json.loads(line)
                    validate_line(obj)
                    assert obj["id"] not in ids, obj["id"]
                    ids.add(obj["id"])
                    counts[split][obj["class"]] += 1
                    src[split][obj["source"]] += 1
                    hard, soft = audit(obj, en_words, zh_chars, mn_en)
                    for h in hard:
                        hard_all.append((split, obj["id"], h))
                    if soft["en_run"] >= 8:
                        stats[split]["en_wordlist_run>=8"] += 1
                    if soft["zh_run"] >= 12:
                        stats[split]["zh_wordlist_run>=12"] += 1
                    if soft.get("luhn_digits"):
                        stats[split]["has_luhn_valid_13_19_digits"] += 1
                    for m in obj["messages"]:
                        msgsets[split].add(m)
    classes = sorted(set(counts["dev"]) | set(counts["holdout"]))
    for c in classes:
        print(f"{c:42s} {counts['dev'][c]:6d} {counts['holdout'][c]:8d}")
    for s in splits:
        print(f"TOTAL {s}: {sum(counts[s].values())} cases, {len(counts[s])} classes, sources {dict(src[s])}")
        print(f"  audit stats {s}: {dict(stats[s])}")
    small = [(s, c, n) for s in splits for c, n in counts[s].items() if n < 100]
    if small:
        print("CLASSES UNDER 100:", small)
    shared = msgsets["dev"] & msgsets["holdout"]
    print(f"messages shared verbatim between splits: {len(shared)}", sorted(shared)[:20])
    if hard_all:
        for h in hard_all[:50]:
            print("HARD:", h)
        raise SystemExit(f"{len(hard_all)} audit failures")
    if small:
        raise SystemExit(1)
    print("all lines valid")


if __name__ == "__main__":
    main()
