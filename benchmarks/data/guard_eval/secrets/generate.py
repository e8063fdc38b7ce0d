#!/usr/bin/env python
"""Generate the user-side SECRET cases of the guard_eval corpus.

    /work/main/.venv/bin/python generate.py

Writes dev/*.jsonl and holdout/*.jsonl next to this file.  Deterministic:
each split has its own seed, its own carrier sentences (carriers_dev.py,
carriers_holdout.py) and its own handwritten messages (handwritten_dev.py,
handwritten_holdout.py); only the secret-making and the shape definitions
(what a "numbered list" or a "fullwidth" phrase is) are shared.
All secret material is real: see secretlib.py.
"""
import json
import os
import re
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import secretlib as S  # noqa: E402

SEEDS = {"dev": 0x5EC0DE1, "holdout": 7719_20431}
KS_SEEDS = {"dev": 314159, "holdout": 2718281}

# ====================================================================== small helpers

ZW = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"]


def fill(tpl, **kw):
    out = tpl
    for k, v in kw.items():
        out = out.replace("{" + k + "}", str(v))
    return out


def fw(s, space="\u3000"):
    """ASCII -> fullwidth, as a Chinese IME in fullwidth mode types it."""
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


def pick_len(rng, weights=None):
    lens = [12, 15, 18, 21, 24]
    return rng.choices(lens, weights or [50, 7, 10, 5, 28])[0]


def zh_lang(rng):
    return "zht" if rng.random() < 0.3 else "zhs"


class Ctx:
    def __init__(self, split, rng, C):
        self.split, self.rng, self.C = split, rng, C
        self.counter = {}

    def pick(self, key):
        return self.rng.choice(self.C[key])

    def case(self, cls, messages, kinds, secret_at=None, source="generated"):
        n = self.counter.get(cls, 0) + 1
        self.counter[cls] = n
        if secret_at is None:
            secret_at = list(range(len(messages)))
        return {
            "id": f"sec-{self.split}-{cls}-{n:04d}",
            "class": cls,
            "side": "user",
            "messages": messages,
            "secret": True,
            "secret_at": secret_at,
            "kinds": kinds,
            "request": None,
            "source": source,
        }


def wrap_list(ctx, body, lang="en", p_header=0.55, p_footer=0.35):
    rng = ctx.rng
    parts = []
    if rng.random() < p_header:
        parts.append(ctx.pick(f"list_header_{lang}"))
    parts.append(body)
    if rng.random() < p_footer:
        parts.append(ctx.pick(f"list_footer_{lang}"))
    sep = rng.choice(["\n", "\n", "\n", "\n\n"])
    return sep.join(parts)


# ====================================================================== shapes

NUM_STYLES = [
    "{n}. ", "{n}.", "{n}) ", "{n})", "{n}、", "#{n} ", "#{n}: ", "({n}) ", "（{n}）",
    "Word {n}: ", "word {n} - ", "Word #{n}: ", "{n}-", "{n} - ", "{z}. ", "{z} ", "{n}: ", "{n} ",
    "[{n}] ", "No.{n} ", "{n}.\t", "{n}，", "{n} = ", "{n}- ",
]


def num_label(style, i):
    return style.replace("{n}", str(i)).replace("{z}", f"{i:02d}")


def circled(i, style):
    if style == "circled":
        return chr(0x2460 + i - 1) if i <= 20 else chr(0x3251 + i - 21)
    if style == "paren":
        return chr(0x2474 + i - 1)
    if style == "fullstop":
        return chr(0x2488 + i - 1)
    if style == "negative":
        return chr(0x2776 + i - 1) if i <= 10 else chr(0x24EB + i - 11)
    if style == "dingbat":
        return chr(0x2780 + i - 1)
    raise ValueError(style)


CIRCLED_MAX = {"circled": 24, "paren": 20, "fullstop": 20, "negative": 20, "dingbat": 10}

BULLETS = ["• ", "* ", "- ", "· ", "•", "-", "▪ ", "◦ ", "○ ", "→ ", "> ", "– ", "·", "*", "● ", "・"]
DELIMS = [", ", ",", "; ", ";", " + ", "+", "~", " ~ ", " | ", "|", "/", " / ", "，", "、", "-", ".", "_",
          " - ", " , ", ",  "]


def case_variant(words, rng, mode):
    if mode == "upper":
        return [w.upper() for w in words]
    if mode == "title":
        return [w.capitalize() for w in words]
    if mode == "firstcap":
        return [words[0].capitalize()] + words[1:]
    if mode == "random":
        return [w.upper() if rng.random() < 0.35 else (w.capitalize() if rng.random() < 0.4 else w) for w in words]
    if mode == "sponge":
        return ["".join(c.upper() if (j + k) % 2 else c for k, c in enumerate(w)) for j, w in enumerate(words)]
    if mode == "capslock_tail":
        cut = rng.randrange(3, len(words) - 2)
        return words[:cut] + [w.upper() for w in words[cut:]]
    return words


KEYB_NEIGH = {
    "a": "qswz", "b": "vghn", "c": "xdfv", "d": "serfcx", "e": "wsdr", "f": "drtgvc", "g": "ftyhbv",
    "h": "gyujnb", "i": "ujko", "j": "huikmn", "k": "jiolm", "l": "kop", "m": "njk", "n": "bhjm",
    "o": "iklp", "p": "ol", "q": "wa", "r": "edft", "s": "awedxz", "t": "rfgy", "u": "yhji",
    "v": "cfgb", "w": "qase", "x": "zsdc", "y": "tghu", "z": "asx",
}


def typo(word, rng):
    for _ in range(20):
        op = rng.choice(["drop", "double", "swap", "replace", "replace"])
        i = rng.randrange(len(word))
        if op == "drop" and len(word) > 3:
            w = word[:i] + word[i + 1:]
        elif op == "double":
            w = word[:i + 1] + word[i] + word[i + 1:]
        elif op == "swap" and i < len(word) - 1:
            w = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif op == "replace":
            w = word[:i] + rng.choice(KEYB_NEIGH.get(word[i], "e")) + word[i + 1:]
        else:
            continue
        if w != word:
            return w
    return word + word[-1]


def insert_zw(word, rng, chars=None):
    chars = chars or ZW
    i = rng.randrange(1, len(word)) if len(word) > 1 else 1
    return word[:i] + rng.choice(chars) + word[i:]


# ====================================================================== password-ish values

PW_WORDS = ["sunshine", "iloveyou", "princess", "dragon", "monkey", "football", "shadow", "master", "qwerty",
            "letmein", "superman", "batman", "welcome", "flower", "freedom", "whatever", "starwars", "michael",
            "jessica", "charlie", "tigger", "cookie", "summer", "butterfly", "purple", "chocolate", "hunter",
            "pokemon", "banana", "orange", "liverpool", "chelsea", "angel", "lovely", "jordan", "maggie",
            "ginger", "pepper", "snoopy", "kitty", "daniel", "thomas", "soccer", "mustang", "cheese", "matrix",
            "moonlight", "rainbow", "forever", "bitcoin", "crypto", "moneyman", "lucky", "tiger", "panda"]
