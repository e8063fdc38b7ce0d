"""Does a message to a user ask them for a secret? Support never does, so an agent's message,
a snippet or a broadcast that asks for a recovery phrase, key, password, PIN, code or card
number is held back, while warnings ("we will never ask for your recovery phrase", "凡是让你
输入私钥的，请直接拉黑") and instructions for the app itself ("enter the new password to log in
again") go through.

How it reads a message:
- sentence by sentence, clause by clause (commas split Chinese clauses too, so "不要带序号"
  after a request does not undo it);
- a clause asks when it names a secret (or points back at one with "it" after the request
  verb) together with a request (send, tell, type, what is, 发给我, 是多少, 您的…是？), and no
  negation stands before the request ("never send", "不要发", "we will not ask you to type");
- a message about scams ("…都是假的", "scammers ask for…", "if anyone asks…", "ignore it") asks
  for nothing unless a clause asks for a named secret to be sent to the sender ("send me…");
- the app as the place to type it ("in the app", "导入页面") makes an instruction, not a
  request, unless the clause sends it somewhere else (a link, me, this chat);
- a link with "enter / connect / import / verify" and a secret or the wallet is a request;
- pressure is a request ("不发助记词没法处理", "I can't do anything without them").
Misspellings (pharse, mnemonc, hsare), spaced or hyphenated letters (m-n-e-m-o-n-i-c) and
fullwidth text are read as meant.
"""

from __future__ import annotations

import re

from bot.safety.request_model import features, shipped_model
from bot.safety.request_words import (
    AFTER_NEGATION,
    ANY_COMMA,
    ASK,
    BARE_PLEASE,
    BUTTON,
    CODE,
    CODE_CONTEXT,
    COERCION,
    COMMAS,
    CONNECT,
    CONTRASTS,
    ELSEWHERE,
    FILLER,
    IN_THE_APP,
    INFORMATION,
    LINK,
    NEGATION,
    POINTER,
    PREDICATE,
    PROPERTY,
    QUOTE_IS_A_MESSAGE,
    QUOTED,
    REFUSED_PLACE,
    SCAM_CONTEXT,
    SECRET,
    SECRET_PAGE,
    SENTENCES,
    SHOW_ME,
    SPEECH,
    TO_US,
    WALLET,
    YOU_NEED,
    as_meant,
)


def _names(clause: str, message: str) -> re.Match[str] | None:
    """Where the clause names a secret (quoted error messages aside, and a secret negated in
    its own comma-clause: "别把私钥发给我，我只需要你的地址" asks for the address)."""
    if QUOTE_IS_A_MESSAGE.search(clause):
        clause = QUOTED.sub(lambda m: " " * len(m.group(0)), clause)
    nouns = list(SECRET.finditer(clause))
    if not nouns and CODE_CONTEXT.search(message):
        nouns = list(CODE.finditer(clause))
    bounds = [0, *(m.end() for m in COMMAS.finditer(clause))]
    for noun in nouns:
        start = max(b for b in bounds if b <= noun.start())
        if not NEGATION.search(clause, start, noun.start()):
            return noun
    return None


def _bare_please(clause: str) -> re.Match[str] | None:
    """'Your mnemonic please 🙂': the secret and a courtesy, and nothing else."""
    please = BARE_PLEASE.search(clause)
    if please is None:
        return None
    rest = FILLER.sub(" ", BARE_PLEASE.sub(" ", SECRET.sub(" ", clause)))
    return please if len(re.findall(r"[a-z\u4e00-\u9fff]+", rest)) <= 1 else None


def _live_ask(part: str) -> re.Match[str] | None:
    """The first request in a clause that no negation in its own comma-clause stands before
    ("我们不需要您的支付密码，请不要发送" has none; "…发送，不要带序号" has one)."""
    bounds = [0, *(m.end() for m in ANY_COMMA.finditer(part)), len(part) + 1]
    for ask in ASK.finditer(part):
        if ask.group(0).endswith("ing") and not part[: ask.start()].strip():
            continue  # "Sharing your 24 words means…": a subject, not a request
        start = max(b for b in bounds if b <= ask.start())
        if not any(n.start() < ask.start() for n in NEGATION.finditer(part, start, ask.end())):
            return ask
    return None


