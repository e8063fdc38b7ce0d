"""Does a message to a user ask them for a secret? Support never does, so an agent's message,
a snippet or a broadcast that asks for a recovery phrase, key, password, PIN, code or card
number is held back, while warnings ("we will never ask for your recovery phrase", "凡是让你
输入私钥的，请直接拉黑") and instructions for the app itself ("enter the new password to log in
again") go through.

Read clause by clause: a clause asks for a secret when it names one (or points back at one
with "it") together with a request (send, tell, type, what is, 发给我, 是多少), unless a
negation stands before the request ("never send", "不要发"), the sentence is about scams
("…都是假的", "scammers ask for…", "if anyone asks…"), or the app is the place to type it.
A link with "enter / connect / import / verify" and a secret or the wallet is a request.
Misspellings (pharse, mnemonc, hsare) and spaced-out words (r e c o v e r y) are read as meant.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.safety.normalize import normalize


def _words(pattern: str) -> str:
    """Latin alternatives as whole words. (\\b would not do: next to Chinese characters, which
    are word characters too, "的CVV" has no boundary.)"""
    return rf"(?<![a-z0-9])(?:{pattern})(?![a-z0-9])"


# ------------------------------------------------------------ normalizing
_KEY_WORDS = [
    "recovery",
    "phrase",
    "mnemonic",
    "private",
    "password",
    "passcode",
    "keystore",
    "secret",
    "share",
    "send",
    "provide",
    "verify",
    "wallet",
    "words",
    "backup",
    "import",
    "enter",
    "complete",
    "restore",
    "validate",
    "seed",
]
_LATIN = re.compile(r"[a-z]+")
_SPACED_LETTERS = re.compile(r"(?<![a-z])(?:[a-z] ){3,}[a-z](?![a-z])")
_SPACED_CJK = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    """Each key word with one letter dropped, doubled, replaced or two swapped -> the word."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    variants: dict[str, str] = {}
    for word in _KEY_WORDS:
        for i in range(len(word) + 1):
            for c in letters:
                variants.setdefault(word[:i] + c + word[i:], word)
                if i < len(word):
                    variants.setdefault(word[:i] + c + word[i + 1 :], word)
            if i < len(word):
                variants.setdefault(word[:i] + word[i + 1 :], word)
            if i < len(word) - 1:
                variants.setdefault(word[:i] + word[i + 1] + word[i] + word[i + 2 :], word)
    for word in _KEY_WORDS:
        variants[word] = word
    return {k: v for k, v in variants.items() if len(k) >= 5 or k == v}


def _as_meant(text: str) -> str:
    folded = normalize(text or "").folded
    folded = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), folded)
    folded = _SPACED_CJK.sub("", folded)
    spellings = _spellings()
    return _LATIN.sub(lambda m: spellings.get(m.group(0), m.group(0)), folded)


# ------------------------------------------------------------ vocabulary
_SECRET = re.compile(
    _words(
        r"recovery\s*(?:phrase|sheet|card|paper|words?|seed)|seed(?:\s*phrase|\s*words?)?|"
        r"mnemonic|secret\s*(?:phrase|words?|key)|backup\s*(?:phrase|words?|card|sheet|paper)|"
        r"(?:wallet|your|ur|the)\s+phrase|"
        r"(?:12|24|twelve|twenty[\s-]*four|18|15)[\s-]*(?:words?|word\s*phrase)|"
        r"words?\s+(?:you\s+)?(?:wrote|written|saved|backed|copied|noted|remember)|"
        r"(?:wrote|write)\s+(?:down\s+)?(?:the|your)\s+words|the\s+words\s+(?:on|from|in)|"
        r"(?:first|last)\s+(?:\d+|few|six|three|four|and\s+last)\s+words?|words?\s+of\s+your|"
        r"private\s*keys?|priv\s*key|keys?|keystore|json\s*file|wallet\s*file|xprv|wif|"
        r"pass\s*(?:word|code|phrase)s?|pwd|pw|pin|pin\s*code|cvv2?|cvc2?|security\s*code|"
        r"card\s*(?:number|details|info)|(?:front|back)\s+(?:and\s+back\s+)?of\s+(?:your|the)\s+card|"
        r"(?:code|digits|numbers?)\s+on\s+the\s+back|\d[\s-]*digit\s+code|"
        r"code\s+(?:you|we)\s+(?:just\s+)?(?:got|received|sent|get)|"
        r"code\s+(?:by|via|from|in)\s+(?:sms|text|email|the\s+app)|"
        r"(?:sms|2fa|otp|verification|auth\w*|one[\s-]*time|login|security|google)\s*codes?|otp"
    )
    + r"|助记词|助記詞|记忆词|注记词|私钥|私鑰|私匙|密钥|密鑰|秘钥|密码|密碼|口令|"
    r"安全码|安全碼|验证码|"
    r"驗證碼|卡号|卡號|卡背面|卡背后|卡片背面|背面的(?:三|3)位|正反面|种子|恢复短语|恢復短語|"
    r"备份的?(?:单词|词)|单词|單詞|抄下来的|抄下的|那几个词|几个词|那些词|keystore文件|钱包文件|"
    r"[前后後](?:\d+|[一二三四五六七八九十两]+)个(?:词|单词|字)"
)
_POINTER = re.compile(_words(r"it|them|those|these|all\s+of\s+them") + r"|它|这些|那些|这串|这几个")
_ASK = re.compile(
    _words(
        r"send|share|give|provide|tell|type|enter|input|paste|submit|reply|respond|dm|pm|"
        r"message\s+(?:me|us|it|\S*@)|text\s+(?:me|us|it)|forward|upload|read\s+(?:out|me|it)|"
        r"confirm|verify|spell|list|post|drop|show|fill|let\s+(?:me|us)\s+(?:know|see|have|check)|"
        r"what|which|whats|screenshot|photo|picture|snap|"
        r"needs?|require[sd]?|"
        r"write\s+(?:down\s+)?(?:\S+\s+){0,7}?(?:here|below|in\s+the\s+chat|to\s+me|to\s+us|"
        r"form|field|box|comment|ticket|website|site|link|page)"
    )
    + r"|@\w+"
    r"|发(?:给|过来|一下|送|我|来|出来|到)|發(?:給|過來|一下|送|我)|提供|告诉|告訴|输入(?!法)|輸入|"
    r"填写|填寫|填入|填一下|填进|填到|填上|报一下|报给|拍照|拍下|拍一张|照片|上传|截图|截圖|给我|給我|"
    r"给一下|核实|核對|核对|验证(?!码)|驗證(?!碼)|是多少|是什么|是啥|多少|(?:我们|我|系统|客服|这边)需要|"
    r"需要(?:您|你)|私信|回复|说一下|念一下|粘贴|复制给|到这里|到这儿|这里就行"
)
# A request with only a courtesy: "Your mnemonic please 🙂".
_BARE_PLEASE = re.compile(_words(r"please|pls|plz|kindly"))
_FILLER = re.compile(_words(r"your|ur|the|my|dear|sir|madam|now|quickly|asap"))