PW_PINYIN = ["woaini", "wangwei", "zhangwei", "liuyang", "lixiaoming", "chenjing", "aini", "wodemima", "xiaobao",
             "baobei", "tiantian", "laopo", "laogong", "qinqin", "xingfu", "kuaile", "meimei", "dandan", "zhang",
             "wang", "li", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu", "sun", "ma", "zhu", "hu",
             "guo", "lin", "he", "gao", "luo", "zheng", "xiaoyu", "jiajia", "lele", "nannan", "haha", "xiaomei",
             "fafa", "facai", "zhuanqian", "mingming", "yuyu", "pingan"]
PW_SUFFIX = ["1314", "520", "521", "123", "123456", "88", "666", "888", "1", "12", "01", "!", "@123", "#1",
             "1234", "2024", "2023", "99", "007", "111", "000", "..", "!!", "168", "5201314"]
PW_FIXED = ["Hunter2!", "P@ssw0rd", "abc123", "abc12345", "qq123456", "aa123456", "a123456", "123qwe", "1qaz2wsx",
            "zxcvbnm", "asdfghjkl", "qazwsx123", "Passw0rd!", "Admin@123", "Qwer1234", "woaini1314", "iloveyou2",
            "1q2w3e4r", "Aa112233", "abcd1234", "Abc@1234", "password1", "111111aa", "a1b2c3d4"]


def gen_password(rng, style=None):
    style = style or rng.choice(["word", "word_num", "pinyin_num", "pinyin_date", "cap_sym", "fixed", "numeric",
                                 "word_num", "pinyin_num"])
    if style == "word":
        return rng.choice(PW_WORDS + PW_PINYIN[:18])
    if style == "word_num":
        return rng.choice(PW_WORDS) + rng.choice(PW_SUFFIX)
    if style == "pinyin_num":
        return rng.choice(PW_PINYIN) + rng.choice(PW_SUFFIX)
    if style == "pinyin_date":
        y = rng.randrange(1965, 2006)
        return rng.choice(PW_PINYIN) + rng.choice([str(y), f"{y}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}",
                                                   f"{y % 100:02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"])
    if style == "cap_sym":
        w = rng.choice(PW_WORDS + PW_PINYIN).capitalize()
        return w + rng.choice(["@", "#", "!", "_", ".", "$", "*"]) + str(rng.randrange(1, 9999))
    if style == "fixed":
        return rng.choice(PW_FIXED)
    if style == "numeric":
        return gen_digits_pw(rng, rng.choice([6, 6, 8]))
    raise ValueError(style)


def gen_digits_pw(rng, n=6):
    kind = rng.random()
    if n == 6 and kind < 0.35:
        y = rng.randrange(60, 100) if rng.random() < 0.7 else rng.randrange(0, 6)
        return f"{y:02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
    if kind < 0.5:
        d = str(rng.randrange(10))
        return d * n if rng.random() < 0.5 else (d + str(rng.randrange(10))) * (n // 2) + d * (n % 2)
    return "".join(str(rng.randrange(10)) for _ in range(n))


def gen_pin(rng):
    n = rng.choice([4, 4, 4, 6, 6, 5])
    if rng.random() < 0.3:
        return rng.choice(["0000", "1234", "1111", "4321", "2580", "1212", "7777", "0852", "1004", "6969",
                           "123456", "000000", "888888", "147258"])[:n] if n <= 4 else gen_digits_pw(rng, n)
    return gen_digits_pw(rng, n) if n == 6 else "".join(str(rng.randrange(10)) for _ in range(n))


def gen_cvv(rng, amex=False):
    return "".join(str(rng.randrange(10)) for _ in range(4 if amex else 3))


def gen_exp(rng):
    m, y = rng.randrange(1, 13), rng.randrange(25, 33)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}", f"{m:02d}{y}",
                       f"20{y}年{m}月", f"{m:02d} / {y}", f"exp {m:02d}/{y}"])


# ====================================================================== phrase classes (English)

def en_phrase(ctx, n=None):
    return S.phrase(ctx.rng, "en", n or pick_len(ctx.rng))


def b_phrase_en_plain(ctx):
    rng = ctx.rng
    w = en_phrase(ctx)
    sep = rng.choices([" ", "  ", " \n"[:1]], [90, 6, 4])[0]
    body = sep.join(w)
    if rng.random() < 0.12:
        body = body + rng.choice(["\n", " ", "."])
    if rng.random() < 0.4:
        body = fill(ctx.pick("plain_wrap_en"), p=body)
    return ctx.case("phrase_en_plain", [body], ["recovery_phrase"])


def b_phrase_en_partial(ctx):
    rng = ctx.rng
    w = en_phrase(ctx, rng.choice([12, 12, 24, 24, 18]))
    k = rng.randrange(8, min(len(w), 17))
    start = 0 if rng.random() < 0.6 else rng.randrange(0, len(w) - k + 1)
    run = w[start:start + k]
    sep = rng.choice([" ", " ", " ", "\n", ", "])
    body = fill(ctx.pick("partial_en"), p=sep.join(run), k=k, n=len(w))
    return ctx.case("phrase_en_partial", [body], ["recovery_phrase"])


def b_phrase_en_one_per_line(ctx):
    rng = ctx.rng
    w = en_phrase(ctx)
    joiner = rng.choices(["\n", "\n\n", " \n", "\r\n"], [70, 12, 12, 6])[0]
    body = joiner.join(w)
    msg = wrap_list(ctx, body, rng.choice(["en", "en", "zh"]))
    return ctx.case("phrase_en_one_per_line", [msg], ["recovery_phrase"])


def b_phrase_en_numbered(ctx):
    rng = ctx.rng
    w = en_phrase(ctx)
    style = rng.choice(NUM_STYLES)
    lines = [num_label(style, i + 1) + x for i, x in enumerate(w)]
    joiner = rng.choices(["\n", "\n\n", " \n"], [80, 10, 10])[0]
    msg = wrap_list(ctx, joiner.join(lines), rng.choice(["en", "en", "zh"]))
    return ctx.case("phrase_en_numbered", [msg], ["recovery_phrase"])


def b_phrase_en_circled(ctx):
    rng = ctx.rng
    style = rng.choice(["circled", "circled", "circled", "paren", "fullstop", "negative", "dingbat"])
    mx = CIRCLED_MAX[style]
    n = rng.choice([x for x in (12, 15, 18, 24) if x <= mx] or [12])
    w = en_phrase(ctx, n)
    if n > mx:  # dingbat only goes to 10: use a partial run of 10
        w = w[:mx]
    gap = rng.choice(["", " ", " ", "  "])
    items = [circled(i + 1, style) + gap + x for i, x in enumerate(w)]
    layout = rng.random()
    if layout < 0.6:
        body = "\n".join(items)
    elif layout < 0.85:
        body = " ".join(items)
    else:
        per = rng.choice([3, 4])
        body = "\n".join(" ".join(items[i:i + per]) for i in range(0, len(items), per))
    msg = wrap_list(ctx, body, rng.choice(["en", "zh"]))
    return ctx.case("phrase_en_circled", [msg], ["recovery_phrase"])


def b_phrase_en_bullets(ctx):
    rng = ctx.rng
    w = en_phrase(ctx)
    b = rng.choice(BULLETS)
    indent = rng.choice(["", "", "", "  ", "    "])
    body = "\n".join(indent + b + x for x in w)
    msg = wrap_list(ctx, body, rng.choice(["en", "en", "zh"]))
    return ctx.case("phrase_en_bullets", [msg], ["recovery_phrase"])


