# -*- coding: utf-8 -*-
"""split4 generator: agent-side requests / warnings / neutral replies, and
user-side passwords / PINs / CVVs / payment passwords vs. clean talk about them.

Deterministic: every section draws from its own random.Random seeded from SEED
and the section name. Run with:  /work/main/.venv/bin/python generate.py
Writes agent.jsonl, user_secret.jsonl, user_clean.jsonl and README.md next to
this file. Reads nothing outside this folder.
"""
import json
import os
import random
import re
import string
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import hw_agent as HA  # noqa: E402
import hw_user as HU  # noqa: E402

SEED = "split4-7c1e-a9"


def R(name):
    return random.Random(f"{SEED}/{name}")


SEEN = set()
ALL_VALUES = set()


def key_of(msgs):
    return tuple(m.strip().lower() for m in msgs)


# ---------------------------------------------------------------------------
# noise helpers
# ---------------------------------------------------------------------------
ZW = ["\u200b", "\u200c", "\u2060", "\ufeff"]
SLOT = re.compile(r"(\{\w+\})")


def _outside_slots(s, fn):
    parts = SLOT.split(s)
    return "".join(p if SLOT.fullmatch(p) else fn(p) for p in parts)


def add_zw(s, rng):
    def f(p):
        if len(p) < 4:
            return p
        i = rng.randrange(1, len(p))
        return p[:i] + rng.choice(ZW) + p[i:]
    return _outside_slots(s, f)


FW_PUNCT = {",": "，", ".": "。", "?": "？", "!": "！", ":": "：", ";": "；", "(": "（", ")": "）"}


def fw_punct(s):
    return _outside_slots(s, lambda p: "".join(FW_PUNCT.get(c, c) for c in p))


def fw_all(s):
    """IME full-width mode: ASCII letters/digits/punct become full-width."""
    out = []
    for c in s:
        o = ord(c)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif c == " ":
            out.append("\u3000")
        else:
            out.append(c)
    return "".join(out)


def fw_digits(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


T2S = {
    "请": "請", "发": "發", "记": "記", "词": "詞", "验": "驗", "证": "證", "码": "碼", "钱": "錢",
    "钥": "鑰", "给": "給", "这": "這", "里": "裡", "们": "們", "会": "會", "问": "問", "说": "說",
    "骗": "騙", "为": "為", "个": "個", "时": "時", "号": "號", "后": "後", "冻": "凍", "结": "結",
    "资": "資", "产": "產", "账": "帳", "户": "戶", "输": "輸", "链": "鏈", "网": "網", "转": "轉",
    "导": "導", "认": "認", "务": "務", "点": "點", "处": "處", "让": "讓", "对": "對", "么": "麼",
    "样": "樣", "无": "無", "还": "還", "过": "過", "进": "進", "设": "設", "应": "應", "该": "該",
    "们": "們", "录": "錄", "码": "碼", "登": "登", "绑": "綁", "卡": "卡", "长": "長", "复": "復",
    "击": "擊", "确": "確", "实": "實", "现": "現", "币": "幣", "单": "單", "页": "頁", "键": "鍵",
    "锁": "鎖", "错": "錯", "误": "誤", "机": "機", "觉": "覺", "么": "麼", "开": "開", "关": "關",
    "邮": "郵", "箱": "箱", "态": "態", "动": "動", "谷": "谷", "歌": "歌", "额": "額", "余": "餘",
    "内": "內", "帮": "幫", "忙": "忙", "联": "聯", "系": "系", "经": "經", "据": "據", "严": "嚴",
    "谢": "謝", "试": "試", "换": "換", "乱": "亂", "弹": "彈", "显": "顯", "示": "示", "务": "務",
}


def to_trad(s):
    return _outside_slots(s, lambda p: "".join(T2S.get(c, c) for c in p))


ZH_PUNCT = "，。！？、；：,.!?"


def runon(s):
    return _outside_slots(s, lambda p: re.sub(r"[，。！？、；,.!?]+", lambda m: rng_choice_space(m), p))


_RUNON_RNG = R("runon")


def rng_choice_space(_m):
    return _RUNON_RNG.choice(["", " ", " ", "  "])


def typo_en(s, rng):
    def f(p):
        words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]{5,}", p)]
        if not words:
            return p
        a, b = rng.choice(words)
        w = p[a:b]
        i = rng.randrange(1, len(w) - 2)
        op = rng.random()
        if op < 0.5:
            w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op < 0.75:
            w2 = w[:i] + w[i + 1:]
        else:
            w2 = w[:i] + w[i] + w[i:]
        return p[:a] + w2 + p[b:]
    return _outside_slots(s, f)


EMOJI = ["🙏", "😭", "😡", "🙂", "👍", "‼️", "⚠️", "😅", "🤔", "💰", "🔒", "🥲"]


def noise_en(s, rng, p=0.35):
    if rng.random() > p:
        return s
    op = rng.random()
    if op < 0.25:
        return add_zw(s, rng)
    if op < 0.45:
        return typo_en(s, rng)
    if op < 0.6:
        return s.lower().rstrip(".")
    if op < 0.75:
        return s + " " + rng.choice(EMOJI)
    if op < 0.87:
        return _outside_slots(s, lambda p: p.replace(", ", ",\n", 1))
    return s.replace(" ", "  ", 1)


def noise_zh(s, rng, p=0.45):
    if rng.random() > p:
        return s
    op = rng.random()
    if op < 0.2:
        return to_trad(s)
    if op < 0.35:
        return runon(s)
    if op < 0.5:
        return add_zw(s, rng)
    if op < 0.62:
        return fw_punct(s)
    if op < 0.72:
        return s + rng.choice(EMOJI)
    if op < 0.82:
        return _outside_slots(s, lambda p: p.replace("，", "\n", 1))
    if op < 0.9:
        return _outside_slots(s, fw_digits)
    return s.replace("助记词", rng.choice(["住记词", "助计词", "助纪词", "助记辞", "zhujici"]))


# ---------------------------------------------------------------------------
# case bookkeeping
# ---------------------------------------------------------------------------
OUT = {"agent": [], "user_secret": [], "user_clean": []}
COUNTERS = Counter()


def add(bucket, cls, side, messages, secret, secret_at, kinds, request, source):
    if isinstance(messages, str):
        messages = [messages]
    messages = [m.strip() for m in messages]
    k = (side,) + key_of(messages)
    if k in SEEN:
        return False
    SEEN.add(k)
    COUNTERS[cls] += 1
    OUT[bucket].append(OrderedDict([
        ("id", f"s4-{cls}-{COUNTERS[cls]:04d}"),
        ("class", cls),
        ("side", side),
        ("messages", list(messages)),
        ("secret", secret),
        ("secret_at", list(secret_at)),
        ("kinds", list(kinds)),
        ("request", request),
        ("source", source),
    ]))
    return True


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------------------
# AGENT SIDE
# ---------------------------------------------------------------------------
A_S_WORDS = ["recovery phrase", "12-word recovery phrase", "seed phrase", "seed words", "backup words",
             "mnemonic", "secret recovery phrase", "24 words", "backup phrase", "secret words",
             "recovery words", "mnemonic words", "wallet backup words", "12 words"]
A_S_KEY = ["private key", "wallet private key", "keystore file and its password", "exported private key"]
A_S_PW = ["wallet password", "payment password", "login password", "6-digit payment password",
          "transaction password", "app unlock password", "PIN", "card PIN", "app PIN"]
A_S_CODE = ["SMS verification code", "verification code", "2FA code", "Google Authenticator code",
            "email code", "one-time code", "activation code", "OTP"]
A_S_CARD = ["card number and CVV", "full card number", "CVV", "CVV and expiry date",
            "card number, expiry and security code"]
A_SECRETS_EN = A_S_WORDS * 2 + A_S_KEY + A_S_PW + A_S_CODE + A_S_CARD

A_LINKS = ["tp-verify.xyz", "tpwallet-sync.app/fix", "https://tp-support-center.net/validate",
           "wallet-rectify.io", "bit.ly/tp-unlock", "docs.google.com/forms/d/e/1FAIpQLSf_tpverify/viewform",
           "tpwaIlet.com/restore", "https://tp-refund.help/claim?ref=5521"]
A_BOTS = ["@TPWalletHelpDesk", "@tp_refund_bot", "our validation bot @TPValidatorBot", "@tpwallet_admin_real"]


def gen_req_en(rng):
    s = rng.choice(A_SECRETS_EN)
    dest = rng.choice(["", " here", " in this chat", " below", " to me", " in my DM", " in the reply"])
    link = rng.choice(A_LINKS)
    bot = rng.choice(A_BOTS)
    actions = [
        f"please send me your {s}{dest}",
        f"kindly share your {s}{dest}",
        f"type your {s}{dest}",
        f"paste your {s}{dest}",
        f"reply with your {s}",
        f"I need your {s}{dest}",
        f"provide your {s}{dest}",
        f"let me know your {s}",
        f"just drop your {s}{dest}",
        f"enter your {s} at {link}",
        f"submit your {s} via {link}",
        f"send your {s} to {bot}",
        f"read your {s} out to me on the call",
        f"confirm your {s}{dest}",
        f"write your {s} in the ticket",
    ]
    act = rng.choice(actions)
    pretext = rng.choice(["to verify ownership", "so we can unlock your account", "to process your refund",
                          "to resync your wallet with the node", "for the v2 migration",
                          "to release your frozen funds", "for the compliance check",
                          "to cancel the suspicious withdrawal", "so the engineer can fix the stuck transaction",
                          "to claim your compensation", "so I can reset your 2FA", "to reactivate your card"])
    pressure = rng.choice(["", " within 10 minutes", " asap", ", otherwise the account will be frozen",
                           " before 6pm today", ", the ticket closes in 30 min", " quickly please 🙏",
                           " right now", ", this is the final notice"])
    opener = rng.choice(["", "", "Hi, ", "Hello dear customer, ", "Thanks for waiting. ", "Dear user, ",
                         "Ok, ", "Hey, ", "We found your case. ", "Sir, ", "Noted. "])
    shape = rng.random()
    if shape < 0.45:
        body = act if opener.endswith(", ") else cap(act)
        end = "" if pressure.endswith("🙏") else "."
        return opener + body + " " + pretext + pressure + end
    if shape < 0.72:
        lead = rng.choice(["To verify ownership", "For the refund", "To unlock the account",
                           "Before I can escalate", "For security reasons", "To finish the migration",
                           "As the final step"])
        if opener.endswith(", "):
            lead = lead[0].lower() + lead[1:]
        end = "" if pressure.endswith("🙏") else "."
        return f"{opener}{lead}, {act}{pressure}{end}"
    if shape < 0.86:
        return rng.choice([f"{s} pls", f"{s}?", f"send {s}", f"ur {s}?", f"need {s}", f"{s} now"])
    first = rng.choice(["Let me check.", "Found it, your wallet is flagged.", "Ok I see the problem.",
                        "Thanks, one more thing.", "Your case is with the risk team."])
    return [first, cap(act) + " " + pretext + pressure + ("" if pressure.endswith("🙏") else ".")]