def _part_asks(part: str, context: _Context, *, after_contrast: bool) -> bool:
    noun = _names(part, context.message)
    if context.scam and not (noun is not None and TO_US.search(part)):
        return False
    if noun is not None and COERCION.search(part):
        return True
    if context.link and CONNECT.search(part) and (noun or WALLET.search(part)):
        return not NEGATION.search(part)  # "connect your wallet at tp-sync.com"
    ask = _live_ask(part)
    if ask is None and noun is not None:
        ask = _bare_please(part)
    if ask is None or INFORMATION.search(part) or AFTER_NEGATION.search(part):
        return False
    # After "we normally never ask for it, but…" the request need not name it again; "send
    # it" points back only when "it" follows the request.
    pointed = context.secret_before and (
        after_contrast or POINTER.search(part, ask.end()) is not None
    )
    if noun is None and not pointed:
        return False
    # "请发一下报错截图，注意截图里不要有助记词": the secret itself is what is negated.
    if (
        noun is not None
        and noun.start() > ask.end()
        and NEGATION.search(part, ask.end(), noun.start())
    ):
        return False
    if YOU_NEED.search(part) and len(ASK.findall(part)) == 1 and not TO_US.search(part):
        return False
    return not (context.app and not ELSEWHERE.search(part))


class _Context:
    """What the whole message or sentence says around a clause."""

    __slots__ = ("app", "link", "message", "scam", "secret_before")

    def __init__(self, message: str) -> None:
        self.message = message
        self.link = bool(LINK.search(message))
        self.scam = bool(SCAM_CONTEXT.search(message))
        self.secret_before = False
        self.app = False


# A request can be two words ("password?", "your pin", "发助记词", "私钥呢").
_SHORT_WORDS = 12
_SHORT_CJK = 16


def _is_short(message: str) -> bool:
    cjk = sum(1 for c in message if "\u4e00" <= c <= "\u9fff")
    return cjk <= _SHORT_CJK and len(re.findall(r"[a-z0-9]+", message)) <= _SHORT_WORDS


def _short_request(message: str) -> bool:
    """A short message naming a secret, with nothing around it that makes it a warning, an
    instruction for the app or an explanation, is a request: "password?", "your pin",
    "card no + cvv", "私钥呢", "App PIN now. Otherwise we can't help you."."""
    if not _is_short(message) or _names(message, message) is None:
        return False
    if COERCION.search(message) and not SCAM_CONTEXT.search(message):
        return True
    if PREDICATE.search(message) and not _live_ask(message):
        return False
    return not (
        NEGATION.search(message)
        or SCAM_CONTEXT.search(message)
        or IN_THE_APP.search(message)
        or INFORMATION.search(message)
        or PROPERTY.search(message)
    )


def asks_for_secret(text: str) -> bool:
    """True when `text` asks the reader for a secret: the rules' reading, weighed with the
    learned model's (which knows what the rules decided)."""
    meant = as_meant(text)
    return shipped_model().asks(features(meant, rules_ask=rules_ask(meant)))


def rules_ask(meant: str) -> bool:
    """True when any clause of a message (read as meant) asks the reader for a secret."""
    if SHOW_ME.search(meant) and SECRET_PAGE.search(meant) and not SCAM_CONTEXT.search(meant):
        return True
    message = BUTTON.sub(" ", meant)
    if SCAM_CONTEXT.search(message):
        message = SPEECH.sub(" ", message)
    message = REFUSED_PLACE.sub(" ", message)
    if _short_request(message):
        return True
    context = _Context(message)
    for sentence in SENTENCES.split(message):
        if not sentence.strip():
            continue
        context.app = bool(IN_THE_APP.search(sentence))
        for index, part in enumerate(CONTRASTS.split(sentence)):
            if part and part.strip() and _part_asks(part, context, after_contrast=index > 0):
                return True
            context.secret_before = context.secret_before or bool(
                SECRET.search(part or "") or _names(part or "", message)
            )
    return False
