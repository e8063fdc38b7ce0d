"""The words a request for a secret is made of, and the words around it that make it a warning,
an instruction for the app or an explanation instead; and the message read as meant
(misspellings, spaced letters, fullwidth text). How a message is read is in `requests`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.safety.normalize import normalize


def words(pattern: str) -> str:
    """Latin alternatives as whole words. (\\b would not do: next to Chinese characters, which
    are word characters too, "的CVV" has no boundary.)"""
    return rf"(?<![a-z0-9])(?:{pattern})(?![a-z0-9])"


# ------------------------------------------------------------ normalizing
KEY_WORDS = (
    "recovery phrase mnemonic private password passcode keystore secret share send provide "
    "verify wallet words backup import enter complete restore validate seed never"
).split()
LATIN = re.compile(r"[a-z]+")
SPACED_LETTERS = re.compile(r"(?<![a-z])(?:[a-z][ .\-_]){3,}[a-z](?![a-z])")
SPACED_CJK = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
# Words one letter away from a key word that are words of their own ("the code is sent by…").
REAL_WORDS = frozenset(
    "sent sends sand seen seek seem seer need feed deed weed reed spend tend lend bend mend "
    "phase phases wallow prince privy enters inter sharp shame shape shore share spare".split()
)
SHORTHAND = {
    "sed": "send",
    "snd": "send",
    "nvr": "never",
    "neva": "never",
    "nevr": "never",
    "any1": "anyone",
    "ur": "your",
}


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    """Each key word with one letter dropped, doubled, replaced or two swapped -> the word."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    variants: dict[str, str] = {}
    for word in KEY_WORDS:
        for i in range(len(word) + 1):
            for c in letters:
                variants.setdefault(word[:i] + c + word[i:], word)
                if i < len(word):
                    variants.setdefault(word[:i] + c + word[i + 1 :], word)
            if i < len(word):
                variants.setdefault(word[:i] + word[i + 1 :], word)
            if i < len(word) - 1:
                variants.setdefault(word[:i] + word[i + 1] + word[i] + word[i + 2 :], word)
    for word in KEY_WORDS:
        variants[word] = word
    spelled = {k: v for k, v in variants.items() if (len(k) >= 5 or k == v) and k not in REAL_WORDS}
    return {**spelled, **SHORTHAND}


def as_meant(text: str) -> str:
    folded = normalize(text or "").folded
    folded = SPACED_LETTERS.sub(lambda m: re.sub(r"[ .\-_]", "", m.group(0)), folded)
    folded = SPACED_CJK.sub("", folded)
    spellings = _spellings()
    return LATIN.sub(lambda m: spellings.get(m.group(0), m.group(0)), folded)