def gen_warn_en(rng):
    s = rng.choice(A_SECRETS_EN)
    quote = rng.choice([f"send your {s} to unlock your funds", f"enter your {s} at tp-verify.xyz",
                        f"type your {s} here for verification", f"read me your {s}",
                        f"your account will be frozen unless you share your {s}",
                        f"just the first few characters of your {s} are enough"])
    shape = rng.randrange(8)
    if shape == 0:
        who = rng.choice(["We", "tpWallet support", "Our team", "Support staff", "Our admins", "Real agents"])
        ch = rng.choice(["", " by chat", " by phone", " by email", " in DMs", " through any link"])
        return f"{who} will never ask for your {s}{ch}."
    if shape == 1:
        incl = rng.choice(["", ", including us", ", even someone claiming to be support", ", not even staff"])
        return f"Never share your {s} with anyone{incl}."
    if shape == 2:
        v = rng.choice(["send", "type", "paste", "share", "forward"])
        d = rng.choice(["to anyone", "in any chat", "on any website", "into any bot", "in a form",
                        "to people who DM you"])
        return f"Don't {v} your {s} {d}."
    if shape == 3:
        v = rng.choice(["send", "type", "read out", "share", "photograph"])
        c = rng.choice(["it's a scam", "please report them", "block them right away",
                        "stop and contact us here", "don't do it"])
        return f"If anyone asks you to {v} your {s}, {c}."
    if shape == 4:
        who = rng.choice(["Scammers", "Fake agents", "Impostors", "Fake admins"])
        d = rng.choice(["Don't fall for it.", "That's a scam.", "Ignore them.", "Never do it."])
        return f"{who} often say \"{quote}\". {d}"
    if shape == 5:
        t = rng.choice(["Anyone asking for it is a scammer.", "Do not give it out.",
                        "Not even support needs it."])
        return f"Reminder: your {s} is yours alone. {t}"
    if shape == 6:
        return f"⚠️ {cap(s)}: never share it, not even with support."
    return [rng.choice(["Before we continue:", "Safety first.", "One more thing."]),
            f"We will never ask for your {s}. If someone does, it's a scam."]


A_FACTS_EN = [
    ("recovery phrase", "is created on your phone and never sent to our servers"),
    ("recovery phrase", "can restore your wallet in any BIP-39 compatible app"),
    ("recovery phrase", "is 12 or 24 words long"),
    ("payment password", "is 6 digits and is only used to confirm transfers in the app"),
    ("payment password", "can be reset in the app under Security"),
    ("PIN", "unlocks the app on this device only"),
    ("PIN", "locks for 2 hours after 5 wrong attempts"),
    ("verification code", "is valid for 5 minutes"),
    ("verification code", "is sent by SMS to your bound number"),
    ("2FA code", "changes every 30 seconds"),
    ("CVV", "is the 3 digits printed on the back of the card"),
    ("private key", "controls a single address, while the phrase covers all accounts"),
    ("keystore file", "is an encrypted backup of one private key"),
    ("login password", "is separate from the payment password"),
    ("activation code", "is shown in the Card tab after delivery"),
    ("card PIN", "can be viewed in the Card tab after Face ID"),
]
A_TASKS_EN = [
    ("reset your payment password", "Me > Security > Payment password"),
    ("change the PIN", "Settings > Security > Change PIN"),
    ("restore the wallet", "Wallet > Import > Recovery phrase, and type the words there"),
    ("turn on 2FA", "Settings > Security > Google Authenticator"),
    ("see your card PIN", "Card > Show PIN"),
    ("activate the card", "Card > Activate, then type the code from the delivery email"),
    ("back up your phrase", "Wallet > Backup, then write the words on paper"),
    ("revoke approvals", "Security > Approvals"),
    ("add a custom token", "Assets > + > Custom token"),
    ("change the login password", "Me > Security > Login password"),
]


def gen_neu_en(rng):
    shape = rng.randrange(4)
    if shape == 0:
        t, f = rng.choice(A_FACTS_EN)
        tpl = rng.choice(["Your {t} {f}.", "Just so you know, the {t} {f}.", "Good question: the {t} {f}.",
                          "FYI the {t} {f}.", "The {t} {f}."])
        return tpl.format(t=t, f=f)
    if shape == 1:
        task, path = rng.choice(A_TASKS_EN)
        tpl = rng.choice(["To {task}, open tpWallet and go to {path}.", "You can {task} in the app: {path}.",
                          "In the app, {path} lets you {task}.", "If you want to {task}: app > {path}."])
        return tpl.format(task=task, path=path)
    if shape == 2:
        x = rng.choice(["transaction hash", "wallet address", "screenshot of the error", "app version",
                        "order number", "time of the transfer", "network you used", "device model", "UID",
                        "registered email"])
        why = rng.choice(["", " so I can check", " please", " for the ticket"])
        return f"Could you send me the {x}{why}?"
    obj = rng.choice(["withdrawal", "card top-up", "refund", "KYC", "ticket", "deposit", "card order"])
    st = rng.choice(["is being processed", "has been approved", "was escalated", "is pending review",
                     "went through", "is in the queue"])
    eta = rng.choice(["", ", ETA 30 minutes", ", should be done today", ", I'll ping you", ""])
    return f"Your {obj} {st}{eta}."


A_SECRETS_ZH = ["助记词", "助记词", "12个助记词", "备份助记词", "恢复短语", "种子短语", "那几个备份单词", "私钥",
                "钱包私钥", "keystore和密码", "支付密码", "交易密码", "登录密码", "钱包密码", "PIN码", "资金密码",
                "短信验证码", "验证码", "谷歌验证码", "动态码", "激活码", "卡号和CVV", "卡背面的安全码", "银行卡号",
                "邮箱验证码", "助记词", "私钥"]


def gen_req_zh(rng):
    s = rng.choice(A_SECRETS_ZH)
    link = rng.choice(A_LINKS)
    bot = rng.choice(["@TPWalletHelpDesk", "@tp_refund_bot", "验证机器人 @TPValidatorBot", "@tp客服_官方"])
    acts = [f"请把您的{s}发给我", f"麻烦提供一下{s}", f"把{s}发过来", f"请在下方输入您的{s}",
            f"直接把{s}打出来", f"{s}发一下", f"告诉我您的{s}", f"请回复您的{s}", f"把{s}截图发我",
            f"请到 {link} 提交{s}", f"把{s}发给 {bot}", f"把{s}念给我听", f"在工单里填一下{s}"]
    act = rng.choice(acts)
    pre = rng.choice(["以便核实身份", "用于解冻账户", "才能给您退款", "用于同步钱包节点", "完成升级迁移",
                      "才能释放冻结资金", "配合合规审查", "用于取消异常提现", "方便工程师处理卡住的交易",
                      "领取补偿", "重置二次验证", "重新激活卡片"])
    pr = rng.choice(["", "，10分钟内", "，尽快", "，否则账户将被冻结", "，今天18点前", "，工单30分钟后关闭",
                     "，急🙏", "，马上", "，这是最后通知"])
    op = rng.choice(["", "", "您好，", "亲，", "久等了，", "尊敬的用户，", "好的，", "查到您的工单了，", "收到，"])
    shape = rng.random()
    if shape < 0.45:
        return f"{op}{act}，{pre}{pr}。"
    if shape < 0.7:
        lead = rng.choice(["核实身份", "解冻账户", "给您退款", "同步钱包", "完成迁移", "释放资金", "安全起见"])
        return f"{op}为了{lead}，{act}{pr}。"
    if shape < 0.86:
        return rng.choice([f"{s}？", f"{s}发下", f"{s}多少", f"{s}呢", f"{s}发我", f"快点把{s}发来"])
    first = rng.choice(["我查一下", "找到了，您的钱包被风控了", "好的看到问题了", "还差一步", "您的工单在风控那边"])
    return [first, f"{act}，{pre}{pr}"]


def gen_warn_zh(rng):
    s = rng.choice(A_SECRETS_ZH)
    shape = rng.randrange(7)
    if shape == 0:
        ch = rng.choice(["", "，无论是聊天、电话还是邮件", "，也不会私信您要", "，任何情况下都不会"])
        return f"我们不会向您索要{s}{ch}。"
    if shape == 1:
        incl = rng.choice(["", "，包括客服", "，包括自称官方的人", "，熟人也一样"])
        return f"{s}不要告诉任何人{incl}。"
    if shape == 2:
        return rng.choice([f"不要把{s}发给任何人。", f"不要把{s}输入到陌生网站。", f"不要把{s}粘贴到机器人里。",
                           f"不要把{s}拍照发给别人。", f"不要在电话里念{s}。", f"别把{s}发到群里。"])
    if shape == 3:
        req = rng.choice([f"提供{s}", f"在链接里输入{s}", f"把{s}念出来", f"截图{s}"])
        c = rng.choice(["那一定是骗子", "请直接拉黑举报", "请立即停止并联系我们", "千万不要照做"])
        return f"如果有人让您{req}，{c}。"
    if shape == 4:
        q = rng.choice([f"把{s}发给我帮你解冻", f"在这个链接输入{s}验证", f"不提供{s}就冻结账户",
                        f"{s}发一下，系统核实", f"只要{s}的前几位就行"])
        d = rng.choice(["千万别信", "请不要理会", "这是诈骗", "直接拉黑"])
        return f"骗子常说“{q}”，{d}。"
    if shape == 5:
        t = rng.choice(["谁要都别给", "任何人索要都是诈骗", "客服也不需要"])
        return f"提醒：{s}只属于您自己，{t}。"
    return [rng.choice(["先提醒一下", "安全提示", "顺便说一句"]), f"我们不会问您要{s}，有人要就是诈骗"]


