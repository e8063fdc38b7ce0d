"""Passwords, PINs and card security codes stated in a message ("my password is sunshine",
"密码是woaini", "pw: abc123", "pin code is 4321", "CVV2: 456", "try lin@123 thats my
password"): the value after a label, before a "that's my password", or anywhere in a message
about logging in.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from bot.safety.password_labels import PROSE_VALUES, QUOTES, Label, labels
from bot.safety.password_talk import TokenShape, harmless, token_shape

_VALUE = rf"[{QUOTES}]?(?P<value>[!-~]{{3,64}})"

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
    email mail link code sms phone number manager attempt attempts thing things keypad pad keyboard
    popup window dialog input entry step issue problem stuff part section request lagging
    must should can could will would need needs has have had keeps kept got gets
    + = which what that if or and but because when how why where who whether so than""".split()
)
# Chinese words before the value: "密码就是我生日19880523", "我密码挺简单的 aa123456".
_AFTER_WORDS = re.compile(r"[^\S\n]*[^\x00-\x7f\n]{1,14}?[^\S\n]*" + _VALUE)
# A PIN typed in groups: "支付密码7 3 9 7 0 2", "pin 61 22", "it's 09-93-71".
_GROUPED_DIGITS = r"(?<![\d-])\d{1,3}(?:[ \-]\d{1,3}){1,5}(?![\d-])"
_SPACED = re.compile(
    r"[^\S\n]*(?P<connector>[:：=]|是|为|為|\bis\b|'s\b)?[^\S\n]*(?P<value>" + _GROUPED_DIGITS + ")"
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
    grouped: bool = False  # digits in groups: "7 3 9 7 0 2"


def _candidates(folded: str, label: Label) -> Iterator[_Candidate]:
    """Values after a label, the likeliest reading first (tried lazily: most labels are
    settled by the first)."""
    for pattern in (_SPACED, _DIRECT, _BRIDGED, _AFTER_WORDS):
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
            grouped=pattern is _SPACED,
        )


def _accepted(folded: str, label: Label, candidate: _Candidate) -> bool:
    if candidate.grouped:
        return 3 <= sum(c.isdigit() for c in candidate.value) <= 9
    raw = candidate.value.strip(QUOTES)
    word = raw.rstrip(".,;:!?~").lstrip("([{<,;")
    # "li..", "wu!" are passwords too: short words count with their punctuation.
    if len(raw) < 3 or len(word) < 2 or word in PROSE_VALUES or _MASKED.match(word):
        return False
    if raw[0] in ",;":
        return False  # "…设的密码，2024-07-03之前": the next clause
    digits = _HAS_DIGIT.search(word) is not None
    letters = not word.isdigit() and _HAS_LETTER.search(word) is not None
    connector = candidate.connector
    if candidate.after_words:
        if harmless(word) or _another_field_before(folded, candidate.start, label.end):
            return False  # "改的密码订单98793263062028", "密码 2024-07-03 之前"
        if label.card_code and word.isdigit():
            return 3 <= len(word) <= 4  # "卡背面那个验证数字 690"
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
    if harmless(word) and not word.isalnum():
        return False  # a date, a version, an email after the label; not "pw zhu01"
    if digits:
        return True  # "pin 4321", "pw abc123", "PIN码 8372"
    if label.chinese:
        return len(word) >= 4  # "密码qwerty", "密码 sunshine 登录不上"
    return _plain_value(folded, candidate, word)


_HAS_DIGIT = re.compile(r"\d")
_HAS_LETTER = re.compile(r"[^\W\d_]")
# Shown hidden, not typed: "********", "••••", "xxxx".
_MASKED = re.compile(r"^[*•●·x#?-]+\W*$")


# After the value: the end of the message, or a comment on it ("tried password superman and
# it says incorrect", "password meimei pls reset", "pass banana (case sensitive)").
_COMMENT_AFTER = re.compile(
    r"[^\S\n]*(?:$|\n|[(,，!?.]|(?:and|but|pls|please|plz|i\s+think|lol|then|it|is|was|doesn'?t|didn'?t|"
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
    r"|(?:这是|就是|(?<!不)是|这个是|作为|当)\s*(?:我的)?\s*(?:登录|支付)?[密蜜秘][码吗玛])"
)
_ASCII_TOKEN = re.compile(r"[!-~]{4,64}")


