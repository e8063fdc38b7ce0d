#!/usr/bin/env python3
"""Final held-out split of the guard_eval *secrets* corpus (user side, secret=true only).

Written blind (no look at the detector, the tests, the benchmark scripts or the other
splits' carriers / handwritten files). Only `../../secrets/secretlib.py` is imported, to build
real secret material: BIP-39 phrases (English, Simplified and Traditional Chinese), secp256k1
hex keys, WIF, BIP-32 / SLIP-132 extended private keys, Solana keypairs, Ethereum keystore v3
JSON and Luhn-valid card numbers.

Every carrier sentence and every handwritten message in this file was written for this split.

Run:  /work/main/.venv/bin/python generate.py
Writes phrases.jsonl, keys.jsonl, cards.jsonl, passwords.jsonl and README.md next to itself.
Deterministic: every class draws from its own random.Random seeded from BASE_SEED + class name.
"""
import hashlib
import json
import random
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "secrets"))
import secretlib as S  # noqa: E402

BASE_SEED = "guard_eval/final/secrets|heron-tide|7741"
KIND_ORDER = ["recovery_phrase", "private_key", "card_number", "password"]
RP, PK, CN, PW = KIND_ORDER


def rng_for(name):
    h = hashlib.sha256(f"{BASE_SEED}|{name}".encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


EN_WORDS = S.WORDLIST["en"]
EN_SET = set(EN_WORDS)
ZH_CHARS = set(S.WORDLIST["zhs"]) | set(S.WORDLIST["zht"])

# --------------------------------------------------------------------------- small helpers

def fw(s):
    """Fullwidth form, as a Chinese IME in fullwidth mode types it."""
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


def fw_digits(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def keycap(i):
    if i == 10:
        return "\U0001F51F"
    return "".join(d + "\ufe0f\u20e3" for d in str(i))


def chunks(seq, k):
    return [seq[i:i + k] for i in range(0, len(seq), k)]


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def join_nonempty(parts, sep="\n"):
    return sep.join(p for p in parts if p)


def fake_email(r):
    users = ["jenny", "mike.t", "wanglei", "sunny", "cryptodad", "lin_xiao", "tomh", "kevin", "amy.zhou",
             "bigfish", "hodler", "zhangsan", "lily", "rex", "mona", "dave77", "ocean_blue", "xiaomei"]
    doms = ["gmail.com", "qq.com", "163.com", "outlook.com", "yahoo.com", "126.com", "hotmail.com", "icloud.com"]
    return f"{pick(r, users)}{r.randrange(10, 999)}@{pick(r, doms)}"


def fake_phone(r):
    return pick(r, ["138", "139", "186", "159", "177", "135", "150", "189"]) + "".join(
        str(r.randrange(10)) for _ in range(8))


def fake_user(r):
    return pick(r, ["tom", "cryptoking", "lucky", "moonboy", "小王", "阿杰", "david", "sol_lover", "bear", "jun"]) + str(
        r.randrange(1, 9999))


def fake_order(r):
    return pick(r, ["", "TP", "OD", "P2P"]) + "".join(str(r.randrange(10)) for _ in range(r.choice([12, 16, 18])))


def fake_txhash(r):
    return "0x" + "".join(pick(r, "0123456789abcdef") for _ in range(64))


def fake_eth_addr(r):
    return "0x" + "".join(pick(r, "0123456789abcdefABCDEF") for _ in range(40))


def fake_tron_addr(r):
    payload = b"\x41" + bytes(r.getrandbits(8) for _ in range(20))
    return S.b58check(payload)


def fill(t, **kw):
    for k, v in kw.items():
        t = t.replace("{" + k + "}", v)
    return t


# --------------------------------------------------------------------------- phrases

def en_len(r):
    return pick(r, [12, 12, 12, 12, 12, 15, 18, 21, 24, 24, 24])


def zh_len(r):
    return pick(r, [12, 12, 12, 12, 12, 12, 15, 18, 24, 24])


def en_phrase(r, n=None):
    return S.phrase(r, "en", n or en_len(r))


def zh_phrase(r, lang="zhs", n=None):
    return S.phrase(r, lang, n or zh_len(r))


NUM_STYLES = [
    lambda i, w: f"{i}. {w}", lambda i, w: f"{i}.{w}", lambda i, w: f"{i}) {w}", lambda i, w: f"({i}) {w}",
    lambda i, w: f"{i}-{w}", lambda i, w: f"{i} - {w}", lambda i, w: f"#{i} {w}", lambda i, w: f"{i}: {w}",
    lambda i, w: f"{i}:{w}", lambda i, w: f"{i}、{w}", lambda i, w: f"{i:02d}. {w}", lambda i, w: f"{i:02d} {w}",
    lambda i, w: f"{i} {w}", lambda i, w: f"[{i}] {w}", lambda i, w: f"No.{i} {w}", lambda i, w: f"{i}.) {w}",
    lambda i, w: f"word {i}: {w}", lambda i, w: f"{i}/ {w}", lambda i, w: f"{i}=>{w}",
    lambda i, w: f"{keycap(i)} {w}", lambda i, w: f"#{i}: {w}", lambda i, w: f"{i}# {w}",
    lambda i, w: f"{i}）{w}", lambda i, w: f"（{i}）{w}", lambda i, w: f"{i}．{w}", lambda i, w: f"{i}>{w}",
    lambda i, w: f"{i}_{w}", lambda i, w: f"{i}\t{w}", lambda i, w: f"{i} -> {w}", lambda i, w: f"{i}, {w}",
    lambda i, w: f"W{i} {w}", lambda i, w: f"{i}th {w}" if i > 3 else f"{['1st', '2nd', '3rd'][i - 1]} {w}",
]


def layout_numbered(r, items):
    n = len(items)
    mode = pick(r, ["lines", "lines", "lines", "inline", "inline_comma", "grid3", "grid4", "two_col", "lines_blank",
                    "lines_crlf"])
    if mode == "lines":
        return "\n".join(items)
    if mode == "lines_blank":
        return "\n\n".join(items)
    if mode == "lines_crlf":
        return "\r\n".join(items)
    if mode == "inline":
        return pick(r, [" ", "  ", "   "]).join(items)
    if mode == "inline_comma":
        return pick(r, [", ", ",", "; ", " | "]).join(items)
    if mode in ("grid3", "grid4"):
        k = 3 if mode == "grid3" else 4
        sep = pick(r, ["\t", "   ", "    ", "  "])
        return "\n".join(sep.join(c) for c in chunks(items, k))
    half = (n + 1) // 2
    width = max(len(x) for x in items[:half]) + pick(r, [3, 4, 6])
    rows = []
    for i in range(half):
        left = items[i]
        right = items[i + half] if i + half < n else ""
        rows.append((left.ljust(width) + right).rstrip())
    return "\n".join(rows)


EN_HEAD = ["", "", "", "my words", "here:", "this is what I saved:", "from my notebook:", "wallet backup",
           "restore is not working with these", "old wallet", "is the order right?", "tp wallet", "pls check",
           "copied exactly:", "written on the card they gave me:", "Main wallet", "for the wallet that got drained:"]
EN_FOOT = ["", "", "", "", "why is it invalid??", "please help", "thanks", "it imports an empty wallet",
           "what now", "\U0001F64F", "am I missing one?", "help me get my usdt back", "pls hurry",
           "did i write something wrong", "nothing shows up after import"]
ZH_HEAD = ["", "", "", "助记词：", "我的助记词", "帮我看看", "钱包备份", "恢复不了", "这是我抄的", "旧钱包的",
           "客服你好", "顺序对吗", "抄在纸上的", "導入不了", "老婆的钱包"]
ZH_FOOT = ["", "", "", "", "导入提示错误", "怎么办", "谢谢", "急！！", "\U0001F64F\U0001F64F", "资产都没了",
           "导入以后余额是0", "麻烦快点", "是不是少了一个", "帮我找回来"]


def wrap(r, body, head=EN_HEAD, foot=EN_FOOT, inline_ok=True):
    h, f = pick(r, head), pick(r, foot)
    sep = "\n" if ("\n" in body or not inline_ok or r.random() < 0.5) else " "
    return join_nonempty([h, body, f], sep)


def g_phrase_en_numbered(r):
    w = en_phrase(r)
    st = pick(r, NUM_STYLES)
    items = [st(i + 1, x) for i, x in enumerate(w)]
    return [wrap(r, layout_numbered(r, items))], [0], [RP]


def circled(style, i):
    if style == "circ":
        return chr(0x2460 + i - 1) if i <= 20 else chr(0x3251 + i - 21)
    if style == "paren":
        return chr(0x2474 + i - 1)
    if style == "stop":
        return chr(0x2488 + i - 1)
    if style == "neg":
        return chr(0x2776 + i - 1) if i <= 10 else chr(0x24EB + i - 11)
    if style == "sans":
        return chr(0x278A + i - 1) if i <= 10 else chr(0x24EB + i - 11)
    raise ValueError(style)


def g_phrase_en_circled(r):
    w = en_phrase(r)
    styles = ["circ", "circ", "paren", "stop", "neg", "sans"] if len(w) <= 20 else ["circ"]
    st = pick(r, styles)
    gap = pick(r, ["", " ", " ", "  "])
    items = [circled(st, i + 1) + gap + x for i, x in enumerate(w)]
    if gap == "" and r.random() < 0.4:
        body = "".join(items)  # ①abandon②ability... as typed on a phone
    else:
        body = layout_numbered(r, items)
    return [wrap(r, body)], [0], [RP]


BULLETS = ["- ", "* ", "\u2022 ", "\u00b7 ", "\u25aa ", "\u25e6 ", "> ", "\u2013 ", "\u2014 ", "\u2192 ",
           "\u2714\ufe0f ", "\U0001F538", "\u2605 ", "o ", "+ ", "\u25cf ", "\u2023 ", "\u25b6 ", "\u2022", "-"]


def g_phrase_en_bullets(r):
    w = en_phrase(r)
    b = pick(r, BULLETS)
    mode = r.random()
    if mode < 0.65:
        body = "\n".join(b + x for x in w)
    elif mode < 0.85:
        body = " ".join(b + x for x in w)
    else:
        body = "\n".join(" ".join(b + x for x in c) for c in chunks(w, pick(r, [3, 4, 6])))
    return [wrap(r, body)], [0], [RP]


def g_phrase_en_one_per_line(r):
    w = en_phrase(r)
    v = r.random()
    if v < 0.3:
        body = "\n".join(w)
    elif v < 0.5:
        body = "\n".join(x.capitalize() for x in w)  # phone keyboard capitalises each line
    elif v < 0.6:
        body = "\n\n".join(w)
    elif v < 0.7:
        body = "\r\n".join(w)
    elif v < 0.8:
        body = "\n".join(x + pick(r, ["", " ", "  ", "\t"]) for x in w)
    elif v < 0.9:
        body = "\n".join(pick(r, ["", " ", "  "]) + x for x in w)
    else:
        body = "\n".join(x + "." for x in w)
    return [wrap(r, body, inline_ok=False)], [0], [RP]


JOINERS = [",", ", ", "+", " + ", "~", " ~ ", "|", " | ", "/", " / ", ";", "-", "_", "\uff0c", "\u3001", ".",
           " , ", "--", "*", "、 ", "\uff0c ", " - ", "++", "~~", ":"]


def g_phrase_en_joined_symbols(r):
    w = en_phrase(r)
    j = pick(r, JOINERS)
    body = j.join(w)
    if r.random() < 0.2:
        o, c = pick(r, [("[", "]"), ("(", ")"), ("\"", "\""), ("{", "}"), ("“", "”")])
        body = o + body + c
    return [wrap(r, body)], [0], [RP]


def g_phrase_en_fullwidth(r):
    w = en_phrase(r)
    v = r.random()
    if v < 0.35:
        body = fw(" ".join(w))  # fullwidth letters, ideographic spaces
    elif v < 0.55:
        body = " ".join(fw(x) for x in w)  # fullwidth letters, ascii spaces
    elif v < 0.75:
        k = r.randrange(2, len(w) - 2)  # IME toggled half way
        body = " ".join(w[:k]) + " " + fw(" ".join(w[k:]))
    elif v < 0.9:
        body = "\n".join(fw(f"{i + 1}.{x}") for i, x in enumerate(w))
    else:
        body = "\uff0c".join(fw(x) for x in w)
    head = pick(r, ZH_HEAD + EN_HEAD)
    foot = pick(r, ZH_FOOT)
    glue = pick(r, ["\n", " ", ""]) if not head.isascii() else pick(r, ["\n", " "])
    return [join_nonempty([head, body, foot], glue)], [0], [RP]


ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def g_phrase_en_zero_width(r):
    w = en_phrase(r)
    z = pick(r, ZW)
    v = r.random()
    if v < 0.25:
        body = z.join(w)  # looks like one long word on screen, words separated only by ZW
    elif v < 0.45:
        body = (" " + z).join(w)
    elif v < 0.65:
        ww = []
        for x in w:
            if r.random() < 0.4 and len(x) > 2:
                p = r.randrange(1, len(x))
                x = x[:p] + pick(r, ZW) + x[p:]
            ww.append(x)
        body = " ".join(ww)
    elif v < 0.8:
        body = "\ufeff" + "\u00a0".join(w) + z
    elif v < 0.9:
        body = "\n".join(z + x for x in w)
    else:
        body = " ".join(f"{i + 1}.{z}{x}" for i, x in enumerate(w))
    return [wrap(r, body)], [0], [RP]


def g_phrase_en_all_caps(r):
    w = [x.upper() for x in en_phrase(r)]
    v = r.random()
    if v < 0.45:
        body = " ".join(w)
    elif v < 0.65:
        body = "\n".join(w)
    elif v < 0.85:
        st = pick(r, NUM_STYLES[:16])
        body = layout_numbered(r, [st(i + 1, x) for i, x in enumerate(w)])
    else:
        body = pick(r, [", ", ",", "-", " / "]).join(w)
    h = pick(r, ["", "", "", "MY WORDS", "PLEASE HELP", "SEED:", "HERE", "I WROTE THEM IN CAPITALS", "RESTORE FAILED"])
    return [join_nonempty([h, body, pick(r, EN_FOOT)], pick(r, ["\n", " "]))], [0], [RP]


KEY_NEIGH = {'a': 'qwsz', 'b': 'vghn', 'c': 'xdfv', 'd': 'serfcx', 'e': 'wsdr', 'f': 'drtgvc', 'g': 'ftyhbv',
             'h': 'gyujnb', 'i': 'ujko', 'j': 'huikmn', 'k': 'jiolm', 'l': 'kop', 'm': 'njk', 'n': 'bhjm',
             'o': 'iklp', 'p': 'ol', 'q': 'wa', 'r': 'edft', 's': 'awedxz', 't': 'rfgy', 'u': 'yhji',
             'v': 'cfgb', 'w': 'qase', 'x': 'zsdc', 'y': 'tghu', 'z': 'asx'}


def typo_word(r, w):
    for _ in range(100):
        op = pick(r, ["swap", "drop", "double", "sub", "insert"])
        p = r.randrange(len(w))
        if op == "swap" and p < len(w) - 1:
            t = w[:p] + w[p + 1] + w[p] + w[p + 2:]
        elif op == "drop":
            t = w[:p] + w[p + 1:]
        elif op == "double":
            t = w[:p] + w[p] + w[p:]
        elif op == "sub":
            t = w[:p] + pick(r, KEY_NEIGH[w[p]]) + w[p + 1:]
        elif op == "insert":
            t = w[:p] + pick(r, KEY_NEIGH[w[p]]) + w[p:]
        else:
            continue
        if t != w and t not in EN_SET and len(t) >= 3:
            return t
    raise AssertionError(w)


def g_phrase_en_one_typo(r):
    w = en_phrase(r)
    i = r.randrange(len(w))
    w[i] = typo_word(r, w[i])
    v = r.random()
    if v < 0.5:
        body = " ".join(w)
    elif v < 0.75:
        st = pick(r, NUM_STYLES)
        body = layout_numbered(r, [st(k + 1, x) for k, x in enumerate(w)])
    else:
        body = "\n".join(w)
    foot = pick(r, EN_FOOT + ["maybe i spelled one wrong", "my handwriting is bad sorry", "one of them looks weird",
                              "the app underlines one of them in red"])
    return [join_nonempty([pick(r, EN_HEAD), body, foot], "\n")], [0], [RP]


PARTIAL_EN = [
    "first {k} words: {P}", "I only have the first {k}: {P}", "the paper got wet, I can read {P} and the rest is gone",
    "{P} ... can't remember the rest", "words {a}-{b}: {P}", "{P} (that's all I wrote down)",
    "is it possible to recover with only {P}", "the rest is torn off\n{P}", "{P}\nthe others I lost",
    "I remember {P} but not the last ones", "my son wrote down {P} and stopped",
    "from word {a}: {P}", "photo is blurry, only this part readable: {P}", "{P} + a few more i forgot",
    "can you brute force the missing ones? i have {P}", "half of it: {P}",
]


def g_phrase_en_partial_run(r):
    full = en_phrase(r, pick(r, [12, 12, 15, 18, 24, 24]))
    n = len(full)
    k = r.randint(8, min(n - 1, 16))
    a = 0 if r.random() < 0.6 else r.randrange(0, n - k + 1)
    w = full[a:a + k]
    v = r.random()
    if v < 0.6:
        body = " ".join(w)
    elif v < 0.8:
        st = pick(r, NUM_STYLES[:14])
        body = "\n".join(st(a + i + 1, x) for i, x in enumerate(w))
    else:
        body = pick(r, [", ", "\n", " - "]).join(w)
    t = pick(r, PARTIAL_EN)
    return [fill(t, P=body, k=str(k), a=str(a + 1), b=str(a + k))], [0], [RP]


SENT_CUE_EN = [
    "my seed phrase is {P} can you check why it wont import",
    "Recovery phrase: {P}",
    "here is my {n} words {P} pls help restore",
    "secret recovery phrase -> {P}",
    "mnemonic: {P}\nbalance shows 0 after import",
    "I wrote the seed words down like this {P} and now tp says invalid mnemonic",
    "backup phrase {P} — did I get the order wrong?",
    "these are my {n} seed words: {P}. someone took all my USDT",
    "Hi support, my wallet's recovery words are {P}, please restore my funds",
    "助记词 {P} please check",
    "the {n} word phrase from my old wallet is {P}",
    "seed = {P}",
    "my secret phrase ({n} words): {P}",
    "i think the seed is {P}",
    "restore words {P} not working!!!",
    "the backup words the app showed me: {P}",
    "SEED PHRASE {P}",
    "you asked for the phrase so here: {P}",
    "can you check if this mnemonic is valid {P}",
    "My metamask seed phrase is {P} and I want to move it to tp",
    "wallet words: {P}",
    "recovery: {P}",
    "phrase is {P} i promise i typed it right",
    "the mnemonic my friend gave me is {P} is it real?",
    "seed words (from the paper in my drawer) {P}",
]
SENT_NOCUE_EN = [
    "I typed {P} and it keeps saying invalid",
    "{P} <- this is what was on the paper, app refuses it",
    "why does {P} open an empty wallet??",
    "is this the right order? {P}",
    "{P}\nwhat am i doing wrong",
    "i put in {P} and my balance is gone",
    "tried {P} three times, nothing",
    "so i entered {P} on the import screen and it says error 1003",
    "hello I have {P} from my late father, how do I get his coins",
    "{P} did someone steal from this?",
    "my husband wrote {P} on the back of a receipt, is that enough to get in",
    "Pls check {P} urgent",
    "I copy pasted {P} but the import button stays grey",
    "they told me to type {P} into the form and now everything is gone",
    "Entered: {P}\nResult: wallet empty",
    "can you tell me what address belongs to {P}",
    "{P} this one is the wallet with 3000 USDT",
    "ok the whole thing is {P}",
    "importing {P} gives a different address than before",
    "when I paste {P} it says checksum failed",
    "got this from the sticky note: {P}",
    "{P} - that's everything, please help me",
]


def g_phrase_en_sentence_cue(r):
    w = en_phrase(r)
    body = " ".join(w) if r.random() < 0.85 else ", ".join(w)
    return [fill(pick(r, SENT_CUE_EN), P=body, n=str(len(w)))], [0], [RP]


def g_phrase_en_sentence_nocue(r):
    w = en_phrase(r)
    body = " ".join(w) if r.random() < 0.8 else pick(r, [", ", " - ", "  "]).join(w)
    return [fill(pick(r, SENT_NOCUE_EN), P=body)], [0], [RP]


# ---- Chinese
_ZH_POOL = ("您吗呢吧啊哦嗯哈呀嘛咱俺她它谁啥怎咋哪那些很太更最都也还就才又再已曾着过得地钱包币转账客服帮忙谢急等找丢盗骗卡号码"
            "密登录导入恢复删换新旧手机电脑网页群聊微信支付宝银行睡饭猫狗鱼哭笑跑跳唱喝吃闹烦累困痛疼冷热伞灯窗门桌椅碗筷"
            "錢幣轉賬號碼導麼嗎誰們這還給讓對")
ZH_WRONG_POOL = sorted(set(c for c in _ZH_POOL if c not in ZH_CHARS))


def zh_sep_join(r, w):
    sep = pick(r, [" ", " ", "  ", "\u3000", "\uff0c", "\u3001", ",", " , ", "/", "-", "\u3000\u3000", "，  "])
    return sep.join(w)


def g_phrase_zhs_joined(r):
    w = zh_phrase(r, "zhs")
    body = "".join(w)
    t = pick(r, ["{P}", "{P}", "助记词：{P}", "助记词{P}", "{P} 导入提示无效", "我的助记词是{P}", "帮我看看{P}",
                 "{P}\n这个导入以后是空钱包", "{P}。", "我抄下来的是{P}对不对", "{P}就这些", "恢复短语{P}",
                 "{P}帮我恢复一下谢谢", "钱包{P}被盗了", "{P}\n\n急急急"])
    return [fill(t, P=body)], [0], [RP]


def g_phrase_zhs_spaced(r):
    w = zh_phrase(r, "zhs")
    body = zh_sep_join(r, w)
    return [wrap(r, body, ZH_HEAD, ZH_FOOT)], [0], [RP]


def g_phrase_zh_grouped_lines(r):
    lang = pick(r, ["zhs", "zhs", "zht"])
    w = zh_phrase(r, lang)
    k = pick(r, [3, 4, 4, 3])
    inner = pick(r, ["", "", " ", "\u3000", "，"])
    groups = [inner.join(c) for c in chunks(w, k)]
    v = r.random()
    if v < 0.6:
        body = "\n".join(groups)
    elif v < 0.8:
        body = "\n".join(f"{i + 1}{pick(r, ['.', '、', ' ', ':'])}{g}" for i, g in enumerate(groups))
    else:
        body = pick(r, [" ", "  ", " / ", "｜"]).join(groups)
    return [wrap(r, body, ZH_HEAD, ZH_FOOT, inline_ok=False)], [0], [RP]


def g_phrase_zh_one_wrong_char(r):
    lang = pick(r, ["zhs", "zhs", "zht"])
    w = zh_phrase(r, lang)
    i = r.randrange(len(w))
    w[i] = pick(r, ZH_WRONG_POOL)
    v = r.random()
    if v < 0.4:
        body = "".join(w)
    elif v < 0.75:
        body = zh_sep_join(r, w)
    else:
        body = "\n".join("".join(c) for c in chunks(w, pick(r, [3, 4])))
    foot = pick(r, ZH_FOOT + ["有一个字我可能写错了", "第" + str(i + 1) + "个字看不清", "提示有个词不在词库里"])
    return [join_nonempty([pick(r, ZH_HEAD), body, foot], pick(r, ["\n", " "]))], [0], [RP]


ZHT_HEAD = ["", "", "助記詞：", "我的助記詞", "幫我看看", "錢包備份", "這是我抄的", "恢復不了", "客服您好"]
ZHT_FOOT = ["", "", "導入顯示錯誤", "怎麼辦", "謝謝", "資產都不見了", "是不是順序錯了", "拜託快點"]
ZH_NUM = [lambda i, w: f"{i}.{w}", lambda i, w: f"{i}、{w}", lambda i, w: f"（{i}）{w}", lambda i, w: f"({i}){w}",
          lambda i, w: f"{i} {w}", lambda i, w: f"第{i}个：{w}", lambda i, w: f"{i}-{w}", lambda i, w: f"{i:02d} {w}",
          lambda i, w: f"{i}：{w}", lambda i, w: f"{i}．{w}", lambda i, w: fw(str(i)) + f"．{w}",
          lambda i, w: circled("circ", i) + w, lambda i, w: f"{i}){w}", lambda i, w: f"#{i} {w}",
          lambda i, w: f"第{i}個 {w}", lambda i, w: f"[{i}]{w}"]


def g_phrase_zht_mixed_layouts(r):
    w = zh_phrase(r, "zht")
    v = r.random()
    if v < 0.25:
        body = "".join(w)
    elif v < 0.5:
        body = zh_sep_join(r, w)
    elif v < 0.8:
        st = pick(r, ZH_NUM)
        body = layout_numbered(r, [st(i + 1, x) for i, x in enumerate(w)])
    else:
        body = "\n".join(w)
    return [wrap(r, body, ZHT_HEAD, ZHT_FOOT)], [0], [RP]


def g_phrase_zh_numbered(r):
    w = zh_phrase(r, pick(r, ["zhs", "zhs", "zhs", "zht"]))
    st = pick(r, ZH_NUM)
    items = [st(i + 1, x) for i, x in enumerate(w)]
    return [wrap(r, layout_numbered(r, items), ZH_HEAD, ZH_FOOT)], [0], [RP]


ZH_SENT = [
    "我的助记词是{P}，导入后资产没了", "帮我看看{P}这个为什么导入不了", "{P} 这是我抄在本子上的，是不是顺序错了",
    "客服你好，我用{P}恢复钱包显示余额为0", "助记词：{P} 请帮我找回USDT", "我输入{P}一直提示助记词无效",
    "老公留下的{P}能不能找回钱", "{P}这几个字是对的吗", "你们上次让我发的那个{P}发了以后币就没了",
    "我把{P}导进去出来的地址不对", "昨天在群里有人让我填{P}到一个网站", "{P}\n麻烦快点处理 我很着急",
    "这是备份：{P}", "恢复钱包用的{P}，为什么提示错误", "{P}就是我的钱包 里面有两万多U", "我记得是{P}",
    "纸上写的{P}有一个字看不太清", "請幫我看一下{P}為什麼導入失敗", "我的助記詞{P}，資產被轉走了",
    "{P}这个能恢复吗我手机丢了", "你好我之前备份的是{P}", "这串{P}输进去说校验失败",
]


def g_phrase_zh_in_sentence(r):
    lang = pick(r, ["zhs", "zhs", "zht"])
    if r.random() < 0.2:
        full = zh_phrase(r, lang)
        k = r.randint(8, len(full) - 1)
        w = full[:k]
    else:
        w = zh_phrase(r, lang)
    body = "".join(w) if r.random() < 0.45 else pick(r, [" ", "\u3000", "，", "、"]).join(w)
    if r.random() < 0.5:
        body = " " + body + " "
    msg = fill(pick(r, ZH_SENT), P=body).replace("  ", " ")
    for pnc in "，。、":
        msg = msg.replace(" " + pnc, pnc)
    return [msg], [0], [RP]


def split_sizes(n, parts):
    base = n // parts
    sizes = [base] * parts
    for i in range(n - base * parts):
        sizes[i] += 1
    return sizes


def g_phrase_split_messages(r):
    lang = pick(r, ["en", "en", "en", "en", "zhs", "zhs", "zht"])
    w = en_phrase(r) if lang == "en" else zh_phrase(r, lang)
    parts = pick(r, [2, 2, 3]) if len(w) < 18 else pick(r, [2, 3, 3])
    sizes = split_sizes(len(w), parts)
    numbered = r.random() < 0.35
    st = pick(r, NUM_STYLES[:12] if lang == "en" else ZH_NUM[:10])
    pieces, pos = [], 0
    for s in sizes:
        seg = w[pos:pos + s]
        if numbered:
            txt = "\n".join(st(pos + i + 1, x) for i, x in enumerate(seg))
        elif lang == "en":
            txt = " ".join(seg)
        else:
            txt = pick(r, ["", " ", "\u3000"]).join(seg)
        pieces.append(txt)
        pos += s
    if lang == "en":
        decor = [("", ""), ("part 1: ", "part {k}: "), ("", "rest: "), ("", "and "), ("", "..."), ("first: ", "then: ")]
        intros = ["ok sending my words in pieces", "wait it's long, I'll send it in parts", "my phrase is",
                  "here you go", "sending it now"]
        mids = ["wait", "one sec", "sorry sent too early", "continuing"]
    else:
        decor = [("", ""), ("前面：", "后面："), ("", "接上："), ("第一段 ", "第{k}段 ")]
        intros = ["我分几条发", "助记词太长了分开发", "我的助记词是", "马上发", "看好了"]
        mids = ["等下", "还没完", "刚才没发完"]
    pre, post = pick(r, decor)
    msgs = []
    for k, p in enumerate(pieces):
        d = pre if k == 0 else post.replace("{k}", str(k + 1))
        msgs.append(d + p)
    if r.random() < 0.3:
        msgs.insert(0, pick(r, intros))
    if r.random() < 0.2 and len(msgs) >= 2:
        j = r.randrange(1, len(msgs))
        msgs.insert(j, pick(r, mids))
    intro_like = set(intros) | set(mids)
    at = [i for i, m in enumerate(msgs) if m not in intro_like]
    return msgs, at, [RP]


# --------------------------------------------------------------------------- private keys

def hex_case(r, h):
    v = r.random()
    if v < 0.55:
        s = h
    elif v < 0.8:
        s = h.upper()
    else:
        s = "".join(c.upper() if r.random() < 0.5 else c for c in h)
    if r.random() < 0.35:
        s = pick(r, ["0x", "0x", "0X"]) + s
    return s


HEX_PLAIN = [
    "{K}", "private key: {K}", "Private Key\n{K}", "my private key is {K} please recover my funds",
    "私钥：{K}", "私钥是{K}，导入后余额为0", "exported from metamask: {K}", "pk = {K}",
    "{K}\n这是我的私钥 为什么导入TP显示无效", "i imported {K} into tp and the USDT is gone", "PRIVATE KEY {K}",
    "Here's the key {K}", "导出私钥 {K} 对吗", "私钥 {K}\n地址 {ADDR}", "account 2 privkey: {K}", "priv={K}",
    "this is the key from my old trust wallet {K}", "私鑰：{K}", "钱包私钥：\n{K}\n麻烦帮我查下",
    "{K} <- that's the one from settings > export private key", "Tron private key {K}", "BSC钱包私钥{K}",
    "secret key {K}", "hex key: {K} (64 chars)", "address {ADDR} key {K}", "my pk {K} wallet {ADDR} pls check",
    "{K} 私钥导入后地址变了", "the wallet key is {K}", "私钥给你 {K} 帮我把币转出来",
]


def g_key_hex_plain(r):
    priv = S.secp_priv(r)
    t = pick(r, HEX_PLAIN)
    return [fill(t, K=hex_case(r, priv.hex()), ADDR=S.eth_address(priv))], [0], [PK]


def g_key_hex_grouped_split(r):
    priv = S.secp_priv(r)
    h = priv.hex() if r.random() < 0.7 else priv.hex().upper()
    pre = "0x" if r.random() < 0.25 else ""
    v = r.random()
    label = pick(r, ["", "", "private key:", "私钥：", "pk", "key (copied from two screens):", "私钥分两行",
                     "私钥如下", "here"])
    if v < 0.15:
        body = pre + " ".join(chunks(h, 4))
    elif v < 0.3:
        body = pre + pick(r, [" ", "-", "  "]).join(chunks(h, 8))
    elif v < 0.42:
        body = pre + "\n".join(chunks(h, 16))
    elif v < 0.55:
        body = pre + h[:32] + "\n" + h[32:]
    elif v < 0.7:
        wd = r.randint(18, 45)
        body = "\n".join(chunks(pre + h, wd))  # copy-paste wrap at a random width
    elif v < 0.8:
        body = "\n".join(" ".join(c) for c in chunks(chunks(h, 4), 4))
    else:
        cut = r.randint(20, 44)
        a, b = pre + h[:cut], h[cut:]
        m0 = join_nonempty([label, a], pick(r, [" ", "\n"]))
        msgs = [m0, pick(r, ["", "", "", "rest: ", "后面：", "+"]) + b]
        if r.random() < 0.3:
            msgs.insert(1, pick(r, ["wait it cut off", "没发完", "continued"]))
            return msgs, [0, 2], [PK]
        return msgs, [0, 1], [PK]
    return [join_nonempty([label, body], "\n")], [0], [PK]


MISLEAD = [
    "my wallet address is {K}", "钱包地址：{K} 帮我查一下余额", "public key: {K}", "公钥 {K}", "my UID {K}",
    "wallet ID {K}", "account number {K}", "backup code: {K}", "this is my verification code {K}",
    "合约地址 {K} 为什么搜不到", "token {K}", "授权码 {K}", "the code from the export screen {K}",
    "signature {K}", "receive address: {K}", "充值地址 {K} 充了没到", "my wallet number is {K}",
    "钱包ID：{K}", "用户编号 {K}", "serial number of my wallet {K}", "the long code {K}", "我的公钥是{K}对吗",
    "deposit to {K} failed", "here is my account code {K}", "my tp wallet address {K}",
]


def g_key_hex_misleading_words(r):
    priv = S.secp_priv(r)
    return [fill(pick(r, MISLEAD), K=hex_case(r, priv.hex()))], [0], [PK]


WIF_T = [
    "WIF: {K}", "{K}", "private key (WIF) {K}", "electrum import: p2wpkh:{K}", "p2pkh:{K}", "p2wpkh-p2sh:{K}",
    "比特币私钥 {K}", "paper wallet private key {K}", "dumpprivkey gave me {K}", "BTC 私钥：{K} 导入后地址不一样",
    "old bitaddress paper wallet: {K}", "testnet key {K} (just testing)", "the key printed under the QR: {K}",
    "wif格式私钥{K}", "imported {K} and the balance is missing", "私钥（WIF）：\n{K}", "{K}\nfrom 2016, btc",
    "my btc priv {K}", "sweep this please {K}", "Bitcoin Core dumpwallet line: {K} 2017-05-02T10:11:12Z label=",
]


def g_key_wif(r):
    priv = S.secp_priv(r)
    comp = r.random() < 0.7
    test = r.random() < 0.15
    return [fill(pick(r, WIF_T), K=S.wif(priv, compressed=comp, testnet=test))], [0], [PK]


XPRV_T = [
    "{K}", "{T}: {K}", "Account extended private key: {K}", "扩展私钥 {K}", "exported from sparrow {K}",
    "electrum master private key {K}", "my {T} is {K}", "root key {K}", "BIP32 Root Key: {K}",
    "derivation {PATH} private: {K}", "{K}\nwhich wallet can import this?", "扩展私钥（{T}）：{K}",
    "Extended private key\n{K}", "xpriv from my coldcard backup {K}", "{T}\n{K}", "the long key starting {T}: {K}",
    "这个{T}开头的能导入吗 {K}", "wallet descriptor wpkh({K}/0/*)", "keystore: {K}", "hd key {K}",
]


def g_key_ext_priv_slip132(r, i):
    kinds = list(S.SLIP132_PRIV)
    kind = kinds[i % len(kinds)]
    seed = S.seed_from_phrase(en_phrase(r, 12))
    master = r.random() < 0.3
    k = S.extended_priv(seed, kind, master=master)
    path = "m/" + "/".join(f"{x}'" for x in S.SLIP132_PRIV[kind][1])
    if r.random() < 0.15:
        cut = r.randint(40, 70)
        k = k[:cut] + "\n" + k[cut:]
    return [fill(pick(r, XPRV_T), K=k, T=kind, PATH="m" if master else path)], [0], [PK]


SOL_B58_T = [
    "{K}", "phantom private key: {K}", "solflare export {K}", "SOL私钥 {K}", "私钥（Phantom导出）：{K}",
    "backpack key {K}", "the string phantom showed me {K}", "solana wallet key {K} tp won't accept it",
    "{K}\n导入tp钱包提示私钥格式错误", "my sol pk: {K}", "base58 secret: {K}", "Show Private Key -> {K}",
    "私钥给你了 {K}", "this is the key for my pump.fun wallet {K}", "{K} sol wallet hacked??",
]


def g_key_solana_base58(r):
    kp = S.solana_keypair(r)
    return [fill(pick(r, SOL_B58_T), K=S.b58encode(kp))], [0], [PK]


def byte_array(r, b, allow_uint8=True):
    nums = [str(x) for x in b]
    v = r.random()
    if v < 0.4:
        return "[" + ",".join(nums) + "]"
    if v < 0.6:
        return "[" + ", ".join(nums) + "]"
    if v < 0.75:
        return "[\n" + ",\n".join("  " + ", ".join(c) for c in chunks(nums, pick(r, [8, 10, 16]))) + "\n]"
    if v < 0.88 and allow_uint8:
        body = "\n".join("  " + ", ".join(c) + "," for c in chunks(nums, 12)).rstrip(",")
        return f"Uint8Array({len(b)}) [\n{body}\n]"
    return "[ " + " , ".join(nums) + " ]"


SOL_J64_T = [
    "{K}", "id.json: {K}", "my keypair file: {K}", "solana-keygen 生成的 {K}", "~/.config/solana/id.json\n{K}",
    "私钥数组 {K} 怎么导入", "console.log(keypair.secretKey) prints {K}", "this is from my bot's wallet {K}",
    "keypair = {K}", "导出的是一串数字 {K}", "{K}\ncan tp import this format?", "SOLANA_PRIVATE_KEY={K}",
]
SOL_J32_T = [
    "{K}", "secretKey.slice(0,32): {K}", "seed bytes {K}", "私钥（32位数组）{K}", "my 32 byte seed {K}",
    "Keypair.fromSeed({K})", "this is what the script printed {K}", "seed = {K}", "{K}\n这个是私钥吗",
    "sol seed array {K} pls help import", "ed25519 seed {K}",
]


def g_key_solana_json64(r):
    kp = S.solana_keypair(r)
    return [fill(pick(r, SOL_J64_T), K=byte_array(r, kp))], [0], [PK]


def g_key_solana_json32(r):
    kp = S.solana_keypair(r)
    return [fill(pick(r, SOL_J32_T), K=byte_array(r, kp[:32]))], [0], [PK]


KS_PASSWORDS = ["Qwer!2345", "metamask2020", "tp888888", "Lucky@2019", "ethereum123", "woaini1314", "Aa112233",
                "mywallet!", "8bitCat#9", "zhangwei520"]


def g_key_eth_keystore(r):
    priv = S.secp_priv(r)
    pw = pick(r, KS_PASSWORDS) + pick(r, ["", "", str(r.randrange(10, 99))])
    kdf = "scrypt" if r.random() < 0.7 else "pbkdf2"
    n = pick(r, [4096, 8192, 16384]) if kdf == "scrypt" else pick(r, [10240, 262144])
    ks = S.eth_keystore(priv, pw, r, kdf=kdf, n=n)
    js = json.dumps(ks, separators=(",", ":")) if r.random() < 0.5 else json.dumps(ks, indent=pick(r, [2, 4]))
    fname = f"UTC--20{r.randint(18, 24)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}T0{r.randint(0, 9)}-1{r.randint(0, 9)}-2{r.randint(0, 9)}.{r.randint(100, 999)}Z--{ks['address']}"
    with_pw = r.random() < 0.3
    t = pick(r, ["{J}", "keystore file content:\n{J}", "这是我的keystore {J}", "{F}\n{J}", "Keystore JSON {J}",
                 "导出的keystore：\n{J}", "my json file {J}", "{J}\n可以导入吗", "keystore {J} which password does it need?"])
    msg = fill(t, J=js, F=fname)
    if with_pw:
        msg += pick(r, ["\npassword is {P}", "\n密码 {P}", "\n密码是{P}", " pw: {P}", "\nkeystore password: {P}"]).replace("{P}", pw)
        return [msg], [0], [PK, PW]
    return [msg], [0], [PK]


# --------------------------------------------------------------------------- cards

def card(r, brand=None):
    return S.card_number(r, brand=brand)


def card_grouped_str(r, num, brand):
    g = S.card_groups(num, brand)
    return pick(r, [" ", " ", " ", "-", ".", "  ", " - ", "\u3000"]).join(g)


CARD_GROUP_T = [
    "{C}", "card number {C}", "my card is {C}", "卡号 {C}", "银行卡：{C}", "Visa {C} was charged twice",
    "我用{C}这张卡买的U没到账", "card: {C}\nname: {NAME}", "the card i used: {C}", "cc {C}", "卡号是 {C} 被冻结了",
    "Card Number\n{C}", "{C} <- this card got declined", "bought with {C}, order {ORDER}", "信用卡 {C} 被盗刷",
    "I paid with card {C} and got nothing", "储蓄卡{C}", "refund to {C} please", "退款退到这张卡 {C}",
    "卡號 {C}", "debit card {C} linked to my account",
]
NAMES = ["John Smith", "Li Wei", "ZHANG MIN", "Maria Garcia", "王芳", "WANG FANG", "Chen Jie", "David Lee", "刘洋"]


def g_card_grouped(r):
    num, br = card(r)
    return [fill(pick(r, CARD_GROUP_T), C=card_grouped_str(r, num, br), NAME=pick(r, NAMES),
                 ORDER=fake_order(r))], [0], [CN]


CARD_PLAIN_T = CARD_GROUP_T[:12] + [
    "pay to {C}", "card no.{C}", "{C} is my visa", "卡：{C} 持卡人{NAME}", "the number is {C}", "No. {C}",
    "卡号:{C}", "cardnumber={C}", "mastercard {C} blocked after buying usdt",
]


def g_card_plain(r):
    num, br = card(r)
    return [fill(pick(r, CARD_PLAIN_T), C=num, NAME=pick(r, NAMES), ORDER=fake_order(r))], [0], [CN]


CARD_GLUED_T = [
    "卡号{C}", "我的卡号{C}被冻结了", "用{C}买的", "银行卡{C}扣了两次钱", "退到{C}这张卡上", "尾号不是这个卡是{C}",
    "建设银行{C}", "工行卡{C}张三", "我的信用卡{C}被盗刷了五千", "收款卡号{C}户名李明", "{C}这张卡能用吗",
    "打款到{C}谢谢", "农行{C}开户行北京分行", "卡号：{C}，有效期{EXP}", "招商{C}一直显示支付失败",
    "绑定的卡{C}解绑不了", "card{C}", "我刚才用的是{C}号卡", "钱从{C}扣了但是U没到",
]


def g_card_glued_zh(r):
    num, br = card(r, pick(r, [None, "unionpay", "unionpay"]))
    exp = f"{r.randint(1, 12):02d}/{r.randint(25, 31)}"
    return [fill(pick(r, CARD_GLUED_T), C=num, EXP=exp)], [0], [CN]


def g_card_fullwidth(r):
    num, br = card(r)
    v = r.random()
    if v < 0.4:
        c = fw_digits(num)
    elif v < 0.7:
        c = "\u3000".join(fw_digits(x) for x in S.card_groups(num, br))
    elif v < 0.85:
        c = " ".join(fw_digits(x) for x in S.card_groups(num, br))
    else:
        k = r.randrange(4, len(num) - 4)
        c = num[:k] + fw_digits(num[k:])  # IME switched mid-number
    t = pick(r, ["卡号：{C}", "{C}", "银行卡号{C}", "我的卡{C}被扣款了", "卡号 {C} 持卡人王明", "card {C}",
                 "信用卡：{C}", "用的这张卡{C}", "卡號：{C}", "{C}这张卡被冻结"])
    return [fill(t, C=c)], [0], [CN]


EXP_FORMS = ["{m}/{y}", "{m}/20{y}", "{m}-{y}", "{m}{y}", "20{y}/{m}", "{m} / {y}", "20{y}年{m}月", "{m}/{y}"]


def g_card_expiry_cvv(r):
    brand = pick(r, [None, None, "amex", "visa", "mc", "unionpay"])
    num, br = card(r, brand)
    cvv = "".join(str(r.randrange(10)) for _ in range(4 if br == "amex" else 3))
    m, y = f"{r.randint(1, 12):02d}", f"{r.randint(25, 32)}"
    exp = fill(pick(r, EXP_FORMS), m=m, y=y)
    c = card_grouped_str(r, num, br) if r.random() < 0.6 else num
    t = pick(r, [
        "{C} {E} {V}", "{C}\nexp {E}\ncvv {V}", "card {C} exp {E} cvc {V}", "卡号：{C}\n有效期：{E}\n安全码：{V}",
        "{C} 有效期{E} 背面三位{V}", "number {C}, expiry {E}, security code {V}", "{C}|{E}|{V}",
        "Card: {C}  Exp: {E}  CVV: {V}", "卡号{C}有效期{E}CVV{V}", "{C} valid thru {E} code on back {V}",
        "visa {C} {E} cvv2 {V} name {NAME}", "{NAME}\n{C}\n{E}\n{V}", "信用卡 {C} 到期 {E} 验证码 {V}",
        "my card {C}, it expires {E} and the 3 numbers on the back are {V}", "卡號 {C} 有效期 {E} 安全碼 {V}",
    ])
    return [fill(t, C=c, E=exp, V=cvv, NAME=pick(r, NAMES))], [0], [CN, PW]


COMPLAINT_CARD = [
    "I bought 200 USDT with my card {C} on {DATE} and the money left my bank but nothing arrived in my wallet. order {ORDER}. this is theft!!",
    "你们这个平台太坑了 我用卡{C}充值了5000块 到现在都没到账 订单号{ORDER} 客服也不回",
    "My bank says the charge from your app is pending, card {C}, amount $350. I want a refund NOW.",
    "昨天晚上用{C}买币 扣了两次款 一共扣了3998元 请退一笔给我",
    "why was my card {C} charged 3 times?? I only clicked buy once. order {ORDER}",
    "投诉！卡号{C}被你们平台扣款后币没到，银行说商户已收款，订单{ORDER}，再不处理我就报警",
    "This is the 4th time I'm writing. Card {C}. 1000 EUR. No USDT. No reply. Unbelievable.",
    "卡{C}被冻结了 银行说是因为你们的交易 我现在工资都取不出来 你们负责吗",
    "Someone used my card {C} to buy crypto on your app, I never did that, please block it and refund",
    "我{DATE}在你们这用银行卡{C}买了USDT 钱扣了 钱包里没有 截图都有 麻烦尽快处理",
    "Refund to card {C} still not received after 14 days, you said 3-5 business days",
    "我是{NAME}，我的卡{C}昨天被扣了800但是显示交易失败，钱去哪了？？？",
    "The payment page took my card details ({C}) and then showed error 502, did you charge me or not",
    "你好，退款请退回原卡{C}，不要退到钱包，谢谢，这是第三次说了",
    "Card {C} declined 5 times in a row but my bank shows 5 holds of $100. fix it",
]


def g_card_complaint(r):
    num, br = card(r)
    c = num if r.random() < 0.5 else card_grouped_str(r, num, br)
    date = pick(r, ["March 3", "yesterday", "3月12号", "2024-05-18", "上周五", "last monday", "6/14", "前天"])
    return [fill(pick(r, COMPLAINT_CARD), C=c, DATE=date, ORDER=fake_order(r), NAME=pick(r, NAMES))], [0], [CN]


# --------------------------------------------------------------------------- passwords

PY_NAMES = ["zhangwei", "wangfang", "liuyang", "chenjie", "lixiaolong", "zhaolei", "huangmin", "wuhao", "zhouxin",
            "xuli", "sunmei", "maqiang", "hujun", "guoyan", "linfeng", "hezhi", "gaoyuan", "luobin", "zhengshuang",
            "liangchen", "songjia", "tangyi", "fengkai", "dengli", "xiaoming", "yuqing", "caiwen", "panlei"]
PY_WORDS = ["woaini", "aini", "qianbao", "facai", "baobao", "xiaobai", "laopo", "laogong", "tiantian", "kuaile",
            "meimei", "jiayou", "wodeqianbao", "zhuanqian", "shengli", "pingan", "xingfu", "xiaoyu", "dabai",
            "feifei", "nihao", "haoyun", "dage", "yiqifa", "wanshiruyi", "gongxi"]
LUCKY = ["1314", "520", "5201314", "888", "8888", "666", "6666", "168", "518", "999", "123", "0000", "1234",
         "2580", "147258", "369", "886", "9527", "1688", "3344"]
EN_PW_WORDS = ["sunshine", "dragon", "monkey", "shadow", "tiger", "princess", "football", "summer", "wallet",
               "crypto", "bitcoin", "moon", "lambo", "hodl", "angel", "mustang", "phoenix", "panda", "coffee",
               "butterfly", "rocket", "tpwallet", "cherry", "ocean", "galaxy", "pepper", "falcon", "ninja",
               "snoopy", "kitty", "marvel", "hunter", "diamond", "winter", "apple", "buster", "maverick"]
KEYBOARD = ["1qaz2wsx", "qwe123", "qwer1234", "asdf1234", "zxcvbnm", "1q2w3e4r", "qazwsx123", "!QAZ2wsx",
            "1qaz@WSX", "qweasdzxc", "asd123456", "abc123456", "aa123456", "a123456", "Aa123456.", "qwerty!@#",
            "zaq12wsx", "q1w2e3r4t5", "1234qwer", "abcd1234", "Abc@123", "asdfghjkl", "123qweasd", "112233aa"]
LEET = {"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"}
SYMS = "!@#$%&*._?"


def password(r):
    s = r.randrange(11)
    if s == 0:
        v = pick(r, PY_WORDS) + pick(r, LUCKY)
    elif s == 1:
        v = pick(r, PY_NAMES) + pick(r, [f"{r.randint(1975, 2005)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}",
                                         f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}", str(r.randint(70, 99)),
                                         pick(r, LUCKY)])
        if r.random() < 0.3:
            v = v.capitalize()
    elif s == 2:
        v = pick(r, EN_PW_WORDS).capitalize() + str(r.randint(1, 2025)) + pick(r, ["", "!", "@", "#", ".", "!!"])
    elif s == 3:
        v = pick(r, KEYBOARD) + pick(r, ["", "", str(r.randint(0, 99)), "!"])
    elif s == 4:
        alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789" + SYMS
        v = "".join(pick(r, alphabet) for _ in range(r.randint(8, 14)))
    elif s == 5:
        v = pick(r, [f"{r.randint(1975, 2005)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}",
                     "".join(str(r.randrange(10)) for _ in range(r.choice([6, 8]))),
                     str(r.randint(10, 99)) * 3, "147258369", "13572468"])
    elif s == 6:
        w = pick(r, EN_PW_WORDS)
        v = "".join(LEET.get(c, c) if r.random() < 0.6 else c for c in w).capitalize() + str(r.randint(10, 2024))
    elif s == 7:
        v = pick(r, ["Tp@", "tp", "TP#", "Tp", "tpwallet", "TPwallet_"]) + str(r.randint(100, 999999))
    elif s == 8:
        v = pick(r, EN_PW_WORDS) + pick(r, ["_", "", ".", "-"]) + pick(r, EN_PW_WORDS) + str(r.randint(1, 99))
    elif s == 9:
        v = pick(r, ["lh", "zw", "wm", "cj", "ly", "xl", "Lh", "ZW"]) + fake_phone(r)
    else:
        v = pick(r, ["I", "i", "My", "we"]) + pick(r, ["love", "Love", "miss"]) + pick(r, ["you", "U", "mom", "Lily", "money", "btc"]) + pick(r, LUCKY)
    return v


def pin(r, n=None):
    n = n or pick(r, [4, 6, 6, 6])
    v = r.random()
    if v < 0.15:
        d = str(r.randrange(10))
        return (d * n)[:n] if r.random() < 0.3 else "".join(str((int(d) + i) % 10) for i in range(n))
    if v < 0.3 and n == 6:
        return f"{r.randint(70, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"  # birthday yymmdd
    return "".join(str(r.randrange(10)) for _ in range(n))


def pay_password(r):
    return pin(r, 6) if r.random() < 0.75 else password(r)


EN_LABELS = ["password", "Password", "PASSWORD", "pwd", "PWD", "pw", "PW", "pass", "Pass", "passcode",
             "login password", "Login Password", "wallet password", "Wallet pw", "app password", "unlock password",
             "account password", "acc pw", "passwd", "pword", "login pw", "tp password", "TP wallet password",
             "wallet pass", "pswd", "psw", "Pwd", "new password", "old password", "current password", "pass code"]
SEPS = [":", ": ", " : ", "：", "： ", " = ", "=", " - ", " -> ", " => ", ":  ", " :", " >> ", ":\n", " — ", "::"]
FRAMES_EN = [
    "{S}", "{S}", "{S}\nplease help", "email: {EMAIL}\n{S}", "hi, i can't log in. {S}", "{S} — still says wrong",
    "account {EMAIL} {S}", "username {USER}\n{S}", "{S}. can you reset it?", "just so you know {S}",
    "{S} pls fix asap", "phone {PHONE}, {S}", "{S}\n(android, version 2.3.1)", "login: {EMAIL}\n{S}\nthanks",
    "{S}\nsent from my iPhone", "Hello team, {S}. Kindly assist.", "id {USER} {S} locked out since monday",
    "{S} and my email is {EMAIL}", "Device: Xiaomi 13\n{S}", "{S} 😭",
]
FRAMES_ZH = [
    "{S}", "{S}", "{S}，帮我看看为什么登不上", "账号{PHONE} {S}", "你好 {S}", "{S} 一直提示错误", "手机号：{PHONE}\n{S}",
    "{S}\n麻烦尽快处理", "客服 {S} 进不去了", "{S}，是不是被人改了", "邮箱{EMAIL}\n{S}", "{S} 谢谢🙏",
    "我的账号是{USER}，{S}", "{S}。钱包打不开了", "您好，{S}，请帮忙查一下", "{S} 急!!!",
]


def frame(r, s, zh=False):
    t = pick(r, FRAMES_ZH if zh else FRAMES_EN)
    return fill(t, S=s, EMAIL=fake_email(r), PHONE=fake_phone(r), USER=fake_user(r))


def g_pw_label_separator_en(r):
    s = pick(r, EN_LABELS) + pick(r, SEPS) + password(r)
    return [frame(r, s)], [0], [PW]


def g_pw_label_bare_en(r):
    lab = pick(r, EN_LABELS)
    v = password(r)
    s = pick(r, ["{L} {V}", "{L}  {V}", "{L}\n{V}", "{L} {V}", "{L}\t{V}", "{V} {L}"])
    s = fill(s, L=lab, V=v)
    t = pick(r, ["{S}", "email {EMAIL} {S}", "user {USER} {S}", "{S} not working", "my {S} ok?", "acct {PHONE} {S}",
                 "{S} pls check", "login {EMAIL}\n{S}", "{S} help"])
    return [fill(t, S=s, EMAIL=fake_email(r), USER=fake_user(r), PHONE=fake_phone(r))], [0], [PW]


MISSPELT = ["pasword", "passwrod", "passowrd", "pssword", "paswd", "passward", "pasward", "passsword", "passwor",
            "possword", "pqssword", "passwprd", "oassword", "passwrd", "pawssord", "passwod", "psasword", "PASWORD",
            "Pasword", "pass word", "pass-word", "passcod", "pascode", "login pasword", "walet password",
            "wallet passwrd", "paaword", "passworf", "passeord", "pasaword", "passqord", "pasword", "passwoed",
            "Passwrod", "loging password", "pw d", "passwaord", "pasrword", "pasword:", "PASSWRD"]


def g_pw_label_misspelled(r):
    lab = pick(r, MISSPELT)
    v = password(r)
    sep = "" if lab.endswith(":") else pick(r, SEPS + [" ", " is ", " ", " was "])
    s = lab + sep + (" " if lab.endswith(":") else "") + v
    return [frame(r, s)], [0], [PW]


ZH_LABELS = ["密码", "登录密码", "登陆密码", "钱包密码", "解锁密码", "账户密码", "账号密码", "app密码", "TP密码",
             "密碼", "登入密碼", "口令", "钱包口令", "原密码", "旧密码", "新密码", "我的密码", "钱包的密码",
             "APP登录密码", "应用锁密码", "邮箱密码", "tp钱包密码", "錢包密碼"]
ZH_SEPS = ["：", ":", "是", " ", "为", "：  ", "是：", " 是 ", "=", "就是", "->", "是 ", "：\n", "设置的是", "我设的"]


def g_pw_label_zh(r):
    s = pick(r, ZH_LABELS) + pick(r, ZH_SEPS) + password(r)
    return [frame(r, s, zh=True)], [0], [PW]


HOMO = ["蜜码", "密马", "米码", "秘码", "觅码", "密玛", "蜜马", "咪码", "迷码", "密🐎", "密🐴", "mima", "mi ma", "MM",
        "秘马", "米马", "密麻", "蜜麻", "幂码", "密吗", "秘密码", "mm"]
HOMO_PRE = ["", "", "", "登录", "登陆", "钱包", "支付", "交易", "只付", "直付", "登路", "前包", "钱宝", "灯录", "交义", "解所"]


def g_pw_zh_homophone(r):
    lab = pick(r, HOMO_PRE) + pick(r, HOMO)
    v = pay_password(r) if ("付" in lab or "交" in lab) else password(r)
    s = lab + pick(r, ZH_SEPS + ["是", "是", "："]) + v
    return [frame(r, s, zh=True)], [0], [PW]


MY_PW_IS = [
    "my password is {V}", "My password is {V}", "my pw is {V}", "my pass was {V} before the update",
    "the password i set is {V}", "the password I use is {V}", "password i made was {V}",
    "my wallet password should be {V}", "my login password is {V} but it doesn't work", "i set my password as {V}",
    "my passcode is {V}", "i'm pretty sure my password is {V}", "mypassword is {V}", "my password is: {V}",
    "My password's {V}", "the pass for my tp wallet is {V}", "password for the app is {V}",
    "my old password was {V} and the new one is {V2}", "I changed my password to {V} yesterday",
    "my password has always been {V}", "my 密码 is {V}", "the pw im using is {V}", "my password its {V}",
    "my pasword is {V}", "My PW is {V}", "the password on my account is {V}", "my password = {V}",
    "my wifes password is {V} and mine is {V2}", "password of my wallet is {V}", "mine is {V}, the password i mean",
]


def g_pw_my_password_is(r):
    t = pick(r, MY_PW_IS)
    s = fill(t, V=password(r), V2=password(r))
    pre = pick(r, ["", "", "", "hi ", "hello, ", "ok ", "sorry ", "listen, ", "fyi "])
    post = pick(r, ["", "", "", " why cant i log in", ". help", " !!", "\nplease check", " and it says incorrect"])
    return [pre + s + post], [0], [PW]


VALUE_IS_PW = [
    "{V} is my password", "{V} is the password", "{V} that's my pw", "{V} — that's the password i always use",
    "{V} = password", "{V} <- password", "{V}\nthat's my password btw", "{V} is my login pass", "{V}是我的密码",
    "{V} 就是我的登录密码", "{V}这个是钱包密码", "{V} 是密码", "{V} (my password)", "{V} was my password until today",
    "{V} should be the password", "{V} 这个就是我设置的密码啊", "{V}是我钱包的解锁密码 没错的", "{V} is my pw for tp",
    "{V} — pass", "{V} 是我的登录密码吗？还是另一个", "{V} is what i use to unlock", "{V}这个密码不对吗",
    "{V} my password", "{V}是我在你们app的密码", "{V} is definitely the right password",
]


def g_pw_value_is_my_password(r):
    return [fill(pick(r, VALUE_IS_PW), V=password(r))], [0], [PW]


USE_LOGIN = [
    "use {V} to log in", "you can log in with {V}", "i log in with {V} every day", "try {V} to sign in",
    "sign in using {V}", "I unlock the app with {V}", "login with {V} then go to assets", "just type {V} and it opens",
    "用{V}登录", "用 {V} 登录就行", "输入{V}就能进去", "我每次都是用{V}解锁的", "我一直用{V}登录 今天突然不行了",
    "{V}登录不了", "拿{V}登一下试试", "log in w/ {V}", "open it with {V}", "enter {V} on the unlock screen",
    "账号{PHONE} 用{V}就能登", "you can access my account using {V}", "my account: {EMAIL}, get in with {V}",
    "i always get in with {V} but today error", "用{V}打开钱包就行了你们帮我看看", "type {V} when it asks",
    "进去用{V}", "{EMAIL} / log in using {V}", "you'll need {V} to open it", "输入 {V} 解锁",
]


def g_pw_use_to_login(r):
    return [fill(pick(r, USE_LOGIN), V=password(r), PHONE=fake_phone(r), EMAIL=fake_email(r))], [0], [PW]


PIN_T = [
    "PIN: {P}", "pin {P}", "my pin is {P}", "PIN code {P}", "the 6 digit pin is {P}", "unlock pin {P}",
    "app lock pin = {P}", "{P} is my pin", "PIN码：{P}", "pin码是{P}", "解锁码 {P}", "6位数字密码 {P}", "我的pin {P}",
    "card pin {P}", "银行卡密码 {P}", "取款密码{P}", "security pin: {P}", "passcode {P}", "锁屏密码{P}",
    "face id not working so i use pin {P}", "pin is {P} but it says wrong pin 3 times", "PIN = {P}",
    "我设置的6位数是{P}", "ATM pin {P}", "the pin i chose was {P}", "解锁PIN {P} 输错太多次被锁了",
    "pin {P} (my birthday)", "四位数密码{P}", "手机解锁密码{P}", "wallet pin {P}",
]


def g_pw_pin(r):
    return [fill(pick(r, PIN_T), P=pin(r))], [0], [PW]


PAY_T = [
    "支付密码：{V}", "支付密码是{V}", "交易密码 {V}", "资金密码{V}", "提币密码：{V}", "二级密码 {V}", "安全密码是{V}",
    "转账密码{V}", "payment password: {V}", "transaction password {V}", "fund password is {V}", "trade pw {V}",
    "withdrawal password {V}", "my payment pin {V}", "交易密碼：{V}", "支付密码 6位 {V}", "付款密码{V}",
    "transfer password {V}", "我的交易密码是{V}", "转账时候输的{V}", "payment pwd {V}", "支付密码{V}一直错",
    "tx password = {V}", "提现密码 {V}", "资金密码为{V}，登录密码另一个", "signing password {V}",
]


def g_pw_payment_password(r):
    s = fill(pick(r, PAY_T), V=pay_password(r))
    zh = any("\u4e00" <= c <= "\u9fff" for c in s)
    return [frame(r, s, zh=zh)], [0], [PW]


CVV_T = [
    "CVV: {C}", "cvv {C}", "CVV2 {C}", "CVC {C}", "cvc code {C}", "security code {C}",
    "the 3 digits on the back are {C}", "3 digits on the back of the card: {C}", "back of card says {C}",
    "the three numbers on the back {C}", "卡背面三位数是{C}", "背面那三个数字 {C}", "安全码{C}", "CVN2：{C}",
    "卡背后3位数 {C}", "卡片背面签名栏后三位：{C}", "信用卡安全码 {C}", "cvv是{C}", "the code on the back {C}",
    "card verification value {C}", "card ending {L4}, cvv {C}", "卡尾号{L4} 安全码{C}", "cvv number is {C}",
    "它要我输背面的三位数 我输的{C}", "the little number on the back ({C})", "CVV:{C} exp {EXP}",
    "卡背三位码{C}", "cvv {C} and it still says payment failed", "安全码（背面三位）：{C}", "cvc2={C}",
]
CVV4_T = ["Amex CID {C}", "the 4 digits on the front above the number: {C}", "amex security code {C}",
          "运通卡正面4位安全码{C}", "CID: {C}"]


def g_pw_cvv_code(r):
    if r.random() < 0.12:
        c = "".join(str(r.randrange(10)) for _ in range(4))
        t = pick(r, CVV4_T)
    else:
        c = "".join(str(r.randrange(10)) for _ in range(3))
        t = pick(r, CVV_T)
    s = fill(t, C=c, L4="".join(str(r.randrange(10)) for _ in range(4)),
             EXP=f"{r.randint(1, 12):02d}/{r.randint(25, 31)}")
    post = pick(r, ["", "", "", " pls check", "，帮我看看", "\nwhy declined", " 支付失败", " ok?"])
    return [s + post], [0], [PW]


# statement builders used inside complaints / offers / quotes / comments
def pw_statement(r, v, zh):
    if zh:
        return pick(r, [
            pick(r, ZH_LABELS) + pick(r, ["：", "是", " "]) + v, f"我的密码是{v}", f"密码{v}", f"{v}是我的密码",
            f"用{v}登录", f"登录密码 {v}", f"支付密码是{v}", f"交易密码{v}"])
    return pick(r, [
        pick(r, EN_LABELS) + pick(r, [": ", " ", " = "]) + v, f"my password is {v}", f"{v} is my password",
        f"i log in with {v}", f"password {v}", f"my pw: {v}", f"the password is {v}"]
                + ([f"pin {v}", f"PIN: {v}"] if v.isdigit() else []))


OPEN_EN = ["I've been waiting 3 days and nobody answers.", "This is the worst support ever.",
           "My USDT disappeared from my wallet last night!!", "I sent 500 USDT to an exchange and it never arrived.",
           "the app keeps crashing when i open it.", "Someone changed my password and now I cannot get in.",
           "I was scammed by a fake support account on telegram.", "Why is my account frozen?",
           "I can't withdraw anything since the update", "my wallet shows zero but yesterday I had 2 ETH",
           "hello?? is anyone there", "I am very angry right now.", "URGENT", "third time asking.",
           "my swap failed and the tokens are gone", "you people locked me out of my own wallet"]
NOISE_EN = ["tx: {TX}", "order number {ORDER}", "my address {ADDR}", "amount 1,250 USDT", "time 2024-03-12 14:22",
            "phone: iPhone 13, iOS 17", "app version 1.8.4", "TRON address {TRX}", "it was around 9pm",
            "network BSC", "I already restarted the phone twice", "screenshot attached"]
CLOSE_EN = ["Fix this now or I'm reporting you.", "please reply asap", "I need my money back.", "thank you",
            "I'm losing my mind here", "help!!!", "do something", "waiting for your reply", "😡😡😡", ""]
OPEN_ZH = ["等了三天了都没人回", "你们这客服太差了", "我的U昨晚全没了！！", "转了500U到交易所一直没到账",
           "app一打开就闪退", "有人改了我的密码 现在登不进去", "在电报上被假客服骗了", "为什么我账户被冻结了",
           "更新以后一直提不了币", "昨天还有2个ETH今天变成0了", "有人吗？？", "我现在非常生气", "急急急",
           "第三次问了", "兑换失败币也没了", "我自己的钱包把我锁在外面"]
NOISE_ZH = ["交易哈希{TX}", "订单号{ORDER}", "我的地址{ADDR}", "金额1250U", "时间是3月12号下午两点", "手机是华为mate60",
            "版本1.8.4", "波场地址{TRX}", "大概晚上九点", "走的BSC链", "手机重启两次了", "截图我发了"]
CLOSE_ZH = ["赶紧处理不然我投诉", "请尽快回复", "我要把钱拿回来", "谢谢", "我快疯了", "救命啊", "你们倒是管管啊",
            "等你们回复", "😡😡", ""]


def g_pw_in_complaint(r):
    zh = r.random() < 0.5
    v = pay_password(r) if r.random() < 0.25 else password(r)
    O, N, C = (OPEN_ZH, NOISE_ZH, CLOSE_ZH) if zh else (OPEN_EN, NOISE_EN, CLOSE_EN)
    parts = [pick(r, O)]
    for x in r.sample(N, r.randint(1, 3)):
        parts.append(fill(x, TX=fake_txhash(r), ORDER=fake_order(r), ADDR=fake_eth_addr(r), TRX=fake_tron_addr(r)))
    pos = r.randint(1, len(parts))
    parts.insert(pos, pw_statement(r, v, zh))
    parts.append(pick(r, C))
    parts = [p for p in parts if p]
    if zh:
        style = r.random()
        if style < 0.35:  # run-on, no punctuation at all
            msg = ""
            for p in parts:
                p = p.rstrip("！!？?。，,")
                if msg and msg[-1].isascii() and msg[-1].isalnum() and p[0].isascii() and p[0].isalnum():
                    msg += " "  # people still hit space between two latin tokens
                msg += p
            if msg.count(v) != 1:
                msg = " ".join(parts)
        elif style < 0.7:
            msg = "，".join(p.rstrip("！!？?。，,") for p in parts)
        else:
            msg = " ".join(parts)
    else:
        msg = pick(r, [" ", "\n", ". ", " "]).join(parts)
    return [msg], [0], [PW]


OFFER_EN = ["can I tell you my password?", "do you need my password to check?", "should i send my pw here",
            "i'll give you my login so you can check", "ok here's my password", "is it safe to send password here?",
            "the password is below", "wait i'll type the password", "you want the pin?", "here's the payment pin",
            "want me to send my password so you can look?", "i can share my pw if that helps", "password?",
            "do u need the pass", "how do i prove it's my account, password?", "I'll just send you the password",
            "what about the cvv, do you need that", "ok sending you the login details"]
OFFER_ZH = ["密码要发给你吗", "我把密码告诉你吧", "要密码吗？", "支付密码也要吗", "我发你密码你帮我登一下",
            "密码我发这里安全吗", "需要我的登录密码吗", "那我把密码给你", "要不要我说一下交易密码", "密码在下面",
            "卡背面的数字也要发吗", "我把pin码发你"]
REPLY_EN = ["{V}", "it's {V}", "{V} ", "{V} (case sensitive)", "{V}\n\nplease hurry", "ok {V}", "{V} that's it",
            "password: {V}", "here: {V}", "{V}\nuser is {EMAIL}"]
REPLY_ZH = ["{V}", "是{V}", "{V} 这个", "{V}，大小写注意", "密码：{V}", "就是{V}", "{V}\n快点帮我弄"]


def g_pw_after_offer_or_question(r):
    zh = r.random() < 0.4
    kind = r.random()
    if kind < 0.15:
        v = "".join(str(r.randrange(10)) for _ in range(3))
        offer = pick(r, ["what about the cvv, do you need that", "the code on the back too?", "卡背面的数字也要发吗",
                         "and the security code?", "安全码要吗"])
    elif kind < 0.35:
        v = pin(r)
        offer = pick(r, ["you want the pin?", "here's the payment pin", "我把pin码发你", "支付密码也要吗",
                         "do you need my 6 digit code", "要不要我说一下交易密码"])
    else:
        v = password(r)
        offer = pick(r, OFFER_ZH if zh else OFFER_EN)
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in offer)
    reply = fill(pick(r, REPLY_ZH if zh else REPLY_EN), V=v, EMAIL=fake_email(r))
    shape = r.random()
    if shape < 0.6:
        return [offer, reply], [1], [PW]
    if shape < 0.75:
        return [offer, pick(r, ["one sec", "等下", "hold on", "finding it"]), reply], [2], [PW]
    if shape < 0.9:
        return [offer, reply, pick(r, ["did you get it?", "oh wait should i not have sent that", "收到了吗",
                                      "please delete after", "发了 你看一下"])], [1], [PW]
    pre = pick(r, ["hi my wallet is locked", "我登不上了", "it says wrong password every time", "账号被锁了"])
    return [pre, offer, reply], [2], [PW]