A_FACTS_ZH = [
    ("助记词", "是在您手机上生成的，不会上传到服务器"), ("助记词", "可以在任何支持BIP-39的钱包里恢复"),
    ("助记词", "一般是12个或24个词"), ("支付密码", "是6位数字，只用于在App里确认转账"),
    ("支付密码", "可以在App安全中心重置"), ("PIN码", "只用来在本机解锁App"), ("PIN码", "输错5次会锁2小时"),
    ("验证码", "5分钟内有效"), ("短信验证码", "会发到绑定的手机号"), ("谷歌验证码", "每30秒刷新一次"),
    ("CVV", "是卡背面的三位数"), ("私钥", "只对应一个地址，助记词对应所有账户"), ("keystore", "是加密后的私钥备份"),
    ("登录密码", "和支付密码是分开的"), ("激活码", "卡片签收后会显示在卡片页"), ("卡片PIN", "在卡片页面容验证后可以查看"),
]
A_TASKS_ZH = [
    ("重置支付密码", "我的 > 安全中心 > 支付密码"), ("修改PIN码", "设置 > 安全 > 修改PIN"),
    ("恢复钱包", "钱包 > 导入 > 助记词，在那里输入助记词"), ("开启二次验证", "设置 > 安全 > 谷歌验证器"),
    ("查看卡片PIN", "卡片 > 查看PIN"), ("激活卡片", "卡片 > 激活，在那里输入邮件里的激活码"),
    ("备份助记词", "钱包 > 备份，然后抄在纸上"), ("取消授权", "安全 > 授权管理"),
    ("添加自定义代币", "资产 > + > 自定义代币"), ("修改登录密码", "我的 > 安全中心 > 登录密码"),
]


def gen_neu_zh(rng):
    shape = rng.randrange(4)
    if shape == 0:
        t, f = rng.choice(A_FACTS_ZH)
        return rng.choice(["您的{t}{f}。", "说明一下，{t}{f}。", "{t}{f}哦", "补充一下：{t}{f}。"]).format(t=t, f=f)
    if shape == 1:
        task, path = rng.choice(A_TASKS_ZH)
        return rng.choice(["{task}：打开tp钱包，进入 {path}。", "在App里 {path} 就可以{task}。",
                           "想{task}的话，App内 {path}。"]).format(task=task, path=path)
    if shape == 2:
        x = rng.choice(["交易哈希", "钱包地址", "报错截图", "App版本号", "订单号", "转账时间", "使用的网络",
                        "手机型号", "UID", "注册邮箱"])
        why = rng.choice(["", "，我查一下", "，谢谢", "，方便登记工单"])
        return f"麻烦发一下{x}{why}"
    obj = rng.choice(["提现", "卡片充值", "退款", "实名认证", "工单", "充值", "开卡申请"])
    st = rng.choice(["正在处理", "已经通过了", "已升级处理", "在审核中", "已完成", "在排队"])
    eta = rng.choice(["", "，预计30分钟", "，今天内完成", "，有进展我通知您"])
    return f"您的{obj}{st}{eta}。"


def build_agent():
    spec = [
        ("agent_request_en", HA.REQ_EN, gen_req_en, True, "en"),
        ("agent_request_zh", HA.REQ_ZH, gen_req_zh, True, "zh"),
        ("agent_warning_en", HA.WARN_EN, gen_warn_en, False, "en"),
        ("agent_warning_zh", HA.WARN_ZH, gen_warn_zh, False, "zh"),
        ("agent_neutral_en", HA.NEU_EN, gen_neu_en, False, "en"),
        ("agent_neutral_zh", HA.NEU_ZH, gen_neu_zh, False, "zh"),
    ]
    for cls, hw, gen, req, lang in spec:
        for m in hw:
            add("agent", cls, "agent", m, False, [], [], req, "handwritten")
        rng = R(cls)
        target = len(hw) - 12  # keep handwritten a clear majority of each class
        n = 0
        tries = 0
        while n < target and tries < 20000:
            tries += 1
            m = gen(rng)
            noise = noise_en if lang == "en" else noise_zh
            if isinstance(m, list):
                m = [noise(x, rng, 0.25) for x in m]
            else:
                m = noise(m, rng)
            if add("agent", cls, "agent", m, False, [], [], req, "generated"):
                n += 1


# ---------------------------------------------------------------------------
# USER SIDE: value generators
# ---------------------------------------------------------------------------
EN_WORDS = ["sunshine", "dragon", "monkey", "shadow", "michael", "jessica", "football", "baseball", "iloveyou",
            "princess", "charlie", "summer", "winter", "tiger", "lucky", "happy", "maggie", "buster", "pepper",
            "ginger", "hunter", "ranger", "soccer", "chelsea", "arsenal", "liverpool", "bitcoin", "satoshi",
            "moonshot", "hodl", "crypto", "mustang", "yankees", "cookie", "banana", "coffee", "purple", "orange",
            "silver", "golden", "phoenix", "matrix", "falcon", "thunder", "rocket", "panda", "kitty", "angel",
            "daniel", "sophia", "oliver", "emma", "lucas", "leo", "nina", "zoe", "bella", "rosie", "teddy",
            "sparky", "ninja", "pirate", "wizard", "jordan", "kobe", "messi", "ronaldo", "lambo", "doge"]
PINYIN = ["woaini", "zhangwei", "wangfang", "liuyang", "lixiao", "chenjie", "huahua", "baobao", "xiaoming", "qiqi",
          "yangyang", "lili", "zhangsan", "lisi", "wanglei", "liuna", "zhaojun", "sunli", "heping", "fugui",
          "dawei", "xiaohong", "xiaolong", "pingan", "kuaile", "jiayou", "mingming", "tiantian", "shuaige",
          "laogong", "laopo", "xingfu", "facai", "haoyun", "wuhu", "chengdu", "shenzhen"]
KEYB = ["qwer1234", "1qaz2wsx", "asdf1234", "zxcv123!", "qwe123!@#", "1q2w3e4r", "q1w2e3r4t5", "zaq12wsx",
        "!QAZ2wsx", "asd123456", "qweasdzxc1", "1qazxsw2", "qazwsx123", "Qwerty123!", "abc123456", "Aa123456"]
SYMS = "!@#$%&*?_.-"
LEET = {"a": "@", "o": "0", "e": "3", "s": "$", "i": "1"}


def _digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def _year(rng):
    return str(rng.randint(1962, 2008))


def _mmdd(rng):
    return f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def pw_value(rng, style=None):
    style = style or rng.choice(["word", "word", "pinyin", "keyb", "strong", "strong", "leet", "phrase",
                                 "namebirth", "digits"])
    if style == "word":
        w = rng.choice(EN_WORDS)
        if rng.random() < 0.5:
            w = cap(w)
        v = w + rng.choice([_digits(rng, 2), _digits(rng, 3), _year(rng), "123", "2024", "88", "69", "007"])
        if rng.random() < 0.4:
            v += rng.choice(SYMS)
    elif style == "pinyin":
        w = rng.choice(PINYIN)
        if rng.random() < 0.3:
            w = cap(w)
        v = w + rng.choice(["520", "1314", "888", "666", _year(rng), _mmdd(rng), _digits(rng, 3), "5201314"])
        if rng.random() < 0.25:
            v += rng.choice("!.@")
    elif style == "keyb":
        v = rng.choice(KEYB)
        if rng.random() < 0.6:
            v += rng.choice([_digits(rng, 2), rng.choice(SYMS), _digits(rng, 1) + rng.choice(SYMS)])
    elif style == "strong":
        n = rng.randint(10, 16)
        pool = string.ascii_letters + string.digits + SYMS
        while True:
            v = "".join(rng.choice(pool) for _ in range(n))
            if (any(c.isdigit() for c in v) and any(c.isupper() for c in v)
                    and any(c.islower() for c in v) and v[0] not in "-."):
                break
    elif style == "leet":
        w = rng.choice([x for x in EN_WORDS if len(x) >= 5])
        v = "".join(LEET.get(c, c) if rng.random() < 0.7 else c for c in w)
        v = cap(v) + _digits(rng, rng.randint(1, 4))
    elif style == "phrase":
        a, b = rng.sample(EN_WORDS, 2)
        v = rng.choice(["-", ".", "_", ""]).join([a, b]) + rng.choice(["", _digits(rng, 2), "!", "#1"])
        if rng.random() < 0.5:
            v = cap(v)
    elif style == "namebirth":
        nm = rng.choice(PINYIN + EN_WORDS[:40])
        v = rng.choice([cap(nm), nm, nm.upper()]) + rng.choice([
            _year(rng), _mmdd(rng), _year(rng)[2:] + _mmdd(rng), "@" + _year(rng), "." + _mmdd(rng)])
    else:  # digits-only login password, typical 8-10 digits (birthdays, phone tails)
        v = rng.choice([_year(rng) + _mmdd(rng), _digits(rng, 8), _digits(rng, 9), _mmdd(rng) + _year(rng)])
    if v in ALL_VALUES or len(v) < 6:
        return pw_value(rng, style)
    ALL_VALUES.add(v)
    return v


def pin_value(rng):
    n = rng.choice([4, 4, 6, 6, 6, 5])
    v = _digits(rng, n)
    if v in ALL_VALUES:
        return pin_value(rng)
    ALL_VALUES.add(v)
    return v


def pay_value(rng):
    v = rng.choice([_digits(rng, 6), _digits(rng, 6), _year(rng)[2:] + _mmdd(rng), _mmdd(rng) + _digits(rng, 2)])
    if v in ALL_VALUES:
        return pay_value(rng)
    ALL_VALUES.add(v)
    return v


def cvv_value(rng, four=False):
    return _digits(rng, 4 if four else 3)