def _values_before(folded: str) -> list[tuple[int, int]]:
    reference = _BACK_REFERENCE.search(folded)
    if reference is None:
        return []
    found = []
    for token in _ASCII_TOKEN.finditer(folded, 0, reference.start()):
        word = token.group(0).strip(QUOTES).rstrip(".,;:!?~")
        shape = token_shape(word)
        if shape is TokenShape.STRONG or (shape is TokenShape.WEAK and word not in PROSE_VALUES):
            found.append(token.span())
    return found


# The value, then the label it is: "549 is the cvv", "642 595是支付密碼", "979是卡背面的安全码",
# "053309 交易mm", "09-93-71 is my payment password".
_BEFORE_LABEL = re.compile(
    r"(?P<value>" + _GROUPED_DIGITS + r"|(?<![!-~])[!-~]{3,64}?)[.,，]?[^\S\n]*"
    r"(?P<connector>是(?:我的|我|卡背面的|卡的|[\u4e00-\u9fff]{0,3}的)?|为|為|"
    r"(?:is|was)\s+(?:the|my)(?:\s+[a-z]+){0,2}|(?:that'?s|thats)\s+(?:the|my)(?:\s+[a-z]+){0,2})?"
    r"[^\S\n]*$"
)


def _value_before_label(folded: str, label: Label, not_before: int) -> PasswordMatch | None:
    window_start = max(not_before, label.start - 48)
    match = _BEFORE_LABEL.search(folded, window_start, label.start)
    if match is None:
        return None
    value = match.group("value").strip(QUOTES + "()[]").rstrip(".,;:!?~")
    connector = match.group("connector")
    digits = sum(c.isdigit() for c in value)
    if value.isdigit() or (digits and not value.strip("0123456789 -")):
        plausible = 3 <= digits <= 9 and (digits >= 4 or label.card_code)
    else:
        plausible = token_shape(value) is TokenShape.STRONG
    if not plausible or harmless(value):
        return None
    if not connector and not (label.chinese or label.qualified or label.card_code):
        return None  # "abc123, password xyz": a list of details, read after the label
    if _another_field_before(folded, match.start("value"), window_start):
        return None  # "用户名abc123 密码…", "尾号8110 …"
    return PasswordMatch(match.start("value"), match.end("value"))


@dataclass(frozen=True, slots=True)
class PasswordMatch:
    start: int  # in the normalized text
    end: int


# No real message names a password this many times; past it, the rest of the message is taken
# as secret rather than read label by label (which keeps any message within the time budget).
MAX_LABELS = 64


def find_passwords(folded: str) -> list[PasswordMatch]:
    found: list[PasswordMatch] = []
    taken_until = 0
    all_labels = labels(folded, most=MAX_LABELS + 1)
    rest: PasswordMatch | None = None
    if len(all_labels) > MAX_LABELS:
        rest = PasswordMatch(all_labels[MAX_LABELS].start, len(folded))
        all_labels = all_labels[:MAX_LABELS]
        folded = folded[: rest.start]
    for label in all_labels:
        if label.start < taken_until:
            continue
        for candidate in _candidates(folded, label):
            if _accepted(folded, label, candidate):
                found.append(PasswordMatch(candidate.start, candidate.end))
                taken_until = candidate.end
                break
        else:
            before = _value_before_label(folded, label, taken_until)
            if before is not None:
                found.append(before)
                taken_until = label.end
    if not found and all_labels:  # "that's my password" is itself a label
        found = [PasswordMatch(start, end) for start, end in _values_before(folded)]
    context = [m.span() for m in _CREDENTIAL_CONTEXT.finditer(folded)]
    if all_labels or context:
        found += _credential_tokens(
            folded,
            found,
            [(la.start, la.end) for la in all_labels] + context,
            card_code=any(la.card_code for la in all_labels),
        )
    return found if rest is None else [*found, rest]


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
    r"订单号?|单号|工单|尾号|后四位|用戶名|帳號|賬號|我是|(?<![a-z])(?:i'?m|this\s+is|hi,?)|"
    r"(?<![a-z])(?:ending(?:\s+in)?|last\s*(?:4|four)))\s*"
)


def _another_field_before(folded: str, start: int, not_before: int) -> bool:
    """Whether the value at `start` follows another field's name ("用户名abc123", "order 5512")."""
    window = _ANOTHER_FIELD.finditer(folded, max(not_before, start - 16), start)
    return any(field.end() == start for field in window)


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


