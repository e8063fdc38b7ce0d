"""Passwords, PINs and card security codes stated in a message ("my password is sunshine",
"密码是woaini", "pw: abc123", "pin code is 4321", "CVV2: 456", "try lin@123 thats my
password"), and what a message says about passwords when it holds none: an offer to give one
("can I tell you my password?", "支付密码") or just the topic ("password reset doesn't work"),
which decides how the next message is read.

Labels are recognized the way people type them: misspelled (passwrd, pasword, psw), as Chinese
homophones from a pinyin keyboard (蜜码, 秘码, 密吗), spaced out (支 付 密 码), or described ("the 3
digits on the back", 背面三位数).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from bot.safety.phrases_en import DOMAIN_WORDS, PROSE_WORDS

_QUOTES = "\"'“”‘’「」『』`"
_VALUE = rf"[{_QUOTES}]?(?P<value>[!-~]{{3,64}})"

# ------------------------------------------------------------------ labels
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
    mima""".split()
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
    r"(?<![a-z0-9])(?:pass[\s-]word|p[a-z]{1,9}|mima|cvv2?|cvc2?|cvn|cid|csc|mm)(?![a-z])"
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
    r"|(?:卡片?\s?)?背\s?[面后後]?(?:的|那)?\s?(?:三|3|四|4)\s?(?:个|位)(?:数字?|數字?|码)?"
    r"|卡背[面后後](?:的(?:数字|號碼|号码))?|签名栏后?(?:三|3)位|校验码|校驗碼"
)
_LABEL_HINT = re.compile(
    r"p[a-z]|mima|cv[vcn]|cid|csc|mm|security|lock|digits|numbers?|back|front|verification|"
    r"[密蜜秘米謎口安背校签]"
)


@dataclass(frozen=True, slots=True)
class _Label:
    start: int
    end: int
    qualified: bool  # "login password", "支付密码"
    chinese: bool
    weak_word: bool = False  # "pass", "mm": labels only with a colon or a clear value


def _english_label(folded: str, match: re.Match[str]) -> _Label | None:
    word = folded[match.start() : match.end() - len(match.group("tail") or "")].strip()
    first = word.split()[0] if not word.startswith("pass") else re.sub(r"[\s-]", "", word)
    if (
        first.startswith("p")
        and first not in _PASSWORD_WORDS
        and first not in (_password_spellings())
    ):
        return None
    if first == "mm" and not re.match(r"\s*(?:[:：=]|是)", folded[match.end() :]):
        return None
    before = folded[max(0, match.start() - 14) : match.start()].split()
    qualified = bool(before) and before[-1] in _QUALIFIERS
    return _Label(match.start(), match.end(), qualified, False, weak_word=first in ("pass", "mm"))


def _labels(folded: str) -> list[_Label]:
    if not _LABEL_HINT.search(folded):
        return []
    labels = []
    for match in _CHINESE_LABEL.finditer(folded):
        qualifier = _CHINESE_QUALIFIER.search(folded, max(0, match.start() - 6), match.start())
        start = qualifier.start() if qualifier else match.start()
        labels.append(_Label(start, match.end(), qualifier is not None, True))
    for match in _EN_CANDIDATE.finditer(folded):
        label = _english_label(folded, match)
        if label is not None:
            labels.append(label)
    return sorted(labels, key=lambda label: label.start)


