"""The words people use for a password, PIN or card security code, the way they type them:
misspelled (passwrd, pasword, psw), as Chinese homophones from a pinyin keyboard (蜜码, 秘码,
密吗), spaced out (支 付 密 码), or described ("the 3 digits on the back", 背面三位数); and the
words that follow such a label in a sentence about it rather than in place of a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

QUOTES = "\"'“”‘’「」『』`"

_QUALIFIERS = frozenset(
    """login payment trading transaction wallet app account email new old unlock lock""".split()
)
# Not passwords, though one or two letters away from "password".
_NOT_PASSWORD_WORDS = frozenset(
    """passport passports passenger passengers passage passages passed passes passing passive
    passion pastor pastry possible pressure""".split()
)
_PASSWORD_WORDS = frozenset(
    """pass passcode passcodes passwd passwort pw pwd psw pswd pasw parola pin pincode pins
    mima pword pwrd passw p/w""".split()
)


@lru_cache(maxsize=1)
def _password_spellings() -> frozenset[str]:
    """ "password" and "passwords" with one edit, and with two letters dropped: the ways it is
    mistyped ("passwrd", "pasword", "passowrd", "paasword", "passwor")."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    found: set[str] = set()
    for word in ("password", "passwords"):
        found.add(word)
        for i in range(len(word) + 1):
            for c in letters:
                found.add(word[:i] + c + word[i:])
                if i < len(word):
                    found.add(word[:i] + c + word[i + 1 :])
            if i < len(word):
                shorter = word[:i] + word[i + 1 :]
                found.add(shorter)
                found.update(shorter[:j] + shorter[j + 1 :] for j in range(len(shorter)))
            if i < len(word) - 1:
                found.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    return frozenset(w for w in found if w.startswith("p") and len(w) >= 6) - _NOT_PASSWORD_WORDS


_EN_CANDIDATE = re.compile(
    r"(?<![a-z0-9])(?:pass[\s-]word|p/w|p[a-z]{1,9}|m[iìíǐī]\s?m[aàáǎā]|cvv2?|cvc2?|cvn|cid|csc|mm)"
    r"(?![a-z])"
    r"(?P<tail>\s*(?:code|number|no\.?|码|碼))?"
    r"|(?<![a-z0-9])(?:security|lock|unlock|app\s+lock)\s+code(?![a-z])"
    r"|(?<![a-z0-9])(?:the\s+)?(?:(?:3|three|4|four)[\s-]+(?:digits?|numbers?)|(?:little|small)\s+"
    r"numbers?|code|digits)\s+(?:on|at|from)\s+the\s+(?:back|front)(?:\s+of\s+(?:the|my)\s+card)?"
    r"(?:[^\n\d]{0,24}(?=\d))?"
    r"|(?<![a-z0-9])back\s+of\s+(?:the\s+|my\s+)?card(?:\s+says)?"
    r"|(?<![a-z0-9])card\s+verification\s+(?:value|code|number)"
)


def _spaced(word: str) -> str:
    return r"\s?".join(word)


_CHINESE_QUALIFIER = re.compile(
    r"(?:"
    + "|".join(_spaced(q) for q in ("登录", "登陆", "登錄", "支付", "交易", "钱包", "錢包", "资金"))
    + r"|取款|提现|解锁|锁屏|app)\s?$"
)
_CHINESE_LABEL = re.compile(
    r"(?:[密蜜秘米謎]\s?[码碼玛瑪吗嗎马馬]|口令|安\s?全\s?[码碼吗嗎]|pin\s*[码碼]|cvv\s*[码碼])"
    r"|(?:卡片?\s?)?[背正]\s?[面后後]?(?:的|那)?\s?(?:三|3|四|4)\s?(?:个|位)(?:数字?|數字?|码)?"
    # Pinyin typed halfway ("密ma", "mi码") and "mm" after the kind of password ("交易mm")
    r"|[密蜜秘]\s?ma(?![a-z])|(?<![a-z])mi\s?[码碼]"
    r"|(?<=支付|交易|钱包|錢包|资金|登录|取款|提现|支付)\s?mm(?![a-z])"
    r"|卡背[面后後](?:的(?:数字|號碼|号码))?|签名栏后?(?:三|3)位|校验码|校驗碼"
)
_LABEL_HINT = re.compile(
    r"p[a-z/]|m[iìíǐī]|cv[vcn]|cid|csc|mm|security|lock|digits|numbers?|back|front|verification|"
    r"[密蜜秘米謎口安背正校签]"
)