# ------------------------------------------------------------ vocabulary
SECRET = re.compile(
    words(
        r"recovery\s*(?:phrase|sheet|card|paper|words?|seed)|seed(?:\s*phrase|\s*words?)?|"
        r"mnemonic|secret\s*(?:phrase|words?|key)|backup\s*(?:phrase|words?|card|sheet|paper)|"
        r"(?:wallet|your|the|full|whole|entire|complete)\s+phrase|"
        r"(?:verification|unlock|recovery|backup|secret|magic|security|wallet|activation)\s+words?|"
        r"\d+[\s-]*(?:words?|word\s+backup)|\d+(?:th|st|nd|rd)\s+(?:one|word)|"
        r"(?:activation|confirmation|verification|security|sms|text|login)\s+codes?|"
        r"codes?\s+we\s+(?:texted|sent|emailed)|numbers?\s+(?:from|in)\s+the\s+(?:text|sms)|"
        r"(?:the|your)\s+keys?|card\s+no|phrase|(?:your|ur)\s+\w+\s+words|"
        r"\d+\s+digits?\s+(?:from|in|of)\s+(?:the\s+)?(?:sms|text|message|email)|"
        r"card\s*\(?\s*(?:front|back)|"
        r"(?:12|24|twelve|twenty[\s-]*four|18|15)[\s-]*(?:words?|word\s*phrase)|"
        r"words?\s+(?:you\s+)?(?:wrote|written|saved|backed|copied|noted|remember)|"
        r"(?:wrote|write)\s+(?:down\s+)?(?:the|your)\s+words|"
        r"(?:the|your|those|these)\s+words|"
        r"(?:first|last)\s+(?:\d+|few|six|three|four|and\s+last)\s+words?|words?\s+of\s+your|"
        r"private\s*keys?|priv\s*key|pk|keys?|keystore|json\s*file|wallet\s*file|xprv|wif|"
        r"pass\s*(?:word|code|phrase)s?|pwd|pw|pin|pin\s*code|cvv2?|cvc2?|security\s*code|"
        r"card\s*(?:number|details|info)|(?:front|back)\s+(?:and\s+back\s+)?of\s+(?:your|the)\s+card|"
        r"(?:code|digits|numbers?)\s+on\s+the\s+back|\d[\s-]*digit\s+code|"
        r"code\s+(?:you|we)\s+(?:just\s+)?(?:got|received|sent|get)|"
        r"code\s+(?:by|via|from|in)\s+(?:sms|text|email|the\s+app|your\s+\w+)|"
        r"(?:sms|2fa|otp|verification|auth\w*|one[\s-]*time|login|security|google|backup)"
        r"\s+(?:\w+\s+)?codes?|(?:sms|2fa|otp)codes?|otp"
    )
    + r"|助记词|助記詞|记忆词|注记词|私钥|私鑰|私匙|密钥|密鑰|秘钥|密码|密碼|口令|"
    r"安全码|安全碼|验证码|驗證碼|校验码|2fa\s*码|验证器|卡号|卡號|卡背面|卡背后|卡片背面|"
    r"(?:背面|后面|後面)(?:的|那)?(?:三|3)(?:个|位)?(?:数字?|數字?)|正反面|种子|恢复短语|恢復短語|"
    r"备份的?(?:单词|词)|单词|單詞|抄下来的|抄下的|那几个词|几个词|那些词|(?:[十二一两]+|(?<!\d)\d{1,3})\s*个词|"
    r"keystore文件|钱包文件|第\s*\d{1,3}\s*个词|[前后後](?:\d{1,3}|[一二三四五六七八九十两]+)个(?:词|单词|字)|"
    r"助[计记記纪紀][词詞]|短信里的数字|备份卡上的词|(?<!\d)\d{1,3}个[词字]|十二个字|二十四个字|几个汉字|"
    r"[密蜜觅迷咪幂秘米][码碼麻玛吗嗎马馬]|验[证正][码碼吗马]|驗證碼|验证词|解锁词|激活码|绑定码|"
    r"安全字符串|id\.json|那串数字"
)
# "the code" is a secret only where the message is about a code sent by text message or an app.
CODE = re.compile(words(r"(?:a|the|that|this|your)\s+code") + r"|那个码|这个码|验证数字|6位数")
CODE_CONTEXT = re.compile(
    words(
        r"sms|text\s+message|authenticator|2fa|verification|(?:send|sent|sending)\s+you\s+a\s+code"
    )
    + r"|短信|验证器|验证码"
)
POINTER = re.compile(words(r"it|them|those|these|all\s+of\s+them") + r"|它|这些|那些|这串|这几个")
ASK = re.compile(
    words(
        r"send|sending|resend|share|sharing|give\s+(?:me|us|it|them|the|your)|giving\s+(?:me|us)|"
        r"provide|(?:is|are)\s+enough|will\s+do|"
        r"providing|tell|telling|type|typing|enter|entering|input|paste|pasting|submit|reply|"
        r"respond|dm|pm|message\s+(?:me|us|it|\S*@)|text\s+(?:me|us|it)|forward|upload|"
        r"read|reading|say|whisper|put|copy|voice\s+(?:note|message)|share\s+your\s+screen|"
        r"screen\s*share|zoom|over\s+the\s+phone|on\s+the\s+call|sent\s+me|"
        r"confirm|verify|spell|list|post|drop|show|fill|let\s+(?:me|us)\s+(?:know|see|have|check)|"
        r"(?:can|could|may)\s+(?:i|we)\s+(?:have|get|see)|asks?\s+for|asking\s+for|"
        r"what(?:'s|\s+is|\s+are|\s+was)\s+(?:your|ur|the)|whats|which\s+(?:\d+\s+)?(?:words?|ones?)|"
        r"screenshot|photo|picture|snap|require[sd]?|"
        r"(?:we|i|system|engineer|team|support|they)(?:'ll|'d|\s+will|\s+would|'m\s+gonna|"
        r"\s+am\s+going\s+to)?\s+(?:(?!never|not|don'?t|do)\w+\s+)?needs?|needs?\s+(?:your|you\s+to)|"
        r"write\s+(?:down\s+)?(?:\S+\s+){0,7}?(?:here|below|in\s+the\s+chat|to\s+me|to\s+us|"
        r"form|field|box|comment|ticket|website|site|link|page)"
    )
    + r"|@\w+"
    r"|发(?:给(?![您你])|过来|一下|送|我|来|出来|到|下|个|在)|[先再就直接麻烦请][发發]|發(?:給|過來|一下|送|我)|提供|提交|告诉|"
    r"告訴|输入(?!法)|輸入|填写|填寫|填入|填一下|填进|填到|填上|报一下|报给|拍照|拍下|拍一张|照片|"
    r"上传|截图|截圖|给我|給我|给一下|贴过来|贴给|贴到|核实|核對|核对|"
    r"(?<![备份身份次信脸名])验证(?![码器])|驗證(?!碼)|"
    r"是多少|是什么|是啥|多少|是哪|是[？?]|(?:我们|我|系统|客服|这边)需要|需要(?:您|你)|私信|回复|"
    r"说一下|念一下|念出来|念给|读一遍|读出来|打出来|打在这里|打一遍|复制过来|共享屏幕|发语音|语音|"
    r"重新发|再发|也要|确认一下|粘贴|复制给|到这里|到这儿|这里就行|就行|就够了|发这里|在下面输入|"
    r"直接回复|回复就行"
)
# A request with only a courtesy: "Your mnemonic please 🙂".
BARE_PLEASE = re.compile(words(r"please|pls|plz|kindly"))
FILLER = re.compile(words(r"your|the|my|dear|sir|madam|now|quickly|asap|bro|mate"))
YOU_NEED = re.compile(words(r"you(?:'ll|\s+will)?\s+need"))  # "you need your phrase to restore"
# A negation in front of the request: "never send", "we will not ask you to type", "不要发".
NEGATION = re.compile(
    words(
        r"never|don'?t|dont|do\s+not|doesn'?t|does\s+not|not|"
        r"(?<!card\s)no(?!\s+(?:worries|problem|rush|need\s+to\s+(?:panic|worry)))|"
        r"nobody|noone|won'?t|will\s+not|shouldn'?t|should\s+not|must\s+not|mustn'?t|cannot|"
        r"can'?t|avoid\s+(?:shar|send|typ|enter|giv|post|past|revea)ing|refuse|"
        r"(?:advise|warn|recommend)\w*\s+against|"
        r"keep\s+(?:it|them|your)|only\s+you|under\s+no\s+circumstances|no\s+matter|"
        r"if\s+you(?:'ve|\s+have|\s+already)|delete|remove"
    )
    + r"|绝不|決不|绝对不|从不|從不|不会|不會|不要|不用|不应该|不該|(?<!有)没有|沒有|只能自己|"
    r"只有自己|"
    r"自己知道|(?:^|[请你您就千万也都?？!！。,，\s])\s*[别別]|[别別](?=[把将给发告泄透相输点让再随往回])|"
    r"[请切]勿|千万|永远不|永遠不|不能|不可以|禁止|无需|無需|不需要|不必|如已|如果已|若已|"
    r"如果您已|已经发|删除|撤回"
)
# Anywhere in the message: it is about scams, or about whoever might ask.
SCAM_CONTEXT = re.compile(
    words(
        r"scam\w*|fraud\w*|phish\w*|fake|impersonat\w*|ignore|report|block|beware|"
        r"anyone|someone|somebody|whoever|anybody|no\s+\w+\s+(?:support|agent|staff|one|team)|"
        r"legit\w*|compromised|unsafe|if\s+(?:a|an|some|any)\w*|got\s+a\s+message|steal\w*|"
        r"not\s+us|careful|malicious|"
        r"any\s+(?:site|website|one|app|person|link|page|bot)"
    )
    + r"|诈骗|詐騙|骗子|騙子|骗局|钓鱼|釣魚|假冒|冒充|假的|是假|任何|他人|谨防|謹防|"
    r"小心|警惕|保管好|妥善保管|拒绝|拒絕|如果有人|若有人|如有人|凡是|一律|举报|舉報|拉黑|"
    r"上当|上當|不是官方|都不是|不安全|泄露|泄漏|已被隐藏|已隐藏|索要|谁|結束對話|结束对话|有人|偷|"
    r"恶意|假|骗|"
    r"如果您?[^，。]{0,10}过"
)
# The request is made to the sender: a scam warning never asks to send anything to "me".
TO_US = re.compile(
    words(r"me|this\s+chat|to\s+our\s+\w+|(?:can|could|may)\s+(?:i|we)\s+(?:have|get|see)")
    + r"|给我|給我|发我|我这|我這|这里|這裡|私信我|发过来|發過來|贴过来"
)
IN_THE_APP = re.compile(
    words(
        r"(?:in|on|into|inside|within|through|under)\s+(?:the\s+|our\s+|your\s+)?(?:\S+\s+){0,2}?"
        r"(?:app|application|login\s+(?:screen|page)|import\s+(?:screen|page)|settings?|"
        r"security\s+(?:settings|center)|device)|"
        r"go\s+to\s+settings|settings\s*>|import\s+(?:wallet|screen|page)|"
        r"restore\s+(?:screen|wallet)|new\s+(?:password|pin|passcode)|log\s*in\s+again|re-?login|"
        r"(?:reset|change|update|enable|set)\s+(?:your\s+|the\s+|a\s+)?(?:\w+\s+)?(?:password|pin)|"
        r"the\s+app\s+(?:\w+\s+)?(?:showed|shows|asked|asks|will\s+ask|displays|prompted|prompts)|"
        r"try\s+(?:entering|typing|inputting)"
    )
    + r"|在[^，。,.!?！？吗嗎]{0,6}?(?:app|应用|應用|钱包(?:app|里|內|内)|客户端|設置|设置|"
    r"登录页|登录界面|导入|導入|本机|手机)|app\s*(?:里|内|內)|应用(?:里|内)|官方\s*app|导入页|"
    r"新密码|新密碼|重新登录|重新登錄|重置密码|重設密碼|导入钱包|導入錢包|设置新|設置新|修改密码|"
    r"导入时|登录时|解锁时|打开app|app的|app页面|验证框|输入框|弹窗"
)
# Where a clause sends the secret somewhere other than the app.
ELSEWHERE = re.compile(
    r"https?://|www\.|(?<![a-z0-9-])[a-z0-9-]{2,63}\.[a-z]{2,10}(?![a-z])|"
    + words(
        r"link|form|website|site|bot|dapp|chat|here|"
        r"(?:to|with|dm|message|text|tell|show|send|give)\s+(?:me|us)|me\s+(?:your|the)"
    )
    + r"|@\w+|链接|鏈接|网站|網站|网址|表单|表單|网页|網頁|这里|這裡|聊天|对话框|給我|给我|"
    r"私信|机器人|機器人"
)
LINK = re.compile(
    r"https?://|www\.|(?<![a-z0-9-])[a-z0-9-]{2,63}\.(?!js\b|py\b|txt\b|json\b|png\b|jpg\b)[a-z]{2,10}"
    r"(?![a-z])|"
    r"链接|网址|網址|(?<![a-z])this\s+(?:\S+\s+){0,3}(?:page|site|link|form)(?![a-z])|这个(?:网页|网站|页面)"
)
CONNECT = re.compile(
    words(
        r"connect|import|validate|verify|sync|restore|unlock|recover|log\s*in|sign\s*in|enter|"
        r"type|fill|submit|paste"
    )
    + r"|连接|导入|验证|同步|恢复|解锁|填|输入|粘贴"
)
WALLET = re.compile(words(r"wallet|account|funds?") + r"|钱包|錢包|账户|賬戶")
# A quoted error ("the 'Wrong password' message", 提示“助记词无效”) names no secret to send.
QUOTED = re.compile(r"[\"“”'‘’「」『』][^\"“”'‘’「」『』]{1,30}[\"“”'‘’「」『』]")
QUOTE_IS_A_MESSAGE = re.compile(words(r"message|error|prompt|says?") + r"|提示|显示|报错")
COERCION = re.compile(
    r"(?:不|没有?)(?:发|给|提供)[^。.]{0,16}(?:没法|无法|不能|处理不了|办不了|只能)|"
    r"(?:超时|否则|不然|来不及)[^。.]{0,12}(?:销毁|冻结|关闭|丢失|没了|没法)|赶紧|马上发|立刻发|"
    r"(?<!\d)\d{1,3}\s*分钟内|最后提醒|零点就重置|自动关闭|"
    + words(
        r"without\s+(?:your|the)\s+\w+(?:\s+\w+)?\s*,?\s*(?:we|i)\s+(?:can'?t|cannot)|"
        r"(?:can'?t|cannot)\s+do\s+anything\s+without|last\s+reminder|final\s+(?:warning|notice)|"
        r"now\W+(?:or|otherwise)|(?:or|otherwise)\s+(?:the|your)\s+(?:wallet|funds|ticket|account)"
    )
)
# Split after the punctuation, which stays with its sentence ("您的私钥是？" asks).
SENTENCES = re.compile(r"(?<=[.!?])(?=\s|$)|(?<=[。！？\n])")
CONTRASTS = re.compile(
    r"[;；]+|(?<![a-z])(?:but|however|otherwise|or\s+else)(?![a-z])|但是|但|不过|不過|可是|然而|"
    r"否则|否則"
)
COMMAS = re.compile(r"[，,](?=\s*[\u4e00-\u9fff])|，")
ANY_COMMA = re.compile(r"[，,]")  # bounds a negation's reach: "doesn't match, please resend it"