def _bare_please(clause: str) -> re.Match[str] | None:
    """ "Your mnemonic please 🙂": the secret and a courtesy, and nothing else."""
    please = _BARE_PLEASE.search(clause)
    if please is None:
        return None
    rest = _FILLER.sub(" ", _BARE_PLEASE.sub(" ", _SECRET.sub(" ", clause)))
    return please if len(re.findall(r"[a-z\u4e00-\u9fff]+", rest)) <= 1 else None


_YOU_NEED = re.compile(_words(r"you(?:'ll|\s+will)?\s+need"))  # "you need your phrase to restore"
# A negation in front of the request: "never send", "we will not ask you to type", "不要发".
_NEGATION = re.compile(
    _words(
        r"never|don'?t|dont|do\s+not|doesn'?t|does\s+not|not|no(?!\s+(?:worries|problem|rush))|nobody|noone|won'?t|will\s+not|"
        r"shouldn'?t|should\s+not|must\s+not|mustn'?t|cannot|can'?t|avoid\s+(?:shar|send|typ|enter|giv|post|past|revea)ing|refuse|"
        r"keep\s+(?:it|them|your)|only\s+you|under\s+no\s+circumstances|no\s+matter|"
        r"if\s+you(?:'ve|\s+have|\s+already)|delete|remove"
    )
    + r"|绝不|決不|绝对不|不会|不會|不要|不用|(?:^|[请你您就千万也])\s*[别別]|"
    r"[别別](?=[把将给发告泄透相输点让再随])|"
    r"[请切]勿|千万|永远不|永遠不|不能|不可以|禁止|无需|無需|不需要|不必|如已|如果已|若已|"
    r"如果您已|已经发|删除|撤回"
)
# Anywhere in the sentence: it is about scams, or about whoever might ask.
_SCAM_CONTEXT = re.compile(
    _words(
        r"scam\w*|fraud\w*|phish\w*|fake|impersonat\w*|ignore|report|block|beware|careful|"
        r"warning|anyone|someone|whoever|anybody|no\s+\w+\s+(?:support|agent|staff|one|team)|"
        r"legit\w*|compromised|unsafe|hidden|removed|deleted|if\s+(?:a|an|some|any)"
    )
    + r"|诈骗|詐騙|骗子|騙子|骗局|钓鱼|釣魚|假冒|冒充|假的|是假|任何|他人|谨防|謹防|"
    r"小心|警惕|保管好|"
    r"妥善保管|拒绝|拒絕|如果有人|若有人|如有人|凡是|一律|举报|舉報|拉黑|上当|上當|不是官方|都不是|"
    r"不安全|泄露|泄漏|已被隐藏|已隐藏|索要"
)
_IN_THE_APP = re.compile(
    _words(
        r"(?:in|on|into|inside|within|through)\s+(?:the\s+|our\s+|your\s+)?(?:\S+\s+){0,2}?"
        r"(?:app|application|login\s+(?:screen|page)|import\s+(?:screen|page)|settings?|"
        r"security\s+(?:settings|center)|device)|"
        r"go\s+to\s+settings|settings\s*>|import\s+(?:wallet|screen)|restore\s+(?:screen|wallet)|"
        r"new\s+(?:password|pin|passcode)|log\s*in\s+again|re-?login|"
        r"(?:reset|change|update)\s+(?:your\s+)?(?:password|pin)|"
        r"set\s+(?:up\s+)?a\s+(?:new\s+)?(?:password|pin)|"
        r"the\s+app\s+(?:\w+\s+)?(?:showed|shows|asked|asks|will\s+ask|displays|prompted|prompts)"
    )
    + r"|在[^，。,.!?！？吗嗎]{0,6}?(?:app|应用|應用|钱包(?:app|里|內|内)|客户端|設置|设置|"
    r"登录页|登录界面|"
    r"导入|導入|本机|手机)|"
    r"新密码|新密碼|重新登录|重新登錄|重置密码|重設密碼|导入钱包|導入錢包|设置新|設置新|修改密码|"
    r"导入时|登录时|解锁时|打开app"
)
_ELSEWHERE = re.compile(
    r"https?://|www\.|[a-z0-9-]{2,}\.[a-z]{2,10}(?![a-z])|"
    + _words(
        r"link|form|website|site|page(?!\s*in\s+the\s+app)|bot|dapp|here|below|chat|"
        r"(?:to|with|dm|message|text|tell|show|send|give)\s+(?:me|us)|me\s+(?:your|the)"
    )
    + r"|@\w+|链接|鏈接|网站|網站|网址|表单|表單|网页|網頁|这里|這裡|聊天|对话框|給我|给我|"
    r"私信|机器人|機器人"
)
# The request is made to the sender: a scam warning never asks to send anything to "me".
_TO_US = re.compile(
    _words(r"me|us|here|this\s+chat|to\s+our\s+\w+")
    + r"|给我|給我|发我|我们|我這|我这|这里|這裡|私信我"
)
_LINK = re.compile(
    r"https?://|www\.|[a-z0-9-]{2,}\.(?!js\b|py\b|txt\b|json\b|png\b)[a-z]{2,10}(?![a-z])"
)
_CONNECT = re.compile(
    _words(
        r"connect|import|validate|verify|sync|restore|unlock|recover|log\s*in|sign\s*in|enter|"
        r"type|fill|submit|paste"
    )
    + r"|连接|导入|验证|同步|恢复|解锁|填|输入"
)
_WALLET = re.compile(_words(r"wallet|account|funds?") + r"|钱包|錢包|账户|賬戶")
_SENTENCES = re.compile(r"[.!?](?=\s|$)|[。！？\n]+")
_CLAUSES = re.compile(
    r"[;；]+|(?<![a-z])(?:but|however|otherwise|or\s+else)(?![a-z])|但是|但|不过|不過|可是|然而|否则|否則"
)


