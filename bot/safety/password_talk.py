"""What a message says about passwords when it holds none: an offer to give one ("can I tell
you my password?", "支付密码") or just the topic ("password reset doesn't work"), which decides
how the next message is read; and how much a lone token looks like a password.
"""

from __future__ import annotations

import re
from enum import StrEnum

from bot.safety.password_labels import PROSE_VALUES, QUOTES, labels
from bot.safety.phrases_en import DOMAIN_WORDS, PROSE_WORDS


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
    # A short question ending on the label: "need the cvv?", "is it safe to send the pin here?"
    rf"|^\W*(?:\w+\W+){{0,7}}{_LABEL_WORD}(?:\W+(?:here|now|too|also|needed|required|please|pls|"
    r"first|again|or\s+(?:not|somewhere\s+else|the\s+\w+)|somewhere\s+else|on\s+the\s+back))?\W*[?？]\W*$"
    rf"|(?<![a-z])(?:send|share|give|had|have|need)\s+(?:you\s+)?(?:my|the|your)\s+(?:\w+\s+)?"
    rf"{_LABEL_WORD}(?![a-z])"
    r"|(?:密码|密碼|口令|安全码|安全碼|pin码?|cvv|登录信息|背面.{0,3}码|支付密碼|交易密碼).{0,6}"
    r"(?:要吗|要嗎|要不要|要给你吗|给你吗|发这里|發這裡|安全吗|有用吗|發給你|发给你|发哪|[?？]\s*$)"
    r"|(?:能|可以|要)(?:把|将).{0,6}(?:密码|密碼|口令|安全码|pin)"
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
    r"[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+|\+?\d[\d\-]{9,}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|"
    r"/[a-z][a-z0-9_]*(?:@[a-z0-9_]+)?)$"  # a bot command: "/login", "/start@tpwalletbot"
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
    r"^\s*(?:(?:is|was|:|：|是|为|=|hold\s+on|one\s+sec|wait|finding\s+it|sec|continued|continue|"
    r"cont|more\s+coming|next\s+part|ok(?:ay)?|hm+|sure|here|found\s+it|let\s+me\s+(?:find|check)\s+it|"
    r"等等|等一下|等下|稍等|后面|还有|继续|嗯+|好的?|行|给|找到了|我找找|找一下)[\s,，.!。~]*)+$"
)
MENTION_TAIL = 300  # what a message says last decides how the next one is read
_TOPIC_HINT = re.compile(
    r"(?<![a-z0-9])(?:pass\w*|pwd|pin|cvv|cvc|pw)(?![a-z])|[密蜜秘][码吗玛]|口令|安全码"
)


def mention_of(folded: str) -> Mention | None:
    folded = folded[-MENTION_TAIL:]
    if _OFFER.search(folded):
        return Mention.OFFER
    if _TOPIC_HINT.search(folded) and labels(folded):
        return Mention.TOPIC
    return None


def continues_mention(folded: str) -> bool:
    """'my password' / 'is' / 'Liverpool#1892': a bare connector keeps the offer open."""
    return bool(_CONNECTOR_ONLY.match(folded))


_SPACE = re.compile(r"\s")
_HYPHENATED = re.compile(r"^[a-z]+(?:-[a-z]+)+$")  # "re-enter", "e-mail", "two-factor"
# A short reply that states a fact, not a password: "Pixel 7a", "version 3.6.4", "06:48".
_FACT_REPLY = re.compile(
    r"(?<![a-z])(?:iphone|ipad|samsung|galaxy|huawei|honor|xiaomi|redmi|oppo|vivo|oneplus|pixel|"
    r"realme|poco|android|ios|version|ver|app\s+version|ticket|order|build)(?![a-z])|"
    r"(?<!\d)\d{1,2}:\d{2}|(?<!\d)\d{1,4}\.\d{1,4}\.\d|@[\w-]+\.|(?<![a-z0-9])#\s?[a-z]{0,4}-?\d{3,}"
)
_LETTER = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9]")
_SYMBOL = re.compile(r"[^A-Za-z0-9']")  # an apostrophe is not one: what's, doesn't


def harmless(token: str) -> bool:
    """A version, an amount, a date, an email, a link, a phone number, a command."""
    return _HARMLESS_TOKEN.match(token) is not None


def token_shape(token: str) -> TokenShape | None:
    if not 3 <= len(token) <= 64 or not token.isascii() or _SPACE.search(token):
        return None
    if (
        token in _COMMON_REPLIES
        or token in PROSE_VALUES
        or token in PROSE_WORDS
        or _HARMLESS_TOKEN.match(token)
    ):
        return None
    if token in DOMAIN_WORDS:
        return TokenShape.WORD
    letters = _LETTER.search(token) is not None
    digits = _DIGIT.search(token) is not None
    symbols = _SYMBOL.search(token) is not None
    if len(token) >= 6 and letters and (digits or symbols) and not _HYPHENATED.match(token):
        return TokenShape.STRONG
    if token.isdigit() and 3 <= len(token) <= 8:
        return TokenShape.WEAK
    if letters and len(token) >= 4 and token.isalpha():
        return TokenShape.WEAK
    return None


_MAX_COMMENT = 40  # "maggie all lowercase", "444444 i think"
_FIRST_TOKEN = re.compile(rf"[{QUOTES}]?([!-~]+?)[{QUOTES}.,!?]*(?=\s|$|[^\x00-\x7f])")


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
    if _FACT_REPLY.search(folded):
        return None
    return match.start(1), match.end(1), shape