# ------------------------------------------------------------------ values
# Between a label and its value: spaces, but a new line only after a colon ("- enter password\n
# - wait" is a list, not a password).
_DIRECT = re.compile(
    r"[^\S\n]*(?:[啊呀吧呢哈嘛][^\S\n]*)?(?P<connector>[:：=?~]+|[=-]{1,2}>+|>>|—|→|'s\b|\bis\b|"
    r"\bwas\b|\bare\b|\bas\b|\bshould\s+be\b|\bhas\s+(?:always\s+)?been\b|是|为|為)?(?:[^\S\n]*[:：]\s*|(?<=[:：=])\s*|[^\S\n]*)"
    + _VALUE
)
# A few words between the label and the connector: "the CVV on the back is 907",
# "支付密码我设的是 520131", "I set the password to asdf1234".
# Bridging words are whole space-separated tokens (possessive, so a long token is not tried in
# every split), or a few Chinese characters.
_BRIDGED = re.compile(
    r"(?P<bridge>(?:[^\S\n]+[^\s:：=]++){0,4}?|[^\S\n]*[\u3400-\u9fff ]{1,10}?)[^\S\n]*"
    r"(?P<connector>\bis\b|\bwas\b|\bto\b|\bas\b|是|为|為|改成|改为|设成|设为|设置为)[^\S\n]*"
    + _VALUE
)
# Words that, between a label and "is", make the sentence about something else: "the password
# hint is empty", "forgot password + lost phrase = funds gone".
_OTHER_SUBJECTS = frozenset(
    """hint field reset manager box screen page prompt rules rule requirement requirements length
    policy setting settings option menu error message strength protection lock change recovery
    email mail link code sms phone number manager
    + = which what that if or and but because when how why where who whether so than""".split()
)
# Chinese words before the value: "密码就是我生日19880523", "我密码挺简单的 aa123456".
_AFTER_WORDS = re.compile(
    r"[^\S\n]*[^\x00-\x7f\n]{1,14}?[^\S\n]*" + _VALUE.replace("{3,64}", "{4,64}")
)
# Words that follow "my password is" in a sentence about it rather than in place of it.
_PROSE_VALUES = frozenset(
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
_SET_TO = re.compile(r"(?<![a-z])(?:set|changed?|reset|made|chose|picked|updated?)(?![a-z])")
_CREDENTIALS = re.compile(
    r"(?<![a-z])(?:user\s*name|username|user|login|account|email)(?![a-z])|账号|用户名"
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    value: str
    connector: str
    after_words: bool = False


def _candidates(folded: str, label: _Label) -> Iterator[_Candidate]:
    """Values after a label, the likeliest reading first (tried lazily: most labels are
    settled by the first)."""
    for pattern in (_DIRECT, _BRIDGED, _AFTER_WORDS):
        match = pattern.match(folded, label.end, label.end + 90)
        if match is None:
            continue
        if pattern is _BRIDGED and _OTHER_SUBJECTS & set(match.group("bridge").split()):
            continue  # "PIN which is safer", "password hint is empty": another subject
        connector = match.groupdict().get("connector") or ""
        yield _Candidate(
            match.start("value"),
            match.end("value"),
            match.group("value"),
            connector.strip(),
            after_words=pattern is _AFTER_WORDS,
        )


def _accepted(folded: str, label: _Label, candidate: _Candidate) -> bool:
    raw = candidate.value.strip(_QUOTES)
    word = raw.rstrip(".,;:!?~")
    # "li..", "wu!" are passwords too: short words count with their punctuation.
    if len(raw) < 3 or len(word) < 2 or word in _PROSE_VALUES:
        return False
    digits = any(c.isdigit() for c in word)
    letters = any(c.isalpha() for c in word)
    connector = candidate.connector
    if candidate.after_words:
        return digits and (letters or len(word) >= 6)
    colon_like = any(c in connector for c in ":：=>~")
    if label.weak_word and not colon_like:
        # "pass Tiger@2023", "my pass 235794", "pass moneyman"; not "can't pass 2fa", "pass kyc"
        if _VERB_BEFORE.search(folded[max(0, label.start - 16) : label.start]):
            return False
        if (digits and letters and len(word) >= 6) or (word.isdigit() and len(word) >= 4):
            return True
        return _plain_value(folded, candidate, word)
    if connector == "?":
        return digits  # "要密码？ zxcvbnm123", not "can support see my password? thanks"
    if connector in ("to", "as"):
        return digits or bool(_SET_TO.search(folded[max(0, label.start - 30) : label.start]))
    if connector:
        return True
    if digits:
        return True  # "pin 4321", "pw abc123", "PIN码 8372"
    if label.chinese:
        return len(word) >= 4  # "密码qwerty", "密码 sunshine 登录不上"
    return _plain_value(folded, candidate, word)


# After the value: the end of the message, or a comment on it ("tried password superman and
# it says incorrect", "password meimei pls reset", "pass banana (case sensitive)").
_COMMENT_AFTER = re.compile(
    r"\s*(?:$|[(,，!?.]|(?:and|but|pls|please|plz|i\s+think|lol|then|it|is|was|doesn'?t|didn'?t|"
    r"won'?t|not|still|again|now)(?![a-z])|[\u4e00-\u9fff])"
)
_VERB_BEFORE = re.compile(r"(?:can'?t|cannot|didn'?t|did\s+not|to|will|won'?t|not|couldn'?t)\s+$")


def _plain_value(folded: str, candidate: _Candidate, word: str) -> bool:
    """A plain word right after a label, with nothing between ("pass moneyman", "pw dragon!!",
    "login password iloveyou"): a value when the sentence moves on from it, and not a word
    that would make "password X" a thing of its own ("password reset", "PIN code setting")."""
    if len(word) < 4 or word in _OTHER_SUBJECTS:
        return False
    return _COMMENT_AFTER.match(folded, candidate.end) is not None


# "try lin@123 thats my password", "你用xu19730906登录试试 这是我的密码": the value came first.
_BACK_REFERENCE = re.compile(
    r"(?:(?<![a-z])(?:(?:that'?s|thats|this\s+is|it'?s|is|was)\s+(?:my|the)|as\s+(?:my|the)?)\s*"
    r"(?:\w+\s+)?(?:password|passcode|pin|pw)(?![a-z])"
    r"|(?:这是|就是|是|这个是|作为|当)\s*(?:我的)?\s*(?:登录|支付)?[密蜜秘][码吗玛])"
)
_ASCII_TOKEN = re.compile(r"[!-~]{4,64}")


def _values_before(folded: str) -> list[tuple[int, int]]:
    reference = _BACK_REFERENCE.search(folded)
    if reference is None:
        return []
    found = []
    for token in _ASCII_TOKEN.finditer(folded, 0, reference.start()):
        word = token.group(0).strip(_QUOTES).rstrip(".,;:!?~")
        shape = token_shape(word)
        if shape is TokenShape.STRONG or (shape is TokenShape.WEAK and word not in _PROSE_VALUES):
            found.append(token.span())
    return found


@dataclass(frozen=True, slots=True)
class PasswordMatch:
    start: int  # in the normalized text
    end: int


def find_passwords(folded: str) -> list[PasswordMatch]:
    found: list[PasswordMatch] = []
    taken_until = 0
    for label in _labels(folded):
        if label.start < taken_until:
            continue
        for candidate in _candidates(folded, label):
            if _accepted(folded, label, candidate):
                found.append(PasswordMatch(candidate.start, candidate.end))
                taken_until = candidate.end
                break
    if not found:
        found = [PasswordMatch(start, end) for start, end in _values_before(folded)]
    covered = {(m.start, m.end) for m in found}
    for start, end in _credential_tokens(folded):
        if not any(a <= start < b for a, b in covered):
            found.append(PasswordMatch(start, end))
    return found


# A message about a password or logging in ("用 Monkey1552! 登录就行", "I unlock the app with
# #NM7D6UjF2G", "交易蜜麻我设的383262", "zhengshuang123 app password pls check"): whatever in it
# reads as a password is one, wherever it stands, unless it is another credential's value (a
# user name, an email, a phone number) or a known harmless shape (a version, a reference).
_CREDENTIAL_CONTEXT = re.compile(
    r"(?<![a-z])(?:log\s*-?\s*in|sign\s*in|get\s+in|unlock|access\s+my|open\s+it|"
    r"i\s+(?:typed|type|put|tried|entered)|set\s+it\s+to|(?:it'?s|its)\s+definitely)"
    r"(?![a-z])|登录|登陆|登錄|登一下|登进|登不上|解锁|解锁|输的|输入的|[密蜜觅迷咪幂秘米谜]\s?[码碼麻玛吗嗎马馬妈🐴🐎]"
    r"|(?<![a-z])mi\s?ma(?![a-z])"
)
_ANOTHER_FIELD = re.compile(
    r"(?:(?<![a-z])(?:user\s*name|username|user|acct|account|email|e-mail|phone|uid|id|login|"
    r"code|invite|referral|order|ref|ticket)\s*[:：=#]?|账号|账户|用户名|手机号?|邮箱|电话|邀请码|"
    r"订单号?|单号|工单)\s*$"
)
_MONEY_AROUND = re.compile(r"[¥$€£]\s*$")
_MONEY_AFTER = re.compile(
    r"\s*(?:u|usdt|usd|usdc|元|块|btc|eth|trx|bnb|sol|rmb|cny|k|w|万)(?![a-z])"
)
_EDGE_PUNCTUATION = "!?.~-_()[]"
# A token stops at commas and semicolons (separators far more often than password characters).
_TOKEN_CHARS = r"!-+\--:<-~"
_VALUE_TOKEN = re.compile(
    rf"(?<![{_TOKEN_CHARS}])[\"'‘’“”「」『』【】《》<«(\[]*([{_TOKEN_CHARS}]{{4,64}}?)"
    rf"[\"'‘’“”「」『』【】》>»)\].!?:]*(?![{_TOKEN_CHARS}])"
)
_DEVICE = re.compile(
    r"^(?:iphone|ipad|samsung|galaxy|huawei|honor|xiaomi|redmi|mi|oppo|vivo|oneplus|pixel|"
    r"mate|nova|note|realme|poco)[\w-]*\d"
)
_LONG_REFERENCE = re.compile(r"^(?:0x[0-9a-f]{8,}|[0-9a-f]{32,}|[1-9a-hj-np-z]{25,}|\d{10,})$")


def _credential_tokens(folded: str) -> list[tuple[int, int]]:
    if not (_CREDENTIAL_CONTEXT.search(folded) or _labels(folded)):
        return []
    found = []
    for match in _VALUE_TOKEN.finditer(folded):
        token = match.group(1)
        core = token.strip(_EDGE_PUNCTUATION)
        if len(core) >= 25 or len(core) < 4:
            continue  # addresses and hashes are longer than any password people type
        shape = token_shape(core)
        if shape is not TokenShape.STRONG and not (token.isdigit() and 4 <= len(token) <= 9):
            continue
        if _DEVICE.match(core) or _LONG_REFERENCE.match(core):
            continue
        if core.isdigit() and (
            _MONEY_AROUND.search(folded[max(0, match.start() - 3) : match.start()])
            or _MONEY_AFTER.match(folded, match.end())
        ):
            continue  # "转了￥4294", "3000 U"
        if _ANOTHER_FIELD.search(folded[max(0, match.start() - 16) : match.start()]):
            continue
        if core.isdigit() and not _near_label(folded, match.start(1), match.end(1)):
            continue  # a number is a PIN only right by the word for it
        found.append((match.start(1), match.end(1)))
    return found


_NEAR = 12


def _near_label(folded: str, start: int, end: int) -> bool:
    around = folded[max(0, start - _NEAR) : end + _NEAR]
    return bool(_CREDENTIAL_CONTEXT.search(around) or _labels(around))


# ------------------------------------------------------------ conversation
class Mention(StrEnum):
    OFFER = "offer"  # the next short message is likely the password itself
    TOPIC = "topic"  # a problem with a password; the next message is usually something else


class TokenShape(StrEnum):
    STRONG = "strong"  # letters with digits or symbols, 6+ characters: reads as a password
    WEAK = "weak"  # a plain word or a PIN-like number: a password only right after an offer
    WORD = "word"  # an everyday support word ("crypto", "wallet"): only right after an offer


_LABEL_WORD = (
    r"(?:password|passcode|pass|pin|pw|pwd|cvv|cvc|login(?:\s+details)?|credentials|code|"
    r"密码|密碼|口令|安全码|pin码|验证码)"
)
_OFFER = re.compile(
    r"(?<![a-z])(?:can|could|should|shall|may|do\s+you\s+want|want)\s+(?:i|me|to)\s+(?:\w+\s+){0,2}"
    rf"(?:give|send|tell|share|show|type|dm|text|paste)(?![a-z]).{{0,30}}{_LABEL_WORD}"
    rf"|(?<![a-z])(?:here(?:'s|\s+is|\s+are)|this\s+is)\s+(?:my|the)\s+(?:\w+\s+)?{_LABEL_WORD}"
    r"|(?<![a-z])(?:i'?ll|i\s+will|let\s+me|i\s+can|i'?m\s+going\s+to)\s+(?:\w+\s+){0,2}"
    rf"(?:give|send|tell|share|type)(?![a-z]).{{0,30}}{_LABEL_WORD}"
    rf"|{_LABEL_WORD}\s*(?:is|was|=|:|：|是|为|如下|below|coming|incoming|next)\s*[:：]?\s*$"
    r"|(?:我把|我将|我来|要不要|需要我|我可以|我给你|给你).{0,8}(?:密码|密碼|口令|安全码)"
    r"|(?:密码|密碼|口令|安全码).{0,6}(?:发给你|发你|告诉你|给你|如下|在下面|发一下|发下|发过去)"
    r"|(?:要|需要)(?:我的?)?(?:登录|支付|交易|钱包)?(?:密码|密碼|口令|安全码|pin码?)"
    rf"|(?<![a-z])(?:you\s+)?(?:need|want)\s+(?:my|the)\s+(?:\w+\s+){{0,2}}{_LABEL_WORD}"
    rf"|,\s*{_LABEL_WORD}\s*[?？]\s*$"
    rf"|^\W*(?:\w+\W+){{0,5}}{_LABEL_WORD}(?:\W+\w+){{0,4}}\W*[?？]\W*$"
    rf"|^\s*(?:\w+\s*,\s*)?(?:my|the|我的)?\s*"
    r"(?:(?:login|payment|wallet|app|transaction|trading|unlock|new|old|"
    r"登录|支付|交易|钱包|资金|取款|提现|解锁)\s*)?"
    rf"{_LABEL_WORD}\s*(?:code|number|码)?"
    r"\s*[?？:：]?\s*$"
)
_HARMLESS_TOKEN = re.compile(
    r"^(?:v?\d+(?:\.\d+)+[a-z]?(?:[-_.]?(?:beta|alpha|rc|build|b)\d*)?|"
    r"(?:ios|android|iphone|ipad|ipados|macos|windows|win|harmonyos|emui|miui|build|ver|"
    r"version|v)[\s\-_.]?\d+(?:\.\d+)*|[a-z]{1,5}-\d{2,}(?:-\d+)*|[a-z]{1,3}\d{1,2}|"
    r"(?:err|error|e|code)[\-_]?\d+|\d+(?:\.\d+)?(?:usdt|usd|btc|eth|trx|u|元|rmb|cny|%)|"
    r"[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+|\+?\d[\d\-]{9,}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$"
)
_COMMON_REPLIES = frozenset(
    """ok okay yes no yep nope thanks thank thx ty hi hello hey sorry sure please help wait what
    why how when where done good fine great cool nvm nevermind understood noted right wrong
    again still later now here there android iphone ios same locked after since before order
    orders update updated yesterday""".split()
)
# What people put before the value itself: "ok 2580", "好像是207", "maybe sunshine".
_LEAD_IN = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|sure|here|it'?s|its|it\s+is|this|yes|is|maybe|probably|i\s+think|"
    r"try|好像是|应该是|可能是|就是|是|好的|好|嗯|给|对|对的|嗯嗯)[\s,，:：.!-]*)+"
)
_CONNECTOR_ONLY = re.compile(
    r"^\s*(?:is|was|:|：|是|为|=|hold\s+on|one\s+sec|wait|finding\s+it|sec|continued|continue|"
    r"cont|more\s+coming|next\s+part|等等|等一下|等下|稍等|后面|还有|继续)\W*$"
)
MENTION_TAIL = 300  # what a message says last decides how the next one is read
_TOPIC_HINT = re.compile(
    r"(?<![a-z0-9])(?:pass\w*|pwd|pin|cvv|cvc|pw)(?![a-z])|[密蜜秘][码吗玛]|口令|安全码"
)


def mention_of(folded: str) -> Mention | None:
    folded = folded[-MENTION_TAIL:]
    if _OFFER.search(folded):
        return Mention.OFFER
    if _TOPIC_HINT.search(folded) and _labels(folded):
        return Mention.TOPIC
    return None


def continues_mention(folded: str) -> bool:
    """'my password' / 'is' / 'Liverpool#1892': a bare connector keeps the offer open."""
    return bool(_CONNECTOR_ONLY.match(folded))


def token_shape(token: str) -> TokenShape | None:
    if not 3 <= len(token) <= 64 or not token.isascii() or any(c.isspace() for c in token):
        return None
    if (
        token in _COMMON_REPLIES
        or token in _PROSE_VALUES
        or token in PROSE_WORDS
        or _HARMLESS_TOKEN.match(token)
    ):
        return None
    if token in DOMAIN_WORDS:
        return TokenShape.WORD
    letters = any(c.isalpha() for c in token)
    digits = any(c.isdigit() for c in token)
    symbols = any(not c.isalnum() and c not in "'" for c in token)  # what's, doesn't
    if len(token) >= 6 and letters and (digits or symbols):
        return TokenShape.STRONG
    if token.isdigit() and 3 <= len(token) <= 8:
        return TokenShape.WEAK
    if letters and len(token) >= 4 and token.isalpha():
        return TokenShape.WEAK
    return None


_MAX_COMMENT = 40  # "maggie all lowercase", "444444 i think"
_FIRST_TOKEN = re.compile(rf"[{_QUOTES}]?([!-~]+?)[{_QUOTES}.,!?]*(?=\s|$|[^\x00-\x7f])")


# A reference, not a password: capitals then digits ("TK6207580", "CS2024-55").
_REFERENCE = re.compile(r"^[A-Z]{1,5}[-_]?\d{4,}(?:-\d+)*$")


def lone_token(text: str, folded: str) -> tuple[int, int, TokenShape] | None:
    """The value a short message leads with ("sunshine88", "ok 2580", "好像是xingfu666",
    "5155\\nor maybe with caps"): its span and how much it looks like a password. `text` is
    the normalized message with its case, `folded` the same lowered."""
    lead = _LEAD_IN.match(folded)
    start = lead.end() if lead else 0
    match = _FIRST_TOKEN.match(folded, start)
    if match is None:
        return None
    rest = folded[match.end() :].strip()
    if len(rest) > _MAX_COMMENT:
        return None
    shape = token_shape(match.group(1))
    if shape is None or _REFERENCE.match(text[match.start(1) : match.end(1)]):
        return None
    return match.start(1), match.end(1), shape
