"""Amounts as people type them, in Chinese or English: `1,250.50 元`, `1250块`, `¥88`, `$20`,
`250u`, `一千二百五十元`, `1.2万 USDT`, `3k usdt`, full-width digits. Chinese numerals are read
by cn2an; the currency may come before or after the number, in words, letters or a sign. A
number without a currency is not refused: the caller asks which currency, with buttons."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from bot.core.validation import InvalidInput

MAX_AMOUNT = Decimal("1000000000")
MAX_DECIMALS = 8

# What users call a currency → its code. Letters are matched case-insensitively.
CURRENCY_WORDS: dict[str, str] = {
    "元": "CNY",
    "块": "CNY",
    "块钱": "CNY",
    "人民币": "CNY",
    "元人民币": "CNY",
    "rmb": "CNY",
    "¥": "CNY",
    "u": "USDT",  # Chinese crypto slang: 100u is 100 USDT
    "刀": "USD",
    "美元": "USD",
    "美金": "USD",
    "$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "bucks": "USD",
    "€": "EUR",
    "欧元": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "英镑": "GBP",
    "港币": "HKD",
    "港元": "HKD",
    "日元": "JPY",
}
_SIGNS = "$¥€£"
_WORDS = "|".join(sorted((re.escape(w) for w in CURRENCY_WORDS), key=len, reverse=True))
_NUMERAL = "零〇一二两三四五六七八九十百千万亿点"
# A currency word, or a word where one belongs (so the re-ask can say which word it did not know).
_CURRENCY = rf"(?:{_WORDS}|[a-z]{{2,}}|(?:(?![{_NUMERAL}])[\u4e00-\u9fff]){{1,3}})"
_SHAPE = re.compile(
    rf"^(?P<before>[{re.escape(_SIGNS)}]|{_CURRENCY})?\s*"
    rf"(?P<number>[0-9零〇一二两三四五六七八九十百千万亿点.,\s]*?[0-9零〇一二两三四五六七八九十百千万亿])"
    rf"\s*(?P<scale>[kw](?![a-z]))?\s*(?P<after>{_CURRENCY})?\s*$"
)
_PLAIN = re.compile(r"^(?:\d{1,3}(?:[,\s]\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$")
_SCALES = {"k": Decimal(1000), "w": Decimal(10000)}  # "w": 万 in pinyin shorthand


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    def __str__(self) -> str:
        return f"{self.amount.normalize():f} {self.currency}"


class AmountWithoutCurrency(InvalidInput):
    """A number was typed, but no currency: ask which one."""

    def __init__(self, amount: Decimal) -> None:
        super().__init__("missing-currency")
        self.amount = amount


def currency_code(word: str) -> str | None:
    """`元` → CNY, `u` → USDT, `btc` → BTC; None for what is no currency."""
    folded = unicodedata.normalize("NFKC", word).strip().casefold()
    if folded in CURRENCY_WORDS:
        return CURRENCY_WORDS[folded]
    return folded.upper() if re.fullmatch(r"[a-z]{3,5}", folded) else None


def parse_money(text: str) -> Money:
    """The amount and currency; raises AmountWithoutCurrency when only the currency is missing,
    InvalidInput("invalid-amount") for anything else it cannot read."""
    folded = unicodedata.normalize("NFKC", text or "").strip().casefold()
    match = _SHAPE.match(folded)
    if not match or (match.group("before") and match.group("after")):
        raise InvalidInput("invalid-amount")
    amount = _number(match.group("number").strip()) * _SCALES.get(match.group("scale") or "", 1)
    _check(amount)
    word = match.group("before") or match.group("after")
    if word is None:
        raise AmountWithoutCurrency(amount)
    code = currency_code(word)
    if code is None:  # say what was read, so the user fixes only the currency
        raise InvalidInput("amount-unknown-currency", amount=f"{amount.normalize():f}", word=word)
    return Money(amount, code)


def _number(text: str) -> Decimal:
    if _PLAIN.match(text):
        digits = text.replace(",", "").replace(" ", "")
    else:
        import cn2an  # here: ~5 MB the bot pays only once someone types Chinese numerals

        try:  # Chinese numerals, or digits with 万/千: "一千二百五", "1.2万", "两千五"
            digits = str(cn2an.cn2an(text.replace(" ", ""), "smart"))
        except (ValueError, KeyError, IndexError, TypeError):
            raise InvalidInput("invalid-amount") from None
    try:
        return Decimal(digits)
    except InvalidOperation:
        raise InvalidInput("invalid-amount") from None


def _check(amount: Decimal) -> None:
    if not math.isfinite(amount) or amount <= 0 or amount > MAX_AMOUNT:
        raise InvalidInput("invalid-amount")
    exponent = amount.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MAX_DECIMALS:
        raise InvalidInput("invalid-amount")