def b_phrase_en_delimited(ctx):
    rng = ctx.rng
    w = en_phrase(ctx)
    d = rng.choice(DELIMS)
    body = d.join(w)
    if rng.random() < 0.5:
        body = fill(ctx.pick("inline_wrap_en" if rng.random() < 0.6 else "inline_wrap_zh"), p=body)
    return ctx.case("phrase_en_delimited", [body], ["recovery_phrase"])


def b_phrase_en_tabs(ctx):
    rng = ctx.rng
    w = en_phrase(ctx)
    mode = rng.choice(["line", "grid3", "grid4", "numtab", "grid6", "numgrid"])
    if mode == "line":
        body = "\t".join(w)
    elif mode.startswith("grid"):
        per = int(mode[4:])
        body = "\n".join("\t".join(w[i:i + per]) for i in range(0, len(w), per))
    elif mode == "numtab":
        body = "\n".join(f"{i + 1}\t{x}" for i, x in enumerate(w))
    else:
        per = rng.choice([2, 3, 4])
        cells = [f"{i + 1}\t{x}" for i, x in enumerate(w)]
        body = "\n".join("\t".join(cells[i:i + per]) for i in range(0, len(cells), per))
    msg = wrap_list(ctx, body, rng.choice(["en", "zh"]), p_header=0.4, p_footer=0.25)
    return ctx.case("phrase_en_tabs", [msg], ["recovery_phrase"])