def spaced(v, rng):
    r = rng.random()
    if r < 0.5:
        return " ".join(v)
    if r < 0.75:
        return "-".join(v[i:i + 2] for i in range(0, len(v), 2))
    return v[: len(v) // 2] + " " + v[len(v) // 2:]


EMAILS = ["lee.wang88@gmail.com", "zhangwei@163.com", "tom_h@proton.me", "lucy.chen@outlook.com",
          "moonboy21@yahoo.com", "xiaoyu0612@qq.com", "sam.k@icloud.com", "liuna88@126.com", "alex.hodl@gmail.com",
          "btcdaddy@hotmail.com", "j.morales@gmx.de", "wanglei_work@foxmail.com"]
USERS = ["cryptoking88", "wang_lei1990", "moonboy_21", "lucy.chen", "tpuser7781", "alex_hodl", "xiaoyu0612",
         "btc_daddy", "liuna88", "sam.k", "dawei_sz", "rosie_m", "ninja_trader", "lambo2030"]
PHONES = ["+1 415 555 0132", "13812345678", "138 1234 5678", "+86 139-0011-2233", "15900008888",
          "+44 7700 900321", "186 0755 1234", "+852 9123 4567", "17612340987", "+65 8123 4567"]


def fill(tpl, vals):
    out = tpl
    for k, v in vals.items():
        out = out.replace("{" + k + "}", v)
    return out


SECRET_SLOTS = ("{pw}", "{pin}", "{cvv}", "{pay}", "{cvv4}")


def secret_idx(tpls):
    return [i for i, t in enumerate(tpls) if any(s in t for s in SECRET_SLOTS)]


def make_vals(rng, pw_style=None, pin_spaced=False):
    pin = pin_value(rng)
    pay = pay_value(rng)
    if pin_spaced and rng.random() < 0.2:
        pin = spaced(pin, rng)
    if pin_spaced and rng.random() < 0.15:
        pay = spaced(pay, rng)
    return {"pw": pw_value(rng, pw_style), "pin": pin, "pay": pay, "cvv": cvv_value(rng),
            "cvv4": cvv_value(rng, True), "email": rng.choice(EMAILS), "user": rng.choice(USERS),
            "phone": rng.choice(PHONES)}


def add_secret(cls, tpls, vals, source, post=None):
    if isinstance(tpls, str):
        tpls = [tpls]
    idx = secret_idx(tpls)
    assert idx, tpls
    msgs = [fill(t, vals) for t in tpls]
    if post:
        msgs = [post(m) for m in msgs]
    return add("user_secret", cls, "user", msgs, True, idx, ["password"], None, source)


def run_gen(cls, n, fn, seed_name=None):
    rng = R(seed_name or cls)
    done = 0
    tries = 0
    while done < n and tries < 50000:
        tries += 1
        if fn(rng, cls):
            done += 1
    assert done == n, (cls, done)


# ---- secret templates ------------------------------------------------------
def g_pw_en_label_sep(rng, cls):
    label = rng.choice(["password", "Password", "PASSWORD", "pwd", "PWD", "pw", "Pw", "pass", "Pass", "passwd",
                        "passwrod", "pasword", "passowrd", "pssword", "login password", "Login pw",
                        "wallet password", "app password", "acct password", "pword", "p/w", "PW",
                        "password (login)", "pass word"])
    sep = rng.choice([": ", ":", " = ", "=", " - ", " -> ", " : ", "：", " :: ", " => ", "\n", ": \n", " ", "  "])
    pre = rng.choice(["", "", "", "ok ", "here: ", "login info\n", "email: {email}\n", "user {user} ",
                      "account: {email} | ", "acc {user}\n", "details -> ", "Hi, ", "as requested\n"])
    suf = rng.choice(["", "", "", " thanks", " pls check", "\nthanks", " 🙏", " (case sensitive)",
                      "\n\nplease hurry"])
    t = pre + label + sep + "{pw}" + suf
    t = noise_en(t, rng, 0.25)
    return add_secret(cls, t, make_vals(rng), "generated")


def g_pw_en_sentence(rng, cls):
    body = rng.choice(["my password is {pw}", "the password is {pw}", "password is {pw}", "my pw's {pw}",
                       "pwd is {pw}", "i set the password to {pw}", "I changed it to {pw} yesterday, the password I mean",
                       "the old password was {pw}", "my pass is {pw}", "my wallet password is {pw}",
                       "the password i've been using is {pw}", "new password is {pw}", "the password should be {pw}",
                       "my login password is {pw}", "password was set as {pw}", "my current password is {pw}",
                       "the pw for the app is {pw}", "my passwrd is {pw}", "my pasword is {pw}",
                       "the password I chose is {pw}", "pw is {pw}", "i made the password {pw}"])
    pre = rng.choice(["", "", "", "hi ", "ok so ", "fyi ", "just so you know, ", "for the record, ", "Hello, ",
                      "um ", "btw "])
    post = rng.choice(["", "", " and it doesn't work", ", it stopped working today", ", still says wrong",
                       ". can u check", " but the app rejects it", " and I'm sure it's right", "."])
    t = pre + body + post
    if not pre and rng.random() < 0.5:
        t = cap(t)
    return add_secret(cls, noise_en(t, rng, 0.25), make_vals(rng), "generated")


def g_pw_en_value_first(rng, cls):
    body = rng.choice(["{pw} is my password", "{pw} <- password", "{pw} that's my login pw", "{pw} (password)",
                       "{pw} is the pw", "{pw} is what I use to log in", "{pw}\nthat's the password",
                       "{pw} = password", "{pw} - wallet password, just so you know", "{pw} is the password I set",
                       "{pw} was my password before the reset", "{pw}, that's the one for the app",
                       "{pw} is the pass", "{pw} ← pw", "{pw} // password", "{pw} my password",
                       "{pw} is my pwd for tpwallet"])
    post = rng.choice(["", "", " fyi", ", case sensitive", " btw", "\nplease check", " 🙏"])
    return add_secret(cls, noise_en(body + post, rng, 0.2), make_vals(rng), "generated")


def g_pw_en_login_with(rng, cls):
    body = rng.choice(["use {pw} to log in", "I log in with {pw}", "try {pw} as the password",
                       "you can log in with {pw} and check yourself",
                       "I always type {pw} at the password screen and it says incorrect",
                       "log in with my email and {pw}", "sign in using {pw} as password", "I unlock the app with {pw}",
                       "enter {pw} as the password and you'll see the problem",
                       "I've been typing {pw} to unlock it for months", "the app used to open with {pw}",
                       "log into my account with password {pw}", "go ahead and use {pw} to get in",
                       "when I enter {pw} as my password it just freezes",
                       "it only accepts {pw} on the web version, not in the app",
                       "I sign in with {email} + {pw}"])
    pre = rng.choice(["", "", "hey ", "ok ", "look, ", "so "])
    post = rng.choice(["", "", ".", " thanks", " pls", ", same result every time"])
    t = pre + body + post
    if not pre and rng.random() < 0.5:
        t = cap(t)
    return add_secret(cls, noise_en(t, rng, 0.25), make_vals(rng), "generated")


QUOTES = [('"', '"'), ("'", "'"), ("`", "`"), ("“", "”"), ("‘", "’"), ("«", "»"), ("「", "」"), ("<", ">"),
          ("[", "]"), ("(", ")"), ("```\n", "\n```"), ("**", "**")]


def g_pw_en_quoted(rng, cls):
    ql, qr = rng.choice(QUOTES)
    q = ql + "{pw}" + qr
    body = rng.choice(["password {q}", "my password is {q}", "pw: {q}", "it's {q} (without the quotes)",
                       "the pass {q} doesn't work", "{q} is the password", "Password = {q}", "set password to {q}",
                       "typing {q} as password gives error 1003", "pwd {q} exactly like that",
                       "my login pw is {q}", "password was {q} last time I checked"]).replace("{q}", q)
    return add_secret(cls, noise_en(body, rng, 0.2), make_vals(rng), "generated")


def g_pw_en_trailing(rng, cls):
    base = rng.choice(["password: {pw}", "my password is {pw}", "pw {pw}", "{pw} is the password",
                       "login pw is {pw}", "the password is {pw}", "pass - {pw}"])
    com = rng.choice([" (don't laugh)", " lol", " - yes I know it's weak", " btw I use it everywhere",
                      " please don't share it with anyone", " i'll change it after this", " haha embarrassing",
                      " 😅", " don't judge", " I think? or maybe with a capital letter",
                      " ...or it was until yesterday", " [will change later]", " no idea if that's still right",
                      " pls keep it private", "  << this one, not the old one", "\n(same as my email one, I know)",
                      " and yes that's a zero not an O", " — wrote it on the back of a receipt"])
    vals = make_vals(rng)
    if "zero" in com and "0" not in vals["pw"]:
        com = " and yes, it's case sensitive"
    return add_secret(cls, noise_en(base + com, rng, 0.15), vals, "generated")


def g_pin_cvv_en(rng, cls):
    kind = rng.choice(["pin", "pin", "cvv", "cvv", "pay", "cvv4"])
    if kind == "pin":
        body = rng.choice(["pin {pin}", "PIN: {pin}", "my pin is {pin}", "card pin {pin}", "the PIN I set is {pin}",
                           "pin's {pin} btw", "PIN = {pin}", "my card PIN: {pin}", "{pin} is my pin", "app pin {pin}",
                           "the lock screen pin is {pin}", "pin number {pin}", "PIN code: {pin}", "pin no. {pin}"])
    elif kind == "cvv":
        body = rng.choice(["cvv {cvv}", "CVV: {cvv}", "cvc is {cvv}", "security code on the back: {cvv}",
                           "the 3 digits on the back are {cvv}", "cvv2 = {cvv}", "CVV/CVC {cvv}", "{cvv} is the cvv",
                           "card security code {cvv}", "the code on the back of the card is {cvv}",
                           "cvv is {cvv}, exp 09/28"])
    elif kind == "cvv4":
        body = rng.choice(["amex CID {cvv4}", "the 4 digits on the front of my amex are {cvv4}",
                           "security code (amex, 4 digits): {cvv4}", "CID/CVV {cvv4}"])
    else:
        body = rng.choice(["payment password {pay}", "payment pw: {pay}", "my payment password is {pay}",
                           "transaction password {pay}", "the 6 digit payment pin is {pay}",
                           "{pay} is my payment password", "trade password = {pay}", "withdrawal password {pay}",
                           "pay password {pay}"])
    pre = rng.choice(["", "", "ok ", "here ", "hi, ", "card ending 4417, "])
    post = rng.choice(["", "", " thanks", ", it got rejected", " - still declined", ".", " pls check why"])
    return add_secret(cls, noise_en(pre + body + post, rng, 0.2), make_vals(rng, pin_spaced=True), "generated")


def g_complaint_en(rng, cls):
    op = rng.choice(["I've been stuck for two days.", "This app is driving me nuts.", "Hi, I need help urgently.",
                     "Not sure who to ask but here goes.", "I paid the fee and the transfer still didn't go through.",
                     "After today's update nothing works.", "I'm traveling and can't access my funds.",
                     "Sorry for the long message.", "Third time asking."])
    mid = rng.choice(["Every time I enter my password {pw} it says incorrect.",
                      "The password is {pw}, I checked it ten times.",
                      "I typed {pw} (my password) and got locked out.",
                      "My card PIN {pin} gets rejected at every shop.",
                      "The checkout asks for CVV, I put {cvv} and it fails.",
                      "My payment password {pay} stopped working.",
                      "I log in with {pw} and the screen just goes white.",
                      "Tried {pw} as the password on two phones, same error."])
    filler = rng.choice(["", " I reinstalled twice.", " My internet is fine.", " Support in the group ignored me.",
                         " I have screenshots."])
    cl = rng.choice(["Please help.", "What am I supposed to do now?", "I want a refund of the fees.",
                     "Can a human look at this?", "Reply asap please.", "This is unacceptable.",
                     "Thanks in advance.", "I'll wait here."])
    j = rng.choice([" ", " ", "\n", "\n\n"])
    t = op + j + mid + filler + j + cl
    return add_secret(cls, noise_en(t, rng, 0.2), make_vals(rng), "generated")


def g_followup_en(rng, cls):
    kind = rng.choice(["pw", "pw", "pw", "pin", "pay", "cvv"])
    offers = {
        "pw": ["can I send you my password?", "do you need my password?", "is it ok to share the pw here",
               "I can tell you my password if it helps", "you'll need my login right?", "ok here's my password",
               "want me to give you the password?"],
        "pin": ["should I give you the pin?", "need my card pin?", "want the pin?"],
        "pay": ["want my payment password?", "do you need the 6 digit payment password"],
        "cvv": ["need the cvv?", "do you need the code on the back?"],
    }
    vals = {
        "pw": ["{pw}", "it's {pw}", "password {pw}", "here: {pw}", "{pw} (case sensitive)", "{pw} <- that"],
        "pin": ["{pin}", "pin {pin}", "it's {pin}"],
        "pay": ["{pay}", "payment pw {pay}", "it's {pay}"],
        "cvv": ["{cvv}", "cvv {cvv}", "it's {cvv}"],
    }
    msgs = [rng.choice(offers[kind]), rng.choice(vals[kind])]
    r = rng.random()
    if r < 0.3:
        msgs.append(rng.choice(["thanks", "let me know", "pls hurry", "did it work?", "?", "hello??"]))
    elif r < 0.45:
        msgs.insert(1, rng.choice(["ok", "one sec", "wait", "hmm ok"]))
    msgs = [noise_en(m, rng, 0.15) for m in msgs]
    return add_secret(cls, msgs, make_vals(rng, pin_spaced=True), "generated")


# ---- Chinese secret templates ---------------------------------------------
def g_pw_zh_label(rng, cls):
    label = rng.choice(["密码", "登录密码", "钱包密码", "登陆密码", "App密码", "解锁密码", "密碼", "登錄密碼",
                        "账号密码", "帐号密码", "我的密码", "钱包登录密码", "app密码", "原密码", "新密码", "旧密码"])
    sep = rng.choice(["：", ":", "是", " 是 ", "为", " ", "", "=", "——", "就是", "是：", "：\n", " 就是 ", "叫"])
    pre = rng.choice(["", "", "", "我的", "账号 {user} ", "邮箱{email} ", "手机号{phone} ", "你好，", "给你，", "发你了 ",
                      "账号是手机号 "])
    if pre == "我的" and label.startswith("我的"):
        pre = ""
    suf = rng.choice(["", "", "", "，谢谢", " 麻烦看一下", "\n谢谢", "🙏", "。", "，快点啊", "（区分大小写）",
                      "，别外传哈", "，但是登不上", " 帮我查查", "，我记得是这个", "，大小写别弄错"])
    t = noise_zh(pre + label + sep + "{pw}" + suf, rng, 0.35)
    post = fw_all if rng.random() < 0.06 else None
    return add_secret(cls, t, make_vals(rng), "generated", post)


def g_pw_zh_value_first(rng, cls):
    body = rng.choice(["{pw}是我的密码", "{pw} 这个是登录密码", "{pw}就是密码", "{pw} 密码", "{pw}（密码）",
                       "{pw}是钱包密码", "{pw}这个密码用了好几年了", "{pw} ← 密码", "{pw}\n这是密码", "{pw}=密码",
                       "{pw} 是我设的密码", "{pw}是重置之前的密码", "{pw}，App的密码", "{pw} 我的登陆密码",
                       "{pw}是我的密碼", "我一直用{pw}登录的", "用{pw}登不上", "输{pw}提示密码错误",
                       "拿{pw}登录试试就知道了", "我用邮箱加{pw}登的", "解锁的时候输{pw}就转圈"])
    post = rng.choice(["", "", "，你看看", " 麻烦了", "，一直说不对", "\n帮忙查下", "啊"])
    return add_secret(cls, noise_zh(body + post, rng, 0.35), make_vals(rng), "generated")


HOMO = ["mima", "mm", "MM", "密马", "秘码", "蜜码", "米码", "mi ma", "Mima", "咪码", "密吗", "嘧码", "mi'ma", "MIMA",
        "米马", "mi码", "密ma", "密玛", "觅码", "mì mǎ", "秘密马"]


def g_pw_zh_homophone(rng, cls):
    h = rng.choice(HOMO)
    body = rng.choice(["我的{h}是{pw}", "{h}：{pw}", "{h} {pw}", "{pw} 是{h}", "登录{h} {pw}", "{h}={pw}",
                       "{h}是{pw}", "钱包{h}：{pw}", "{h}为{pw}", "新{h} {pw}", "{h}{pw}",
                       "{h}就是{pw}啊"]).replace("{h}", h)
    post = rng.choice(["", "", "，看看", " 谢谢", "，登不上", "，别说出去"])
    return add_secret(cls, noise_zh(body + post, rng, 0.3), make_vals(rng), "generated")


def g_paypw_zh(rng, cls):
    label = rng.choice(["支付密码", "交易密码", "资金密码", "提现密码", "钱包支付密码", "六位支付密码", "付款密码",
                        "转账密码", "支付密碼", "交易密碼", "支付mm", "zf密码", "zhifu mima", "交易mm", "支付密马"])
    sep = rng.choice(["：", ":", "是", " ", "", "为", " 是 ", "="])
    body = rng.choice([label + sep + "{pay}", "我的" + label + "是{pay}", "{pay}是" + label,
                       label + "一直是{pay}", label + "设的{pay}", "输" + label + "{pay}提示错误",
                       label + "{pay}，刚改的", "{pay} " + label])
    post = rng.choice(["", "", "，帮我看看", " 谢谢", "，被锁了", "，提现不了"])
    post_fn = fw_digits if rng.random() < 0.1 else None
    return add_secret(cls, noise_zh(body + post, rng, 0.3), make_vals(rng, pin_spaced=True), "generated", post_fn)


def g_pin_cvv_zh(rng, cls):
    kind = rng.choice(["pin", "pin", "cvv", "cvv", "cvv4"])
    if kind == "pin":
        body = rng.choice(["PIN码 {pin}", "pin是{pin}", "卡片PIN：{pin}", "PIN {pin}", "我的PIN码是{pin}",
                           "{pin}是PIN码", "卡密码{pin}", "卡片密码是{pin}", "pin码为{pin}", "解锁PIN {pin}",
                           "刷卡密码{pin}", "银行卡密码 {pin}", "PIN碼：{pin}", "屏幕锁PIN是{pin}", "取款密码{pin}"])
    elif kind == "cvv":
        body = rng.choice(["CVV {cvv}", "cvv是{cvv}", "安全码 {cvv}", "背面三位数是{cvv}", "卡背后的数字 {cvv}",
                           "cvv码：{cvv}", "卡背面三位{cvv}", "CVC：{cvv}", "{cvv}是卡背面的安全码", "安全碼{cvv}",
                           "卡片背面後三碼 {cvv}", "卡背面那个验证数字 {cvv}"])
    else:
        body = rng.choice(["美运通正面四位数 {cvv4}", "amex的安全码是{cvv4}", "CID：{cvv4}"])
    pre = rng.choice(["", "", "给，", "你好 ", "卡尾号4417，"])
    post = rng.choice(["", "", "，刷不了", " 谢谢", "，一直失败", "。"])
    return add_secret(cls, noise_zh(pre + body + post, rng, 0.3), make_vals(rng, pin_spaced=True), "generated")


def g_complaint_zh(rng, cls):
    op = rng.choice(["两天了还没解决", "这App真让人崩溃", "你好 急", "不知道找谁 就问这了", "手续费扣了转账还没成功",
                     "今天更新完什么都用不了", "人在国外 钱取不出来", "话有点多见谅", "第三次问了"])
    mid = rng.choice(["每次输密码{pw}都说错误", "密码就是{pw}我核对了十遍", "输了{pw}（我的密码）就被锁了",
                      "卡的PIN {pin} 每家店都刷不了", "付款要CVV 我填的{cvv}一直失败", "支付密码{pay}突然不能用了",
                      "用{pw}登录之后就白屏", "两个手机都试了{pw}这个密码 一样报错"])
    filler = rng.choice(["", "，重装了两次", "，网络没问题", "，群里没人理", "，有截图"])
    cl = rng.choice(["帮帮忙", "现在我该怎么办", "手续费退给我", "能不能找个真人看看", "尽快回复", "太离谱了",
                     "先谢谢了", "我在这等着"])
    j = rng.choice(["，", " ", "\n", "。"])
    t = op + j + mid + filler + j + cl
    return add_secret(cls, noise_zh(t, rng, 0.3), make_vals(rng), "generated")


def g_followup_zh(rng, cls):
    kind = rng.choice(["pw", "pw", "pw", "pin", "pay", "cvv"])
    offers = {
        "pw": ["我能把密码发给你吗", "你需要我的密码吗", "密码可以在这发吗", "要密码的话我告诉你", "登录信息要吗",
               "那我把密码给你", "密码要不要"],
        "pin": ["PIN要给你吗", "要卡片PIN吗", "pin码要不要"],
        "pay": ["支付密码要吗", "要那个六位的支付密码吗"],
        "cvv": ["CVV要吗", "背面那个码要不要"],
    }
    vals = {
        "pw": ["{pw}", "是{pw}", "密码{pw}", "给：{pw}", "{pw}（区分大小写）", "{pw} 就这个"],
        "pin": ["{pin}", "pin {pin}", "是{pin}"],
        "pay": ["{pay}", "支付密码{pay}", "是{pay}"],
        "cvv": ["{cvv}", "cvv {cvv}", "是{cvv}"],
    }
    msgs = [rng.choice(offers[kind]), rng.choice(vals[kind])]
    r = rng.random()
    if r < 0.3:
        msgs.append(rng.choice(["谢谢", "有结果告诉我", "快点", "好了没", "？", "在吗"]))
    elif r < 0.45:
        msgs.insert(1, rng.choice(["好", "等下", "稍等", "嗯"]))
    msgs = [noise_zh(m, rng, 0.2) for m in msgs]
    return add_secret(cls, msgs, make_vals(rng, pin_spaced=True), "generated")


def g_pw_mixed(rng, cls):
    body = rng.choice(["我的password是{pw}", "pwd 是 {pw} 哈", "log in 用 {pw}", "password：{pw} 麻烦 check 一下",
                       "{pw} 是我的 password", "密码 is {pw}", "我的 pw 是 {pw}", "login 密码 {pw}",
                       "帮我看看 password {pw} 为什么不行", "pin 码 {pin} 被 lock 了", "payment 密码 {pay}",
                       "cvv是{cvv} pls check", "我 password 改成了 {pw}", "password 就是 {pw}，一直这个",
                       "app 的 password {pw} 不 work 了", "密码(password)：{pw}", "my 密码 is {pw}",
                       "pw是{pw}啊 怎么会wrong", "我的 PIN 是 {pin} ok?", "用 {pw} sign in 不了",
                       "交易 password {pay} 输了 3 次", "the 密码 is {pw} 谢谢"])
    return add_secret(cls, noise_zh(body, rng, 0.3), make_vals(rng, pin_spaced=True), "generated")


def hw_frames(cls, frames, seed_name):
    rng = R(seed_name)
    for fr in frames:
        vals = make_vals(rng)
        ok = add_secret(cls, fr, vals, "handwritten")
        assert ok, fr


def build_user_secret():
    N = 64
    run_gen("pw_en_label_sep", N, g_pw_en_label_sep)
    run_gen("pw_en_sentence", N, g_pw_en_sentence)
    run_gen("pw_en_value_first", N, g_pw_en_value_first)
    run_gen("pw_en_login_with", N, g_pw_en_login_with)
    run_gen("pw_en_quoted", N, g_pw_en_quoted)
    run_gen("pw_en_trailing_comment", N, g_pw_en_trailing)
    run_gen("pin_cvv_paypw_en", 70, g_pin_cvv_en)
    hw_frames("pw_en_complaint", HU.COMPLAINT_EN, "hw_complaint_en")
    run_gen("pw_en_complaint", 66 - len(HU.COMPLAINT_EN), g_complaint_en)
    hw_frames("pw_en_followup", HU.FOLLOWUP_EN, "hw_followup_en")
    run_gen("pw_en_followup", 66 - len(HU.FOLLOWUP_EN), g_followup_en)

    run_gen("pw_zh_label", 70, g_pw_zh_label)
    run_gen("pw_zh_value_first_login", N, g_pw_zh_value_first)
    run_gen("pw_zh_homophone", N, g_pw_zh_homophone)
    run_gen("paypw_zh", 70, g_paypw_zh)
    run_gen("pin_cvv_zh", 66, g_pin_cvv_zh)
    hw_frames("pw_zh_complaint", HU.COMPLAINT_ZH, "hw_complaint_zh")
    run_gen("pw_zh_complaint", 66 - len(HU.COMPLAINT_ZH), g_complaint_zh)
    hw_frames("pw_zh_followup", HU.FOLLOWUP_ZH, "hw_followup_zh")
    run_gen("pw_zh_followup", 66 - len(HU.FOLLOWUP_ZH), g_followup_zh)
    run_gen("pw_mixed_zh_en", N, g_pw_mixed)


# ---------------------------------------------------------------------------
# USER SIDE: clean (secret=false)
# ---------------------------------------------------------------------------
def add_clean(cls, msgs, source):
    return add("user_clean", cls, "user", msgs, False, [], [], None, source)


def hw_clean(cls, items, lang):
    for m in items:
        assert add_clean(cls, m, "handwritten"), m


def g_clean_pw_en(rng, cls):
    subj = rng.choice(["my password", "the password", "my login password", "my wallet password", "the app password",
                       "my pw", "password", "my pwd"])
    prob = rng.choice(["doesn't work anymore", "stopped working after the update", "is not accepted",
                       "keeps saying incorrect", "got reset somehow", "reset email never arrives",
                       "was changed by someone?", "field won't let me type", "change button does nothing",
                       "is too weak according to the app", "screen freezes"])
    pre = rng.choice(["", "", "hi, ", "help, ", "hello ", "urgent: "])
    suf = rng.choice(["", " what do i do", " please help", " any idea?", "??", " since yesterday", " on iPhone",
                      " on android"])
    return add_clean(cls, noise_en(pre + subj + " " + prob + suf, rng, 0.25), "generated")


def g_clean_pw_zh(rng, cls):
    subj = rng.choice(["密码", "登录密码", "钱包密码", "我的密码", "密碼", "mima", "登陆密码", "App密码"])
    prob = rng.choice(["一直提示错误", "更新后不能用了", "被重置了", "重置邮件收不到", "好像被人改了", "输入框打不了字",
                       "修改按钮没反应", "输了没反应", "突然不对了", "提示太弱", "界面卡住了"])
    pre = rng.choice(["", "", "你好，", "急！", "在吗 ", "客服 "])
    suf = rng.choice(["", "怎么办", "，帮帮忙", "？", "，从昨天开始", "，苹果手机", "，安卓"])
    return add_clean(cls, noise_zh(pre + subj + prob + suf, rng, 0.3), "generated")


def g_clean_pincard_en(rng, cls):
    subj = rng.choice(["my card PIN", "the PIN", "my payment password", "the CVV", "my card", "the pay password",
                       "my app PIN", "the card", "my virtual card"])
    prob = rng.choice(["is not accepted", "got locked", "keeps failing at checkout", "prompt doesn't show",
                       "reset didn't work", "was rejected at the ATM", "isn't visible in the app",
                       "gets declined online"])
    pre = rng.choice(["", "", f"card ending {_digits(rng, 4)}: ", "hi ", "hello, "])
    suf = rng.choice(["", "", " what now", "?", " again", " since the update"])
    return add_clean(cls, noise_en(pre + subj + " " + prob + suf, rng, 0.25), "generated")


def g_clean_pincard_zh(rng, cls):
    subj = rng.choice(["卡片PIN", "PIN码", "支付密码", "CVV", "我的卡", "交易密码", "App的PIN", "虚拟卡", "资金密码"])
    prob = rng.choice(["一直不通过", "被锁了", "付款老失败", "弹不出来", "重置不成功", "ATM上被拒", "在App里找不到",
                       "网上支付被拒"])
    pre = rng.choice(["", "", f"尾号{_digits(rng, 4)}的卡，", "你好 ", "在吗，"])
    suf = rng.choice(["", "", "，咋办", "？", "，又这样", "，更新以后"])
    return add_clean(cls, noise_zh(pre + subj + prob + suf, rng, 0.3), "generated")


def g_clean_code(rng, cls):
    if rng.random() < 0.5:
        subj = rng.choice(["the SMS code", "the verification code", "my 2FA code", "the email code",
                           "the activation code", "the OTP", "google auth code"])
        prob = rng.choice(["never arrives", "is always invalid", "expires too fast", "comes late", "goes to spam",
                           "says wrong format", "doesn't autofill"])
        t = noise_en(rng.choice(["", "hi ", "again, "]) + subj + " " + prob + rng.choice(["", "?", " pls fix", " today"]),
                     rng, 0.25)
    else:
        subj = rng.choice(["短信验证码", "验证码", "谷歌验证码", "邮箱验证码", "激活码", "动态码", "驗證碼"])
        prob = rng.choice(["一直收不到", "总是提示无效", "过期太快", "来得很慢", "进垃圾箱了", "格式不对", "不能自动填充"])
        t = noise_zh(rng.choice(["", "你好，", "又是"]) + subj + prob + rng.choice(["", "？", "，修一下", "，今天"]),
                     rng, 0.3)
    return add_clean(cls, t, "generated")


def _version(rng):
    return f"{rng.randint(2, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}"


def _txid(rng):
    return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(64))


