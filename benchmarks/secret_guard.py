"""Recall and false positives of the secret guard (bot/safety/secrets.py).

Recall: generated recovery phrases (every BIP-39 length, English and Chinese, varied
separators, numbering and case, embedded in sentences), partial runs of 8+ words, private
keys, WIF and xprv keys, card numbers and stated passwords.
False positives: realistic support messages in both languages full of amounts, transaction
hashes, addresses, order numbers and phone numbers.

Run: python benchmarks/secret_guard.py  (prints a table; exits non-zero below the targets)
"""

from __future__ import annotations

import hashlib
import random
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mnemonic import Mnemonic

from bot.safety.secrets import PHRASE_LENGTHS, luhn_valid, scan

SEED = 20261125
RECALL_TARGET = 0.999
FALSE_POSITIVE_LIMIT = 0.005
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

EN_WRAPS = (
    "{}",
    "my recovery phrase is {} can you check it",
    "Here are my words: {}",
    "Support asked me to send the seed: {}. Is my wallet safe?",
    "I wrote this down when I created the wallet\n{}\nplease restore it",
    "seed phrase = {}",
    "is this right? {} thanks",
)
ZH_WRAPS = (
    "{}",
    "我的助记词是{}请帮我恢复钱包",
    "助记词：{}",
    "客服让我发助记词 {} 这样安全吗？",
    "这是我创建钱包时抄下来的\n{}\n麻烦帮我找回资产",
    "请看一下 {} 是不是对的",
)


@dataclass(frozen=True, slots=True)
class Sample:
    group: str
    text: str


def _number_words(words: list[str], rng: random.Random) -> str:
    style = rng.choice(("{n}. {w}", "{n}){w}", "{n} {w}", "{n}.{w}"))
    joiner = rng.choice(("\n", " ", "  "))
    return joiner.join(style.format(n=i + 1, w=w) for i, w in enumerate(words))


def _english_phrase(rng: random.Random, words: list[str]) -> str:
    case = rng.choice((str.lower, str.upper, str.title, str.capitalize))
    words = [case(w) for w in words]
    if rng.random() < 0.25:
        return _number_words(words, rng)
    return rng.choice((" ", ", ", "\n", " - ", ",", "  ", " | ")).join(words)


def _chinese_phrase(rng: random.Random, words: list[str]) -> str:
    if rng.random() < 0.2:
        return _number_words(words, rng)
    return rng.choice((" ", "，", "、", "\n", "", "", ", ", "  ")).join(words)