def b_phrase_en_numbered_columns(ctx):
    rng = ctx.rng
    w = en_phrase(ctx, rng.choice([12, 12, 12, 24, 24, 18]))
    lab = rng.choice(["{n}.", "{n}. ", "{n})", "{n} ", "{n}:", "{n}-", "{z} ", "#{n} ", "{n}、"])
    cells = [num_label(lab, i + 1) + x for i, x in enumerate(w)]
    mode = rng.choice(["oneline", "rows", "rows", "colmajor", "aligned"])
    gap = rng.choice([" ", "  ", "   ", " ", "\t"])
    if mode == "oneline":
        body = gap.join(cells)
    elif mode == "rows":
        per = rng.choice([2, 3, 3, 4, 4, 6])
        body = "\n".join(gap.join(cells[i:i + per]) for i in range(0, len(cells), per))
    elif mode == "aligned":
        per = rng.choice([3, 4])
        width = max(len(c) for c in cells) + 2
        body = "\n".join("".join(c.ljust(width) for c in cells[i:i + per]).rstrip() for i in range(0, len(cells), per))
    else:  # wallet screen read column by column: 1 5 9 / 2 6 10 ...
        cols = rng.choice([2, 3])
        rows = -(-len(cells) // cols)
        body = "\n".join(gap.join(cells[r + c * rows] for c in range(cols) if r + c * rows < len(cells))
                         for r in range(rows))
    msg = wrap_list(ctx, body, rng.choice(["en", "zh"]), p_header=0.5, p_footer=0.3)
    return ctx.case("phrase_en_numbered_columns", [msg], ["recovery_phrase"])


def b_phrase_en_fullwidth(ctx):
    rng = ctx.rng
    w = en_phrase(ctx)
    mode = rng.choice(["spaced", "ideo", "numbered", "comma", "partial", "lines", "upper"])
    if mode == "spaced":
        body = " ".join(fw(x) for x in w)
    elif mode == "ideo":
        body = "\u3000".join(fw(x) for x in w)
    elif mode == "numbered":
        st = rng.choice(["{n}．", "{n}．", "（{n}）", "{n}、", "{n}：", "{n}）"])
        lines = [fw(str(i + 1)) + st.replace("{n}", "") + fw(x) for i, x in enumerate(w)]
        body = "\n".join(lines) if rng.random() < 0.7 else "\u3000".join(lines)
    elif mode == "comma":
        body = rng.choice(["，", "、", "；"]).join(fw(x) for x in w)
    elif mode == "partial":  # IME switched to fullwidth half-way
        cut = rng.randrange(2, len(w) - 2)
        body = " ".join(w[:cut]) + " " + "\u3000".join(fw(x) for x in w[cut:])
    elif mode == "lines":
        body = "\n".join(fw(x) for x in w)
    else:
        body = " ".join(fw(x.upper()) for x in w)
    if rng.random() < 0.55:
        body = fill(ctx.pick("fullwidth_wrap"), p=body)
    return ctx.case("phrase_en_fullwidth", [body], ["recovery_phrase"])


def b_phrase_en_case(ctx):
    rng = ctx.rng
    w = en_phrase(ctx)
    mode = rng.choice(["upper", "upper", "title", "title", "firstcap", "random", "sponge", "capslock_tail"])
    w2 = case_variant(w, rng, mode)
    layout = rng.choice([" ", " ", "\n", ", "])
    body = layout.join(w2)
    if rng.random() < 0.35:
        body = fill(ctx.pick("plain_wrap_en"), p=body)
    return ctx.case("phrase_en_case", [body], ["recovery_phrase"])


def b_phrase_en_zero_width(ctx):
    rng = ctx.rng
    w = en_phrase(ctx)
    mode = rng.choice(["inside", "between", "nbsp", "ideo", "mixed", "bom", "wj_inside", "lines_zw"])
    if mode == "inside":
        w2 = [insert_zw(x, rng) if rng.random() < 0.4 else x for x in w]
        j = rng.randrange(len(w2))
        w2[j] = insert_zw(w2[j], rng)
        body = " ".join(w2)
    elif mode == "between":
        z = rng.choice(ZW)
        body = rng.choice([" " + z, z + " ", z]).join(w)
    elif mode == "nbsp":
        body = rng.choice(["\u00a0", "\u00a0", "\u202f", " \u00a0"]).join(w)
    elif mode == "ideo":
        body = "\u3000".join(w)
    elif mode == "mixed":
        seps = [" ", "\u00a0", "\u200b ", "\u3000", " \u2060", "\ufeff "]
        body = w[0] + "".join(rng.choice(seps) + x for x in w[1:])
    elif mode == "bom":
        body = "\ufeff" + " ".join(w) + rng.choice(["", "\u200b", "\n\u200b"])
    elif mode == "wj_inside":
        body = " ".join("\u2060".join(x) if rng.random() < 0.25 else x for x in w)
    else:
        body = "\n".join(x + rng.choice(["\u200b", "", "\u200c", "\u00a0"]) for x in w)
    if rng.random() < 0.35:
        body = fill(ctx.pick("plain_wrap_en"), p=body)
    return ctx.case("phrase_en_zero_width", [body], ["recovery_phrase"])


def b_phrase_en_typo(ctx):
    rng = ctx.rng
    n = pick_len(rng)
    w = en_phrase(ctx, n)
    idx = rng.sample(range(n), 2 if (n == 24 and rng.random() < 0.4) else 1)
    for i in idx:
        w[i] = typo(w[i], rng)
    layout = rng.choice(["space", "space", "lines", "numbered", "comma"])
    if layout == "space":
        body = " ".join(w)
    elif layout == "lines":
        body = "\n".join(w)
    elif layout == "numbered":
        st = rng.choice(NUM_STYLES[:10])
        body = "\n".join(num_label(st, i + 1) + x for i, x in enumerate(w))
    else:
        body = ", ".join(w)
    if rng.random() < 0.5:
        body = fill(ctx.pick("typo_wrap_en"), p=body)
    return ctx.case("phrase_en_typo", [body], ["recovery_phrase"])


def _sentence(ctx, cls, key, glue_prob=0.0):
    rng = ctx.rng
    w = en_phrase(ctx, rng.choice([12, 12, 12, 12, 24, 24, 15, 18]))
    if rng.random() < 0.15:
        w = case_variant(w, rng, rng.choice(["firstcap", "upper"]))
    p = " ".join(w) if rng.random() < 0.9 else ", ".join(w)
    tpl = ctx.pick(key)
    if glue_prob and rng.random() < glue_prob:
        # Chinese text glued to the phrase with no spaces around it
        tpl = tpl.replace(" {p} ", "{p}").replace(" {p}", "{p}").replace("{p} ", "{p}")
    return ctx.case(cls, [fill(tpl, p=p)], ["recovery_phrase"])


def b_phrase_en_sentence_en_cue(ctx):
    return _sentence(ctx, "phrase_en_sentence_en_cue", "en_cue")


def b_phrase_en_sentence_en_nocue(ctx):
    return _sentence(ctx, "phrase_en_sentence_en_nocue", "en_nocue")


def b_phrase_en_sentence_zh_cue(ctx):
    return _sentence(ctx, "phrase_en_sentence_zh_cue", "zh_cue_en", glue_prob=0.45)


def b_phrase_en_sentence_zh_nocue(ctx):
    return _sentence(ctx, "phrase_en_sentence_zh_nocue", "zh_nocue_en", glue_prob=0.45)


SPLITS = [(6, 6), (12, 12), (8, 4), (4, 4, 4), (6, 6), (4, 4, 4), (3, 9), (9, 15), (12, 6, 6), (8, 8, 8)]


def _split_parts(rng, total_options):
    sp = rng.choice([s for s in SPLITS if sum(s) in total_options])
    return sp


def b_phrase_en_split(ctx):
    rng = ctx.rng
    sp = _split_parts(rng, (12, 24))
    w = en_phrase(ctx, sum(sp))
    msgs, at, i = [], [], 0
    lang = rng.choice(["en", "en", "zh"])
    if rng.random() < 0.25:
        msgs.append(ctx.pick(f"split_intro_{lang}"))
    style = rng.choice(["space", "space", "lines", "numbered"])
    for j, k in enumerate(sp):
        chunk = w[i:i + k]
        if style == "space":
            body = " ".join(chunk)
        elif style == "lines":
            body = "\n".join(chunk)
        else:
            body = "\n".join(f"{i + m + 1}. {x}" for m, x in enumerate(chunk))
        tpl = ctx.pick(f"split_first_{lang}") if j == 0 else ctx.pick(f"split_next_{lang}")
        if rng.random() < 0.45:
            tpl = "{p}"
        at.append(len(msgs))
        msgs.append(fill(tpl, p=body))
        i += k
    if rng.random() < 0.2:
        msgs.append(ctx.pick(f"split_outro_{lang}"))
    return ctx.case("phrase_en_split", msgs, ["recovery_phrase"], secret_at=at)


# ====================================================================== phrase classes (Chinese lists)

def zh_phrase(ctx, n=None, lang=None):
    return S.phrase(ctx.rng, lang or zh_lang(ctx.rng), n or ctx.rng.choice([12, 12, 12, 12, 24, 24, 18, 15]))


def maybe_zh_wrap(ctx, body, p=0.4):
    if ctx.rng.random() < p:
        return fill(ctx.pick("zh_plain_wrap"), p=body)
    return body


def b_phrase_zh_joined(ctx):
    w = zh_phrase(ctx, ctx.rng.choice([12, 12, 24]))
    return ctx.case("phrase_zh_joined", [maybe_zh_wrap(ctx, "".join(w), 0.35)], ["recovery_phrase"])


def b_phrase_zh_spaced(ctx):
    rng = ctx.rng
    w = zh_phrase(ctx)
    sep = rng.choice([" ", " ", " ", "  ", "\u3000", " \u3000"])
    return ctx.case("phrase_zh_spaced", [maybe_zh_wrap(ctx, sep.join(w))], ["recovery_phrase"])


def b_phrase_zh_comma(ctx):
    rng = ctx.rng
    w = zh_phrase(ctx)
    sep = rng.choice(["、", "、", "，", "，", ",", ", ", "；", "，　"])
    return ctx.case("phrase_zh_comma", [maybe_zh_wrap(ctx, sep.join(w))], ["recovery_phrase"])


def b_phrase_zh_grouped(ctx):
    rng = ctx.rng
    w = zh_phrase(ctx, rng.choice([12, 12, 24, 24, 18]))
    g = rng.choice([3, 4, 3, 4, 6])
    groups = ["".join(w[i:i + g]) for i in range(0, len(w), g)]
    sep = rng.choice(["\n", "\n", " ", "  ", "\u3000", "，", " | "])
    if rng.random() < 0.2:
        groups = [" ".join(w[i:i + g]) for i in range(0, len(w), g)]
        sep = "\n"
    body = sep.join(groups)
    msg = wrap_list(ctx, body, "zh", p_header=0.45, p_footer=0.3)
    return ctx.case("phrase_zh_grouped", [msg], ["recovery_phrase"])


def b_phrase_zh_numbered(ctx):
    rng = ctx.rng
    w = zh_phrase(ctx)
    st = rng.choice(["{n}.", "{n}. ", "{n}、", "{n})", "（{n}）", "{n}：", "{n} ", "第{n}个 ", "{z} ", "#{n} ", "①"])
    if st == "①":
        cells = [circled(i + 1, "circled") + x for i, x in enumerate(w)]
    else:
        cells = [num_label(st, i + 1) + x for i, x in enumerate(w)]
    layout = rng.choice(["lines", "lines", "oneline", "rows"])
    if layout == "lines":
        body = "\n".join(cells)
    elif layout == "oneline":
        body = rng.choice([" ", "  ", "，"]).join(cells)
    else:
        per = rng.choice([3, 4])
        body = "\n".join("  ".join(cells[i:i + per]) for i in range(0, len(cells), per))
    msg = wrap_list(ctx, body, "zh", p_header=0.5, p_footer=0.3)
    return ctx.case("phrase_zh_numbered", [msg], ["recovery_phrase"])


def _zh_layout(rng, w):
    r = rng.random()
    if r < 0.5:
        return "".join(w)
    if r < 0.8:
        return " ".join(w)
    return rng.choice(["、", "，"]).join(w)


def b_phrase_zh_sentence_cue(ctx):
    w = zh_phrase(ctx, ctx.rng.choice([12, 12, 12, 24]))
    return ctx.case("phrase_zh_sentence_cue", [fill(ctx.pick("zh_cue_zh"), p=_zh_layout(ctx.rng, w))],
                    ["recovery_phrase"])


def b_phrase_zh_sentence_nocue(ctx):
    w = zh_phrase(ctx, ctx.rng.choice([12, 12, 12, 24]))
    return ctx.case("phrase_zh_sentence_nocue", [fill(ctx.pick("zh_nocue_zh"), p=_zh_layout(ctx.rng, w))],
                    ["recovery_phrase"])


# plausible non-list characters a user might mistype (homophones / look-alikes)
ZH_NOISE = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴"
ZH_ODD = "氹屌嘢咗冇啲嘅喺睇嚟佢哋乜噉嘞啱攞畀揾粤鑫淼焱垚犇骉麤龘芃鑫燚亖丨丶丿乛亅"


def b_phrase_zh_typo(ctx):
    rng = ctx.rng
    lang = zh_lang(rng)
    w = zh_phrase(ctx, rng.choice([12, 12, 24]), lang)
    wl = set(S.WORDLIST[lang])
    i = rng.randrange(len(w))
    if rng.random() < 0.5:
        pool = [c for c in (ZH_NOISE + ZH_ODD) if c not in wl and c != w[i]]
        w[i] = rng.choice(pool)
    else:
        w[i] = rng.choice([c for c in S.WORDLIST[lang] if c != w[i]])
    body = _zh_layout(rng, w) if rng.random() < 0.7 else "\n".join(
        "".join(w[k:k + 3]) for k in range(0, len(w), 3))
    return ctx.case("phrase_zh_typo", [maybe_zh_wrap(ctx, body, 0.45)], ["recovery_phrase"])


def b_phrase_zh_partial(ctx):
    rng = ctx.rng
    w = zh_phrase(ctx, rng.choice([12, 24]))
    k = rng.randrange(8, min(len(w), 16))
    start = 0 if rng.random() < 0.6 else rng.randrange(0, len(w) - k + 1)
    run = w[start:start + k]
    body = rng.choice(["", " ", "", "、"]).join(run)
    return ctx.case("phrase_zh_partial", [fill(ctx.pick("partial_zh"), p=body, k=k)], ["recovery_phrase"])


def b_phrase_zh_split(ctx):
    rng = ctx.rng
    sp = _split_parts(rng, (12, 24))
    w = zh_phrase(ctx, sum(sp))
    msgs, at, i = [], [], 0
    if rng.random() < 0.25:
        msgs.append(ctx.pick("split_intro_zh"))
    sep = rng.choice(["", "", " ", "、", "\n"])
    for j, k in enumerate(sp):
        body = sep.join(w[i:i + k])
        tpl = ctx.pick("split_first_zhzh") if j == 0 else ctx.pick("split_next_zhzh")
        if rng.random() < 0.45:
            tpl = "{p}"
        at.append(len(msgs))
        msgs.append(fill(tpl, p=body))
        i += k
    if rng.random() < 0.2:
        msgs.append(ctx.pick("split_outro_zh"))
    return ctx.case("phrase_zh_split", msgs, ["recovery_phrase"], secret_at=at)


# ====================================================================== private keys

def hex_key(ctx):
    return S.secp_priv(ctx.rng).hex()


def hex_style(rng, h, prefix_prob=0.5):
    case = rng.choice(["lower", "lower", "upper", "mixed"])
    if case == "upper":
        h = h.upper()
    elif case == "mixed":
        h = "".join(c.upper() if rng.random() < 0.5 else c for c in h)
    if rng.random() < prefix_prob:
        h = rng.choice(["0x", "0x", "0X"]) + h
    return h


def b_key_hex_nocue(ctx):
    rng = ctx.rng
    h = hex_style(rng, hex_key(ctx))
    if rng.random() < 0.5:
        body = fill(ctx.pick("hex_nocue"), k=h)
    else:
        body = h + rng.choice(["", "", "\n", " ", "?"])
    return ctx.case("key_hex_nocue", [body], ["private_key"])


def b_key_hex_grouped(ctx):
    rng = ctx.rng
    h = hex_key(ctx)
    h = h.upper() if rng.random() < 0.3 else h
    mode = rng.choice(["g4", "g8", "g8", "lines2", "g4dash", "g8dash", "lines4", "g16"])
    pre = rng.choice(["", "", "0x"])
    if mode in ("g4", "g4dash"):
        parts = [h[i:i + 16] for i in range(0, 64, 16)]
        body = (" " if mode == "g4" else rng.choice(["-", " - "])).join(parts)
    elif mode in ("g8", "g8dash"):
        parts = [h[i:i + 8] for i in range(0, 64, 8)]
        body = (rng.choice([" ", "  "]) if mode == "g8" else "-").join(parts)
    elif mode == "g16":
        parts = [h[i:i + 4] for i in range(0, 64, 4)]
        body = rng.choice([" ", "-"]).join(parts)
    elif mode == "lines2":
        cut = rng.choice([32, 32, 30, 40, 21])
        body = h[:cut] + "\n" + h[cut:]
    else:
        body = "\n".join(h[i:i + 16] for i in range(0, 64, 16))
    body = pre + body
    if rng.random() < 0.6:
        body = fill(ctx.pick(rng.choice(["key_cue_en", "key_cue_zh"])), k=body)
    return ctx.case("key_hex_grouped", [body], ["private_key"])


def b_key_hex_cue_en(ctx):
    h = hex_style(ctx.rng, hex_key(ctx), 0.4)
    return ctx.case("key_hex_cue_en", [fill(ctx.pick("key_cue_en"), k=h)], ["private_key"])


def b_key_hex_cue_zh(ctx):
    rng = ctx.rng
    h = hex_style(rng, hex_key(ctx), 0.4)
    tpl = ctx.pick("key_cue_zh")
    if rng.random() < 0.4:
        tpl = tpl.replace(" {k} ", "{k}").replace(" {k}", "{k}").replace("{k} ", "{k}")
    return ctx.case("key_hex_cue_zh", [fill(tpl, k=h)], ["private_key"])


def b_key_hex_misleading(ctx):
    h = hex_style(ctx.rng, hex_key(ctx), 0.5)
    # every template makes clear the hex is the key, around transaction words
    return ctx.case("key_hex_misleading", [fill(ctx.pick("key_mislead"), k=h)], ["private_key"])


def b_key_wif(ctx):
    rng = ctx.rng
    comp = rng.random() < 0.65
    k = S.wif(S.secp_priv(rng), compressed=comp)
    body = fill(ctx.pick("wif_tpl"), k=k) if rng.random() < 0.8 else k
    return ctx.case("key_wif", [body], ["private_key"])


def b_key_xprv(ctx, kind):
    rng = ctx.rng
    w = S.phrase(rng, "en", 12)
    master = kind == "xprv" and rng.random() < 0.35
    x = S.extended_priv(S.seed_from_phrase(w), kind, master=master)
    if rng.random() < 0.1:
        x = x[:55] + "\n" + x[55:]
    body = fill(ctx.pick("xprv_tpl"), k=x) if rng.random() < 0.8 else x
    return ctx.case("key_xprv", [body], ["private_key"])


def b_key_solana_base58(ctx):
    rng = ctx.rng
    k = S.b58encode(S.solana_keypair(rng))
    body = fill(ctx.pick("sol_tpl"), k=k) if rng.random() < 0.75 else k
    return ctx.case("key_solana_base58", [body], ["private_key"])


def sol_array(rng, b):
    nums = [str(x) for x in b]
    mode = rng.choice(["compact", "compact", "spaced", "wrap", "perline", "pretty", "wrapspace"])
    if mode == "compact":
        return "[" + ",".join(nums) + "]"
    if mode == "spaced":
        return "[" + ", ".join(nums) + "]"
    if mode in ("wrap", "wrapspace"):
        per = rng.choice([8, 10, 12, 16, 20, 32])
        j = ",\n" if mode == "wrap" else ", \n"
        return "[" + j.join(",".join(nums[i:i + per]) for i in range(0, len(nums), per)) + "]"
    if mode == "perline":
        return "[\n" + ",\n".join(nums) + "\n]"
    return "[\n  " + ",\n  ".join(nums) + "\n]"


def b_key_solana_json(ctx):
    rng = ctx.rng
    arr = sol_array(rng, S.solana_keypair(rng))
    body = fill(ctx.pick("sol_json_tpl"), k=arr) if rng.random() < 0.7 else arr
    return ctx.case("key_solana_json", [body], ["private_key"])


def b_key_solana_seed_array(ctx):
    rng = ctx.rng
    arr = sol_array(rng, S.solana_keypair(rng)[:32])
    body = fill(ctx.pick("sol_seed_tpl"), k=arr) if rng.random() < 0.7 else arr
    return ctx.case("key_solana_seed_array", [body], ["private_key"])


def b_key_eth_keystore(ctx, ks_rng):
    rng = ctx.rng
    priv = S.secp_priv(ks_rng)
    ks_pw = gen_password(ks_rng)
    kdf = ks_rng.choice(["scrypt", "scrypt_light", "pbkdf2"])
    if kdf == "scrypt":
        ks = S.eth_keystore(priv, ks_pw, ks_rng, "scrypt", 262144)
    elif kdf == "scrypt_light":
        ks = S.eth_keystore(priv, ks_pw, ks_rng, "scrypt", 8192)
    else:
        ks = S.eth_keystore(priv, ks_pw, ks_rng, "pbkdf2", 262144)
    if rng.random() < 0.2:  # some wallets write Crypto with a capital C
        ks = {("Crypto" if k == "crypto" else k): v for k, v in ks.items()}
    fmt = rng.choice(["min", "min", "pretty2", "pretty4", "spaced"])
    if fmt == "min":
        text = json.dumps(ks, separators=(",", ":"))
    elif fmt == "spaced":
        text = json.dumps(ks)
    else:
        text = json.dumps(ks, indent=int(fmt[-1]))
    kinds = ["private_key"]
    if rng.random() < 0.25:
        tpl = ctx.pick("keystore_with_pw")
        kinds = ["private_key", "password"]
    else:
        tpl = ctx.pick("keystore_tpl")
    fname = "UTC--20%02d-%02d-%02dT%02d-%02d-%02d.%03dZ--%s" % (
        rng.randrange(18, 25), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60),
        rng.randrange(60), rng.randrange(1000), ks["address"])
    body = fill(tpl, k=text, f=fname, pw=ks_pw)
    return ctx.case("key_eth_keystore", [body], kinds)