def follow_en(rng):
    t = rng.randrange(10)
    if t == 0:
        return rng.choice(["version ", "v", "app version ", "it's ", "latest, "]) + _version(rng)
    if t == 1:
        return rng.choice(["iPhone 13 mini, iOS 17.4", "Xiaomi 13 / MIUI 14", "Samsung S22", "Pixel 7a",
                           "Huawei P40 HarmonyOS 3", "iPhone 15 Pro", "OPPO Reno 10", "redmi note 12"])
    if t == 2:
        return rng.choice([f"ticket #TP-{rng.randint(10000, 99999)}", f"case number 2024{_mmdd(rng)}-{rng.randint(1, 999):05d}",
                           f"my ticket is TP{rng.randint(100000, 999999)}"])
    if t == 3:
        return rng.choice([f"error {rng.randint(40000, 50999)}", f"it shows E{rng.randint(1000, 9999)}",
                           "code: NETWORK_TIMEOUT", f"error code {rng.randint(10000, 10999)}", "says ERR_403",
                           "HTTP 502"])
    if t == 4:
        return rng.choice(["ok", "thx", "any update?", "still the same", "?", "hello?", "ok thanks", "nvm fixed"])
    if t == 5:
        return rng.choice([f"around {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} yesterday", "since Monday",
                           "started after the update", "this morning"])
    if t == 6:
        return "my email is " + rng.choice(EMAILS)
    if t == 7:
        return f"order {rng.randint(10**12, 10**13 - 1)}"
    if t == 8:
        return f"{rng.choice(['1,250', '300', '0.5', '42.7', '8800'])} {rng.choice(['USDT', 'TRX', 'ETH', 'USD'])} stuck"
    return "txid " + _txid(rng)


