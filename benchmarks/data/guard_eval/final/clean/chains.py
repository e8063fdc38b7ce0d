"""Real-format public identifiers (addresses, tx hashes, signatures) for the clean split.

Everything is driven by a random.Random passed in, so output is deterministic.
Nothing here is secret: addresses are derived from throwaway keys and the private half
is discarded; tx hashes are random 32-byte strings; Solana signatures are real ed25519
signatures over random messages.
"""
import hashlib
import struct

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives import serialization

# ---------------------------------------------------------------- keccak-256
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
            a[x][y] ^= struct.unpack_from("<Q", block, 8 * i)[0]
        a = _keccak_f(a)
    out = b"".join(struct.pack("<Q", a[i % 5][i // 5]) for i in range(4))
    return out


assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"

# ---------------------------------------------------------------- base58 / bech32
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
XRP58 = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"


def b58encode(b: bytes, alphabet=B58) -> str:
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = alphabet[r] + s
    pad = len(b) - len(b.lstrip(b"\0"))
    return alphabet[0] * pad + s


def sha256d(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check(payload: bytes, alphabet=B58) -> str:
    return b58encode(payload + sha256d(payload)[:4], alphabet)


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def bech32_encode(hrp, data5, m=False):
    const = 0x2bc830a3 if m else 1
    pm = _polymod(_hrp_expand(hrp) + data5 + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data5 + chk)


def convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def segwit(hrp, ver, prog):
    return bech32_encode(hrp, [ver] + convertbits(prog, 8, 5), m=(ver != 0))


def hash160(b: bytes) -> bytes:
    try:
        r = hashlib.new("ripemd160")
        r.update(hashlib.sha256(b).digest())
        return r.digest()
    except ValueError:  # OpenSSL without ripemd160: any 20-byte digest keeps the format
        return hashlib.sha256(b"h160" + b).digest()[:20]


# ---------------------------------------------------------------- identifiers
def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def _secp_pub(rng, compressed=True):
    k = int.from_bytes(rbytes(rng, 32), "big") % (2**256 - 2**32 - 977 - 1) + 1
    key = ec.derive_private_key(k % 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141 or 1,
                                ec.SECP256K1())
    fmt = (serialization.PublicFormat.CompressedPoint if compressed
           else serialization.PublicFormat.UncompressedPoint)
    return key.public_key().public_bytes(serialization.Encoding.X962, fmt)


def eth_address(rng, checksum=True):
    pub = _secp_pub(rng, compressed=False)[1:]
    raw = keccak256(pub)[-20:].hex()
    if not checksum:
        return "0x" + raw
    h = keccak256(raw.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c
                          for i, c in enumerate(raw))


def tron_address(rng):
    pub = _secp_pub(rng, compressed=False)[1:]
    return b58check(b"\x41" + keccak256(pub)[-20:])


def btc_address(rng, kind):
    pub = _secp_pub(rng)
    if kind == "p2pkh":
        return b58check(b"\x00" + hash160(pub))
    if kind == "p2sh":
        return b58check(b"\x05" + hash160(b"\x00\x14" + hash160(pub)))
    if kind == "p2wpkh":
        return segwit("bc", 0, hash160(pub))
    if kind == "p2tr":
        return segwit("bc", 1, pub[1:])
    raise ValueError(kind)


def ltc_address(rng):
    pub = _secp_pub(rng)
    if rng.random() < 0.5:
        return b58check(b"\x30" + hash160(pub))
    return segwit("ltc", 0, hash160(pub))


def doge_address(rng):
    return b58check(b"\x1e" + hash160(_secp_pub(rng)))


def xrp_address(rng):
    return b58check(b"\x00" + hash160(_secp_pub(rng)), XRP58)


def cosmos_address(rng, hrp="cosmos"):
    return bech32_encode(hrp, convertbits(hash160(_secp_pub(rng)), 8, 5))


def cardano_address(rng):
    payload = bytes([0x01]) + rbytes(rng, 56)
    return bech32_encode("addr", convertbits(payload, 8, 5))


def _crc16(data):
    crc = 0
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def ton_address(rng, bounceable=None):
    import base64
    if bounceable is None:
        bounceable = rng.random() < 0.5
    tag = 0x11 if bounceable else 0x51
    body = bytes([tag, 0]) + rbytes(rng, 32)
    body += struct.pack(">H", _crc16(body))
    return base64.urlsafe_b64encode(body).decode()


def ed25519_pair(rng):
    sk = Ed25519PrivateKey.from_private_bytes(rbytes(rng, 32))
    pub = sk.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return sk, pub


def sol_address(rng):
    return b58encode(ed25519_pair(rng)[1])


def sol_signature(rng):
    sk, _ = ed25519_pair(rng)
    return b58encode(sk.sign(rbytes(rng, rng.randint(80, 400))))


def move_address(rng):  # Sui / Aptos: 0x + 64 hex, looks like a tx hash
    return "0x" + rbytes(rng, 32).hex()


def txhash(rng):
    return rbytes(rng, 32).hex()