# ====================================================================== cards

def brand_for(tpl):
    low = tpl.lower()
    if "visa" in low:
        return "visa"
    if "mastercard" in low or "mc " in low:
        return "mc"
    if any(b in tpl for b in ("工行", "农行", "建行", "中行", "招行", "招商", "工商", "建设银行", "储蓄卡")):
        return "unionpay"
    return None


def b_card_grouped(ctx):
    rng = ctx.rng
    tpl = ctx.pick(rng.choice(["card_tpl_en", "card_tpl_zh"])) if rng.random() < 0.7 else "{c}"
    num, br = S.card_number(rng, brand=brand_for(tpl))
    g = S.card_groups(num, br)
    body = fill(tpl, c=rng.choice([" ", " ", "-", ".", "  ", " - "]).join(g))
    return ctx.case("card_grouped", [body], ["card_number"])


def b_card_plain(ctx):
    rng = ctx.rng
    tpl = ctx.pick(rng.choice(["card_tpl_en", "card_tpl_zh"])) if rng.random() < 0.75 else "{c}"
    num, br = S.card_number(rng, brand=brand_for(tpl))
    body = fill(tpl, c=num)
    return ctx.case("card_plain", [body], ["card_number"])


def b_card_glued_zh(ctx):
    rng = ctx.rng
    tpl = ctx.pick("card_glued_zh")
    num, br = S.card_number(rng, brand=brand_for(tpl) or rng.choice(["unionpay", "unionpay", "unionpay", "visa", "mc"]))
    return ctx.case("card_glued_zh", [fill(tpl, c=num)], ["card_number"])