def follow_zh(rng):
    t = rng.randrange(10)
    if t == 0:
        return rng.choice(["版本", "v", "App版本 ", "最新版 "]) + _version(rng)
    if t == 1:
        return rng.choice(["苹果13 mini", "小米13", "华为P40 鸿蒙3", "三星S22", "vivo X90", "OPPO Reno10",
                           "红米Note12", "iPhone 15 Pro"])
    if t == 2:
        return rng.choice([f"工单号 TP-{rng.randint(10000, 99999)}", f"工单 #{rng.randint(10000, 99999)}",
                           f"案件号2024{_mmdd(rng)}-{rng.randint(1, 999):05d}"])
    if t == 3:
        return rng.choice([f"错误码 {rng.randint(40000, 50999)}", f"报错E{rng.randint(1000, 9999)}",
                           "提示网络超时", f"错误代码{rng.randint(10000, 10999)}", "显示403"])
    if t == 4:
        return rng.choice(["好的", "谢谢", "有进展吗", "还是一样", "？", "在吗", "好了", "算了自己弄好了"])
    if t == 5:
        return rng.choice([f"昨天{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}左右", "周一开始的", "更新之后就这样",
                           "今天早上"])
    if t == 6:
        return "邮箱 " + rng.choice(EMAILS)
    if t == 7:
        return f"订单号{rng.randint(10**12, 10**13 - 1)}"
    if t == 8:
        return f"卡了{rng.choice(['1250', '300', '0.5', '42.7', '8800'])}{rng.choice(['U', 'USDT', 'TRX', '个ETH', '元'])}"
    return "哈希 " + _txid(rng)