def _credential_tokens(
    folded: str,
    matched: list[PasswordMatch],
    word_spans: list[tuple[int, int]],
    *,
    card_code: bool,
) -> list[PasswordMatch]:
    """Password-shaped tokens outside the values already `matched` (which do not overlap and
    come in order, so a bisect finds the one a token would be in). `word_spans` are the
    labels and the words about logging in; with a `card_code` label, three digits can be one."""
    starts = [m.start for m in matched]
    ends = [m.end for m in matched]
    word_spans = sorted(word_spans)
    word_starts = [start for start, _ in word_spans]
    found = []
    shortest_number = 3 if card_code else 4
    field_ends = {field.end() for field in _ANOTHER_FIELD.finditer(folded)}  # values start here
    for match in _VALUE_TOKEN.finditer(folded):
        before = bisect_right(starts, match.end(1) - 1) - 1
        if before >= 0 and match.start(1) < ends[before]:
            continue  # overlaps a value already found
        token = match.group(1)
        core = token.strip(_EDGE_PUNCTUATION)
        if len(core) >= 25 or len(core) < 3:
            continue  # addresses and hashes are longer than any password people type
        if core.isalpha():
            continue  # a plain word is a password only after a label or an offer
        if token.isdigit():
            if not shortest_number <= len(token) <= 9 or _in_phone_number(folded, match):
                continue  # a phone number in groups: "+1 415 555 0132"
            if not (
                _near(word_spans, word_starts, match.start(1), match.end(1))
                or _VALUE_VERB.search(folded[max(0, match.start(1) - 14) : match.start(1)])
            ):
                continue  # a number is a PIN only right by the word for it, or as typed
            if len(token) < 4 and not _VALUE_VERB.search(
                folded[max(0, match.start(1) - 14) : match.start(1)]
            ):
                continue
            if _MONEY_AROUND.search(
                folded[max(0, match.start() - 3) : match.start()]
            ) or _MONEY_AFTER.match(folded, match.end()):
                continue  # "转了￥4294", "3000 U"
        elif len(core) < 4 or token_shape(core) is not TokenShape.STRONG:
            continue
        if _DEVICE.match(core) or _LONG_REFERENCE.match(core):
            continue
        if match.start() in field_ends or _ANOTHER_FIELD_AFTER.match(folded, match.end()):
            continue
        found.append(PasswordMatch(match.start(1), match.end(1)))
    return found


_NEAR = 12


def _in_phone_number(folded: str, match: re.Match[str]) -> bool:
    """A group of a number written in groups the way phone numbers are ("138 1234 5678",
    "+44 7700 900321"); not a PIN beside another number ("8 888888", "acct 186… 13572468")."""
    start = match.start(1)
    while start > 0 and (folded[start - 1].isdigit() or folded[start - 1] in " -"):
        start -= 1
    end = match.end(1)
    while end < len(folded) and (folded[end].isdigit() or folded[end] in " -"):
        end += 1
    groups = re.findall(r"\d+", folded[start:end])
    if len(groups) >= 3:
        return True
    return len(groups) == 2 and all(len(g) <= 4 for g in groups) and sum(map(len, groups)) >= 7


# How a value is typed: "unlock the app with 188092329", "I put 354", "我填的752", "输了123051719".
_VALUE_VERB = re.compile(
    r"(?:(?<![a-z])(?:with|type[sd]?|put|enter(?:ed)?|accepts?|accepted|rejects?|rejected|tried|"
    r"try|using|use)|填的|填了|填|输了|输的|输入了|输|用|拒了)\s*$"
)
_ANOTHER_FIELD_AFTER = re.compile(
    r"\s*(?:(?:is|was)\s+my\s+(?:user\s*name|username|email|id|uid|account|login)(?![a-z])|"
    r"here(?![a-z])|是(?:我的)?(?:用户名|账号|邮箱|uid)|(?:的)?用户名)"
)


def _near(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether one of the (sorted) `spans` lies within _NEAR characters of start..end."""
    for index in range(bisect_left(starts, start - _NEAR), len(spans)):
        span_start, span_end = spans[index]
        if span_start > end + _NEAR:
            return False
        if span_end <= end + _NEAR:
            return True
    return False