QUOTES = [("\"", "\""), ("'", "'"), ("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("`", "`"), ("``", "``"),
          ("【", "】"), ("<", ">"), ("«", "»"), ("\"", "\"")]


def g_pw_quoted(r):
    v = password(r) if r.random() < 0.8 else pin(r)
    o, c = pick(r, QUOTES)
    q = o + v + c
    t = pick(r, ["password is {Q}", "密码是{Q}", "i typed {Q} exactly", "{Q}是我的密码", "pw: {Q}", "my password {Q}",
                 "password {Q} without the quotes", "登录密码{Q}", "the password {Q} doesnt work", "{Q} is the pw",
                 "支付密码 {Q}", "I set it to {Q}", "密码为{Q}，不包括引号", "pass = {Q}", "用{Q}登录不了",
                 "try {Q}", "it's {Q} with the capital", "密碼：{Q}"])
    return [frame(r, fill(t, Q=q), zh=any("\u4e00" <= ch <= "\u9fff" for ch in t))], [0], [PW]


def trailing_comments(v):
    cs = [" i think", " if i remember right", " or something like that", " not sure about the last digit",
          " lol", " 好像是", " 应该是这个吧", " 没记错的话", " 大小写不确定", " no spaces", " exactly like that",
          " (i think)", "?? maybe", " i'm like 90% sure", " or the same with ! at the end"]
    if any(c.isalpha() for c in v) and v == v.lower():
        cs += [" all lowercase", " 全小写", " all small letters", " no caps"]
    if v[:1].isupper():
        cs += [" capital first letter", " (capital " + v[0] + ")", " 首字母大写", " with the big " + v[0]]
    if "0" in v:
        cs += [" the 0 is a zero not O", " 里面是数字0不是字母o"]
    if v[-1:] in SYMS:
        cs += [" with the " + v[-1] + " at the end", " 最后有个符号"]
    if v.isdigit():
        cs += [" all numbers", " 全是数字", " six digits"]
    return cs


def g_pw_trailing_comment(r):
    v = password(r) if r.random() < 0.8 else pin(r)
    zh = r.random() < 0.35
    s = pw_statement(r, v, zh)
    # put the comment right after the value
    s = s.replace(v, v + pick(r, trailing_comments(v)), 1) if s.endswith(v) else s + pick(r, trailing_comments(v))
    return [s], [0], [PW]


# --------------------------------------------------------------------------- handwritten
# Written by hand for this split. {SLOTS} are filled with fresh real secrets per case; passwords,
# PINs and CVVs in the password lists are literal (invented by hand). An entry is either one
# message (str) or (messages, secret_at).

HW_PHRASE = [
    "PLEASE HELP my wallet is EMPTY!!! i had {EN12} written on paper in my drawer, did someone steal it??",
    "omg omg omg i think i got hacked 😱😱 my words were {EN12} pls tell me you can freeze it",
    "ok so i wrote them like this\n{EN12N}\nand now it says invalid mnemonic WHY",
    "bro {EN12} this is the phrase tp gave me in 2021 and now nothing works 😤",
    "hi sir, my seed is {EN12} kindly revert urgent my 4000 usdt missing",
    "I DONT KNOW WHAT HAPPENED i only clicked a link in the group and then i typed {EN12} and everything gone",
    "sorry for my english. the word is {EN12}. please return money",
    "{EN12}\n\n\nplease please please",
    "hey is this normal?? the app asked me to verify my wallet and i entered {EN12} then my balance became 0",
    "my dad passed away and left a note with {EN24} on it. how can we get into his wallet? we are desperate",
    "i remember {ENP} and theres more but the paper fell in the sink 😭😭",
    "Support pls!!! {EN12C} <- copied from my notes app, import fails every single time",
    "what the hell is going on.\n{EN12L}\nthat is my seed and it worked last week",
    "助记词是 {EN12} 求求你们帮我看看 币都没了",
    "wallet recovery phrase -- {EN12} -- I'm on android, tp version latest, 1.2k usdt gone",
    "i swear i didnt give it to anyone except the guy from support yesterday… {EN12}",
    "can u check?? {EN12} also is it possible to change the words like a password??",
    "{EN24} thats 24 right? i counted twice, import still broken",
    "someone in the telegram group said to send the phrase here for the airdrop: {EN12}",
    "lol my cat walked on the keyboard but i think its {EN12} 😅 cant login tho",
    "Words: {EN12}. Wallet name: main. Lost access after resetting the phone. Kindly help, I have kids 🙏",
    "Hello, is my wallet still safe if I type {EN12} in the chrome extension that popped up?",
    "{EN12} (pls dont share this with anyone i trust you guys)",
    "its 12 words\n{EN12N}\nIM SO STRESSED",
    "ok i found the card!\n{EN12L}",
    "im typing from my wife's phone. the seed is {EN12} pls help before the scammer moves the rest",
    "Need to recover fast, airport wifi, phrase: {EN18}",
    "the only thing i have is {ENP}, is that enough or am i screwed",
    "i think the 7th is wrong? {EN12}",
    "Friend told me tp support can recover with the words so here: {EN12}. Thanks in advance!!",
    "客服救命啊！！我的助记词{ZH12}导进去什么都没有了😭😭😭",
    "我老婆把助记词抄成这样 {ZHJ} 你看看对不对 急",
    "这是我的助记词 {ZH12} 麻烦帮我看一下是不是被盗了 里面有3万U",
    "{ZHJ}\n就这几个字 导入一直说无效 搞了一下午了",
    "有个自称官方的人叫我把助记词{ZH12}填到一个网址里 然后币就没了 你们能追回来吗",
    "我的助記詞是{ZHT} 請問怎麼恢復 錢包裡面的USDT不見了",
    "助記詞：{ZHTJ}\n拜託幫幫我",
    "你好 我手机摔坏了 只记得助记词{ZH12} 新手机上导入出来的地址不一样 是怎么回事",
    "我妈的钱包 {ZH12} 她不会弄 让我来问问",
    "快快快 {ZHJ} 帮我转移资产 有人在盗我的币",
    "中文助记词 {ZH12} 是这样吗 为什么和英文的不一样",
    "my words are chinese: {ZH12} can english support read it? pls",
    "我抄了两份 一份是{ZH12} 另一份找不到了",
    "{ZH12} 助记词 钱没了 报警有用吗",
    "幫我看一下 {ZHT}，是不是少了一個字",
    "昨晚喝多了 把助记词{ZHJ}发到了一个群里 今天早上币全没了 求求你们",
    (["wait i need to send it in 2 parts my phone is weird", "{A}", "{B}"], [1, 2]),
    (["{A}", "{B} sorry it got cut"], [0, 1]),
    (["助记词前半部分 {ZA}", "后半部分 {ZB}"], [0, 1]),
    (["{P1}", "{P2}", "{P3} thats all of them"], [0, 1, 2]),
    (["ok here", "{A}", "hold on", "{B}"], [1, 3]),
    (["我的助记词", "{ZA}", "{ZB}", "帮我恢复"], [1, 2]),
    (["my seed phrase starts with {A}", "and ends with {B}"], [0, 1]),
    (["前六个是{ZA}", "后面是{ZB} 应该没错"], [0, 1]),
    "NO NO NO i just saw my usdt moving out!!! {EN12} freeze it freeze it",
    "Ma'am, my phrase: {EN12}. Transaction not going. Please do the needful.",
    "so like... i put {EN15} into trust wallet and it shows a different address than tp?? are they different wallets",
    "I backed up like this: {EN12C} is commas a problem?",
    "{EN12} ←←← this is it, the whole thing, i have nothing else",
    "Guys this is serious. {EN24}. 5 BTC. Do NOT ignore.",
    "hello! newbie here 🙋 is this how the phrase looks? {EN12}",
    "i'm blind in one eye so might be typos: {EN12}",
    "got a popup 'wallet sync required' and entered {EN12} was that you guys?",
    "pls tell me if {ENP} matches my wallet, i lost the rest of the paper",
    "i saved it in my email drafts as {EN12} and now my email got hacked too 😩",
    "帮忙 {EN12} 这个是英文助记词 导入tp提示错误",
    "my 12: {EN12}",
    "我把助记词截图存相册了 现在打字发你 {ZH12} 相册好像被人看过",
    "Here you go {EN12} now can you send my funds back to my binance",
    "歪 客服在吗 {ZHJ} 我的 帮我看看还在不在",
    "the seed phrase for my ledger is {EN24} can tp import it?",
    "what does 'invalid checksum' mean, I typed {EN12}",
]

HW_KEY = [
    "HELP my metamask private key is {HEX} and i just saw all my ETH leave 😱 can you stop it",
    "privat key {HEX0x} pls import it for me i dont know how",
    "i exported the key like the video said: {HEX} now what",
    "someone asked for my 'wallet secret' and i sent {HEX} to him... was that bad?",
    "私钥是这个{HEX} 导入了提示无效 是不是少了0x",
    "我把私钥{HEX0x}发给了一个说能帮我解冻的人 现在钱没了",
    "my phantom key {SOL} pls check if my SOL is there",
    "solana pk: {SOL} — tp says 'invalid format'?!",
    "i have this file with numbers: {SOLJ} what is it lol my brother left it",
    "{SOLJ32} is this my solana wallet? got it from a python script",
    "old btc wallet key from 2014!!! {WIF} please tell me there's still coins",
    "my electrum gave me {ZPRV} can i import that here",
    "xprv for my trezor account is {XPRV} its not importing",
    "keystore below, password is the same as my email one\n{KS}",
    "{HEX}\n\n^ private key\nv address\n{ADDR}",
    "URGENT pk: {HEX} the hacker is draining it right now!!!",
    "wallet key {HEX} and my tron address is {TRX}",
    "hey i think this is the private key? {HEX} it was in a txt file on my desktop named 'DONT DELETE'",
    "钱包被盗了 私钥{HEX} 你们能查到是谁转走的吗",
    "私钥给你们 {HEX0x} 帮我把USDT转到新钱包 地址{ADDR2}",
    "the dev told me to paste my pk in the bot: {HEX} and now the bot owns my wallet??",
    "my sol key {SOL}\n\nmy eth key {HEX}\n\nplease check both",
    (["i split it cause its long {HEXA}", "{HEXB}"], [0, 1]),
    (["key part 1", "{HEXA}", "part 2 {HEXB}"], [1, 2]),
    "導出的私鑰 {HEX} 怎麼用",
    "privkey={HEX};addr={ADDR} copied from my config file",
    "here's my keystore json cuz i forgot the password {KS}",
    "imported {WIF} into tp btc wallet and it shows 0.0000 — where did my btc go",
    "Phantom → settings → show private key → {SOL} correct?",
    "is {ZPRV} a seed? it starts with zprv and i'm confused",
    "{YPRV}\nfrom samourai backup",
    "we are a company and our treasury key {HEX} got leaked we need help immediately",
    "i asked chatgpt and it said this is a private key {HEX} is that true",
    "pls dont laugh i wrote my key on a napkin {HEX}",
    "bro my key {HEX0x} wtf happened to my BNB",
    "这个是不是私钥啊 {SOLJ} 朋友给的说里面有币",
    "TP里导出来的私钥 {HEX}，我复制到欧易导入失败",
    "{XPRV} — master key from iancoleman, offline i promise",
    "ok i give up, here is everything: {HEX} do whatever you need",
    "solflare json: {SOLJ}",
    "my bot wallet's secret key (uint8): {SOLJ32}",
    "私钥 {WIF} 比特币的 老钱包 还能用吗",
    "這是我的私鑰 {HEX0x} 錢不見了",
    "i found this in my notes '{HEX}' next to 'tp main' so i guess its my key?",
    "Sir I am sending key {HEX} only for you to check balance. Please not take.",
    "can you tell me which chain this key belongs to {HEX}",
    "{KS}\n\nthis is from myetherwallet 2017 can i still use it",
    "key {HEX} — i already moved what was left but check if tokens remain",
    "私钥{HEX}地址{ADDR}全部资产被转 求助",
    "hey there, the import thingy wants a 'private key', i have this {SOL} does that work?",
    "wtf is an xprv. i have {XPRV} and it doesnt look like a seed",
    "{WIF} <- from a paper wallet my grandpa gave me for christmas 2013 🎄",
    "PLEASE. {HEX}. I have 2 hours before the position gets liquidated.",
    "so the scammer had my pk {HEX0x} and I still have the wallet open, can I race him?",
    "我朋友说私钥可以代替助记词 那我发私钥 {HEX} 你们帮我恢复",
    (["导出私钥了", "{HEX}", "然后怎么办"], [1]),
    (["is this right", "{SOL}"], [1]),
    "i saved this as 'key.txt' {SOLJ} i think its for my trading bot",
    "{HEX} is my private key and {HEX2} is my other one",
    "電報上的客服讓我把私鑰{HEX}發過去 是你們嗎？",
    "My company's hot wallet: {HEX0x} we suspect an insider",
]

HW_CARD = [
    "i paid with my visa {CARDG} and the usdt never came!!! 😡😡 where is my money",
    "card {CARD} charged TWICE for the same order. i want refund now",
    "我用招行信用卡{UP}买的U 钱扣了币没到 都三天了",
    "my card got blocked after buying here, number {CARDG} exp {EXP} — who do i call",
    "{CARDG} {EXP} {CVV} this is the card i tried, it keeps failing at 3D secure",
    "hello i want to buy 500 usdt, my card is {CARD} what do i do next",
    "卡号{UP}被盗刷了 是不是你们平台泄露的",
    "pls refund to {CARDG} (mastercard). Order number below",
    "Card: {CARDG}\nExpiry: {EXP}\nCVV: {CVV}\nplease process manually the app is bugged",
    "the bank called and said fraud on {CARD}?? i only used it on your app!",
    "AMEX {AMEX} — does your app even accept amex? it just spins",
    "我的银行卡{UP}，姓名王磊，麻烦把钱退回来",
    "{CARDFW} 这张卡被你们扣了钱",
    "unionpay {UP} not supported?? every chinese person has unionpay wtf",
    "my gf used my card {CARDG} without asking to buy shiba 🙄 can i reverse it",
    "I gave the agent my card {CARD} and cvv {CVV} on whatsapp, was that you guys???",
    "卡号：{UP}\n有效期：{EXP}\n背面三位：{CVV}\n你们客服让我发的",
    "can u check if card {CARDG} is linked to my account, i want to remove it",
    "信用卡{CARDG}买币失败了三次 银行说被风控了",
    "Refund status? card {CARD}, amount 199.99, date 5/3",
    "{CARD} is the card. {EXP} is the date. please just charge it i need the usdt fast",
    "wait did i just put my card {CARDG} into a fake site? it looked like yours 😰",
    "卡{UP}被冻结了 说涉嫌洗钱 我就在你们这买了一次U啊",
    "visa ending... no actually full number is {CARD} if you need it",
    "Why does it say 'card not supported' for {CARDG}? its a normal debit card",
    "退款到卡号{UP}上，不要退到钱包 谢谢",
    "the virtual card you issued me {CARDG} {EXP} cvc {CVV} got declined on amazon",
    "我的卡号是{CARDFW}，扣款两次",
    "my mom's card {CARDG} was used, she's 72 and didn't buy any crypto. explain.",
    "卡号 {CARDG} 户名 李娜 开户行 工行深圳分行 退款打这里",
    "Charged 3x on {CARD}!!! ARE YOU KIDDING ME",
    "here is the card {CARDG} i put expiry {EXP} is it right format",
    "用的是{UP}这张卡 微信也绑了 会不会被盗",
    "sorry for bothering, card number {CARD}, can you check if payment went thru? 🙏",
    "信用卡号{CARD}有效期{EXP}安全码{CVV}帮我充值一下 我自己弄不来",
    "{CARDG}\nthis card. blocked. why.",
    "the digits are {CARD} and the bank says merchant is 'TPW*SERVICES' is that you?",
    "I'm filing a chargeback on {CARDG} unless someone answers today",
    "卡號{CARDG}被扣了錢但沒收到幣",
    "tried card {CARD} exp {EXP} three times, each time 'risk control', i'm not a robot!!",
    "my card {AMEX} amex platinum, charge declined but pending $2000",
    "可以用{UP}这张借记卡买吗？",
    "pls help my card {CARDG} is frozen and my rent is due tomorrow 😭",
    "你们那个充值页面我填了卡号{UP}然后就跳到一个奇怪的页面了",
    "card# {CARD} cvv {CVV} — the scammer has this, block everything",
    "Ich habe mit Karte {CARDG} bezahlt, kein USDT erhalten!!",
    "ok the card: {CARD}. name on card: TAN WEI MING. Singapore.",
    "{UP}这张卡显示交易失败但是钱扣了 银行说三到七个工作日 真的假的",
    "i think my card {CARDG} got skimmed on your site, there's a charge from Lagos now",
    "My debit {CARD} - overdraft because of your double charge. fees too. I want compensation",
    "把我卡{UP}里的钱退回来！！！骗子平台",
    "card no {CARDG} — i never authorized the subscription",
    "帮我查一下这张卡{CARDG}有没有绑定在我账户上",
    "I used two cards: {CARD} and {CARD2}, both charged, zero usdt",
    "the card thing said 'enter card' so i entered {CARDG} {EXP} then it asked for my seed?? is that normal",
    "我的visa卡{CARDG}在你们这买币被拒了好几次",
    (["refund to this card pls", "{CARDG}"], [1]),
    (["卡号发你", "{UP}", "有效期{EXP}"], [1]),
    (["card number?", "{CARD}", "and cvv {CVV}"], [1, 2]),
    "{CARDFW}\n{EXP}\n这是我的卡 帮我看看能不能用",
    "my card is {CARDG} it was charged 1 cent as 'verification' then 499 dollars!!",
]

HW_PASSWORD_EN = [
    "HELP!!! someone logged into my wallet and took everything. my password was Maggie2016! and i never shared it with anyone",
    "i forgot if my pw is sunflower88 or Sunflower88 can u check which one",
    "pls reset my acc. email is jenny.w84@gmail.com pw JennyW#1984",
    "ok so the app asks for password and i type tiger1975 and it says wrong. I KNOW its tiger1975 😭😭",
    "bro my unlock pass is 7788abc why it not open",
    "Can you verify my account? Username: cryptoking_99 / Password: K1ngOfCrypt0$",
    "its asking for 6 digit pin i set 090807 but it keeps saying incorrect",
    "wallet pw = bluewhale!23 , app version 1.6.2, android",
    "sorry english bad. password i make is  lovemom0520  not working",
    "Tried Abcd@1234 and abcd@1234 both fail, account locked for 24h now wtf",
    "the password is literally my dogs name + birthday, Rocky0314, and it doesnt work anymore",
    "i'm 67 years old and my grandson set it up. he wrote down 'Grandpa$1957' as the password. it says wrong.",
    "did you guys change something?? Hunter2Hunter2 worked yesterday",
    "payment pin 246810, transfer won't go thru, says pin incorrect",
    "cvv on my card is 417 but the payment page keeps rejecting",
    "I typed my pass (MoonLambo2021) like 10 times, now locked. unlock pls",
    "if it helps the password hint is my cat and the password is Whiskers99!",
    "passcode: 5 5 9 1 2 0 (with no spaces obviously)",
    "my pw has a space in it, 'blue sky 77', is that the problem?",
    "Password ~ Tr0pic@lFish ~ login keeps failing on iPad",
    "just reset it to Newpass2024 pls thats what i want it to be",
    "my old password was sarah1990 and i changed it to Sarah1990! last week, neither works",
    "wallet unlock = qwertyuiop1 (yes i know its bad lol)",
    "pin 8520 — it's the middle column on the keypad, easy to remember haha, but app says wrong",
    "The back of the card has 3 numbers 662 and then it says 'invalid security code'",
    "I dont remember whether i used Crypto@2022 or Crypto@2023 for the tp app",
    "you guys sent me a code? i only know my password P@nda_panda",
    "Im locked out!!! pass: ilovepizza4ever",
    "the wallet password and the payment password are the same: Zx9!kQ2m",
    "pwd- mango_tango_77 (all lower) and my user is tango77",
    "Hi I set my transaction pw to 131313 and now it says 'wrong transaction password' whenever I send usdt",
    "is 'Password123' too weak? because that's what I used and I think someone guessed it 😬",
    "after update the app wants my password, i put samsungS22ultra and its wrong, i never changed it",
    "my pass is the same as my facebook, BiGbRoThEr88, please dont tell anyone",
    "login: mike.chen@outlook.com\npassword: Chen!Mike!2020\n2FA off",
    "I keep getting 'incorrect password' but it's definitely L0ckd0wn#20 I have it in my notes",
    "wife changed my wallet pw while i was asleep, she says it's now Ih8crypto lmao can u help",
    "typed Gr33nT3a. and the dot at the end is part of it",
    "PIN = my birthday 199307 — the app says wrong pin after the update",
    "my password? sure: eagle-eye-4040",
    "security code on the back is 093. card is visa debit. payment declined.",
    "it keeps saying wrong password for tp... i'm sure it's 'johnnyb.good' with the dot",
    "i use Pass4TP!! for everything, mail too",
    "the password i give my bank is different, this one is DragonFly_8 i think",
    "cant open wallet. wrote pw on sticky note: Kp7#wQ. the sticky note is right here",
    "new pass i want: Sun&Moon2025 — please set it for me",
    "my 4 digit pin is 7391, my son says it was changed",
    (["do u need my password", "its Pumpkin!2019"], [1]),
    (["should I send my password?", "ok", "Bb0203bb"], [2]),
    (["wait before you ask", "the password is Tiramisu88 and the pin is 400123"], [1]),
    (["my pin", "4", "8", "1", "5"], [1, 2, 3, 4]),
    (["hello I'm locked out", "Flower$Power77", "^ that's my pw"], [1]),
    (["you want the cvv right", "881"], [1]),
    (["can I give password here or is it unsafe", "whatever, it's mapleleaf_can1"], [1]),
    (["pw is", "TwoMoons!!"], [1]),
    (["I'll give you my login so you can check", "user: rangerdan", "pass: Ranger#Dan86"], [2]),
    (["forgot to say", "the payment pin is 551177"], [1]),
    (["cvv?", "327", "exp 09/27"], [1]),
    "I think my pw is Elephant22 but could be elephant22 (i'm not sure about capital)",
    "Pls I'm begging 🙏 pw: sunnyday_1988 acct: sunny1988@yahoo.com",
    "For the record my password was NEVER shared: ZebraCrossing#5",
    "my password is 'mimi8888' haha mimi means secret in chinese",
    "password reset link doesn't come, current pass Qq123456789",
    "THE PASSWORD IS BANANA2020 IN CAPS",
    "i thought the password was 'letmein99' but apparently not, tried letmein100 too",
    "it asks 'enter wallet password' and i put the one i always use: wolfpack_01",
    "pin code is 0 0 0 0 lol im not creative",
    "card cvv 5 5 2, expiry 11/26, still declined",
    "I set the password as my phone number 13912345678 is that allowed",
    "password: i forgot ... i think it starts with Kit and then ty2020? so Kitty2020",
    "hey the TP pass for our shared wallet is Team!Wallet#3, can you confirm who logged in last",
    "My pass 'Sparkle*Unicorn' got rejected after 5 tries. Is my account frozen?",
    "okay last try: 1qazXSW@ — that's the one",
    "password (case sensitive!!): MiXeDcAsE77",
    "login pw for tp is blackcoffee; unlock pin is 3690",
    "she told me her password is 'honeybee00' and asked me to message you, we're married",
]

HW_PASSWORD_ZH = [
    "客服你好 我钱包密码是 zhangli520 一直提示错误 怎么回事啊",
    "急急急！！！登录密码qq123456789输了好几遍都不对 账号被锁了",
    "支付密码我设的是我生日 900713 现在转不出去",
    "我的蜜码是abc888888 帮我看一下为啥进不去",
    "交易密码 147369 是不是被人改了 我没改过啊😭",
    "密码wangjun1985你们帮我登一下看看余额还在不在",
    "我设置的密码是 Hao123456. 最后有个点",
    "钱包解锁密码是我手机号后六位 382716 没错的",
    "你好，我忘记交易密码了，好像是168168或者186186，能帮我重置吗",
    "密码：Lj@2023tp 这个对吧？你们那边能看到吗",
    "我把密码改成了xiaoyu0808 然后就登不上了",
    "安全码是背面的那三个数吗？是 509",
    "卡背后三位数 276 我刚才输了三次都说错误",
    "登陆密马 ww112233 一直错",
    "米码是abc123abc 我儿子设的",
    "你们是不是盗了我的币？我密码是 Tt778899 只有我知道",
    "支付蜜码是555888 转账一直失败 说密码错误",
    "我爸的钱包 密码他说是 laowang1958 进不去 麻烦看看",
    "密码就是我名字拼音加生日 liumei19880314",
    "mima: a5201314 帮我看下",
    "MM是hello2024 我确定没记错",
    "钱包的密码 我设的是 zxc123456 但是说不对",
    "我交易密码是六个8 888888 太简单了是不是被破解了",
    "登录用的 Qwe@1234 然后转账密码是 202020",
    "帮我重置一下密码吧 原来的是 sunny_2019 新的想改成 Sunny_2024",
    "我刚刚在一个网站上输入了我的密码 Aa147258 然后钱就没了 是不是钓鱼网站",
    "支付密码 我老婆生日 851126 别告诉她哈哈",
    "密码应该是ytj123123，我媳妇也在用这个钱包",
    "登录密码：tp66668888 交易密码：123987",
    "PIN码 4096 解锁的时候一直转圈",
    "密碼是 Chen@8888 請幫我看看為什麼登不進去",
    "我妈的密码是 mama5201314 她说进不去 让我来问你们",
    "卡的安全码 731 有效期12/27 你们那边付款一直不成功",
    "你们上次让我改的密码 我改成 Xx123456!! 了 现在还是不行",
    "提币密码 660066 提不出来 提示密码错误次数过多",
    "我的密🐎 abcd5678 别给别人看啊",
    "钱包口令是 kaixin2020 大写K还是小写k我忘了",
    "二级密码是 939393 求帮忙看看",
    "我记得密码是 huahua99 或者 huahua999 都试了不行",
    "登录不了 秘码 Love_lin_520",
    "解锁密码 112358 就是斐波那契数列那个",
    "你好 我是新手 设置的支付密码是 321321 然后忘了 刚想起来 但还是不对",
    "我用 18627381234 当密码的 就是我手机号 登不上了",
    "密码里能有中文吗？我设的是 tp钱包2024 现在输不进去",
    "刚才那个人说是官方客服 我把交易密码 707070 告诉他了 怎么办",
    "安全码 是卡背面的 048 吧？你们页面写的CVV我看不懂",
    "钱包密码：woshidage888（全小写）",
    "急！支付密码 990011 输错三次被锁 多久能解",
    "登陆密码是 ABCabc123 大小写都有",
    "我的密码 yyds666 被说太弱了 要求改 能不能不改",
    "钱包密码我记在备忘录里 Hz#0618hz 应该没错",
    "我儿子把我的支付密码改成了 000111 我想改回来",
    "这个是我的tp密码 7758258 吗？不确定了",
    "交意密码 135790 为什么一直提示错误",
    "密码是老家门牌号加名字 28hao_zhangsan",
    "前包密码 feifei1212 麻烦查一下是不是被冻结了",
    "我的银行卡取款密码是 661024 会不会因为在你们这绑卡泄露了",
    "PIN 909090 一直提示错 是不是要更新",
    "我密码是 Mengmeng.0901 就这个 你们赶紧帮我看",
    "登录密码 跟 支付密码 都是 w123456 一样的",
    (["密码要发给你吗", "tianlan666"], [1]),
    (["你们要密码吗", "等下我找找", "是 Pp20230808"], [2]),
    (["支付密码也要吗？", "524524"], [1]),
    (["我登不上了", "密码 Ylf_1992", "你们快看看"], [1]),
    (["客服你好", "我把密码告诉你 你帮我登一下", "hjk54321"], [2]),
    (["卡背面三位数要吗", "是 613"], [1]),
    (["密码是", "qwe", "123 合起来就是"], [1, 2]),
    (["忘了说", "交易密码是 258369"], [1]),
    (["这样发安全吗", "不管了 密码 Star@2022"], [1]),
    (["我发你密码", "Xiaomi_5566", "看完记得删掉"], [1]),
    "我的password是 liyang1987 please help 急",
    "pw是 tiger_0405 帮我check一下",
    "密码 is Abc!2468 为啥 login 不了",
    "payment password 是 112211 一直 fail",
    "我的pin是 2468 不是1357 之前那个客服记错了",
    "TP密码 Ccc12345 然后资金密码 778811 都发你了 快帮我",
]

SECRET_SLOTS = {
    "EN12": RP, "EN12N": RP, "EN12L": RP, "EN12C": RP, "EN15": RP, "EN18": RP, "EN24": RP, "ENP": RP,
    "A": RP, "B": RP, "P1": RP, "P2": RP, "P3": RP, "ZH12": RP, "ZHJ": RP, "ZA": RP, "ZB": RP, "ZHT": RP,
    "ZHTJ": RP, "HEX": PK, "HEX0x": PK, "HEX2": PK, "HEXA": PK, "HEXB": PK, "WIF": PK, "XPRV": PK, "YPRV": PK,
    "ZPRV": PK, "SOL": PK, "SOLJ": PK, "SOLJ32": PK, "KS": PK, "CARD": CN, "CARD2": CN, "CARDG": CN, "AMEX": CN,
    "UP": CN, "CARDFW": CN, "CVV": PW,
}
NOISE_SLOTS = {"ADDR", "ADDR2", "TRX", "EXP"}


def slot_values(r, names):
    v = {}
    en = en_phrase(r, 12)
    zs = zh_phrase(r, "zhs", 12)
    zt = zh_phrase(r, "zht", 12)
    priv = S.secp_priv(r)
    for n in names:
        if n == "EN12":
            v[n] = " ".join(en)
        elif n == "EN12N":
            v[n] = "\n".join(f"{i + 1}. {x}" for i, x in enumerate(en))
        elif n == "EN12L":
            v[n] = "\n".join(en)
        elif n == "EN12C":
            v[n] = ", ".join(en)
        elif n in ("EN15", "EN18", "EN24"):
            v[n] = " ".join(en_phrase(r, int(n[2:])))
        elif n == "ENP":
            v[n] = " ".join(en_phrase(r, 12)[:r.randint(8, 10)])
        elif n == "A":
            v[n] = " ".join(en[:6])
        elif n == "B":
            v[n] = " ".join(en[6:])
        elif n in ("P1", "P2", "P3"):
            k = int(n[1]) - 1
            v[n] = " ".join(en[4 * k:4 * k + 4])
        elif n == "ZH12":
            v[n] = " ".join(zs)
        elif n == "ZHJ":
            v[n] = "".join(zs)
        elif n == "ZA":
            v[n] = " ".join(zs[:6])
        elif n == "ZB":
            v[n] = " ".join(zs[6:])
        elif n == "ZHT":
            v[n] = " ".join(zt)
        elif n == "ZHTJ":
            v[n] = "".join(zt)
        elif n == "HEX":
            v[n] = priv.hex()
        elif n == "HEX0x":
            v[n] = "0x" + priv.hex()
        elif n == "HEX2":
            v[n] = S.secp_priv(r).hex()
        elif n == "HEXA":
            v[n] = priv.hex()[:32]
        elif n == "HEXB":
            v[n] = priv.hex()[32:]
        elif n == "ADDR":
            v[n] = S.eth_address(priv)
        elif n == "ADDR2":
            v[n] = fake_eth_addr(r)
        elif n == "TRX":
            v[n] = fake_tron_addr(r)
        elif n == "WIF":
            v[n] = S.wif(priv, compressed=r.random() < 0.6)
        elif n in ("XPRV", "YPRV", "ZPRV"):
            v[n] = S.extended_priv(S.seed_from_phrase(en), n[0].lower() + "prv", master=(n == "XPRV" and r.random() < 0.5))
        elif n == "SOL":
            v[n] = S.b58encode(S.solana_keypair(r))
        elif n == "SOLJ":
            v[n] = byte_array(r, S.solana_keypair(r), allow_uint8=False)
        elif n == "SOLJ32":
            v[n] = byte_array(r, S.solana_keypair(r)[:32], allow_uint8=False)
        elif n == "KS":
            ks = S.eth_keystore(priv, pick(r, KS_PASSWORDS), r, kdf="scrypt", n=4096)
            v[n] = json.dumps(ks, separators=(",", ":"))
        elif n in ("CARD", "CARD2"):
            v[n] = card(r)[0]
        elif n == "CARDG":
            num, br = card(r)
            v[n] = card_grouped_str(r, num, br)
        elif n == "AMEX":
            num, br = card(r, "amex")
            v[n] = " ".join(S.card_groups(num, br))
        elif n == "UP":
            v[n] = card(r, "unionpay")[0]
        elif n == "CARDFW":
            v[n] = fw_digits(card(r)[0])
        elif n == "EXP":
            v[n] = f"{r.randint(1, 12):02d}/{r.randint(25, 31)}"
        elif n == "CVV":
            v[n] = "".join(str(r.randrange(10)) for _ in range(3))
        else:
            raise KeyError(n)
    return v


SLOT_RE = __import__("re").compile(r"\{([A-Za-z0-9]+)\}")


def hw_builder(entries, default_kinds=None):
    """Return a generator function (r, i) -> case parts for the i-th handwritten entry."""
    def build(r, i):
        e = entries[i]
        msgs, at = (list(e[0]), list(e[1])) if isinstance(e, tuple) else ([e], None)
        names = sorted({n for m in msgs for n in SLOT_RE.findall(m)})
        vals = slot_values(r, names)
        kinds = set(default_kinds or [])
        auto_at = []
        for j, m in enumerate(msgs):
            used = SLOT_RE.findall(m)
            if any(u in SECRET_SLOTS for u in used):
                auto_at.append(j)
            kinds |= {SECRET_SLOTS[u] for u in used if u in SECRET_SLOTS}
            msgs[j] = fill(m, **vals)
        if at is None:
            at = auto_at if auto_at else [0]
        elif auto_at:
            assert at == auto_at, (e, at, auto_at)
        return msgs, at, sorted(kinds, key=KIND_ORDER.index)
    return build


# --------------------------------------------------------------------------- class table

def G(fn):
    return lambda r, i: fn(r)


CLASSES = [
    # file, class, count, builder(r, i), source, description
    ("phrases", "phrase_en_numbered", 90, G(g_phrase_en_numbered), "generated",
     "English 12-24 words, numbered in ~30 styles (1. 1) (1) #1 01. [1] No.1 1、 keycap emoji, word 1:, 1st ...), one per line / inline / grid / two columns / CRLF"),
    ("phrases", "phrase_en_circled", 60, G(g_phrase_en_circled), "generated",
     "English, circled or parenthesised numbers (① ⑴ ⒈ ❶ ➊ ㉑), spaced or glued (①abandon②ability)"),
    ("phrases", "phrase_en_bullets", 60, G(g_phrase_en_bullets), "generated",
     "English, bullet lists (- * • · ▪ ◦ > – → ✔️ 🔸 ★ ●), per line or inline"),
    ("phrases", "phrase_en_one_per_line", 60, G(g_phrase_en_one_per_line), "generated",
     "English, one word per line (auto-capitalised, blank lines, CRLF, trailing/leading spaces, trailing dots)"),
    ("phrases", "phrase_en_joined_symbols", 80, G(g_phrase_en_joined_symbols), "generated",
     "English joined by , + ~ | / ; - _ ， 、 . -- * : (sometimes bracketed or quoted)"),
    ("phrases", "phrase_en_fullwidth", 60, G(g_phrase_en_fullwidth), "generated",
     "English typed in fullwidth mode of a Chinese IME (ａｂａｎｄｏｎ, ideographic spaces, IME toggled mid-phrase, fullwidth numbering)"),
    ("phrases", "phrase_en_zero_width", 60, G(g_phrase_en_zero_width), "generated",
     "English with zero-width characters (ZWSP/ZWNJ/ZWJ/WJ/BOM) as separators, inside words, with NBSP"),
    ("phrases", "phrase_en_all_caps", 60, G(g_phrase_en_all_caps), "generated", "English in ALL CAPS, several layouts"),
    ("phrases", "phrase_en_one_typo", 60, G(g_phrase_en_one_typo), "generated",
     "English phrase with exactly one misspelt word (swap/drop/double/neighbour key)"),
    ("phrases", "phrase_en_partial_run", 70, G(g_phrase_en_partial_run), "generated",
     "8-16 consecutive words of a real phrase (start or middle), with 'only have the first N' style context"),
    ("phrases", "phrase_en_sentence_cue", 70, G(g_phrase_en_sentence_cue), "generated",
     "English phrase inside a sentence with a cue word (seed, mnemonic, recovery, backup, 助记词)"),
    ("phrases", "phrase_en_sentence_nocue", 70, G(g_phrase_en_sentence_nocue), "generated",
     "English phrase inside a sentence with no cue word at all"),
    ("phrases", "phrase_zhs_joined", 60, G(g_phrase_zhs_joined), "generated",
     "Simplified Chinese phrase with no separators (的是在不了...), bare or in short context"),
    ("phrases", "phrase_zhs_spaced", 60, G(g_phrase_zhs_spaced), "generated",
     "Simplified Chinese separated by spaces, ideographic spaces, ，、 , / -"),
    ("phrases", "phrase_zh_grouped_lines", 60, G(g_phrase_zh_grouped_lines), "generated",
     "Chinese (simplified/traditional) in groups of 3-4 characters per line or per chunk"),
    ("phrases", "phrase_zh_one_wrong_char", 60, G(g_phrase_zh_one_wrong_char), "generated",
     "Chinese phrase with one character replaced by a character outside the BIP-39 lists"),
    ("phrases", "phrase_zht_mixed_layouts", 60, G(g_phrase_zht_mixed_layouts), "generated",
     "Traditional Chinese phrase: joined, spaced, numbered, one per line, traditional-script context"),
    ("phrases", "phrase_zh_numbered", 60, G(g_phrase_zh_numbered), "generated",
     "Chinese phrase numbered (1.的 1、的 （1）的 第1个：的 ①的 fullwidth digits ...)"),
    ("phrases", "phrase_zh_in_sentence", 60, G(g_phrase_zh_in_sentence), "generated",
     "Chinese phrase (full or 8+ word run) inside a Chinese sentence, with and without 助记词"),
    ("phrases", "phrase_split_messages", 80, G(g_phrase_split_messages), "generated",
     "phrase (en/zhs/zht) split over 2-3 consecutive messages, sometimes with an intro or 'wait' message between"),
    ("phrases", "hw_phrase", len(HW_PHRASE), hw_builder(HW_PHRASE, [RP]), "handwritten",
     "handwritten panicking users pasting phrases (en/zh/mixed, some split over messages)"),
    ("keys", "key_hex_plain", 70, G(g_key_hex_plain), "generated",
     "32-byte hex private key, lower/upper/mixed case, with/without 0x, in en/zh context"),
    ("keys", "key_hex_grouped_split", 70, G(g_key_hex_grouped_split), "generated",
     "hex key grouped by 4/8/16, wrapped over lines, split over two messages"),
    ("keys", "key_hex_misleading_words", 60, G(g_key_hex_misleading_words), "generated",
     "hex private key the user mislabels (address, public key, UID, code, 合约地址, 充值地址 ...)"),
    ("keys", "key_wif", 60, G(g_key_wif), "generated",
     "WIF keys (compressed/uncompressed, mainnet/testnet), Electrum p2wpkh: prefixes"),
    ("keys", "key_ext_priv_slip132", 80, g_key_ext_priv_slip132, "generated",
     "extended private keys, 8 of each SLIP-132 prefix (xprv yprv zprv Yprv Zprv tprv uprv vprv Uprv Vprv), master or account"),
    ("keys", "key_solana_base58", 60, G(g_key_solana_base58), "generated", "Solana 64-byte keypair in base58 (Phantom export)"),
    ("keys", "key_solana_json64", 60, G(g_key_solana_json64), "generated",
     "Solana keypair as a 64-number JSON array (CLI id.json), compact, spaced, pretty, Uint8Array(64)"),
    ("keys", "key_solana_json32", 60, G(g_key_solana_json32), "generated", "Solana 32-byte secret seed as a 32-number array"),
    ("keys", "key_eth_keystore", 60, G(g_key_eth_keystore), "generated",
     "Ethereum keystore v3 JSON (scrypt/pbkdf2, compact/indented), sometimes followed by its password"),
    ("keys", "hw_key", len(HW_KEY), hw_builder(HW_KEY, [PK]), "handwritten", "handwritten messages with private keys of all formats"),
    ("cards", "card_grouped", 60, G(g_card_grouped), "generated", "card number in groups (space, dash, dot, ideographic space)"),
    ("cards", "card_plain", 60, G(g_card_plain), "generated", "card number as one run of digits in a sentence"),
    ("cards", "card_glued_zh", 60, G(g_card_glued_zh), "generated", "card number glued to Chinese text without spaces"),
    ("cards", "card_fullwidth", 60, G(g_card_fullwidth), "generated", "card number in fullwidth digits (whole, grouped, IME switched mid-number)"),
    ("cards", "card_expiry_cvv", 70, G(g_card_expiry_cvv), "generated", "card number with expiry and CVV/CVC (kinds card_number+password)"),
    ("cards", "card_complaint", 60, G(g_card_complaint), "generated", "card number inside a complaint about charges/refunds"),
    ("cards", "hw_card", len(HW_CARD), hw_builder(HW_CARD, [CN]), "handwritten", "handwritten card complaints/questions"),
    ("passwords", "pw_label_separator_en", 70, G(g_pw_label_separator_en), "generated",
     "English label + separator (: ： = - -> => >> —) + password, in short frames"),
    ("passwords", "pw_label_bare_en", 65, G(g_pw_label_bare_en), "generated", "English label without colon (password X, pw\\nX, X pw)"),
    ("passwords", "pw_label_misspelled", 70, G(g_pw_label_misspelled), "generated", "misspelt labels (pasword, passwrod, pssword, walet password ...)"),
    ("passwords", "pw_label_zh", 75, G(g_pw_label_zh), "generated", "Chinese labels (密码 登录密码 登陆密码 钱包密码 口令 密碼 ...) with ：是为 etc."),
    ("passwords", "pw_zh_homophone", 70, G(g_pw_zh_homophone), "generated",
     "pinyin-IME homophones and slang for 密码 (蜜码 密马 米码 秘码 密🐎 mima MM) and prefixes (登陆 只付 前包 交义 ...)"),
    ("passwords", "pw_my_password_is", 70, G(g_pw_my_password_is), "generated", "'my password is X' and variants"),
    ("passwords", "pw_value_is_my_password", 65, G(g_pw_value_is_my_password), "generated", "'X is my password' / 'X是我的密码' value-first"),
    ("passwords", "pw_use_to_login", 65, G(g_pw_use_to_login), "generated", "'use X to log in' / '用X登录' / 'unlock with X'"),
    ("passwords", "pw_pin", 70, G(g_pw_pin), "generated", "PINs (4/6 digits): app lock, card PIN, 解锁码, 锁屏密码"),
    ("passwords", "pw_payment_password", 65, G(g_pw_payment_password), "generated", "payment / transaction / fund / withdrawal passwords (支付密码 交易密码 资金密码 提币密码)"),
    ("passwords", "pw_cvv_code", 80, G(g_pw_cvv_code), "generated", "CVV/CVC/CVN2/CID and 'the 3 digits on the back' (no full card number)"),
    ("passwords", "pw_in_complaint", 75, G(g_pw_in_complaint), "generated", "password stated inside a long complaint with tx hashes/addresses/order numbers (en; zh incl. run-on)"),
    ("passwords", "pw_after_offer_or_question", 80, G(g_pw_after_offer_or_question), "generated",
     "offer/question first ('can I tell you my password?'), value in a later message (secret_at marks it)"),
    ("passwords", "pw_quoted", 65, G(g_pw_quoted), "generated", "value in quotes \" ' “” 「」 『』 ` 【】 <> «»"),
    ("passwords", "pw_trailing_comment", 65, G(g_pw_trailing_comment), "generated", "value followed by a comment ('i think', 'all lowercase', '全小写', 'capital first letter')"),
    ("passwords", "hw_password_en", len(HW_PASSWORD_EN), hw_builder(HW_PASSWORD_EN, [PW]), "handwritten",
     "handwritten English passwords/PINs/CVVs, incl. multi-message"),
    ("passwords", "hw_password_zh", len(HW_PASSWORD_ZH), hw_builder(HW_PASSWORD_ZH, [PW]), "handwritten",
     "handwritten Chinese/mixed passwords/PINs/CVVs, homophones, multi-message"),
]

LEFTOVER_RE = __import__("re").compile(r"\{(?:[A-Z][A-Za-z0-9]*|[knabmy])\}")
FIELDS = ["id", "class", "side", "messages", "secret", "secret_at", "kinds", "request", "source"]


def validate(c):
    assert list(c) == FIELDS, c
    assert isinstance(c["id"], str) and c["id"]
    assert c["side"] == "user" and c["secret"] is True and c["request"] is None
    assert isinstance(c["messages"], list) and c["messages"] and all(isinstance(m, str) and m.strip() for m in c["messages"])
    assert c["secret_at"] and all(isinstance(i, int) and 0 <= i < len(c["messages"]) for i in c["secret_at"])
    assert c["secret_at"] == sorted(set(c["secret_at"]))
    assert c["kinds"] and set(c["kinds"]) <= set(KIND_ORDER) and len(set(c["kinds"])) == len(c["kinds"])
    assert c["source"] in ("generated", "handwritten")
    assert not LEFTOVER_RE.search("\n".join(c["messages"])), c


def main():
    files = OrderedDict()
    seen = set()
    for fname, cls, n, build, source, _ in CLASSES:
        r = rng_for(cls)
        out = files.setdefault(fname, [])
        i = tries = 0
        while i < n:
            msgs, at, kinds = build(r, i)
            key = tuple(msgs)
            tries += 1
            if key in seen:
                assert source == "generated" and tries < n * 20, (cls, msgs)
                continue
            seen.add(key)
            c = OrderedDict([
                ("id", f"fin-{cls}-{i + 1:04d}"), ("class", cls), ("side", "user"), ("messages", msgs),
                ("secret", True), ("secret_at", at), ("kinds", sorted(set(kinds), key=KIND_ORDER.index)),
                ("request", None), ("source", source)])
            validate(c)
            out.append(c)
            i += 1
    for fname, cases in files.items():
        with open(HERE / f"{fname}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for c in cases:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
    write_readme(files)
    total = sum(len(v) for v in files.values())
    print("total", total, {k: len(v) for k, v in files.items()})


def write_readme(files):
    counts = Counter()
    kinds = Counter()
    src = Counter()
    for cases in files.values():
        for c in cases:
            counts[c["class"]] += 1
            src[c["source"]] += 1
            for k in c["kinds"]:
                kinds[k] += 1
    total = sum(counts.values())
    pw_cases = sum(1 for cs in files.values() for c in cs if "password" in c["kinds"])
    lines = [
        "# guard_eval / final / secrets",
        "",
        "Held-out split of user-side secret cases (every case `secret: true`, `side: user`, `request: null`).",
        "Written blind: the detector, its tests, the benchmark scripts and the other splits' carriers,",
        "handwritten files and jsonl were never opened. Only `../../secrets/secretlib.py` is imported to mint",
        "real secrets (valid-checksum BIP-39 phrases in English / Simplified / Traditional Chinese, secp256k1 hex",
        "keys, WIF, SLIP-132 extended private keys, Solana keypairs whose second half is the real ed25519 public",
        "key, Ethereum keystore v3 JSON, Luhn-valid cards with real issuer prefixes). Carrier sentences and the",
        "handwritten messages are new and were written for this split only.",
        "",
        "Regenerate: `/work/main/.venv/bin/python generate.py` (deterministic; per-class `random.Random` seeded",
        f"from `{BASE_SEED}` + class name). Schema as in `../../SPEC.md`.",
        "",
        f"**Total: {total} cases** ({src['generated']} generated, {src['handwritten']} handwritten). "
        f"Cases with kind `password` (passwords, PINs, payment passwords, CVV/CVC): {pw_cases}.",
        "",
        "Kinds (a case may have several): " + ", ".join(f"`{k}` {kinds[k]}" for k in KIND_ORDER),
        "",
        "Notes on labels:",
        "- Partial runs (8+ words), phrases with one typo and Chinese phrases with one wrong character are secret",
        "  (most of a phrase leaks); `secret_at` lists every message holding part of a split secret and no other.",
        "- `key_hex_misleading_words`: a real private key that the user calls an address / public key / UID / code.",
        "  Labels avoid 'tx hash'/'txid' so the case stays honest.",
        "- Card cases with an expiry + CVV, and keystores sent with their password, carry both kinds.",
        "- In `pw_after_offer_or_question` and multi-message handwritten cases only the message holding the",
        "  value is in `secret_at` (the offer/question itself is not).",
        "- Complaints may contain public data (addresses, tx hashes, order numbers) next to the password; those",
        "  are noise, not secrets, and are not reflected in `kinds`.",
        "",
    ]
    for fname, cases in files.items():
        lines += [f"## {fname}.jsonl ({len(cases)})", "", "| class | n | source | shape |", "|---|---:|---|---|"]
        for f2, cls, _, _, source, desc in CLASSES:
            if f2 == fname:
                lines.append(f"| `{cls}` | {counts[cls]} | {source} | {desc.replace('|', '/')} |")
        lines.append("")
    (HERE / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