def generated_secrets(rng: random.Random) -> list[Sample]:
    samples: list[Sample] = []
    languages = {
        "english": Mnemonic("english"),
        "chinese_simplified": Mnemonic("chinese_simplified"),
        "chinese_traditional": Mnemonic("chinese_traditional"),
    }
    strengths = {12: 128, 15: 160, 18: 192, 21: 224, 24: 256}
    for index in range(1200):
        name = ("english", "chinese_simplified", "chinese_traditional")[index % 3]
        length = PHRASE_LENGTHS[(index // 3) % len(PHRASE_LENGTHS)]
        words = languages[name].generate(strengths[length]).split()
        if name == "english":
            phrase, wrap = _english_phrase(rng, words), rng.choice(EN_WRAPS)
        else:
            phrase, wrap = _chinese_phrase(rng, words), rng.choice(ZH_WRAPS)
        samples.append(Sample(f"phrase {name} {length}", wrap.format(phrase)))
    for index in range(300):  # partial runs of 8–11 words
        name = ("english", "chinese_simplified")[index % 2]
        words = languages[name].generate(128).split()[: rng.randint(8, 11)]
        joined = " ".join(words) if name == "english" else rng.choice((" ", "，", "、")).join(words)
        wrap = rng.choice(EN_WRAPS if name == "english" else ZH_WRAPS)
        samples.append(Sample(f"partial {name}", wrap.format(joined)))
    for _ in range(100):
        key = "".join(rng.choice("0123456789abcdef") for _ in range(64))
        key = rng.choice((key, "0x" + key, key.upper()))
        wrap = rng.choice(("{}", "my private key {}", "私钥：{}", "export gave me {} is it ok?"))
        samples.append(Sample("private key hex", wrap.format(key)))
    for _ in range(50):
        samples.append(Sample("private key wif", f"wallet key {_wif(rng)}"))
        samples.append(Sample("extended key", f"xprv: {_xprv(rng)}"))
    for _ in range(150):
        number = _card(rng)
        spaced = rng.choice(
            (
                number,
                " ".join(number[i : i + 4] for i in range(0, len(number), 4)),
                "-".join(number[i : i + 4] for i in range(0, len(number), 4)),
            )
        )
        wrap = rng.choice(("my card {} was charged twice", "卡号 {} 扣款两次", "{}"))
        samples.append(Sample("card number", wrap.format(spaced)))
    for _ in range(100):
        secret = rng.choice(("hunter2", "Qwerty!9", "pa55word", "8866", "123", "Ab12cd!"))
        wrap = rng.choice(
            (
                "my password is {}",
                "password: {}",
                "PIN {}",
                "cvv {}",
                "我的密码是{}",
                "支付密码是 {}",
                "安全码 {}",
            )
        )
        samples.append(Sample("password", wrap.format(secret)))
    return samples


def _base58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    number, out = int.from_bytes(data, "big"), ""
    while number:
        number, rem = divmod(number, 58)
        out = _BASE58[rem] + out
    return "1" * (len(data) - len(data.lstrip(b"\x00"))) + out


def _wif(rng: random.Random) -> str:
    key = bytes(rng.getrandbits(8) for _ in range(32))
    compressed = rng.random() < 0.5
    return _base58check(b"\x80" + key + (b"\x01" if compressed else b""))


def _xprv(rng: random.Random) -> str:
    return "xprv" + "".join(rng.choice(_BASE58) for _ in range(107))


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for check in string.digits:
        if luhn_valid(body + check):
            return body + check
    raise AssertionError("unreachable")


def _card(rng: random.Random) -> str:
    prefix, length = rng.choice(
        (
            ("4", 16),
            ("51", 16),
            ("2221", 16),
            ("37", 15),
            ("62", 19),
            ("6222", 16),
            ("35", 16),
            ("6011", 16),
        )
    )
    return _luhn_complete(prefix, length, rng)


# ------------------------------------------------------------ the clean corpus
def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _b58(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_BASE58) for _ in range(n))


FILLS: dict[str, Callable[[random.Random], str]] = {
    "amount": lambda r: r.choice(
        (
            "250 USDT",
            "88.5 CNY",
            "1,000 CNY",
            "$49.99",
            "¥3,200",
            "0.35 ETH",
            "12 TRX",
            "5000 USD",
            "0.0021 BTC",
        )
    ),
    "txhash": lambda r: "0x" + _hex(r, 64),
    "btctx": lambda r: _hex(r, 64),
    "eth": lambda r: "0x" + _hex(r, 40),
    "tron": lambda r: "T" + _b58(r, 33),
    "btc": lambda r: (
        "bc1q" + "".join(r.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(38))
    ),
    "order": lambda r: r.choice(
        (
            f"2026{r.randint(10**11, 10**12 - 1)}",
            f"TP-{r.randint(1, 999999):06d}",
            f"ORD-{r.randint(10000, 99999)}",
            f"{r.randint(10**17, 10**18 - 1)}",
        )
    ),
    "phone": lambda r: r.choice(
        (
            f"138{r.randint(10**7, 10**8 - 1)}",
            f"+86 139 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            f"+1 415 555 {r.randint(1000, 9999)}",
        )
    ),
    "date": lambda r: f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}",
    "version": lambda r: f"{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
}
EN_CORPUS = (
    "I sent {amount} to {eth} on {date} and it still shows pending",
    "my transfer of {amount} failed, tx hash {txhash}",
    "The transaction {txhash} says success but my friend got nothing",
    "txid: {btctx} — where is my {amount}?",
    "Withdrawal to {tron} is stuck for 3 hours",
    "please check order {order}, I was charged {amount} twice",
    "my phone number changed to {phone}, how do I update it?",
    "Can't log in since the update to version {version}, app crashes",
    "I forgot my password and the SMS code never comes to {phone}",
    "my account is locked after entering the wrong password",
    "Someone asked for my recovery phrase, is that support?",
    "I lost my seed phrase, can you recover my wallet?",
    "Refund for order {order} has not arrived yet",
    "What is the fee for sending {amount} to a bank account?",
    "Deposit to {btc} not showing after 6 confirmations, hash {btctx}",
    "Is it safe to keep {amount} in the wallet?",
    "How do I enable two factor authentication?",
    "I paid {amount} at the shop, reference {order}, but it failed",
    "The app says network error when I send money to {phone}",
    "Please close ticket {order}, problem solved, thank you",
    "My daily limit is too low, I need to send {amount}",
    "explorer link: https://etherscan.io/tx/{txhash}",
    "I sent it from {eth} to {eth} at {date} 14:30",
    "password reset link expired, tried again at {date}",
    "card ending 4242 was declined for {amount}",
    "Hi, my order number is {order} and the amount was {amount}",
    "Got an email saying my account will be frozen unless I click a link, is it real?",
    "Transfer {order} from {date}: bank says it never arrived",
)
ZH_CORPUS = (
    "我在{date}转了{amount}到{eth}，现在还显示处理中",
    "转账失败了，交易哈希是{txhash}",
    "交易{txhash}显示成功，但是对方没收到",
    "提现到{tron}已经三个小时了还没到账",
    "订单{order}被重复扣款{amount}，请帮我退款",
    "我换了手机号{phone}，怎么修改绑定？",
    "更新到{version}版本后一登录就闪退",
    "忘记密码了，验证码一直发不到{phone}",
    "输错几次密码账户就被锁了怎么办",
    "有人自称客服问我要助记词，是真的吗？",
    "我的助记词丢了，还能找回钱包吗？",
    "订单{order}的退款还没到账",
    "转{amount}到银行卡要多少手续费？",
    "充值到{btc}六个确认了还没显示，哈希{btctx}",
    "钱放在钱包里安全吗？有没有加密？",
    "怎么开启双重验证？",
    "我在商店付了{amount}，参考号{order}，显示失败",
    "给{phone}转账提示网络错误",
    "问题已经解决了，工单{order}可以关闭了，谢谢",
    "每日限额太低了，我要转{amount}",
    "浏览器链接：https://tronscan.org/#/transaction/{btctx}",
    "{date} 14:30 从{eth}转到{eth}",
    "重置密码的链接过期了，我在{date}又试了一次",
    "我忘记了我的助记词，请问客服能帮我找回钱包里的资金吗",
    "你好，我的订单号是{order}，金额{amount}",
    "收到短信说账户要被冻结，让我点链接，这是真的吗？",
    "{date}的转账{order}，银行说没有收到",
    "为什么我的转账一直处理中，已经过了预计到账时间",
)