def b_card_fullwidth(ctx):
    rng = ctx.rng
    num, br = S.card_number(rng, brand=rng.choice(["unionpay", "unionpay", "visa", "mc", None]))
    mode = rng.choice(["plain", "plain", "grouped_ideo", "grouped_space", "dash"])
    if mode == "plain":
        body = fw(num)
    elif mode == "grouped_ideo":
        body = "\u3000".join(fw(x) for x in S.card_groups(num, br))
    elif mode == "grouped_space":
        body = " ".join(fw(x) for x in S.card_groups(num, br))
    else:
        body = fw("-".join(S.card_groups(num, br)))
    return ctx.case("card_fullwidth", [fill(ctx.pick("card_tpl_zh"), c=body)], ["card_number"])


def b_card_expiry_cvv(ctx):
    rng = ctx.rng
    tpl = ctx.pick(rng.choice(["card_expcvv_en", "card_expcvv_zh"]))
    num, br = S.card_number(rng, brand=brand_for(tpl) or rng.choice(["visa", "mc", "unionpay", "amex", "jcb", None]))
    c = rng.choice([num, " ".join(S.card_groups(num, br)), " ".join(S.card_groups(num, br))])
    kinds = ["card_number"] + (["password"] if "{cvv}" in tpl else [])
    body = fill(tpl, c=c, exp=gen_exp(rng), cvv=gen_cvv(rng, br == "amex"))
    return ctx.case("card_expiry_cvv", [body], kinds)


def b_card_complaint(ctx):
    rng = ctx.rng
    num, br = S.card_number(rng, brand=rng.choice(["visa", "mc", "unionpay", "unionpay", None]))
    c = rng.choice([num, num, " ".join(S.card_groups(num, br)), "-".join(S.card_groups(num, br))])
    tpl = ctx.pick(rng.choice(["card_complaint_en", "card_complaint_zh"]))
    return ctx.case("card_complaint", [fill(tpl, c=c)], ["card_number"])


# ====================================================================== passwords / PIN / CVV

def pw_values(rng):
    return dict(pw=gen_password(rng), simple=gen_password(rng, "word"), pay=gen_digits_pw(rng, 6),
                num=gen_password(rng, "numeric"), pin=gen_pin(rng), cvv=gen_cvv(rng))


def b_password_en(ctx):
    return ctx.case("password_en", [fill(ctx.pick("pw_en"), **pw_values(ctx.rng))], ["password"])


def b_password_zh(ctx):
    return ctx.case("password_zh", [fill(ctx.pick("pw_zh"), **pw_values(ctx.rng))], ["password"])


LABEL_TYPO_EN = ["pasword", "passwrod", "passowrd", "pssword", "paasword", "passwor", "passsword", "passward",
                 "pasword", "passwrd", "pasw", "psw", "passwd", "PASSWORD", "Pasword", "passwod", "pasword",
                 "pin cdoe", "pni", "passcode", "pass word", "pass-word", "passwort", "parola"]
LABEL_TYPO_ZH = ["密吗", "蜜码", "秘码", "密玛", "米码", "mima", "MM", "密 码", "密碼", "支付密吗", "登陆密码", "登入密碼",
                 "交易密吗", "密码啊", "蜜马", "支付秘码", "登录蜜码", "pwd", "支 付 密 码"]
LABEL_SEPS = ["：", "：", "：", ":", " ", " 是 ", "是", "＝", "=", " : ", "：　", " -- ", "->"]


