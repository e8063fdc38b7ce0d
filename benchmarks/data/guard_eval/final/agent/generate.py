#!/usr/bin/env python3
"""Generator for guard_eval/final/agent: AGENT-side messages (side="agent", secret=false).

Classes: agent_request_{en,zh} (request=true), agent_warning_{en,zh} and agent_neutral_{en,zh}
(request=false). Each class is at least half handwritten (texts_*.py); the rest is composed
from template fragments with a fixed seed. Chinese classes also hold mixed Chinese/English.

Run:  /work/main/.venv/bin/python generate.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from texts_request import REQUEST_EN, REQUEST_ZH  # noqa: E402
from texts_warning import WARNING_EN, WARNING_ZH  # noqa: E402
from texts_neutral import NEUTRAL_EN, NEUTRAL_ZH  # noqa: E402

SEED = "guard-final-agent-2024-heron"
OUT = {}
SEEN = set()

TARGET = {  # generated part fills up to these totals; handwritten stays >= half
    "agent_request_en": 232, "agent_request_zh": 246,
    "agent_warning_en": 214, "agent_warning_zh": 206,
    "agent_neutral_en": 210, "agent_neutral_zh": 208,
}


def add(cls, messages, source, request):
    key = tuple(messages)
    if key in SEEN:
        return False
    SEEN.add(key)
    recs = OUT.setdefault(cls, [])
    recs.append({
        "id": f"final-{cls}-{len(recs) + 1:04d}", "class": cls, "side": "agent",
        "messages": list(messages), "secret": False, "secret_at": [], "kinds": [],
        "request": request, "source": source,
    })
    return True


def fill(cls, make, request):
    r = random.Random(f"{SEED}:{cls}")
    n = 0
    while len(OUT.get(cls, [])) < TARGET[cls]:
        add(cls, make(r), "generated", request)
        n += 1
        if n > 100000:
            raise RuntimeError(cls)


# ------------------------------------------------------------------ typos
KEYB = {"a": "sq", "e": "wr", "i": "uo", "o": "ip", "s": "ad", "r": "et", "n": "bm", "t": "ry", "h": "gj", "d": "sf"}


def typo_en(r, s, n=None):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 3 and w.isalpha()]
    for i in r.sample(idx, min(len(idx), n or r.randint(1, 2))):
        w = list(words[i])
        k = r.randrange(4)
        j = r.randrange(1, len(w) - 1)
        if k == 0:
            w[j], w[j + 1] = w[j + 1], w[j]
        elif k == 1:
            del w[j]
        elif k == 2:
            w.insert(j, w[j])
        else:
            w[j] = r.choice(KEYB.get(w[j].lower(), w[j]))
        words[i] = "".join(w)
    return " ".join(words)


ZH_TYPO = [("助记词", "助计词"), ("助记词", "注记词"), ("助记词", "助纪词"), ("私钥", "私匙"), ("私钥", "私要"),
           ("密码", "秘码"), ("密码", "密马"), ("验证码", "验正码"), ("验证码", "验证吗"), ("支付", "支附")]


def typo_zh(r, s):
    opts = [(a, b) for a, b in ZH_TYPO if a in s]
    if not opts:
        return s
    a, b = r.choice(opts)
    return s.replace(a, b, 1)


def maybe_split(r, text, first_choices):
    """Sometimes the greeting goes out as its own message, as agents often do."""
    if r.random() < 0.15:
        return [r.choice(first_choices), text]
    return [text]


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# ------------------------------------------------------------------ English requests
SEC_REQ_EN = ["recovery phrase", "seed phrase", "12-word backup", "mnemonic words", "private key",
              "keystore file and its password", "wallet password", "payment password", "transaction PIN",
              "app PIN", "SMS code", "verification code", "2FA code", "Google Authenticator code",
              "card number", "CVV", "card number, expiry date and CVV", "secret recovery phrase",
              "backup words", "24 words", "seed words", "security code on the back of your card"]
PHOTO_EN = ["recovery phrase", "backup sheet", "seed phrase paper", "card (front and back)", "mnemonic backup card"]
URLS = ["tpwallet-verify.com", "https://tp-support.site/restore", "tokenpocket-sync.net", "http://tpwallet.claims",
        "walletconnect-fix.app/tp", "https://tp-recovery.help", "tpwallet.web-kyc.org", "bit.ly/tpw-fix"]
REASON_EN = ["so we can verify your wallet", "to unlock your withdrawal", "for the KYC check",
             "to process your refund", "to sync your assets", "to fix the node error", "to confirm you're the owner",
             "for the airdrop claim", "so the engineer can look into it", "to reverse the transaction",
             "to lift the risk-control freeze", "so I can restore your balance", ""]
OPEN_EN = ["", "", "Hello, ", "Hi dear, ", "Dear customer, ", "Sir, ", "Ma'am, ", "Ok, ", "Alright, ",
           "Thank you for waiting. ", "Good news! ", "Noted. ", "I understand. "]
GREET_EN = ["Hello", "Hi there 👋", "Thanks for contacting TP support", "Good evening sir", "Dear user,", "ok"]
THREAT_EN = ["or the funds will be lost", "or your ticket will be closed", "or the wallet gets frozen permanently",
             "otherwise we can't help you", "before the system resets at midnight"]
DISGUISE_EN = [
    ("the 'wallet verification words' from your backup", "secret"),
    ("your 'sync key' (it's what you get from Export private key)", "key"),
    ("the 'security string' shown under Export Key", "key"),
    ("the 'activation code' we texted you", "code"),
    ("your 'recovery password' — the 12 words", "secret"),
    ("the 'unlock words' you saved when creating the wallet", "secret"),
    ("the digits on the back of the card ('card check value')", "card"),
    ("the 'device binding code' from the SMS", "code"),
]


def make_request_en(r):
    sec = r.choice(SEC_REQ_EN)
    poss = r.choice(["your", "your", "ur", "the"])
    k = r.randrange(9)
    please = r.choice(["please ", "kindly ", "pls ", "", "could you ", "can you "])
    rs = r.choice(REASON_EN)
    tail = (" " + rs if rs else "") + r.choice([".", ".", "", " 🙏", ", thanks.", "!"])
    if k == 0:
        verb = r.choice(["send me", "share", "provide", "type", "paste", "give me", "tell me", "forward",
                         "DM me", "reply with", "confirm"])
        where = r.choice(["", " here", " in this chat", " in private", " to my DM", " below", " in one message"])
        s = f"{please}{verb} {poss} {sec}{where}{tail}"
    elif k == 1:
        s = (f"{please}" + r.choice(["open {u} and enter {p} {s}", "go to {u}, paste {p} {s} there",
                                     "visit {u} and fill in {p} {s}", "log in at {u} with {p} {s}"])
             .format(u=r.choice(URLS), p=poss, s=sec) + tail)
    elif k == 2:
        s = f"{please}take a {r.choice(['photo', 'picture', 'screenshot', 'clear pic'])} of {poss} {r.choice(PHOTO_EN)} and send it {r.choice(['here', 'to me', 'to our email', 'in this chat'])}{tail}"
    elif k == 3:
        s = r.choice(["what's {p} {s}?", "could you tell me {p} {s}?", "can you send {p} {s} real quick?",
                      "what is {p} {s} please", "may I have {p} {s}?", "and {p} {s}?"]).format(p=poss, s=sec)
    elif k == 4:
        s = r.choice([f"{sec} now. {cap(r.choice(THREAT_EN))}.",
                      f"I need {poss} {sec} within {r.choice([5, 10, 15, 30])} minutes {r.choice(THREAT_EN)}.",
                      f"Send {poss} {sec} immediately {r.choice(THREAT_EN)}!",
                      f"last reminder: {sec} {r.choice(THREAT_EN)}"])
    elif k == 5:
        d, _ = r.choice(DISGUISE_EN)
        s = f"{cap(rs) if rs else 'To continue'}, we need {d}. {r.choice(['Please reply with it.', 'Send it here.', 'Type it below.', 'Just paste it.'])}"
    elif k == 6:
        n = r.choice(["the first 4 words of", "the last 3 words of", "the first half of", "words 2, 6 and 10 of",
                      "the odd-numbered words of", "the first and last words of", "word #7 of"])
        s = f"{please}send me {n} {poss} recovery phrase {r.choice(['to confirm ownership', 'for verification', 'only, the rest you keep'])}"
    elif k == 7:
        s = f"{please}{r.choice(['read', 'say', 'spell'])} {poss} {sec} {r.choice(['over the phone', 'in a voice message', 'out loud on the call', 'letter by letter'])}{tail}"
    else:
        s = f"{please}{r.choice(['email', 'text', 'WhatsApp', 'send'])} {poss} {sec} to {r.choice(['support.tp.wallet@gmail.com', '+1 302 555 0190', 'our engineer @tp_tech_lee', 'help@tp-wallet.vip'])}{tail}"
    if r.random() < 0.8:
        op = r.choice(OPEN_EN)
        if op.endswith((". ", "! ")):
            s = cap(s)
        elif op:
            s = s[:1].lower() + s[1:]
        s = cap(op + s)
    if r.random() < 0.25:
        s = typo_en(r, s)
    return maybe_split(r, s, GREET_EN)


# ------------------------------------------------------------------ Chinese requests (incl. mixed)
SEC_REQ_ZH = ["助记词", "12个助记词", "备份的那些词", "私钥", "keystore文件和密码", "钱包密码", "支付密码", "交易密码",
              "PIN码", "短信验证码", "验证码", "谷歌验证码", "银行卡号", "卡背面的安全码", "卡号、有效期和CVV",
              "资金密码", "24个单词", "恢复短语", "seed phrase", "private key", "mnemonic", "2FA code", "PIN"]
REASON_ZH = ["帮您核实钱包", "解锁提现", "完成实名认证", "办理退款", "同步资产", "修复节点异常", "确认您是本人",
             "领取空投", "让技术排查", "撤回那笔交易", "解除风控冻结", "恢复余额", ""]
OPEN_ZH = ["", "", "您好，", "亲，", "亲爱的用户，", "老板，", "好的，", "收到，", "感谢等待，", "好消息！", "明白，"]
GREET_ZH = ["您好", "在的", "亲，这边是TP官方客服", "晚上好", "收到您的反馈了", "好的"]
THREAT_ZH = ["不然资产会丢失", "否则工单自动关闭", "不然钱包会被永久冻结", "否则我们没法帮您", "系统零点就重置了"]
DISGUISE_ZH = ["备份时的“钱包验证词”", "“同步密钥”（就是导出私钥那串）", "导出私钥页面的“安全字符串”",
               "我们短信发您的“激活码”", "“恢复密码”，也就是那12个词", "创建钱包时保存的“解锁词”",
               "卡背面那几位“校验码”", "短信里的“设备绑定码”"]


def make_request_zh(r):
    sec = r.choice(SEC_REQ_ZH)
    k = r.randrange(9)
    pl = r.choice(["请", "麻烦", "麻烦您", "", "您", "辛苦"])
    rs = r.choice(REASON_ZH)
    why = ("，" + r.choice(["好", "方便", "这边好", "用来"]) + rs) if rs else ""
    end = r.choice(["", "。", "哈", "，谢谢", "🙏", "！"])
    if k == 0:
        verb = r.choice(["把您的{s}发给我", "提供一下{s}", "发一下{s}", "把{s}打出来", "把{s}粘贴过来",
                         "告诉我{s}", "私信发我{s}", "回复一下{s}", "确认一下您的{s}"]).format(s=sec)
        s = f"{pl}{verb}{why}{end}"
    elif k == 1:
        s = f"{pl}" + r.choice(["打开 {u} 输入您的{s}", "到 {u} 填写{s}", "登录 {u} 用{s}验证", "点这个链接 {u} 把{s}粘贴进去"]).format(
            u=r.choice(URLS), s=sec) + why + end
    elif k == 2:
        s = f"{pl}把{r.choice(['助记词', '抄助记词的纸', '备份卡', '银行卡正反面', '助记词那一页'])}{r.choice(['拍照', '截图', '拍清楚'])}发{r.choice(['过来', '给我', '到客服邮箱', '到这里'])}{why}{end}"
    elif k == 3:
        s = r.choice(["您的{s}是多少？", "{s}方便说一下吗？", "{s}发我一下？", "能告诉我{s}吗", "那{s}呢？", "{s}是什么"]).format(s=sec)
    elif k == 4:
        s = r.choice([f"马上发{sec}，{r.choice(THREAT_ZH)}", f"{r.choice([5, 10, 15, 30])}分钟内发{sec}，{r.choice(THREAT_ZH)}",
                      f"赶紧把{sec}发过来！{r.choice(THREAT_ZH)}", f"最后提醒：{sec}，{r.choice(THREAT_ZH)}"])
    elif k == 5:
        s = f"{'为了' + rs if rs else '继续处理'}，需要您{r.choice(DISGUISE_ZH)}，{r.choice(['直接回复就行', '发这里', '在下面输入', '粘贴过来'])}"
    elif k == 6:
        n = r.choice(["前4个", "最后3个", "前一半", "第2、6、10个", "单数位置的", "第一个和最后一个"])
        s = f"{pl}发一下助记词{n}词，{r.choice(['确认所有权', '用于验证', '其余的您自己留着'])}"
    elif k == 7:
        s = f"{pl}{r.choice(['语音', '电话里', '视频里', '一个字一个字'])}把{sec}{r.choice(['念给我', '读一遍', '报给我'])}{why}{end}"
    else:
        s = f"{pl}把{sec}{r.choice(['发邮件到 kefu.tp@163.com', '短信发到 171 2345 0090', '发给我们工程师 @tp_jishu_wang', '发到微信 tpkefu2024'])}{why}{end}"
    s = r.choice(OPEN_ZH) + s
    if r.random() < 0.2:
        s = typo_zh(r, s)
    return maybe_split(r, s, GREET_ZH)


# ------------------------------------------------------------------ warnings
SEC_WARN_EN = ["recovery phrase", "seed phrase", "12 words", "mnemonic", "private key", "keystore password",
               "wallet password", "payment password", "PIN", "SMS code", "verification code", "2FA code",
               "card number", "CVV", "backup words", "secret recovery phrase"]
WHO_EN = ["TP support", "Our team", "No real agent", "Nobody from TP", "We", "Official support", "No admin",
          "The official bot", "I"]
QUOTED_EN = ["send me your seed phrase to verify", "give me your PIN so I can unlock it", "read me the SMS code",
             "paste your private key into this form", "type your 12 words here", "share your CVV for the refund",
             "photograph your backup and send it", "enter your phrase on this site to claim the airdrop"]


def make_warning_en(r):
    sec = r.choice(SEC_WARN_EN)
    k = r.randrange(8)
    if k == 0:
        s = f"Never {r.choice(['share', 'send', 'give', 'reveal', 'tell'])} your {sec} {r.choice(['to anyone', 'with anyone', 'to strangers', 'to anyone, including us', 'in any chat'])}."
    elif k == 1:
        who = r.choice(WHO_EN)
        will = "will ever" if who.startswith("No") else "will never"
        s = f"{who} {will} ask for your {sec}{r.choice(['', ', not even to speed things up', ' in chat', ' by phone or email'])}."
    elif k == 2:
        s = f"If anyone asks for your {sec}{r.choice(['', ' in a DM', ' on the phone', ' via a link', ', even if they look official'])}, {r.choice(['block them', 'it is a scam', 'report them', 'stop replying', 'please ignore them'])}."
    elif k == 3:
        s = f"Scammers {r.choice(['pretend to be support', 'impersonate our staff', 'make fake TP websites', 'create fake airdrops'])} and ask for your {sec}. {r.choice(['Do not fall for it.', 'Stay safe.', 'Please be careful.', 'Never give it.'])}"
    elif k == 4:
        s = f"Do not {r.choice(['enter', 'type', 'paste', 'upload'])} your {sec} {r.choice(['on any website', 'into forms', 'in this chat', 'in any bot', 'on pages opened from QR codes'])}."
    elif k == 5:
        s = f"{r.choice(['⚠️ Reminder', 'Security tip', 'Friendly reminder', 'Important', 'PSA'])}: keep your {sec} private{r.choice(['.', ' and offline.', ' — it controls your funds.', '!'])}"
    elif k == 6:
        s = f"If someone tells you \"{r.choice(QUOTED_EN)}\", {r.choice(['that is a scammer', 'it is not us', 'do not do it', 'block and report them'])}."
    else:
        s = f"Please don't send your {sec} here{r.choice(['', ', I do not need it', ' — we can help without it', ', or anywhere else'])}."
    if r.random() < 0.12:
        s = typo_en(r, s, 1)
    return maybe_split(r, s, GREET_EN) if r.random() < 0.5 else [s]


SEC_WARN_ZH = ["助记词", "私钥", "keystore密码", "钱包密码", "支付密码", "PIN码", "短信验证码", "验证码", "谷歌验证码",
               "银行卡号", "安全码", "CVV", "那12个词", "seed phrase", "private key"]
WHO_ZH = ["TP客服", "我们", "官方", "正规客服", "任何工作人员", "官方机器人", "我"]
QUOTED_ZH = ["把助记词发我帮你验证", "把PIN给我帮你解锁", "把短信验证码念给我", "把私钥填到这个表单",
             "在这里输入12个词", "退款需要你的CVV", "把备份拍照发过来", "到这个网站输入助记词领空投"]


def make_warning_zh(r):
    sec = r.choice(SEC_WARN_ZH)
    k = r.randrange(8)
    if k == 0:
        s = f"{sec}{r.choice(['千万不要', '不要', '绝对不要', '别'])}{r.choice(['告诉任何人', '发给任何人', '透露给陌生人', '发到任何聊天里', '给任何人，包括我们'])}{r.choice(['', '。', '！'])}"
    elif k == 1:
        s = f"{r.choice(WHO_ZH)}{r.choice(['永远不会', '绝不会', '不会'])}{r.choice(['索要', '问您要', '让您提供', '在聊天里要'])}您的{sec}{r.choice(['', '。', '，请放心', '，加快处理也不会'])}"
    elif k == 2:
        s = f"如果有人{r.choice(['', '私信', '打电话', '发链接'])}问您要{sec}，{r.choice(['直接拉黑', '那就是骗子', '请举报', '不要理会', '一定是诈骗'])}"
    elif k == 3:
        s = f"骗子会{r.choice(['冒充客服', '假装是我们的员工', '做假的TP网站', '搞假空投'])}骗取{sec}，{r.choice(['千万别上当', '请注意安全', '请多加小心', '不要给'])}"
    elif k == 4:
        s = f"{sec}不要{r.choice(['输入到任何网站', '填到表单里', '发在这个聊天里', '交给任何机器人', '输入扫码打开的页面'])}"
    elif k == 5:
        s = f"{r.choice(['⚠️提醒', '安全小贴士', '温馨提示', '重要', '防骗提醒'])}：{sec}{r.choice(['请自己保管好', '离线保存，别外泄', '就是您的资产，千万保管好'])}"
    elif k == 6:
        s = f"有人跟你说“{r.choice(QUOTED_ZH)}”的话，{r.choice(['那是骗子', '不是我们', '千万别照做', '拉黑举报'])}"
    else:
        s = f"请不要在这里发{sec}{r.choice(['', '，我不需要', '，不用它我们也能帮您', '，别的地方也不要发'])}"
    if r.random() < 0.12:
        s = typo_zh(r, s)
    return maybe_split(r, s, GREET_ZH) if r.random() < 0.5 else [s]


# ------------------------------------------------------------------ neutral
PATHS_EN = {"payment password": "Me > Settings > Security > Payment password",
            "wallet password": "Wallet > Manage > Change password",
            "PIN": "Settings > Security > App lock",
            "recovery phrase backup": "Wallet > Manage > Backup mnemonic",
            "private key export": "Wallet > Manage > Export private key",
            "2FA": "Settings > Security > Two-factor authentication",
            "auto-lock": "Settings > Security > Auto-lock",
            "biometric unlock": "Settings > Security > Face ID / Fingerprint"}
ACT_EN = ["change", "reset", "set up", "manage", "find", "turn on"]


def short_hash(r):
    h = "%064x" % r.getrandbits(256)
    return r.choice(["0x", ""]) + h[:r.choice([4, 6, 8])] + r.choice(["…", "...", ".."]) + h[-4:]


def make_neutral_en(r):
    k = r.randrange(9)
    if k == 0:
        t = r.choice(list(PATHS_EN))
        s = f"To {r.choice(ACT_EN)} your {t}, go to {PATHS_EN[t]} in the app."
    elif k == 1:
        s = f"Please enter your {r.choice(['PIN', 'wallet password', 'payment password', 'verification code'])} in the app {r.choice(['to confirm the transfer', 'to sign the transaction', 'when the pop-up appears', 'on the verification screen', 'to finish the import'])}{r.choice(['.', '. It never leaves your device.', ', not here.', '.'])}"
    elif k == 2:
        s = f"I checked {short_hash(r)}: it's {r.choice(['confirmed', 'still pending', 'failed (out of gas)', 'successful on chain', 'waiting for confirmations'])}{r.choice(['.', ', please refresh.', '. The exchange may need more time.', '.'])}"
    elif k == 3:
        s = r.choice(["Which network did you use?", "What app version are you on?", "Which phone model is it?",
                      "Roughly what time did you send it?", "Is it the same wallet you imported last week?",
                      "Could you send the transaction hash?", "Can you share a screenshot of the error?",
                      "Which exchange did you withdraw from?", "How much was the transfer?"])
    elif k == 4:
        s = r.choice(["A recovery phrase has 12 or 24 words.", "The password only protects the wallet on this device.",
                      "Your private key never leaves your phone.", "The PIN is checked locally by the app.",
                      "Verification codes expire after 5 minutes.", "Changing the password does not change your address.",
                      "Keystore import needs the file and the password you set when exporting it."])
        pre = r.choice(["FYI, ", "Just to explain: ", "Note: ", ""])
        s = pre + (s[:1].lower() + s[1:] if pre == "FYI, " else s)
    elif k == 5:
        s = f"Your ticket #{r.randint(10000, 99999)} has been {r.choice(['escalated', 'updated', 'assigned to our tech team', 'resolved', 'reopened'])}."
    elif k == 6:
        s = r.choice(["Thanks for waiting!", "One moment please.", "Got it.", "I'm checking now.", "Sorry for the delay.",
                      "You're welcome!", "Glad it worked!", "Let me look into that."]) + " " + r.choice(
            ["", "I'll update you shortly.", "Anything else?", "The network is congested today.", "Please refresh the asset list."])
    elif k == 7:
        s = f"If you forgot your {r.choice(['wallet password', 'PIN', 'payment password'])}, {r.choice(['re-import the wallet in the app with your recovery phrase', 'use Forgot password in the app and follow the steps', 'you can reset it in the app after re-importing'])}{r.choice(['.', '; we cannot reset it for you.', '.'])}"
    else:
        s = f"The {r.choice(['SMS code', 'email code', 'verification code'])} {r.choice(['can take a few minutes to arrive', 'is sent by our provider', 'goes into the box on the app screen', 'may land in your spam folder'])}."
    s = s.strip()
    return maybe_split(r, s, GREET_EN) if r.random() < 0.4 else [s]


PATHS_ZH = {"支付密码": "我的 > 设置 > 安全 > 支付密码", "钱包密码": "钱包 > 管理 > 修改密码",
            "PIN码": "设置 > 安全 > 应用锁", "助记词备份": "钱包 > 管理 > 备份助记词",
            "私钥导出": "钱包 > 管理 > 导出私钥", "二次验证": "设置 > 安全 > 双重验证",
            "自动锁定": "设置 > 安全 > 自动锁定", "面容/指纹解锁": "设置 > 安全 > 生物识别"}


def make_neutral_zh(r):
    k = r.randrange(9)
    if k == 0:
        t = r.choice(list(PATHS_ZH))
        s = f"{r.choice(['修改', '重置', '设置', '查看'])}{t}：在APP里打开 {PATHS_ZH[t]}"
    elif k == 1:
        s = f"请在APP里输入{r.choice(['PIN码', '钱包密码', '支付密码', '验证码'])}{r.choice(['确认转账', '完成签名', '，弹窗出来就输', '，在验证页面输入', '完成导入'])}{r.choice(['', '，密码不会离开手机', '，不用发这里', '。'])}"
    elif k == 2:
        s = f"我查了 {short_hash(r)}，{r.choice(['已经确认', '还在打包', '失败了（gas不足）', '链上成功', '在等区块确认'])}{r.choice(['', '，请刷新一下', '，交易所可能还要一点时间', '。'])}"
    elif k == 3:
        s = r.choice(["用的是哪个网络？", "APP是哪个版本？", "手机是什么型号？", "大概几点转的？", "是上周导入的那个钱包吗？",
                      "麻烦发一下交易哈希", "能截个报错的图吗？", "从哪个交易所提的？", "转了多少？", "是哪条链上的USDT？"])
    elif k == 4:
        s = r.choice(["助记词是12个或24个词。", "密码只在这台设备上保护钱包。", "私钥不会离开您的手机。",
                      "PIN是APP在本地校验的。", "验证码5分钟内有效。", "改密码不会改变地址。",
                      "keystore导入需要文件和导出时设置的密码。"])
        s = r.choice(["说明一下：", "补充：", "", "温馨说明："]) + s
    elif k == 5:
        s = f"您的工单 #{r.randint(10000, 99999)} {r.choice(['已升级处理', '已更新', '已转技术团队', '已解决', '已重新打开'])}"
    elif k == 6:
        s = r.choice(["感谢等待！", "请稍等。", "收到。", "正在查。", "抱歉久等。", "不客气！", "解决了就好！", "我看一下。"]) + r.choice(
            ["", "稍后回复您。", "还有其他问题吗？", "今天网络比较堵。", "请刷新一下资产列表。"])
    elif k == 7:
        s = f"{r.choice(['钱包密码', 'PIN码', '支付密码'])}忘了的话，{r.choice(['在APP里用助记词重新导入就行', '在APP里点忘记密码按步骤操作', '重新导入后在APP里重设'])}{r.choice(['', '，我们没法代您重置', '。'])}"
    else:
        s = f"{r.choice(['短信验证码', '邮箱验证码', '验证码'])}{r.choice(['有时要几分钟才到', '是服务商发送的', '输入到APP页面的框里就行', '可能在垃圾邮件里'])}"
    if r.random() < 0.25:  # mixed Chinese/English, as agents in these chats write
        for a, b in [("助记词", "seed phrase"), ("私钥", "private key"), ("验证码", "code"), ("交易哈希", "txid"), ("工单", "ticket")]:
            if a in s and r.random() < 0.6:
                s = s.replace(a, b, 1)
    return maybe_split(r, s, GREET_ZH) if r.random() < 0.4 else [s]


def main():
    plan = [("agent_request_en", REQUEST_EN, make_request_en, True),
            ("agent_request_zh", REQUEST_ZH, make_request_zh, True),
            ("agent_warning_en", WARNING_EN, make_warning_en, False),
            ("agent_warning_zh", WARNING_ZH, make_warning_zh, False),
            ("agent_neutral_en", NEUTRAL_EN, make_neutral_en, False),
            ("agent_neutral_zh", NEUTRAL_ZH, make_neutral_zh, False)]
    for cls, hand, make, req in plan:
        for msgs in hand:
            add(cls, msgs, "handwritten", req)
        fill(cls, make, req)
    for f in os.listdir(HERE):
        if f.endswith(".jsonl"):
            os.remove(os.path.join(HERE, f))
    total = 0
    for cls, recs in OUT.items():
        with open(os.path.join(HERE, f"{cls}.jsonl"), "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        hw = sum(x["source"] == "handwritten" for x in recs)
        assert hw * 2 >= len(recs), (cls, hw, len(recs))
        print(f"{cls:20s} {len(recs):4d}  handwritten {hw}")
        total += len(recs)
    print("total", total)


if __name__ == "__main__":
    main()