# Reported speech in a warning ('If someone says "send me your seed phrase", it's a scam') and a
# button's name in an instruction (点“重新发送”) ask nothing of the reader.
SPEECH = re.compile(r"[\"“「『‘][^\"”」』’]{1,80}[\"”」』’]")
BUTTON = re.compile(
    r"(?:点击?|选择?|按|(?<![a-z])(?:tap|press|click|choose|select)\s+(?:on\s+)?)\s*"
    r"[\"“「『‘'][^\"”」』’']{1,16}[\"”」』’']"
)
# Saying how something works is not asking for it: "the SMS code is sent by our provider",
# "验证码由服务商发送", "the CVV field takes 3 digits".
INFORMATION = re.compile(
    r"(?<![a-z])(?:is|are|was|were|will\s+be|gets?)\s+sent\s+(?:by|from|to\s+your)|"
    r"由[^，。,.]{0,10}(?:发送|发出)|会(?:自动)?发送|(?<![a-z])(?:takes|accepts|has|have|contains)\s+"
    r"(?:\d+|three|four|six|twelve|24)|(?<![a-z])(?:must|needs?\s+to|should)\s+(?:be|have|contain)|"
    r"需要(?:至少)?\d|至少\d|\d\s*位数字|"
    r"(?<![a-z])(?:is|are)\s+(?:what|the\s+(?:only|same|one))"
)
# "…not here", "不用发这里": a place named only to be refused.
REFUSED_PLACE = re.compile(
    r"(?<![a-z])not\s+(?:here|in\s+(?:this|the)\s+chat|to\s+(?:me|us))|不用发这里|不要发这里|别发这里|"
    r"不用发给我|不要发给我|别发给我"
)
AFTER_NEGATION = re.compile(
    r"也不行|也不可以|(?:不行|不可以)\W*$|(?<![a-z])(?:not\s+allowed|no\s+way)\W*$"
)


