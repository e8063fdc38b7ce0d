#!/usr/bin/env python3
"""Generator for guard_eval/final/clean: user-side NON-secret messages (secret=false).

Run:  /work/main/.venv/bin/python generate.py
Deterministic: every class draws from its own random.Random seeded with a fixed string.
Writes one <class>.jsonl per class next to this file and prints the counts.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import chains as C  # noqa: E402
import texts_en as E  # noqa: E402
import texts_zh as Z  # noqa: E402

SEED = "guard-final-clean-2024-kestrel"
OUT = {}      # class -> list of records
SEEN = set()  # de-duplication across the whole split


def rng_for(cls):
    return random.Random(f"{SEED}:{cls}")


def add(cls, messages, source):
    if isinstance(messages, str):
        messages = [messages]
    key = tuple(messages)
    if key in SEEN:
        return False
    SEEN.add(key)
    recs = OUT.setdefault(cls, [])
    recs.append({
        "id": f"final-{cls}-{len(recs) + 1:04d}",
        "class": cls, "side": "user", "messages": list(messages),
        "secret": False, "secret_at": [], "kinds": [], "request": None, "source": source,
    })
    return True


def fill(cls, target, make, source="generated", limit=50000):
    n = 0
    while len(OUT.get(cls, [])) < target:
        add(cls, make(), source)
        n += 1
        if n > limit:
            raise RuntimeError(f"cannot reach {target} for {cls}")


def add_hand(cls, lines, cap=None):
    for x in lines[:cap] if cap else lines:
        add(cls, x, "handwritten")


# ------------------------------------------------------------------ helpers
def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    t = sum(d[0::2]) + sum(sum(divmod(2 * x, 10)) for x in d[1::2])
    return t % 10 == 0


def card_like(s):
    """A 13-19 digit Luhn-valid number with an issuer prefix would be a plausible card:
    we never emit those as order/serial numbers, so the labels stay honest."""
    return 13 <= len(s) <= 19 and s[0] in "23456" and luhn_ok(s)


def digits(r, n, first="123456789"):
    while True:
        s = r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))
        if not card_like(s):
            return s


FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
FW[" "] = "\u3000"


def fullwidth(s, r, p=1.0):
    return "".join(FW.get(ch, ch) if r.random() < p else ch for ch in s)


ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def hx(r, case="lower", prefix=None):
    h = C.txhash(r)
    if case == "upper":
        h = h.upper()
    if prefix is None:
        return h
    return prefix + h


EVM_EXPLORERS = ["etherscan.io/tx/", "bscscan.com/tx/", "polygonscan.com/tx/", "arbiscan.io/tx/",
                 "optimistic.etherscan.io/tx/", "basescan.org/tx/", "snowtrace.io/tx/",
                 "ftmscan.com/tx/", "cronoscan.com/tx/", "lineascan.build/tx/",
                 "www.oklink.com/eth/tx/", "www.oklink.com/bsc/tx/", "www.oklink.com/polygon/tx/",
                 "blockchair.com/ethereum/transaction/", "era.zksync.network/tx/",
                 "opbnb.bscscan.com/tx/", "scan.merlinchain.io/tx/", "hecoinfo.com/tx/"]
TRON_EXPLORERS = ["tronscan.org/#/transaction/", "tronscan.io/#/transaction/",
                  "www.oklink.com/trx/tx/", "tronscan.org/#/transaction/"]
BTC_EXPLORERS = ["mempool.space/tx/", "blockstream.info/tx/",
                 "www.blockchain.com/explorer/transactions/btc/",
                 "blockchair.com/bitcoin/transaction/", "btc.com/btc/transaction/"]
TON_EXPLORERS = ["tonviewer.com/transaction/", "tonscan.org/tx/"]
XRP_EXPLORERS = ["xrpscan.com/tx/", "livenet.xrpl.org/transactions/"]
SOL_EXPLORERS = ["solscan.io/tx/", "explorer.solana.com/tx/", "solana.fm/tx/"]


def explorer_url(r):
    k = r.random()
    if k < 0.5:
        u = r.choice(EVM_EXPLORERS) + hx(r, prefix="0x")
    elif k < 0.72:
        u = r.choice(TRON_EXPLORERS) + hx(r)
    elif k < 0.84:
        u = r.choice(BTC_EXPLORERS) + hx(r)
    elif k < 0.9:
        u = r.choice(TON_EXPLORERS) + hx(r)
    elif k < 0.95:
        u = r.choice(XRP_EXPLORERS) + hx(r, "upper")
    else:
        u = r.choice(SOL_EXPLORERS) + C.sol_signature(r)
    if r.random() < 0.8:
        u = "https://" + u
    tail = r.random()
    if tail < 0.08:
        u += "#eventlog"
    elif tail < 0.14:
        u += "?lang=zh"
    elif tail < 0.18:
        u += "/"
    elif tail < 0.22 and "solscan" in u:
        u += "?cluster=mainnet"
    return u


# ------------------------------------------------------------------ hashes
def gen_hashes():
    cls = "clean_txhash_explorer_url"
    wraps = [
        "{u}", "{u}", "{u}", "here: {u}", "{u}¶this one", "link {u}", "<{u}>",
        "[tx]({u})", "see {u} it says success but my exchange shows nothing",
        "{u} — still not arrived", "check this pls {u}", "explorer: {u}",
        "链上记录：{u}", "这是交易链接 {u} 麻烦看下", "{u}¶这笔显示成功了但没到账",
        "浏览器链接{u}", "你看 {u}", "查一下这个 {u} 谢谢", "{u} 这个", "交易详情 {u}",
        "I sent it 2 hours ago {u}", "the transfer: {u} ¶ amount 300 USDT",
        "{u}¶{u2}", "first try failed, second worked: {u} and {u2}",
    ]

    def make():
        w = r.choice(wraps)
        return w.format(u=explorer_url(r), u2=explorer_url(r)).replace("¶", "\n")
    r = rng_for(cls)
    fill(cls, 200, make)

    cls = "clean_txhash_cue"
    r = rng_for(cls)
    cues = ["txid: {h}", "TxID {h}", "tx hash: {h}", "hash: {h}", "Transaction hash {h}",
            "Txn Hash: {h}", "transaction id = {h}", "hash -> {h}", "TXID：{h}", "tx: {h}",
            "the hash is {h}", "here's the txid {h}", "Hash {h} please check",
            "TxHash={h}", "tx id:\n{h}", "transaction ID: {h} (BSC)", "txn {h}",
            "交易哈希：{h}", "哈希：{h}", "哈希值 {h}", "交易ID：{h}", "txid：{h}",
            "交易号 {h}", "转账哈希{h}", "链上哈希：{h}", "哈希是{h}", "这是哈希 {h}",
            "交易hash：{h}", "HASH：{h}", "提币哈希 {h} 交易所说没收到",
            "交易编号:{h}", "哈希\n{h}", "充值的txid是 {h}", "转账记录 哈希{h}",
            "my withdrawal txid {h} shows confirmed", "deposit TxID: {h} ¶network TRC20"]

    def make():
        k = r.random()
        if k < 0.45:
            h = hx(r, prefix="0x")
        elif k < 0.85:
            h = hx(r)
        else:
            h = hx(r, "upper")
        return r.choice(cues).format(h=h).replace("¶", "\n")
    fill(cls, 200, make)

    cls = "clean_txhash_bare_hex64"
    r = rng_for(cls)

    def make():
        h = hx(r)
        return r.choice(["{h}", "{h}", "{h}", "{h}", " {h}", "{h}\n", "{h} ", "\n{h}", "`{h}`"]).format(h=h)
    fill(cls, 130, make)

    cls = "clean_txhash_bare_0x"
    r = rng_for(cls)

    def make():
        h = hx(r, prefix="0x")
        return r.choice(["{h}", "{h}", "{h}", "{h}", " {h}", "{h}\n", "{h} ", "{h}.", "`{h}`"]).format(h=h)
    fill(cls, 130, make)

    cls = "clean_txhash_bare_upper"
    r = rng_for(cls)

    def make():
        h = hx(r, "upper")
        return r.choice(["{h}", "{h}", "{h}", "{h}", " {h}", "{h}\n", "0x{h}", "0X{h}", "{h} "]).format(h=h)
    fill(cls, 130, make)

    cls = "clean_txhash_multi"
    r = rng_for(cls)

    def make():
        n = r.randint(2, 4)
        style = r.choice(["num", "dash", "plain", "zh", "amount"])
        pref = r.choice(["0x", "", ""])
        lines = []
        for i in range(n):
            h = hx(r, prefix=pref) if pref else hx(r)
            if style == "num":
                lines.append(f"{i + 1}. {h}")
            elif style == "dash":
                lines.append(f"- {h}")
            elif style == "zh":
                lines.append(f"第{'一二三四'[i]}笔：{h}")
            elif style == "amount":
                lines.append(f"{r.choice([50, 100, 120, 300, 500, 1000, 2500])} USDT  {h}")
            else:
                lines.append(h)
        head = r.choice(["these are all stuck:", "hashes:", "以下几笔都没到账", "", "all from today",
                         "麻烦查这几笔", "missing deposits"])
        return (head + "\n" if head else "") + "\n".join(lines)
    fill(cls, 110, make)

    cls = "clean_sol_signature"
    r = rng_for(cls)
    forms = ["{s}", "{s}", "{s}", "signature: {s}", "sig {s}", "tx signature {s}",
             "签名：{s}", "交易签名 {s}", "Solana交易 {s} 没到账", "https://solscan.io/tx/{s}",
             "https://explorer.solana.com/tx/{s}", "solscan.io/tx/{s}", "txid {s}",
             "here is the solana tx: {s}", "{s}\nphantom shows it confirmed", "哈希 {s}",
             "SOL transfer {s} failed?", "https://solana.fm/tx/{s}?cluster=mainnet-alpha"]

    def make():
        return r.choice(forms).format(s=C.sol_signature(r))
    fill(cls, 150, make)


# ------------------------------------------------------------------ addresses
def addr_wrap(r, a, extra_en=(), extra_zh=()):
    forms = ["{a}", "{a}", "{a}", "my address: {a}", "收款地址：{a}", "send to {a}",
             "充值地址 {a}", "deposit address {a}", "this is my wallet {a}", "地址{a}",
             "is this address correct? {a}", "我的地址是 {a} 对吗", "to: {a}", "from {a}",
             "I sent to {a} but it's not my exchange address", "{a}\n这个是对方地址",
             "帮我查一下这个地址 {a}", "recipient {a}", "address\n{a}", "转到了 {a}",
             "can you whitelist {a}?", "{a} is it a scam address?"] + list(extra_en) + list(extra_zh)
    return r.choice(forms).format(a=a)


def gen_addresses():
    cls = "clean_address_evm"
    r = rng_for(cls)

    def make():
        k = r.random()
        a = C.eth_address(r, checksum=(k < 0.7))
        if k > 0.95:
            a = a.upper().replace("0X", "0x")
        if r.random() < 0.12:
            b = C.eth_address(r)
            return r.choice([f"from {a} to {b}", f"转出地址 {a}\n接收地址 {b}", f"{a} -> {b}"])
        return addr_wrap(r, a, ["contract {a}", "token contract: {a} can you add it?"],
                         ["合约地址：{a}", "代币合约 {a} 怎么添加"])
    fill(cls, 150, make)

    cls = "clean_address_tron"
    r = rng_for(cls)

    def make():
        a = C.tron_address(r)
        if r.random() < 0.1:
            return f"{a}\n{C.tron_address(r)}"
        return addr_wrap(r, a, ["TRC20 address {a}", "USDT(TRC20) {a}"], ["波场地址 {a}", "TRC20地址：{a}"])
    fill(cls, 130, make)

    cls = "clean_address_btc"
    r = rng_for(cls)

    def make():
        a = C.btc_address(r, r.choice(["p2pkh", "p2sh", "p2wpkh", "p2wpkh", "p2tr"]))
        return addr_wrap(r, a, ["BTC address {a}", "bitcoin:{a}", "bitcoin:{a}?amount=0.0015"],
                         ["比特币地址 {a}"])
    fill(cls, 130, make)

    cls = "clean_address_solana"
    r = rng_for(cls)

    def make():
        a = C.sol_address(r)
        return addr_wrap(r, a, ["SOL address {a}", "phantom address {a}", "mint {a}"],
                         ["Solana地址：{a}", "SOL地址 {a}"])
    fill(cls, 130, make)

    cls = "clean_address_other"
    r = rng_for(cls)

    def make():
        k = r.randrange(9)
        if k == 0:
            a = C.ton_address(r)
            return r.choice(["{a}", "TON address {a}", "TON地址 {a} memo 839201", "{a}\ncomment: 48213",
                             "ton://transfer/{a}"]).format(a=a)
        if k == 1:
            a = C.xrp_address(r)
            return r.choice(["{a}", "XRP {a} tag {t}", "address {a} destination tag {t}",
                             "瑞波地址 {a} 标签 {t}"]).format(a=a, t=digits(r, r.randint(6, 9)))
        if k == 2:
            return addr_wrap(r, C.ltc_address(r), ["LTC {a}"], ["莱特币 {a}"])
        if k == 3:
            return addr_wrap(r, C.doge_address(r), ["DOGE {a} 🐕"], ["狗狗币地址 {a}"])
        if k == 4:
            hrp = r.choice(["cosmos", "osmo", "inj", "celestia", "sei"])
            a = C.cosmos_address(r, hrp)
            return r.choice(["{a}", "{a} memo {m}", "ATOM to {a}", "地址 {a} 备注 {m}"]).format(
                a=a, m=digits(r, r.randint(6, 10)))
        if k == 5:
            a = C.move_address(r)
            return r.choice(["Sui address {a}", "my aptos address is {a}", "SUI地址 {a}",
                             "Aptos {a}", "{a} (sui)"]).format(a=a)
        if k == 6:
            return addr_wrap(r, C.cardano_address(r), ["ADA {a}"], ["ADA地址 {a}"])
        if k == 7:
            name = r.choice(["alice", "dragon88", "mingyu", "coffee-lover", "satoshi-fan", "lulu2024"])
            return r.choice([f"{name}.eth", f"send to {name}.eth", f"my ENS is {name}.eth",
                             f"{name}.near", f"{name}.bnb", f"{name}.sol 能转吗"])
        a = C.eth_address(r)
        return r.choice(["{a} on arbitrum", "{a}（BSC链）", "same address on polygon: {a}",
                         "OKX充值地址（BEP20）{a}"]).format(a=a)
    fill(cls, 150, make)


# ------------------------------------------------------------------ numbers
def gen_numbers():
    cls = "clean_order_serial"
    r = rng_for(cls)

    def order():
        y = r.choice(["2023", "2024", "2025"])
        return y + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + digits(r, r.randint(6, 11), "0123456789")
    forms = [
        lambda: f"订单号：{order()}", lambda: f"order #{order()}", lambda: f"OTC order {order()}",
        lambda: f"withdrawal ID: W{digits(r, 10)}", lambda: f"SN: {r.choice(['TPX', 'HW', 'K1'])}-{digits(r, 8)}",
        lambda: f"UID {digits(r, r.randint(7, 10))}", lambda: f"Binance UID {digits(r, 9, '3')}",
        lambda: f"提现ID {digits(r, 12)}", lambda: f"merchant order no. {order()}",
        lambda: f"我的订单 {order()} 一直没放币", lambda: f"商户订单号{order()}",
        lambda: f"ref: {''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(10))}",
        lambda: f"invoice INV-{r.randint(2023, 2025)}-{digits(r, 5, '0123456789')}",
        lambda: f"OKX 提币单号 {digits(r, 16, '1')}", lambda: f"bybit withdrawal {digits(r, 9)}",
        lambda: f"序列号 {digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}",
        lambda: f"device serial {r.choice(['C02', 'F9X', 'R58'])}{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(8))}",
        lambda: f"the P2P order number is {order()}, seller not releasing",
        lambda: f"流水号：{order()}", lambda: f"交易单号 {digits(r, 18, '1')}",
        lambda: f"IMEI {digits(r, 15, '3')}", lambda: f"快递单号 SF{digits(r, 12)}",
        lambda: f"Order {order()}\nAmount 500 USDT\nStatus: paid",
        lambda: f"{order()}", lambda: f"单号{order()}麻烦催一下",
    ]

    def make():
        s = r.choice(forms)()
        return s
    fill(cls, 150, make)

    cls = "clean_phone"
    r = rng_for(cls)

    def phone():
        k = r.randrange(10)
        if k == 0:
            return f"1{r.choice('3456789')}{digits(r, 9, '0123456789')}"
        if k == 1:
            n = f"1{r.choice('3589')}{digits(r, 9, '0123456789')}"
            return f"+86 {n[:3]} {n[3:7]} {n[7:]}"
        if k == 2:
            return f"({r.randint(201, 989)}) 555-{digits(r, 4, '0123456789')}"
        if k == 3:
            return f"+1 {r.randint(201, 989)}-555-{digits(r, 4, '0123456789')}"
        if k == 4:
            return f"+852 {r.choice('5679')}{digits(r, 3, '0123456789')} {digits(r, 4, '0123456789')}"
        if k == 5:
            return f"+65 {r.choice('89')}{digits(r, 3, '0123456789')} {digits(r, 4, '0123456789')}"
        if k == 6:
            return f"+44 7700 900{digits(r, 3, '0123456789')}"
        if k == 7:
            return f"+63 9{digits(r, 2, '0123456789')} {digits(r, 3, '0123456789')} {digits(r, 4, '0123456789')}"
        if k == 8:
            return f"+84 9{digits(r, 2, '0123456789')} {digits(r, 3, '0123456789')} {digits(r, 3, '0123456789')}"
        return f"+62 812-{digits(r, 4, '0123456789')}-{digits(r, 4, '0123456789')}"
    forms = ["call me at {p}", "我的电话 {p}", "手机号：{p}", "whatsapp {p}", "{p}", "my number is {p}",
             "可以打我电话{p}", "tel: {p}", "联系方式 {p} 微信同号", "you can reach me on {p} after 6pm",
             "telegram 上找不到我的话打 {p}", "备用号码{p}", "{p} (my wife's phone)",
             "绑定的手机号是{p}，收不到验证码", "phone {p}, email later"]

    def make():
        return r.choice(forms).format(p=phone())
    fill(cls, 120, make)

    cls = "clean_amount_date"
    r = rng_for(cls)

    def amt():
        k = r.randrange(8)
        if k == 0:
            return f"{r.randint(1, 9)},{r.randint(0, 999):03d}.{r.randint(0, 99):02d} USDT"
        if k == 1:
            return f"0.{digits(r, r.randint(3, 6), '0123456789')} BTC"
        if k == 2:
            return f"{r.randint(1, 50)}.{r.randint(0, 99)} ETH"
        if k == 3:
            return f"{r.choice([100, 200, 500, 1000, 3000, 8888])}U"
        if k == 4:
            return f"¥{r.randint(100, 99999):,}"
        if k == 5:
            return f"${r.randint(10, 5000)}.{r.randint(0, 99):02d}"
        if k == 6:
            return f"{r.randint(100, 90000)} TRX"
        return f"{r.randint(1, 900)} BNB"

    def date():
        y, m, d = r.choice([2023, 2024, 2025]), r.randint(1, 12), r.randint(1, 28)
        hh, mm = r.randint(0, 23), r.randint(0, 59)
        return r.choice([f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}", f"{y}年{m}月{d}日", f"{d:02d}/{m:02d}/{y}",
                         f"{m}/{d}", f"{hh}:{mm:02d}", f"{['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][m-1]} {d}",
                         f"昨天晚上{hh}点{mm}分", f"{y}/{m:02d}/{d:02d} {hh:02d}:{mm:02d}:{r.randint(0,59):02d} UTC+8"])
    forms = ["sent {a} on {d}", "金额 {a}，时间 {d}", "{d} 转了 {a}", "fee was {f}", "gas price {g} gwei, fee {f}",
             "block {b}", "区块高度 {b}", "nonce {n}", "{a}", "{d}", "received {a} instead of {a2}",
             "应该到账 {a}，实际只到了 {a2}", "{d}提现{a}", "timestamp {ts}", "{a} at {d}, still pending",
             "手续费 {f}", "withdraw {a} fee {f} date {d}", "转账时间：{d}\n转账金额：{a}", "total {a} + fee {f}"]

    def make():
        return r.choice(forms).format(
            a=amt(), a2=amt(), d=date(), f=f"0.000{digits(r, 3, '0123456789')} ETH",
            g=r.randint(3, 90), b=r.randint(15000000, 21000000), n=r.randint(0, 2000),
            ts=r.randint(1672531200, 1750000000))
    fill(cls, 150, make)

    cls = "clean_version_ticket"
    r = rng_for(cls)
    models = ["Samsung S23", "Galaxy A14", "Redmi Note 13", "Xiaomi 14", "Huawei nova 11", "Honor X9b",
              "OPPO A78", "vivo Y27", "Pixel 8", "Tecno Spark 10", "Infinix Hot 30", "realme C55"]
    apple = ["iPhone 15 Pro Max", "iPhone 12 mini", "iPhone SE", "iPad Air", "iPhone 13", "iPhone XR"]

    def ver():
        return f"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 20)}"
    forms = [lambda: f"app version {ver()}", lambda: f"v{ver()} (build {digits(r, 8, '2')})",
             lambda: f"版本号 {ver()}", lambda: f"ticket #{digits(r, 5)}", lambda: f"工单号 {digits(r, 6)}",
             lambda: f"case ID TP-{r.randint(2023, 2025)}-{digits(r, 4, '0123456789')}",
             lambda: f"error code {r.choice(['E', 'ERR_', ''])}{r.randint(100, 9999)}",
             lambda: f"错误代码 {r.randint(1000, 5999)}", lambda: f"{r.choice(models)}, Android {r.randint(10, 15)}",
             lambda: f"{r.choice(apple)} / iOS {r.randint(15, 18)}.{r.randint(0, 6)}",
             lambda: f"手机：{r.choice(models)}，系统版本 {r.randint(10, 18)}", lambda: f"build {digits(r, 6)}",
             lambda: f"ticket TK-{''.join(r.choice('ABCDEFGHJKMNPQRSTUVWXYZ') for _ in range(3))}{digits(r, 5)}",
             lambda: f"HTTP {r.choice([400, 401, 403, 404, 429, 500, 502, 503])} when opening the dapp",
             lambda: f"it says code: -{r.randint(32000, 32700)}", lambda: f"我是{ver()}版本，{r.choice(models + apple)}",
             lambda: f"{ver()}", lambda: f"TP Wallet {ver()} 最新版吗", lambda: f"reference no. {digits(r, 10)}",
             lambda: f"之前的工单 #{digits(r, 5)} 没人回复", lambda: f"Chrome {r.randint(110, 128)}.0.{digits(r, 4)}.{r.randint(10, 200)}"]

    def make():
        return r.choice(forms)()
    fill(cls, 150, make)


# ------------------------------------------------------------------ support messages
SUBJ_EN = ["my USDT", "the BNB I sent", "my ETH", "the swap", "my withdrawal", "the deposit", "my TRX",
           "the bridge transfer", "my SOL", "the payment to my friend", "this transfer", "my MATIC", "the airdrop"]
PRED_EN = ["hasn't arrived", "is stuck", "failed", "shows pending", "disappeared", "is still processing",
           "didn't go through", "shows success but nothing arrived", "got refunded half", "is missing"]
TAIL_EN = ["", "", " since morning", " pls check", " again", " after the update", " for 2 hours",
           " since yesterday", " what do I do", "??", "!!", " help"]


def gen_support_en():
    cls = "clean_support_en_short"
    add_hand(cls, E.SUPPORT_SHORT)
    r = rng_for(cls)

    def make():
        s = f"{r.choice(['', '', 'hi ', 'hello, ', 'hey ', 'sir ', 'excuse me '])}{r.choice(SUBJ_EN)} {r.choice(PRED_EN)}{r.choice(TAIL_EN)}"
        return s if r.random() < 0.6 else s.lower()
    fill(cls, 130, make)

    cls = "clean_support_en_long"
    add_hand(cls, E.SUPPORT_LONG)
    r = rng_for(cls)
    greet = ["Hello,", "Hi team,", "Dear support,", "Hi there.", "Good evening,", "Hey,", ""]
    ctx = ["I have been using the wallet for about a year and never had issues before.",
           "I'm new to crypto so please bear with me.",
           "This is my second message about the same problem.",
           "My friend recommended your app and so far it has been great.",
           "I use the app mostly to receive my salary from a client abroad.",
           "I updated the app this morning from the official store.",
           "I switched from another wallet last month."]
    prob = ["Today {s} {p}.", "Earlier {s} {p}, and the history page doesn't explain why.",
            "Around noon {s} {p} and I can't figure out what went wrong.",
            "I noticed that {s} {p}, even though the explorer says confirmed."]
    det = ["I've already restarted the phone and checked the network I selected.",
           "The amount is not huge but it matters to me.",
           "I can send screenshots of the screens if that helps.",
           "I double-checked the address, it matches the one my exchange shows.",
           "There was no error message, it just sat there.",
           "I'm on Android and the app version is the latest one as far as I know.",
           "My internet connection was stable the whole time."]
    ask = ["Could you please look into it?", "What should I do next?", "Is there anything I can do on my side?",
           "How long should I wait before worrying?", "Please tell me if you need any more details."]
    close = ["Thanks.", "Thank you in advance.", "Regards, Tom", "Best, Aisha", "Cheers", "", "Thanks a lot!"]

    def make():
        parts = [r.choice(greet), r.choice(ctx), r.choice(prob).format(s=r.choice(SUBJ_EN), p=r.choice(PRED_EN)),
                 r.choice(det), r.choice(det), r.choice(ask), r.choice(close)]
        if parts[3] == parts[4]:
            parts[4] = ""
        sep = "\n" if r.random() < 0.3 else " "
        return sep.join(p for p in parts if p)
    fill(cls, 120, make)

    cls = "clean_support_en_polite"
    add_hand(cls, E.SUPPORT_POLITE)
    r = rng_for(cls)
    op = ["Good morning!", "Hello, hope you're doing well.", "Sorry to trouble you.", "Hi, thank you for your time.",
          "Dear team,", "Excuse me,"]
    req = ["could you kindly check why {s} {p}?", "may I ask why {s} {p}?", "I would appreciate it if someone could see why {s} {p}.",
           "would you please help me understand why {s} {p}?"]
    cl = ["Thank you very much.", "Many thanks in advance.", "I really appreciate your help.", "Have a nice day!",
          "Thanks so much 🙏", "God bless."]

    def make():
        return f"{r.choice(op)} {r.choice(req).format(s=r.choice(SUBJ_EN), p=r.choice(PRED_EN))} {r.choice(cl)}"
    fill(cls, 110, make)

    cls = "clean_support_en_angry"
    add_hand(cls, E.SUPPORT_ANGRY)
    r = rng_for(cls)
    op = ["Are you kidding me?", "Unbelievable.", "This is the worst.", "Again??", "Seriously,", "WTF.",
          "I'm furious.", "Hello?!"]
    th = ["Fix it now.", "I want my money back.", "I'll report this everywhere.", "Answer me today.",
          "Stop ignoring me!!!", "I'm done with this app.", "Where is a real person?", "Do something!"]

    def make():
        s = f"{r.choice(op)} {r.choice(SUBJ_EN)} {r.choice(PRED_EN)}{r.choice(['', ' AGAIN', ' for the 3rd day', ' and nobody cares'])}. {r.choice(th)}"
        return s.upper() if r.random() < 0.15 else s
    fill(cls, 110, make)


SUBJ_ZH = ["我的USDT", "转的BNB", "提现的ETH", "兑换", "跨链转账", "充值", "TRX", "给朋友的转账", "这笔交易", "空投", "质押收益"]
PRED_ZH = ["还没到账", "一直卡着", "失败了", "显示打包中", "不见了", "没到", "显示成功但没收到", "只到了一半", "被退回了"]
TAIL_ZH = ["", "", "，麻烦看下", "，怎么办", "已经两个小时了", "，从早上到现在", "？？", "！！", "，急", "，帮帮忙"]


def gen_support_zh():
    cls = "clean_support_zh"
    add_hand(cls, Z.SUPPORT_ZH)
    add_hand(cls, Z.SUPPORT_ZH_ANGRY)
    r = rng_for(cls)
    op = ["你好，", "您好，", "客服，", "请问", "在吗，", "", "", "麻烦问下，"]

    def make():
        return f"{r.choice(op)}{r.choice(SUBJ_ZH)}{r.choice(PRED_ZH)}{r.choice(TAIL_ZH)}"
    fill(cls, 150, make)

    cls = "clean_support_zh_short"
    add_hand(cls, Z.SUPPORT_ZH_SHORT)
    r = rng_for(cls)
    a = ["好的", "收到", "谢谢", "嗯", "行", "ok", "明白", "知道了", "辛苦", "麻烦了", "在吗", "还没", "没有", "还是不行", "可以了"]
    b = ["", "", "啊", "哈", "呢", "哦", "吧", "了", "！", "。", "~", "～", "…"]

    def make():
        x = r.choice(a) + r.choice(b)
        if r.random() < 0.35:
            x += r.choice(["，", " ", ""]) + r.choice(a) + r.choice(b)
        return x
    fill(cls, 110, make)

    cls = "clean_support_zh_runon"
    add_hand(cls, Z.RUNON_ZH)
    r = rng_for(cls)
    clauses = ["我想问一下钱包的事情", "上周转账给朋友", "到现在还没到账", "助记词我抄在本子上了", "密码我一直记不住",
               "每次转账都要输密码", "手续费比平时贵了好多", "我看链上显示成功", "客服一直没回我", "钱包里还有一些U",
               "是不是网络出问题了", "我不太会用这个", "女儿帮我装的软件", "之前都是好好的", "最近更新了一次",
               "助记词会不会被别人看到", "我怕钱包被盗", "转账地址我复制的没错", "交易所说没收到", "能不能帮我查一下",
               "我换了个新手机", "导入钱包的时候提示错误", "支付密码忘了", "麻烦尽快回复我", "谢谢你们",
               "我听说有人冒充客服要助记词", "所以我想确认一下", "你们是不是官方客服", "我是第一次用这种钱包",
               "转账的时候选的是波场网络", "密码输错了好几次", "现在提示锁定", "钱包余额也不对", "到底怎么回事"]

    def make():
        n = r.randint(3, 6)
        xs = [clauses[i] for i in sorted(r.sample(range(len(clauses)), n))]
        return "".join(xs) + r.choice(["", "", "啊", "呀", "谢谢", "？"])
    fill(cls, 150, make)

    cls = "clean_support_zh_traditional"
    add_hand(cls, Z.TRADITIONAL)
    r = rng_for(cls)
    st = ["我的USDT", "轉出的BNB", "提領的ETH", "閃兌", "跨鏈轉帳", "儲值", "給朋友的轉帳", "這筆交易", "空投"]
    pt = ["還沒有到帳", "一直卡住", "失敗了", "顯示處理中", "不見了", "顯示成功但對方沒收到", "只到了一半"]
    tt = ["", "，麻煩幫我查一下", "，該怎麼辦？", "，已經兩個小時了", "，從早上到現在", "。謝謝", "！！", "，請盡快處理"]
    op = ["您好，", "你好，", "請問", "客服你好，", "", "不好意思，"]

    def make():
        return f"{r.choice(op)}{r.choice(st)}{r.choice(pt)}{r.choice(tt)}"
    fill(cls, 120, make)


# ------------------------------------------------------------------ about secrets
SEC_EN = ["password", "wallet password", "payment password", "PIN", "PIN code", "recovery phrase", "seed phrase",
          "mnemonic", "12 words", "backup phrase", "private key", "CVV", "card security code", "passcode",
          "transaction password", "2FA code", "SMS code", "keystore password", "secret phrase", "seed words"]
SEC_ZH = ["密码", "钱包密码", "支付密码", "PIN码", "助记词", "私钥", "安全码", "CVV", "交易密码", "验证码",
          "备份词", "恢复短语", "keystore密码", "二次验证码", "那12个词", "助记单词", "资金密码"]


def gen_about():
    cls = "clean_about_secret_en"
    add_hand(cls, E.ABOUT_SECRET)
    r = rng_for(cls)
    q = ["how do I reset my {s}?", "I forgot my {s}, what now?", "where can I change the {s}?",
         "is it safe to store my {s} in a password manager?", "why does the app keep asking for my {s}?",
         "can support recover my {s}?", "does anyone at TP know my {s}?", "someone DMed me asking for my {s}, is that you?",
         "what happens if I lose my {s}?", "the {s} screen is blank on my phone", "Where do I set up a {s}?",
         "my {s} isn't accepted anymore", "is the {s} case sensitive?", "how long should a {s} be?",
         "I never want to type my {s} on a website, right?", "can I have no {s} at all?",
         "Is it normal that the {s} field is hidden?", "I wrote my {s} on paper, is that enough?",
         "my {s} got leaked in a data breach?? what should I do",
         "will you ever ask me for my {s}?", "Tip for others: never tell anyone your {s}.",
         "Guide request: backing up the {s} step by step", "why can't I copy my {s}?",
         "do I need the {s} to receive money?", "my brother wants my {s} to 'help', should I?"]

    def make():
        s = r.choice(q).format(s=r.choice(SEC_EN))
        if r.random() < 0.3:
            s = s[0].upper() + s[1:]
        return s
    fill(cls, 200, make)

    cls = "clean_about_secret_zh"
    add_hand(cls, Z.ABOUT_SECRET_ZH)
    r = rng_for(cls)
    q = ["{s}忘了怎么办", "怎么重置{s}", "在哪里修改{s}", "{s}存在备忘录里安全吗", "为什么一直让我输{s}",
         "客服能帮我找回{s}吗", "你们员工能看到我的{s}吗", "有人私信问我要{s}，是你们吗",
         "{s}丢了会怎样", "{s}页面是空白的", "{s}在哪里设置", "{s}突然不对了", "{s}区分大小写吗",
         "{s}一般要多长", "是不是千万不能把{s}输到网站上", "能不能不设{s}", "{s}写在纸上够不够",
         "听说{s}泄露了，怎么办", "你们会不会问我要{s}", "提醒大家：{s}不要告诉任何人",
         "求一个备份{s}的教程", "{s}为什么不能复制", "收款需要{s}吗", "我哥说帮我弄，要我的{s}，要给吗",
         "我的{s}是不是被别人知道了，心慌"]

    def make():
        return r.choice(q).format(s=r.choice(SEC_ZH)) + r.choice(["", "", "？", "?", "啊", "。", "！"])
    fill(cls, 200, make)


def gen_followups():
    cls = "clean_followup_en"
    r = rng_for(cls)
    firsts = E.FOLLOWUP_FIRST + E.ABOUT_SECRET[:40]
    thirds = ["please help", "anyone?", "thanks", "it's urgent", "same on wifi and 4g", "ok", "I'm waiting",
              "sorry for spamming", "the app is from the play store", "ticket #44120 btw"]
    pins = [["PIN keeps failing and the app shows an error code", "E1003"],
            ["payment password rejected, message says", "\"error 40012, try later\""],
            ["the SMS code never comes", "my carrier is China Mobile"],
            ["my recovery phrase import failed", "it says 'invalid mnemonic'"],
            ["can I tell you my seed phrase so you check it?", "actually never mind, I read your warning"],
            ["should I send you my password?", "no wait, I won't. just tell me how to reset it"],
            ["forgot my wallet password", "version 2.4.1", "Redmi 9"]]
    for p in pins:
        add(cls, p, "handwritten")

    def make():
        m = [r.choice(firsts), r.choice(E.FOLLOWUP_SECOND)]
        if r.random() < 0.3:
            m.append(r.choice(thirds))
        return m
    fill(cls, 150, make)

    cls = "clean_followup_zh"
    r = rng_for(cls)
    firsts = Z.FOLLOWUP_FIRST_ZH + Z.ABOUT_SECRET_ZH[:40]
    thirds = ["帮帮忙", "有人吗", "谢谢", "挺急的", "wifi和流量都试了", "好的", "我等着", "不好意思刷屏了",
              "是应用商店下的", "工单号44120"]
    pins = [["PIN一直错误，还弹出错误码", "E1003"],
            ["支付密码不对，提示", "“错误40012，请稍后再试”"],
            ["短信验证码一直收不到", "我是移动的卡"],
            ["助记词导入失败", "提示“助记词无效”"],
            ["我能把助记词发你帮我看看对不对吗", "算了，看到你们的提醒了，不发"],
            ["要不要把密码告诉你", "不对，我不说，你就告诉我怎么重置"],
            ["钱包密码忘了", "版本2.4.1", "红米9"]]
    for p in pins:
        add(cls, p, "handwritten")

    def make():
        m = [r.choice(firsts), r.choice(Z.FOLLOWUP_SECOND_ZH)]
        if r.random() < 0.3:
            m.append(r.choice(thirds))
        return m
    fill(cls, 150, make)


# ------------------------------------------------------------------ everyday English
EV_SUBJ = ["my friend", "my mother", "the man at the shop", "my boss", "our family", "the old lady next door",
           "my little brother", "the driver", "my wife", "a guy from work", "my teacher", "the bank"]
EV_VERB = ["wanted to send", "tried to pay", "asked me to move", "forgot to check", "promised to return",
           "could not find", "was happy to receive", "did not understand"]
EV_OBJ = ["the money", "a small amount", "the coins", "some cash", "the payment", "the gift", "the rent"]
EV_TIME = ["last night", "this morning", "before dinner", "on Sunday", "after work", "yesterday afternoon",
           "during the holiday", "two days ago"]
EV_REST = ["but the phone was too slow", "and now I am worried", "so please help me check it",
           "because the shop was closed", "and I want to know what happened", "but it did not arrive",
           "and then the screen went black", "so I am asking you again", "while we were on the train",
           "and nobody told me why"]


def gen_everyday():
    cls = "clean_everyday_en_sentence"
    add_hand(cls, E.EVERYDAY_SENTENCE)
    r = rng_for(cls)

    def make():
        s = f"{r.choice(EV_SUBJ)} {r.choice(EV_VERB)} {r.choice(EV_OBJ)} {r.choice(EV_TIME)} {r.choice(EV_REST)}"
        s = s[0].upper() + s[1:]
        return s + r.choice(["", "", ".", "!", " thanks"])
    fill(cls, 150, make)

    cls = "clean_everyday_en_short"
    add_hand(cls, E.EVERYDAY_SHORT)
    r = rng_for(cls)
    a = ["ok", "thanks", "please", "yes", "no", "sure", "wait", "sorry", "hello", "great", "fine", "cool", "alright"]
    b = ["I will wait", "check again", "got it now", "not yet", "one more time", "all good", "same problem",
         "try later", "see you soon", "call me back", "that is fine", "no worries", "it is working", "still nothing"]

    def make():
        s = f"{r.choice(a)} {r.choice(b)}"
        if r.random() < 0.25:
            s += " " + r.choice(["friend", "sir", "bro", "today", "please", "thanks"])
        return s if r.random() < 0.7 else s.capitalize()
    fill(cls, 150, make)


WL_CHUNKS = [
    "hello", "hello again", "sorry", "okay", "please", "please help", "thank you", "good morning", "good night",
    "phone screen still empty", "balance still wrong", "transfer still slow", "swap error again",
    "bridge still broken", "token price wrong", "gas fee very crazy", "network very slow today", "you can check",
    "they never answer", "need help now", "will wait until tomorrow", "try again later", "same problem again",
    "same error again today", "screen turn empty", "update version broken", "cancel order now",
    "confirm transfer please", "receive token soon", "keep phone ready", "call you later", "later today",
    "tomorrow morning", "people say", "friend say", "wife say", "thank you very much", "happy holiday",
    "because brother need cash", "father need rent cash", "family trip next year", "doctor say stay home",
    "busy office day", "very tired", "very upset", "still wait", "what reason", "when transfer finish",
    "where coin", "account balance zero", "kid sick", "need cash soon", "rain all day", "coffee shop only like cash",
    "just want simple answer", "what time", "since morning", "since lunch", "before dinner",
    "three hour already", "two day already", "okay now fine", "balance normal again", "great team", "good work",
    "have nice weekend", "truly sorry", "very kind", "problem solve", "will move coin", "this system very slow",
]


def gen_wordlist_run():
    from mnemonic import Mnemonic
    words = set(Mnemonic("english").wordlist)
    chunks = [c for c in WL_CHUNKS if all(w in words for w in c.split())]
    assert len(chunks) == len(WL_CHUNKS), [c for c in WL_CHUNKS if c not in chunks]
    cls = "clean_everyday_en_wordlist_run"
    add_hand(cls, E.WORDLIST_RUN)
    r = rng_for(cls)

    def make():
        out, n = [], 0
        while n < r.randint(12, 18):
            c = r.choice(chunks)
            if out and c == out[-1]:
                continue
            out.append(c)
            n += len(c.split())
        sep = r.choice([" ", ", ", " ", ", "])
        s = sep.join(out)
        return s + r.choice(["", "", "?", "!", ".", " 🙏"])
    fill(cls, 130, make)


# ------------------------------------------------------------------ formatting
def gen_format():
    cls = "clean_list_steps"
    add_hand(cls, E.LIST_STEPS)
    add_hand(cls, Z.LIST_ZH)
    r = rng_for(cls)
    en_items = ["restart the app", "clear cache", "update to latest", "switch network", "log out of wifi",
                "balance wrong", "history empty", "swap fails", "app freezes", "QR won't scan", "token missing",
                "fee too high", "DApp blank", "push notifications gone", "price not loading", "tx pending forever",
                "open settings", "tap security", "choose language", "reinstall from store", "turn off VPN"]
    zh_items = ["重启APP", "清除缓存", "更新到最新版", "切换网络", "关掉VPN", "余额不对", "记录是空的", "兑换失败",
                "APP卡死", "扫码没反应", "代币不见了", "手续费太高", "DApp白屏", "收不到通知", "行情不加载",
                "交易一直打包中", "打开设置", "点安全中心", "选择语言", "从应用商店重装"]
    bullets = [lambda i: f"{i}.", lambda i: f"{i})", lambda i: f"{i}、", lambda i: "-", lambda i: "•",
               lambda i: "*", lambda i: "①②③④⑤⑥⑦⑧"[i - 1], lambda i: f"({i})", lambda i: "·"]

    def make():
        items = r.sample(zh_items if r.random() < 0.5 else en_items, r.randint(3, 7))
        b = r.choice(bullets)
        head = r.choice(["", "", "steps:", "symptoms:", "问题：", "我做了：", "what I tried", "现象如下"])
        sep = r.choice(["\n", "\n", " ", "\n\n"])
        body = sep.join(f"{b(i + 1)} {x}" for i, x in enumerate(items))
        return (head + "\n" if head else "") + body
    fill(cls, 150, make)

    cls = "clean_mixed_zh_en"
    add_hand(cls, Z.MIXED_ZH_EN)
    add_hand(cls, E.MIXED_NOTES)
    r = rng_for(cls)
    zh = ["我的", "这个", "请问", "为什么", "帮我看下", "怎么", "一直", "还是"]
    en = ["USDT", "swap", "gas fee", "bridge", "DApp", "approve", "wallet", "balance", "TRC20", "NFT", "staking", "withdraw"]
    tail = ["不行", "失败了", "pending", "没到账", "好慢", "怎么弄", "is stuck", "failed again", "显示 error", "help pls"]

    def make():
        return f"{r.choice(zh)} {r.choice(en)} {r.choice(tail)}{r.choice(['', '', '？', '!!', ' 谢谢', ' thx'])}"
    fill(cls, 150, make)

    cls = "clean_fullwidth"
    r = rng_for(cls)
    srcs = [lambda: f"订单号：{digits(r, 16, '1')}", lambda: f"txid：{hx(r)}", lambda: f"交易哈希:0x{C.txhash(r)}",
            lambda: f"金额 {r.randint(10, 9999)}.{r.randint(0, 99):02d} USDT", lambda: f"版本 {r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
            lambda: f"地址 {C.tron_address(r)}", lambda: f"{C.eth_address(r)}", lambda: f"工单 #{digits(r, 5)}",
            lambda: f"手机 1{r.choice('3589')}{digits(r, 9, '0123456789')}", lambda: r.choice(Z.MIXED_ZH_EN),
            lambda: r.choice(E.SUPPORT_SHORT), lambda: f"错误代码E{r.randint(100, 9999)}",
            lambda: f"{r.randint(2023, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
            lambda: f"iPhone {r.randint(11, 15)} Pro，iOS {r.randint(15, 18)}.{r.randint(0, 5)}"]

    def make():
        return fullwidth(r.choice(srcs)(), r, p=r.choice([1.0, 1.0, 0.7]))
    fill(cls, 120, make)

    cls = "clean_emoji"
    add_hand(cls, E.EMOJI_LINES)
    add_hand(cls, Z.EMOJI_ZH)
    r = rng_for(cls)
    em = ["😭", "🙏", "😤", "😡", "🤔", "👍", "✅", "❌", "💸", "🔥", "😅", "🥲", "❓", "‼️", "⏳", "🆘", "💀", "🫠"]

    def make():
        base = r.choice(E.SUPPORT_SHORT + Z.SUPPORT_ZH_SHORT + E.EVERYDAY_SHORT)
        e = "".join(r.choice(em) for _ in range(r.randint(1, 4)))
        k = r.random()
        if k < 0.45:
            return f"{base} {e}"
        if k < 0.7:
            return f"{e} {base}"
        ws = base.split(" ")
        i = r.randrange(len(ws) + 1)
        return " ".join(ws[:i] + [e] + ws[i:])
    fill(cls, 120, make)

    cls = "clean_zero_width"
    r = rng_for(cls)
    srcs = [lambda: hx(r), lambda: hx(r, prefix="0x"), lambda: f"txid: {hx(r)}", lambda: C.tron_address(r),
            lambda: C.eth_address(r), lambda: C.sol_signature(r), lambda: r.choice(E.SUPPORT_SHORT),
            lambda: r.choice(Z.SUPPORT_ZH), lambda: r.choice(E.ABOUT_SECRET), lambda: r.choice(Z.ABOUT_SECRET_ZH),
            lambda: f"订单号{digits(r, 16, '1')}", lambda: explorer_url(r), lambda: r.choice(E.EVERYDAY_SENTENCE)]

    def make():
        s = r.choice(srcs)()
        k = r.random()
        if k < 0.25:
            return "\ufeff" + s
        if k < 0.5:
            i = r.randrange(1, len(s))
            return s[:i] + r.choice(ZW) + s[i:]
        if k < 0.75:
            out = []
            for ch in s:
                out.append(ch)
                if r.random() < 0.08:
                    out.append(r.choice(ZW))
            return "".join(out)
        return s + r.choice(ZW)
    fill(cls, 120, make)

    cls = "clean_paste_artefacts"
    r = rng_for(cls)

    def make():
        k = r.randrange(8)
        if k == 0:  # hash broken over two lines by a narrow chat window
            h = hx(r, prefix=r.choice(["0x", ""]))
            i = r.choice([32, 33, 40, 21])
            return h[:i] + "\n" + h[i:]
        if k == 1:
            a = C.tron_address(r)
            return a[:17] + "\n" + a[17:]
        if k == 2:  # non-breaking spaces and CRLF
            return r.choice(E.SUPPORT_LONG[:8]).replace(" ", "\u00a0", 3) + "\r\n"
        if k == 3:  # pasted twice
            h = hx(r)
            return h + h if r.random() < 0.3 else f"{h}\n{h}"
        if k == 4:  # copied from an explorer page with its labels
            return (f"Transaction Hash:\t0x{C.txhash(r)}\nStatus:\tSuccess\nBlock:\t{r.randint(18000000, 21000000)}\n"
                    f"From:\t{C.eth_address(r)}\nTo:\t{C.eth_address(r)}\nValue:\t{r.randint(1, 90)}.{r.randint(0, 999)} ETH")
        if k == 5:
            return (f"交易哈希\n{C.txhash(r)}\n状态\n成功\n区块\n{r.randint(60000000, 70000000)}\n"
                    f"发送方\n{C.tron_address(r)}\n接收方\n{C.tron_address(r)}\n数量\n{r.randint(10, 5000)} USDT")
        if k == 6:  # stray quote/markdown
            return r.choice(['"{h}"', "'{h}'", "**{h}**", "> {h}", "「{h}」", "【{h}】"]).format(h=hx(r, prefix=r.choice(["0x", ""])))
        return f"{C.eth_address(r)}\u00a0\u00a0{r.randint(1, 999)} USDT\u00a0(BEP20)"
    fill(cls, 110, make)


def main():
    gen_hashes()
    gen_addresses()
    gen_numbers()
    gen_support_en()
    gen_support_zh()
    gen_about()
    gen_followups()
    gen_everyday()
    gen_wordlist_run()
    gen_format()
    for f in os.listdir(HERE):
        if f.endswith(".jsonl"):
            os.remove(os.path.join(HERE, f))
    total = 0
    for cls, recs in OUT.items():
        with open(os.path.join(HERE, f"{cls}.jsonl"), "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        hw = sum(x["source"] == "handwritten" for x in recs)
        print(f"{cls:32s} {len(recs):5d}  handwritten {hw}")
        total += len(recs)
    print("total", total)


if __name__ == "__main__":
    main()