def clean_corpus(rng: random.Random, size_per_language: int = 300) -> list[Sample]:
    samples = []
    for language, templates in (("en", EN_CORPUS), ("zh", ZH_CORPUS)):
        for index in range(size_per_language):
            template = templates[index % len(templates)]
            text = template
            while "{" in text:
                start = text.index("{")
                name = text[start + 1 : text.index("}", start)]
                text = text[:start] + FILLS[name](rng) + text[text.index("}", start) + 1 :]
            samples.append(Sample(language, text))
    return samples


def natural_prose() -> list[Sample]:
    """Support prose nobody wrote for this test: every catalog text, the FAQ question tables,
    and the sentences of the source article on the wallet's customer service."""
    import re

    from bot.i18n import read_catalog

    root = Path(__file__).resolve().parents[1]
    texts = []
    for locale in ("zh", "en"):
        for source in read_catalog(locale).values():
            for line in source.splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    texts.append(line.split("=", 1)[-1].strip())
    for name in ("faq_questions_zh.tsv", "faq_questions_en.tsv"):
        for line in (root / "tests/data" / name).read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                texts.append(line.split("\t", 1)[-1])
    article = root.parent / "shared/seed/000_1462b39e69abf47f.txt"
    if article.exists():
        texts += [s for s in re.split(r"[。\n]", article.read_text("utf-8")) if s.strip()]
    return [Sample("prose", text) for text in texts if text]


@dataclass(frozen=True, slots=True)
class Figures:
    secrets: int
    caught: int
    phrases: int
    phrases_caught: int
    clean: int
    false_positives: int
    prose: int
    prose_flagged: int
    missed: list[Sample]
    flagged: list[Sample]

    @property
    def recall(self) -> float:
        return self.caught / self.secrets

    @property
    def phrase_recall(self) -> float:
        return self.phrases_caught / self.phrases

    @property
    def false_positive_rate(self) -> float:
        return self.false_positives / self.clean

    @property
    def prose_rate(self) -> float:
        return self.prose_flagged / self.prose if self.prose else 0.0


def measure(seed: int = SEED) -> Figures:
    rng = random.Random(seed)
    secrets = generated_secrets(rng)
    clean = clean_corpus(rng)
    missed = [s for s in secrets if not scan(s.text).found]
    flagged = [s for s in clean if scan(s.text).found]
    prose = natural_prose()
    prose_flagged = [s for s in prose if scan(s.text).found]
    phrases = [s for s in secrets if s.group.startswith("phrase")]
    return Figures(
        secrets=len(secrets),
        caught=len(secrets) - len(missed),
        phrases=len(phrases),
        phrases_caught=len(phrases) - sum(1 for s in missed if s.group.startswith("phrase")),
        clean=len(clean),
        false_positives=len(flagged),
        prose=len(prose),
        prose_flagged=len(prose_flagged),
        missed=missed,
        flagged=flagged + prose_flagged,
    )


def main() -> int:
    figures = measure()
    rows = (
        ("recovery phrases caught (12–24 words)", figures.phrases, figures.phrase_recall),
        ("all secrets caught (phrases, partial runs,", None, None),
        ("  keys, WIF, xprv, cards, passwords)", figures.secrets, figures.recall),
        ("clean support messages flagged", figures.clean, figures.false_positive_rate),
        ("natural support prose flagged", figures.prose, figures.prose_rate),
    )
    print(f"{'what':<44}{'count':>8}{'rate':>10}")
    for label, count, rate in rows:
        print(f"{label:<44}" + ("" if count is None else f"{count:>8}{rate:>10.2%}"))
    for sample in figures.missed[:10]:
        print(f"  missed [{sample.group}] {sample.text[:100]!r}")
    for sample in figures.flagged[:10]:
        print(f"  flagged [{sample.group}] {sample.text[:100]!r}")
    ok = (
        figures.recall >= RECALL_TARGET
        and figures.false_positive_rate <= FALSE_POSITIVE_LIMIT
        and figures.prose_rate <= FALSE_POSITIVE_LIMIT
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