# A statement has a verb: "the PIN is checked locally", "验证码5分钟内有效". A request made of a
# noun ("your pin please", "card no + cvv", "私钥呢") has none.
PREDICATE = re.compile(
    r"(?<![a-z])(?:is|are|was|were|matters|will|can|may|must|should|takes|has|have|isn'?t|"
    r"aren'?t|doesn'?t|works?|means?)(?![a-z])|是(?!多少|什么|啥|哪|[？?])|会|有(?!没有)|可能|有效|重要|需要|"
    r"在|到|锁定|分开|校验|导入"
)


# Questions about a secret's properties or safety, not its value: "is it 12 or 24 words?",
# "did you write it down?", "备份了吗", "还记得吗".
PROPERTY = re.compile(
    r"(?<![a-z])(?:did\s+you|have\s+you|do\s+you\s+(?:have|remember|know|still)|is\s+it|are\s+they|"
    r"how\s+many|whether|keep|store|stored|back(?:ed)?\s+up|write\s+down|wrote\s+down|reset|"
    r"change|forgot|forget|lost|wrong|incorrect|invalid|expired|locked|means?|difference)(?![a-z])|"
    r"备份了|备份好|已经备份|保留|还记得|记得吗|多少个|几个词|还是|忘了|忘记|丢了|错误|无效|重置|修改|"
    r"保管|保存|抄写|区别|意思"
)


# "Step 2: tap “Backup”. Step 3: send me what you see",
# "点“导出私钥”之后出来的那一串，全部粘贴过来".
SHOW_ME = re.compile(
    r"(?<![a-z])(?:send|show|tell|copy)\s+(?:me|us)\s+what\s+(?:you\s+see|it\s+shows|appears)|"
    r"看到的(?:内容|东西)?(?:发|告诉|给)|出来的(?:那一?串|内容|东西)|那一串"
)
SECRET_PAGE = re.compile(words(r"backup|export|show\s+private\s+key") + r"|备份|导出|私钥|助记词")