@dataclass(frozen=True, slots=True)
class Label:
    start: int
    end: int
    qualified: bool  # "login password", "支付密码"
    chinese: bool
    weak_word: bool = False  # "pass", "mm": labels only with a colon or a clear value
    card_code: bool = False  # CVV and its descriptions: three or four digits are its value


_CARD_CODE = re.compile(r"cv|cid|csc|security|back|front|verification|安|背|正|签|校")


@lru_cache(maxsize=4096)
def _label_word(word: str) -> tuple[bool, bool, bool] | None:
    """(weak word, card code, is "mm") for a candidate label word, or None when it is not one
    ("passport", "please"). Cached: a message repeats the same few words."""
    first = word.split()[0] if not word.startswith("pass") else re.sub(r"[\s-]", "", word)
    if (
        first.startswith("p")
        and first not in _PASSWORD_WORDS
        and first not in _password_spellings()
    ):
        return None
    return first in ("pass", "mm"), _CARD_CODE.search(word) is not None, first == "mm"


def _english_label(folded: str, match: re.Match[str]) -> Label | None:
    word = folded[match.start() : match.end() - len(match.group("tail") or "")].strip()
    kind = _label_word(word)
    if kind is None:
        return None
    weak_word, card_code, mm = kind
    if mm and not re.match(r"\s*(?:[:：=]|是)", folded[match.end() :]):
        return None
    before = folded[max(0, match.start() - 14) : match.start()].split()
    qualified = bool(before) and before[-1] in _QUALIFIERS
    return Label(match.start(), match.end(), qualified, False, weak_word, card_code)


def labels(folded: str, *, most: int | None = None) -> list[Label]:
    """The labels in order; with `most`, only the first `most` (each kind is cut at `most`
    too, which keeps the first `most` overall exact)."""
    if not _LABEL_HINT.search(folded):
        return []
    found = []
    for match in _CHINESE_LABEL.finditer(folded):
        qualifier = _CHINESE_QUALIFIER.search(folded, max(0, match.start() - 6), match.start())
        start = qualifier.start() if qualifier else match.start()
        card_code = _CARD_CODE.search(match.group(0)) is not None
        found.append(Label(start, match.end(), qualifier is not None, True, card_code=card_code))
        if most is not None and len(found) >= most:
            break
    english = 0
    for match in _EN_CANDIDATE.finditer(folded):
        label = _english_label(folded, match)
        if label is not None:
            found.append(label)
            english += 1
            if most is not None and english >= most:
                break
    return sorted(found, key=lambda label: label.start)[:most]


# Words that follow "my password is" in a sentence about it rather than in place of it.
PROSE_VALUES = frozenset(
    """a an the my your his her our their this that it its not no never too very so still also
    just only now already always being been set saved stored wrong incorrect correct right
    invalid valid expired locked blocked disabled frozen suspended lost stolen gone forgotten
    forgot changed reset ok okay fine good bad weak strong simple easy hard long short new old
    same different required needed missing empty case sensitive working broken accepted
    rejected denied compromised leaked hacked in on at of for to with by from and or but
    because if when what which how why where who please help one something nothing correctly
    wrongly asked requested shown hidden there here ready done typed entered setting settings
    manager field page screen change recovery problem issue error prompt box option menu hint
    rules requirement requirements length policy today yesterday tomorrow again anymore pls
    plz thanks thx asap ago lol any all more less than then each every doesn't don't isn't
    can't won't didn't wasn't safer safe secure better worse enabled disabled on off mandatory
    optional greyed grayed unavailable below coming following attached soon later next
    above before after until unless while since during""".split()
)