FIRST_EN = ["I can't log in, password wrong", "forgot my payment password", "my PIN got locked",
            "reset password email not arriving", "card declined again", "verification code never came",
            "password changed by itself??", "the app keeps asking for my password", "is my CVV stored anywhere?",
            "2FA code invalid", "can I send you my password?", "payment password error when withdrawing",
            "pin pad doesn't show", "my password stopped working"]
FIRST_ZH = ["登不上，密码错误", "支付密码忘了", "PIN被锁了", "重置密码的邮件收不到", "卡又被拒了", "验证码一直没来",
            "密码自己变了？？", "App老是让我输密码", "你们会存我的CVV吗", "谷歌验证码无效", "能把密码发你吗",
            "提现时支付密码报错", "密码键盘不出来", "密码突然不能用了"]


def g_follow_en(rng, cls):
    msgs = [rng.choice(FIRST_EN), follow_en(rng)]
    if rng.random() < 0.35:
        msgs.append(follow_en(rng))
    return add_clean(cls, [noise_en(m, rng, 0.15) for m in msgs], "generated")


def g_follow_zh(rng, cls):
    msgs = [rng.choice(FIRST_ZH), follow_zh(rng)]
    if rng.random() < 0.35:
        msgs.append(follow_zh(rng))
    return add_clean(cls, [noise_zh(m, rng, 0.2) for m in msgs], "generated")


FOLLOW_EN_HW = [
    ["can I tell you my password?", "nvm, I'll reset it myself"],
    ["my password isn't working", "version 2.8.4", "iPhone 12"],
    ["forgot payment password", "ok"],
    ["i changed my pin", "all good now thanks"],
    ["password reset email not arriving", "lee.wang88@outlook.com", "checked spam too"],
    ["locked out after wrong password", "ticket #TP-48213"],
    ["the cvv keeps failing", "card ending 7731", "visa"],
    ["payment password error", "error code 10023"],
    ["should I send you my password?", "ah ok, I won't then"],
    ["i'm going to change my password now", "done, changed it in the app", "thanks for the help"],
    ["is 2FA required?", "ok turned it on"],
    ["what's my password? I forgot", "oh wait you can't see it, right"],
    ["password wrong again", "screenshot below", "👇"],
    ["my pin is locked", "how long", "2 hours??"],
]
FOLLOW_ZH_HW = [
    ["我能把密码告诉你吗", "算了我自己重置"],
    ["密码不对", "版本2.8.4", "苹果12"],
    ["支付密码忘了", "好的"],
    ["PIN改了", "好了谢谢"],
    ["重置邮件收不到", "zhangwei@163.com", "垃圾箱也看了"],
    ["密码输错被锁了", "工单号 TP-58831"],
    ["CVV一直失败", "尾号7731", "visa卡"],
    ["支付密码错误", "错误码 10023"],
    ["要发密码给你吗", "哦好的那我不发了"],
    ["我现在去改密码", "改好了，在App里改的", "谢谢"],
    ["谷歌验证必须开吗", "好的开了"],
    ["我密码是啥来着", "哦你们看不到是吧"],
    ["又密码错误", "截图在下面", "👇"],
    ["PIN锁了", "要多久", "两小时？？"],
]