# "不发助记词没法处理" / "without your phrase we can't help": pressure is a request.
_COERCION = re.compile(
    r"(?:不|没有?)(?:发|给|提供)[^，。,.]{0,12}(?:没法|无法|不能|处理不了|办不了)|"
    + _words(r"without\s+(?:your|the)\s+\w+(?:\s+\w+)?\s*,?\s*(?:we|i)\s+(?:can'?t|cannot)")
)


def _clause_asks(clause: str, *, secret_before: bool, after_contrast: bool = False) -> bool:
    names_secret = bool(_SECRET.search(clause))
    if names_secret and _COERCION.search(clause):
        return True
    if (
        _LINK.search(clause)
        and _CONNECT.search(clause)
        and (names_secret or _WALLET.search(clause))
    ):
        return not _NEGATION.search(clause)  # "connect your wallet at tp-sync.com"
    # After "we normally never ask for it, but…", the request need not name it again.
    pointed = secret_before and (after_contrast or _POINTER.search(clause))
    if not (names_secret or pointed):
        return False
    ask = _ASK.search(clause)
    if ask is None and names_secret:
        ask = _bare_please(clause)
    if ask is None or any(
        n.start() < ask.start() for n in _NEGATION.finditer(clause, 0, ask.end())
    ):
        return False
    # "请发一下报错截图，注意截图里不要有助记词": the secret itself is what is negated.
    noun = _SECRET.search(clause, ask.end())
    if (
        noun is not None
        and not _SECRET.search(clause, 0, ask.start())
        and _NEGATION.search(clause, ask.end(), noun.start())
    ):
        return False
    if _YOU_NEED.search(clause) and len(_ASK.findall(clause)) == 1:
        return False
    return not (_IN_THE_APP.search(clause) and not _ELSEWHERE.search(clause))


def asks_for_secret(text: str) -> bool:
    """True when any clause of `text` asks the reader for a secret."""
    secret_before = False
    for sentence in _SENTENCES.split(_as_meant(text)):
        if not sentence.strip() or (_SCAM_CONTEXT.search(sentence) and not _TO_US.search(sentence)):
            secret_before = secret_before or bool(_SECRET.search(sentence))
            continue
        for index, clause in enumerate(_CLAUSES.split(sentence)):
            if clause and _clause_asks(
                clause, secret_before=secret_before, after_contrast=index > 0
            ):
                return True
            secret_before = secret_before or bool(_SECRET.search(clause or ""))
    return False