def b_password_label_variant(ctx):
    rng = ctx.rng
    v = pw_values(rng)
    if rng.random() < 0.5:
        lab = rng.choice(LABEL_TYPO_EN)
        tpl = ctx.pick("pw_variant_en")
    else:
        lab = rng.choice(LABEL_TYPO_ZH)
        tpl = ctx.pick("pw_variant_zh")
    val = v["pay"] if ("支付" in lab or "交易" in lab) else (v["pin"] if "pin" in lab.lower() or lab == "pni" else v["pw"])
    if rng.random() < 0.2:
        val = fw(val)
    sep = rng.choice(LABEL_SEPS)
    return ctx.case("password_label_variant", [fill(tpl, lab=lab, sep=sep, v=val)], ["password"])


def b_password_pin(ctx):
    return ctx.case("password_pin", [fill(ctx.pick("pin_tpl"), **pw_values(ctx.rng))], ["password"])


def b_password_cvv(ctx):
    rng = ctx.rng
    v = pw_values(rng)
    if rng.random() < 0.12:
        v["cvv"] = gen_cvv(rng, amex=True)
    return ctx.case("password_cvv", [fill(ctx.pick("cvv_tpl"), **v)], ["password"])


def b_password_after_mention(ctx):
    rng = ctx.rng
    lang = rng.choice(["en", "zh"])
    first, vtype = rng.choice(ctx.C[f"mention_{lang}"])
    v = pw_values(rng)
    val = v[vtype]
    second = fill(ctx.pick(f"mention_reply_{lang}"), v=val) if rng.random() < 0.45 else val
    msgs = [first, second]
    if rng.random() < 0.2:
        msgs.append(ctx.pick(f"mention_after_{lang}"))
    return ctx.case("password_after_mention", msgs, ["password"], secret_at=[1])


# ====================================================================== handwritten

def hw_values(ctx):
    rng = ctx.rng
    e12, e24 = S.phrase(rng, "en", 12), S.phrase(rng, "en", 24)
    z12, zt12, z24 = S.phrase(rng, "zhs", 12), S.phrase(rng, "zht", 12), S.phrase(rng, "zhs", 24)
    num, br = S.card_number(rng, brand="unionpay")
    vnum, vbr = S.card_number(rng, brand="visa", length=16)
    mnum, mbr = S.card_number(rng, brand="mc")
    priv = S.secp_priv(rng)
    sw = S.phrase(rng, "en", 12)
    kp = S.solana_keypair(rng)
    v = {
        "PHRASE12_EN": " ".join(e12),
        "PHRASE12_EN_LINES": "\n".join(e12),
        "PHRASE12_EN_NUM": "\n".join(f"{i + 1}. {x}" for i, x in enumerate(e12)),
        "PHRASE12_EN_A": " ".join(e12[:6]),
        "PHRASE12_EN_B": " ".join(e12[6:]),
        "PHRASE12_EN_FIRST8": " ".join(e12[:8]),
        "PHRASE12_EN_TYPO": " ".join(e12[:5] + [typo(e12[5], rng)] + e12[6:]),
        "PHRASE12_EN_CAPS": " ".join(e12).upper(),
        "PHRASE24_EN": " ".join(e24),
        "PHRASE24_EN_A": " ".join(e24[:12]),
        "PHRASE24_EN_B": " ".join(e24[12:]),
        "PHRASE12_ZH": "".join(z12),
        "PHRASE12_ZH_SP": " ".join(z12),
        "PHRASE12_ZH_A": "".join(z12[:6]),
        "PHRASE12_ZH_B": "".join(z12[6:]),
        "PHRASE12_ZH_G3": " ".join("".join(z12[i:i + 3]) for i in range(0, 12, 3)),
        "PHRASE12_ZHT": "".join(zt12),
        "PHRASE12_ZHT_SP": " ".join(zt12),
        "PHRASE24_ZH": "".join(z24),
        "PHRASE24_ZH_SP": " ".join(z24),
        "HEX": priv.hex(),
        "HEX0X": "0x" + priv.hex(),
        "HEX_A": priv.hex()[:32],
        "HEX_B": priv.hex()[32:],
        "HEX_UP": priv.hex().upper(),
        "WIF": S.wif(S.secp_priv(rng), compressed=True),
        "WIF5": S.wif(S.secp_priv(rng), compressed=False),
        "XPRV": S.extended_priv(S.seed_from_phrase(sw), "xprv"),
        "ZPRV": S.extended_priv(S.seed_from_phrase(sw), "zprv"),
        "SOL58": S.b58encode(kp),
        "SOLARR": "[" + ",".join(str(b) for b in kp) + "]",
        "CARD_UP": num,
        "CARD_UP_G": " ".join(S.card_groups(num, br)),
        "CARD_VISA": vnum,
        "CARD_VISA_G": " ".join(S.card_groups(vnum, vbr)),
        "CARD_MC_G": "-".join(S.card_groups(mnum, mbr)),
        "EXP": gen_exp(rng),
        "CVV": gen_cvv(rng),
    }
    return v


def build_handwritten(ctx, entries):
    out = []
    for cls, kinds, msgs, at in entries:
        v = hw_values(ctx)
        filled = [fill(m, **v) for m in msgs]
        for m in filled:
            assert not re.search(r"\{[A-Z0-9_]+\}", m), m
        out.append(ctx.case(cls, filled, kinds, secret_at=at, source="handwritten"))
    return out


# ====================================================================== driver

PLAN = [
    # (file, builder, count)
    ("phrase_en", b_phrase_en_plain, 120),
    ("phrase_en", b_phrase_en_partial, 90),
    ("phrase_en", b_phrase_en_one_per_line, 90),
    ("phrase_en", b_phrase_en_numbered, 170),
    ("phrase_en", b_phrase_en_circled, 70),
    ("phrase_en", b_phrase_en_bullets, 100),
    ("phrase_en", b_phrase_en_delimited, 110),
    ("phrase_en", b_phrase_en_tabs, 70),
    ("phrase_en", b_phrase_en_numbered_columns, 90),
    ("phrase_en", b_phrase_en_fullwidth, 90),
    ("phrase_en", b_phrase_en_case, 90),
    ("phrase_en", b_phrase_en_zero_width, 110),
    ("phrase_en", b_phrase_en_typo, 110),
    ("phrase_en", b_phrase_en_sentence_en_cue, 90),
    ("phrase_en", b_phrase_en_sentence_en_nocue, 90),
    ("phrase_en", b_phrase_en_sentence_zh_cue, 100),
    ("phrase_en", b_phrase_en_sentence_zh_nocue, 100),
    ("phrase_en", b_phrase_en_split, 90),
    ("phrase_zh", b_phrase_zh_joined, 90),
    ("phrase_zh", b_phrase_zh_spaced, 80),
    ("phrase_zh", b_phrase_zh_comma, 70),
    ("phrase_zh", b_phrase_zh_grouped, 90),
    ("phrase_zh", b_phrase_zh_numbered, 70),
    ("phrase_zh", b_phrase_zh_sentence_cue, 80),
    ("phrase_zh", b_phrase_zh_sentence_nocue, 90),
    ("phrase_zh", b_phrase_zh_typo, 70),
    ("phrase_zh", b_phrase_zh_partial, 70),
    ("phrase_zh", b_phrase_zh_split, 70),
    ("keys", b_key_hex_nocue, 80),
    ("keys", b_key_hex_grouped, 80),
    ("keys", b_key_hex_cue_en, 70),
    ("keys", b_key_hex_cue_zh, 70),
    ("keys", b_key_hex_misleading, 80),
    ("keys", b_key_wif, 100),
    ("keys", "xprv", 100),
    ("keys", b_key_solana_base58, 80),
    ("keys", b_key_solana_json, 80),
    ("keys", b_key_solana_seed_array, 65),
    ("keys", "keystore", 64),
    ("cards", b_card_grouped, 100),
    ("cards", b_card_plain, 80),
    ("cards", b_card_glued_zh, 80),
    ("cards", b_card_fullwidth, 65),
    ("cards", b_card_expiry_cvv, 90),
    ("cards", b_card_complaint, 90),
    ("passwords", b_password_en, 110),
    ("passwords", b_password_zh, 110),
    ("passwords", b_password_label_variant, 90),
    ("passwords", b_password_pin, 85),
    ("passwords", b_password_cvv, 70),
    ("passwords", b_password_after_mention, 110),
]