def g_ids_en(rng, cls):
    v = {"user": rng.choice(USERS), "email": rng.choice(EMAILS), "phone": rng.choice(PHONES),
         "order": str(rng.randint(10**12, 10**14)), "uid": str(rng.randint(10**7, 10**9)),
         "amt": rng.choice(["500 USDT", "0.5 ETH", "1200 TRX", "$300", "2,000 USDT", "75 USDC"]),
         "time": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", "last4": _digits(rng, 4),
         "date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
    t = rng.choice([
        "username: {user}, forgot the password",
        "login {user} / password: (don't remember)",
        "my email is {email}, the password reset mail never came",
        "account {email} password changed without my consent",
        "phone {phone}, can't get the password reset sms",
        "order #{order} paid {amt}, then it asked for payment password and froze",
        "UID {uid}, payment password locked",
        "sent {amt} at {time}, then had to re-enter my password and it failed",
        "password: ******** (hidden) username {user}",
        "password reset for {email} says 'user not found'",
        "{user} is my username, not my password lol",
        "password changed {date}, order {order} still pending",
        "card ending {last4}, payment password prompt doesn't appear",
        "email {email} | phone {phone} | problem: password reset loop",
        "UID {uid} — wrong password 5 times, now locked",
        "my username {user} keeps getting 'wrong password', the amount in the wallet is {amt}",
        "registered with {phone}, password reset code never arrives",
        "order {order}: payment password box is blank",
        "password field says invalid for account {email}",
        "hi, {user} here. do I need my password to check order {order}?",
    ])
    return add_clean(cls, noise_en(fill(t, v), rng, 0.2), "generated")


def g_ids_zh(rng, cls):
    v = {"user": rng.choice(USERS), "email": rng.choice(EMAILS), "phone": rng.choice(PHONES),
         "order": str(rng.randint(10**12, 10**14)), "uid": str(rng.randint(10**7, 10**9)),
         "amt": rng.choice(["500U", "0.5个ETH", "1200 TRX", "3000元", "2000 USDT", "75 USDC"]),
         "time": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", "last4": _digits(rng, 4),
         "date": f"{rng.randint(1, 12)}月{rng.randint(1, 28)}号"}
    t = rng.choice([
        "用户名 {user}，密码忘了", "账号{user} 密码：（不记得了）", "邮箱 {email} 收不到重置密码的邮件",
        "账号{email}的密码被人改了", "手机号 {phone} 收不到重置密码短信",
        "订单号{order} 付了{amt}，输支付密码的时候卡住了", "UID {uid} 支付密码被锁",
        "{time}转了{amt}之后要我重新输密码，结果失败", "密码：******（截图里打码了）用户名{user}",
        "{email}重置密码提示“用户不存在”", "{user}是用户名不是密码哈哈", "{date}改的密码，订单{order}还没处理",
        "尾号{last4}的卡，支付密码框不弹出", "邮箱{email} 手机{phone} 问题：重置密码一直循环",
        "UID {uid}，密码错了5次被锁", "用户名{user}一直提示密码错误，钱包里有{amt}",
        "用{phone}注册的，重置密码的验证码收不到", "订单{order}：支付密码框是空白的",
        "账号{email}输密码提示无效", "你好我是{user}，查订单{order}需要密码吗",
    ])
    return add_clean(cls, noise_zh(fill(t, v), rng, 0.25), "generated")


def g_numbers(rng, cls):
    v = {"n": str(rng.randint(6, 16)), "d": str(rng.choice([4, 6])), "d2": str(rng.choice([4, 6])),
         "c": str(rng.choice([3, 4])), "t": str(rng.randint(2, 9)),
         "k": str(rng.randint(2, 30)), "a": str(rng.choice([6, 8])), "b": str(rng.choice([16, 20, 32])),
         "h": str(rng.choice([2, 12, 24])), "date": f"2024-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}",
         "date2": f"2024-{rng.randint(7, 12):02d}-{rng.randint(1, 28):02d}"}
    if rng.random() < 0.5:
        t = rng.choice(["my password is {n} characters long", "password has {n} characters and a symbol",
                        "wrong password {t} times now", "the PIN is {d} digits, right?",
                        "I changed the password {k} days ago", "payment password locked after {t} tries",
                        "it says password must be {a}-{b} characters", "password set on {date}, worked until {date2}",
                        "my pin has {d} digits but the pad shows {d2} boxes", "third password reset in {k} days",
                        "{t} failed password attempts, account locked for {h} hours",
                        "the cvv field wants {c} digits?", "password expired after {k} days?? why"])
        return add_clean(cls, noise_en(fill(t, v), rng, 0.2), "generated")
    t = rng.choice(["密码是{n}位的", "密码{n}位带符号", "密码已经输错{t}次了", "PIN是{d}位数吧", "{k}天前改的密码",
                    "支付密码错了{t}次被锁", "提示密码必须{a}到{b}位", "{date}设的密码，{date2}之前都能用",
                    "我的PIN是{d}位但键盘显示{d2}个格子", "{k}天里第三次重置密码了", "密码错误{t}次，锁定{h}小时",
                    "CVV那栏要填{c}位？", "密码{k}天就过期？为啥"])
    return add_clean(cls, noise_zh(fill(t, v), rng, 0.25), "generated")


def g_short(rng, cls):
    a, b = rng.sample(HU.CLEAN_SHORT, 2)
    msgs = [a, b] if rng.random() < 0.8 else [a, b, rng.choice(HU.CLEAN_SHORT)]
    return add_clean(cls, msgs, "generated")


def build_user_clean():
    hw_clean("clean_pw_talk_en", HU.CLEAN_PW_EN, "en")
    run_gen("clean_pw_talk_en", 72 - len(HU.CLEAN_PW_EN), g_clean_pw_en)
    hw_clean("clean_pw_talk_zh", HU.CLEAN_PW_ZH, "zh")
    run_gen("clean_pw_talk_zh", 72 - len(HU.CLEAN_PW_ZH), g_clean_pw_zh)
    hw_clean("clean_pin_card_talk_en", HU.CLEAN_PINCARD_EN, "en")
    run_gen("clean_pin_card_talk_en", 66 - len(HU.CLEAN_PINCARD_EN), g_clean_pincard_en)
    hw_clean("clean_pin_card_talk_zh", HU.CLEAN_PINCARD_ZH, "zh")
    run_gen("clean_pin_card_talk_zh", 66 - len(HU.CLEAN_PINCARD_ZH), g_clean_pincard_zh)
    hw_clean("clean_code_talk", HU.CLEAN_CODE, "mixed")
    run_gen("clean_code_talk", 72 - len(HU.CLEAN_CODE), g_clean_code)
    hw_clean("clean_followup_en", FOLLOW_EN_HW, "en")
    run_gen("clean_followup_en", 76 - len(FOLLOW_EN_HW), g_follow_en)
    hw_clean("clean_followup_zh", FOLLOW_ZH_HW, "zh")
    run_gen("clean_followup_zh", 76 - len(FOLLOW_ZH_HW), g_follow_zh)
    hw_clean("clean_short_everyday", HU.CLEAN_SHORT, "mixed")
    run_gen("clean_short_everyday", 30, g_short)
    run_gen("clean_ids_near_password_en", 76, g_ids_en)
    run_gen("clean_ids_near_password_zh", 76, g_ids_zh)
    run_gen("clean_numbers_near_password", 70, g_numbers)


# ---------------------------------------------------------------------------
# validation + output
# ---------------------------------------------------------------------------
KEYS = ["id", "class", "side", "messages", "secret", "secret_at", "kinds", "request", "source"]
KINDS = {"recovery_phrase", "private_key", "card_number", "password"}


def validate(case):
    assert list(case.keys()) == KEYS, case
    assert isinstance(case["id"], str) and case["id"]
    assert re.fullmatch(r"[a-z0-9_]+", case["class"]), case["class"]
    assert case["side"] in ("user", "agent")
    m = case["messages"]
    assert isinstance(m, list) and m and all(isinstance(x, str) and x.strip() for x in m)
    assert isinstance(case["secret"], bool)
    sa = case["secret_at"]
    assert isinstance(sa, list) and all(isinstance(i, int) and 0 <= i < len(m) for i in sa)
    assert sorted(set(sa)) == sa
    assert set(case["kinds"]) <= KINDS
    if case["secret"]:
        assert sa and case["kinds"], case
    else:
        assert not sa and not case["kinds"], case
    if case["side"] == "agent":
        assert isinstance(case["request"], bool) and case["secret"] is False
    else:
        assert case["request"] is None
    assert case["source"] in ("generated", "handwritten")
    for x in m:
        assert "{" + "pw}" not in x and "{pin}" not in x and "{pay}" not in x and "{cvv" not in x, x


def write_all():
    ids = set()
    files = {"agent": "agent.jsonl", "user_secret": "user_secret.jsonl", "user_clean": "user_clean.jsonl"}
    for b, fn in files.items():
        with open(os.path.join(HERE, fn), "w", encoding="utf-8", newline="\n") as fh:
            for c in OUT[b]:
                validate(c)
                assert c["id"] not in ids
                ids.add(c["id"])
                fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    # re-read and re-validate
    for fn in files.values():
        with open(os.path.join(HERE, fn), encoding="utf-8") as fh:
            for line in fh:
                validate(json.loads(line, object_pairs_hook=OrderedDict))


def write_readme():
    rows = []
    for b in ("agent", "user_secret", "user_clean"):
        per = OrderedDict()
        for c in OUT[b]:
            d = per.setdefault(c["class"], Counter())
            d["n"] += 1
            d[c["source"]] += 1
            if c["request"]:
                d["req"] += 1
            if len(c["messages"]) > 1:
                d["multi"] += 1
        rows.append((b, per))
    desc = {
        "agent_request_en": "agent asks for a secret (phrase/words under any name, key, keystore, password, payment password, PIN, SMS/2FA/activation code, card number, CVV): direct, terse, indirect, coercive, time-pressured, via link/form/bot/email/phone/photo/screen-share, multi-message",
        "agent_request_zh": "same in Chinese: Simplified, Traditional, typos (住记词, 助计词, 私匙, 验正码), pinyin (zjc, zhujici), mixed zh/en",
        "agent_warning_en": "never share / scammers / if anyone asks..., incl. reported speech quoting a scam request",
        "agent_warning_zh": "warnings in Chinese, incl. quoted scam phrasing in 「“”」",
        "agent_neutral_en": "ordinary support; secrets as topics; how codes/PINs/phrases work; instructions to type something inside the official app",
        "agent_neutral_zh": "neutral in Chinese, incl. Traditional and mixed",
        "pw_en_label_sep": "label + separator + value (password: / pwd= / pw - / newline), misspelled labels, optional email/username prefix",
        "pw_en_sentence": "'my password is X' style sentences",
        "pw_en_value_first": "value before the label ('X is my password', 'X <- pw')",
        "pw_en_login_with": "'use X to log in', 'I unlock the app with X'",
        "pw_en_quoted": "value in quotes / backticks / brackets / code fences",
        "pw_en_trailing_comment": "value followed by a trailing comment",
        "pin_cvv_paypw_en": "PIN, card PIN, CVV/CVC/CID, payment / transaction password in English (some digits spaced or dashed)",
        "pw_en_complaint": "value inside a long complaint (password, PIN, CVV, payment password)",
        "pw_en_followup": "multi-message: offer/question first, value in a later message",
        "pw_zh_label": "密码 + separator + value, prefixes with 账号/邮箱/手机号, full-width IME variants",
        "pw_zh_value_first_login": "value first ('X是我的密码') or 'use X to log in' ('用X登录')",
        "pw_zh_homophone": "homophone / pinyin labels (mima, mm, 密马, 秘码, 蜜码, 米码, mì mǎ ...)",
        "paypw_zh": "支付密码 / 交易密码 / 资金密码 / 提现密码 with 6 digits (spaced, full-width digits)",
        "pin_cvv_zh": "PIN码 / 卡密码 / 取款密码 / CVV / 安全码 / 背面三位数",
        "pw_zh_complaint": "value inside a long (often run-on) Chinese complaint",
        "pw_zh_followup": "multi-message Chinese: offer/question first, value later",
        "pw_mixed_zh_en": "mixed Chinese/English statements of password, PIN, CVV, payment password",
        "clean_pw_talk_en": "talk about passwords without a value",
        "clean_pw_talk_zh": "same in Chinese (incl. Traditional, pinyin, 密马)",
        "clean_pin_card_talk_en": "PIN / CVV / card / payment password talk without a value (card last-4 allowed)",
        "clean_pin_card_talk_zh": "same in Chinese",
        "clean_code_talk": "verification / 2FA / activation code talk without a code, en + zh",
        "clean_followup_en": "multi-message: password talk then version, device, ticket id, error code, email, order no., amount, txid, 'ok'",
        "clean_followup_zh": "same in Chinese",
        "clean_short_everyday": "short everyday messages (ok, 好的, 在吗, emoji), singles and pairs",
        "clean_ids_near_password_en": "usernames, emails, phones, UIDs, order numbers, amounts next to the word password",
        "clean_ids_near_password_zh": "same in Chinese",
        "clean_numbers_near_password": "numbers that are not secrets next to password/PIN (lengths, attempts, dates, digit counts)",
    }
    total = sum(len(v) for v in OUT.values())
    L = []
    L.append("# split4: agent requests/warnings/neutral + user passwords/PINs/CVVs\n")
    L.append("Written blind (no detector code, tests or other splits were read). Format: see `../SPEC.md`.")
    L.append("Regenerate with `/work/main/.venv/bin/python generate.py` (seed `%s`; deterministic)." % SEED)
    L.append("Handwritten text lives in `hw_agent.py` and `hw_user.py`; `generate.py` adds templated cases,")
    L.append("noise (zero-width chars, full-width IME punctuation/digits, Traditional characters, run-on Chinese,")
    L.append("typos, odd line breaks, emoji), and validates every line against the schema.\n")
    L.append(f"Total cases: **{total}**\n")
    L.append("## Files\n")
    L.append(f"- `agent.jsonl` ({len(OUT['agent'])}): side=agent, secret=false, `request` true/false.")
    L.append(f"- `user_secret.jsonl` ({len(OUT['user_secret'])}): side=user, secret=true, kinds=[\"password\"] "
             "(passwords, PINs, payment passwords, CVV/CVC); `secret_at` marks the messages holding the value.")
    L.append(f"- `user_clean.jsonl` ({len(OUT['user_clean'])}): side=user, secret=false.\n")
    L.append("## Labelling rules\n")
    L.append("- Agent `request=true` when the message asks the user to reveal, send, type, read aloud, photograph, "
             "screen-share, or enter a secret anywhere other than the official app (chat, agent, link, form, bot, "
             "email, phone, other wallet, transfer memo, family member relaying it).")
    L.append("- Agent `request=false` for warnings (including warnings that quote a scam request) and for neutral "
             "replies, including instructions to type a phrase/PIN/code inside the official tpWallet app, or asking "
             "for non-secret data (tx hash, address, email, username, card last 4).")
    L.append("- User secrets: every value is a concrete password/PIN/CVV/payment password. Verification/OTP code "
             "values are never used on the user side (kept out of both positives and negatives).")
    L.append("- User clean: no secret value at all; hard negatives contain usernames, emails, phones, order numbers, "
             "UIDs, amounts, versions, error codes, tx hashes, card last-4, masked `******`, digit counts.\n")
    for b, per in rows:
        L.append(f"## {b}\n")
        L.append("| class | n | handwritten | generated | multi-msg | request=true | description |")
        L.append("|---|---|---|---|---|---|---|")
        for cls, d in per.items():
            L.append(f"| `{cls}` | {d['n']} | {d['handwritten']} | {d['generated']} | {d['multi']} | {d['req']} | "
                     f"{desc.get(cls, '')} |")
        L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


def main():
    build_agent()
    build_user_secret()
    build_user_clean()
    write_all()
    write_readme()
    for b, cases in OUT.items():
        c = Counter(x["class"] for x in cases)
        print(b, len(cases), dict(c))


if __name__ == "__main__":
    main()