def generate_split(split):
    if split == "dev":
        import carriers_dev as carriers
        import handwritten_dev as hw
    else:
        import carriers_holdout as carriers
        import handwritten_holdout as hw
    rng = random.Random(SEEDS[split])
    ks_rng = random.Random(KS_SEEDS[split])
    ctx = Ctx(split, rng, carriers.C)
    files = {}
    seen = set()
    for fname, builder, count in PLAN:
        made = 0
        while made < count:
            if builder == "xprv":
                kinds = list(S.SLIP132_PRIV)
                c = b_key_xprv(ctx, kinds[ctx.counter.get("key_xprv", 0) % len(kinds)])
            elif builder == "keystore":
                c = b_key_eth_keystore(ctx, ks_rng)
            else:
                c = builder(ctx)
            key = tuple(c["messages"])
            if key in seen:  # same text twice (small value spaces: CVV, PIN): draw again
                ctx.counter[c["class"]] -= 1
                continue
            seen.add(key)
            files.setdefault(fname, []).append(c)
            made += 1
    files["handwritten_user"] = build_handwritten(ctx, hw.ENTRIES)
    outdir = os.path.join(HERE, split)
    os.makedirs(outdir, exist_ok=True)
    for fname, cases in files.items():
        with open(os.path.join(outdir, fname + ".jsonl"), "w", encoding="utf-8") as f:
            for c in cases:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
    return files


# ====================================================================== validation

SCHEMA_KEYS = ["id", "class", "side", "messages", "secret", "secret_at", "kinds", "request", "source"]
KINDS = {"recovery_phrase", "private_key", "card_number", "password"}
B58RE = re.compile(r"[1-9A-HJ-NP-Za-km-z]{50,120}")


def _check_material(c):
    """Spot-check that the secret material of some classes really verifies."""
    text = "\n".join(c["messages"])
    cls = c["class"]
    if cls in ("key_wif", "key_xprv", "key_solana_base58"):
        toks = B58RE.findall(text)
        if cls == "key_xprv":
            toks += [t[:111] for t in B58RE.findall(text.replace("\n", ""))]
        ok = False
        for tok in toks:
            n = 0
            for ch in tok:
                n = n * 58 + S.B58.index(ch)
            raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
            if cls == "key_solana_base58":
                if len(raw) == 64:
                    from cryptography.hazmat.primitives.asymmetric import ed25519
                    from cryptography.hazmat.primitives import serialization
                    pub = ed25519.Ed25519PrivateKey.from_private_bytes(raw[:32]).public_key().public_bytes(
                        serialization.Encoding.Raw, serialization.PublicFormat.Raw)
                    ok = ok or pub == raw[32:]
            else:
                import hashlib
                body, chk = raw[:-4], raw[-4:]
                if hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == chk:
                    if cls == "key_wif":
                        ok = ok or (body[0] == 0x80 and len(body) in (33, 34))
                    else:
                        ok = ok or (len(body) == 78 and int.from_bytes(body[:4], "big") in
                                    {v for v, _ in S.SLIP132_PRIV.values()})
        assert ok, (cls, text[:200])
    if cls == "key_eth_keystore":
        assert '"ciphertext"' in text and '"mac"' in text and '"kdfparams"' in text
    if cls.startswith("card_") and cls != "card_fullwidth":
        groups = re.findall(r"\d+", text)
        cands = ["".join(groups[i:j]) for i in range(len(groups)) for j in range(i + 1, len(groups) + 1)]
        assert any(13 <= len(x) <= 19 and S.luhn_ok(x) and any(x.startswith(b[0]) and len(x) == b[1]
                                                                 for b in S.CARD_BINS) for x in cands), text
    if cls in ("phrase_en_plain", "phrase_en_sentence_en_cue", "phrase_zh_joined"):
        lang_words = S.WORDLIST["en"] if "_en" in cls else None
        if lang_words:
            ws = [w.strip(",.?!()（）:：;").lower() for w in text.split()]
            wl = set(lang_words)
            best, cur = [], []
            for w in ws:
                if w in wl:
                    cur.append(w)
                    best = max(best, cur, key=len)
                else:
                    cur = []
            assert len(best) >= 12 and S.phrase_valid(best, "en") or len(best) > 12, (cls, text)


def validate(splits=("dev", "holdout")):
    from collections import Counter
    ids, texts = set(), {}
    table = {}
    for split in splits:
        d = os.path.join(HERE, split)
        for fn in sorted(os.listdir(d)):
            if not fn.endswith(".jsonl"):
                continue
            with open(os.path.join(d, fn), encoding="utf-8") as f:
                for ln, line in enumerate(f, 1):
                    c = json.loads(line)
                    where = f"{split}/{fn}:{ln}"
                    assert list(c) == SCHEMA_KEYS, where
                    assert isinstance(c["id"], str) and c["id"] not in ids, where
                    ids.add(c["id"])
                    assert re.fullmatch(r"[a-z0-9_]+", c["class"]), where
                    assert c["side"] == "user" and c["request"] is None, where
                    assert isinstance(c["messages"], list) and c["messages"], where
                    assert all(isinstance(m, str) and m.strip() for m in c["messages"]), where
                    assert c["secret"] is True, where
                    assert c["secret_at"] and all(isinstance(i, int) and 0 <= i < len(c["messages"])
                                                  for i in c["secret_at"]), where
                    assert sorted(set(c["secret_at"])) == c["secret_at"], where
                    assert c["kinds"] and set(c["kinds"]) <= KINDS and len(set(c["kinds"])) == len(c["kinds"]), where
                    assert c["source"] in ("generated", "handwritten"), where
                    assert (c["source"] == "handwritten") == fn.startswith("handwritten_"), where
                    key = tuple(c["messages"])
                    assert key not in texts, (where, texts.get(key))
                    texts[key] = where
                    _check_material(c)
                    table.setdefault(c["class"], Counter())[split] += 1
    print(f"{'class':34s} " + " ".join(f"{s:>8s}" for s in splits))
    for cls in sorted(table):
        print(f"{cls:34s} " + " ".join(f"{table[cls][s]:8d}" for s in splits))
    print(f"{'TOTAL':34s} " + " ".join(f"{sum(t[s] for t in table.values()):8d}" for s in splits))
    return table


if __name__ == "__main__":
    if "--check" not in sys.argv:
        for split in ("dev", "holdout"):
            files = generate_split(split)
            print(split, sum(len(v) for v in files.values()))
    validate()
