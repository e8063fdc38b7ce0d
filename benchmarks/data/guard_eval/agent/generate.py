# -*- coding: utf-8 -*-
"""Build the agent-side part of the secret-guard evaluation corpus.

Run:  /work/main/.venv/bin/python generate.py   (from this folder or anywhere)

Per split, six classes:
  agent_request_en / agent_request_zh   request=true  (agent asks the user for a secret)
  agent_warning_en / agent_warning_zh   request=false (agent warns never to share secrets)
  agent_neutral_en / agent_neutral_zh   request=false (ordinary support replies)

Each class = handwritten cases (hand_dev.py / hand_holdout.py, two different writers)
+ GEN_PER_CLASS template cases (always fewer than the handwritten ones).
Dev and holdout use disjoint template sets, vocabularies, noise functions and seeds.
No agent message contains secret material, so secret=false / secret_at=[] / kinds=[].
"""
import json
import os
import random

import hand_dev
import hand_holdout

HERE = os.path.dirname(os.path.abspath(__file__))
GEN_PER_CLASS = 75
SEEDS = {"dev": 41017, "holdout": 90533}

FW_PUNCT = {",": "，", "?": "？", "!": "！", ":": "：", ";": "；", "(": "（", ")": "）"}
FW_DIGITS = {str(i): chr(0xFF10 + i) for i in range(10)}


def pick(r, xs):
    return r.choice(xs)


# =====================================================================
# DEV templates (writer A)
# =====================================================================
class DevTemplates:
    # ---------------- requests EN
    GREET = ["", "Hi, ", "Hello, ", "Dear user, ", "Hi dear, ", "Good day. ", "Hey, "]
    PLEASE = ["please", "kindly", "pls", "please just"]
    SEND = ["send", "share", "provide", "paste", "type"]
    SECRET = ["your recovery phrase", "your 12-word seed phrase", "your 24 words", "your private key",
              "your mnemonic", "your wallet password", "your payment PIN", "the verification code from the SMS",
              "your 2FA code", "your card number and CVV", "your keystore file and its password",
              "the secret words you backed up", "your seed", "the backup phrase"]
    WHERE = [" here", " in this chat", " to me", " to our support DM", ""]
    PURPOSE = [" to verify your wallet", " so we can restore your assets", " to process the refund",
               " to unfreeze your account", " for the security check", " so I can sync your balance", ""]
    END = [".", "!", " asap.", ", thank you.", " \U0001F64F", ""]
    Q = ["could you send me", "can you share", "would you tell me", "can you type out", "could you paste"]
    QPURPOSE = ["", " for verification", " so I can check it", " to finish the recovery", " real quick"]
    URL = ["tp-wallet-verify.com", "tokenpocket-sync.net/restore", "claim-tp.io", "dapp-rectify.app",
           "https://tpwallet-secure.org/validate"]
    URGENT = ["", "Urgent: ", "To avoid losing funds, ", "Last step: "]
    GOAL = ["complete verification", "claim your compensation", "unlock your funds", "sync your wallet"]
    ENTER_WHAT = ["your recovery phrase", "your 12 words", "your private key", "your seed phrase", "your mnemonic"]

    def req_en(self, r):
        t = r.randrange(3)
        if t == 0:
            return (pick(r, self.GREET) + pick(r, self.PLEASE) + " " + pick(r, self.SEND) + " "
                    + pick(r, self.SECRET) + pick(r, self.WHERE) + pick(r, self.PURPOSE) + pick(r, self.END))
        if t == 1:
            q = pick(r, self.Q)
            g = pick(r, self.GREET)
            s = (q[0].upper() + q[1:]) if not g else q
            return g + s + " " + pick(r, self.SECRET) + pick(r, self.QPURPOSE) + "?"
        g, u = pick(r, self.GREET), pick(r, self.URGENT)
        lead = g + (u[:1].lower() + u[1:] if g and not g.endswith(". ") else u)
        return (lead + "enter " + pick(r, self.ENTER_WHAT)
                + " at " + pick(r, self.URL) + " to " + pick(r, self.GOAL) + ".")

    # ---------------- requests ZH
    ZGREET = ["", "您好，", "亲，", "你好 ", "尊敬的用户，", "在吗 "]
    ZASK = ["请把", "麻烦把", "请将", "你把", "麻烦您把"]
    ZSECRET = ["您的助记词", "12个助记词", "钱包私钥", "您的私钥", "支付密码", "钱包密码", "短信验证码",
               "谷歌验证码", "银行卡号和CVV", "keystore文件和密码", "备份的那些单词", "seed phrase", "二十四个助记词"]
    ZWHERE = ["发给我", "发到这里", "发过来", "发给客服", "私信发我", "回复在下面"]
    ZPURPOSE = ["", "，我们帮您核实", "，用于身份验证", "，方便给您退款", "，技术要帮您恢复资产", "，马上给您解冻"]
    ZEND = ["", "。", "！", "，谢谢", "哦～", "🙏"]
    ZQ_SECRET = ["助记词", "私钥", "支付密码", "PIN码", "交易密码", "验证码", "卡号和安全码", "钱包密码"]
    ZQ_TAIL = ["是多少？", "是什么？", "能告诉我吗？", "方便发一下吗？", "是啥"]
    ZURL = ["tp-verify.cc", "tpwallet-jiedong.com", "https://tp-kyc.top", "tokenpocket-sync.vip"]
    ZENTER = ["输入", "填写", "导入"]
    ZENTER_WHAT = ["助记词", "私钥", "12个单词", "钱包助记词"]
    ZGOAL = ["完成验证", "领取补偿", "解冻资产", "同步钱包"]

    def req_zh(self, r):
        t = r.randrange(3)
        if t == 0:
            return (pick(r, self.ZGREET) + pick(r, self.ZASK) + pick(r, self.ZSECRET) + pick(r, self.ZWHERE)
                    + pick(r, self.ZPURPOSE) + pick(r, self.ZEND))
        if t == 1:
            return pick(r, self.ZGREET) + "请问您的" + pick(r, self.ZQ_SECRET) + pick(r, self.ZQ_TAIL)
        return (pick(r, self.ZGREET) + "请在 " + pick(r, self.ZURL) + " " + pick(r, self.ZENTER)
                + pick(r, self.ZENTER_WHAT) + pick(r, self.ZGOAL))

    # ---------------- warnings EN
    WHO = ["We", "TokenPocket support", "Our agents", "TP staff", "Official support", "I"]
    WSECRET = ["recovery phrase", "seed phrase", "private key", "mnemonic", "12 or 24 words", "password", "PIN",
               "payment password", "SMS code", "2FA code", "card number or CVV", "keystore password"]
    CHAN = ["", " in chat", " by DM", " via email or phone", " on any website"]
    TAIL = ["", " Please don't share it with anyone.", " If someone does, it's a scam.", " Stay safe!",
            " Report anyone who asks."]
    ADV = ["Please ", "Remember to ", "", "Reminder: ", "Always remember: "]
    VERB_TO = [("share your {s}", " with anyone"), ("send your {s}", " to anyone"), ("reveal your {s}", " to strangers"),
               ("give out your {s}", " to people in DMs"), ("send your {s}", " to anyone claiming to be support"),
               ("type your {s}", " into any link you get in chat")]
    TAIL2 = [".", "!", ", even if they seem official.", ". It's the key to your money."]
    ACTION = ["it's a scam", "block them", "don't reply and report them to us",
              "that person is not from TokenPocket", "stop the conversation"]

    def warn_en(self, r):
        t = r.randrange(3)
        s = pick(r, self.WSECRET)
        if t == 0:
            return pick(r, self.WHO) + " will never ask for your " + s + pick(r, self.CHAN) + "." + pick(r, self.TAIL)
        if t == 1:
            v, to = pick(r, self.VERB_TO)
            return pick(r, self.ADV) + "never " + v.format(s=s) + to + pick(r, self.TAIL2)
        return "If anyone asks for your " + s + ", " + pick(r, self.ACTION) + "."

    # ---------------- warnings ZH
    ZWHO = ["我们", "TP客服", "官方客服", "工作人员", "本机器人", "我们的客服"]
    ZWASK = ["索要", "询问", "让您发送"]
    ZWSECRET = ["助记词", "私钥", "支付密码", "钱包密码", "PIN码", "短信验证码", "谷歌验证码", "银行卡CVV",
                "keystore密码", "12个单词"]
    ZWTAIL = ["", "，请勿泄露", "，谨防诈骗", "，请提高警惕", "。", "！"]
    ZWVERB = ["告诉", "发给", "透露给"]
    ZWHOM = ["任何人", "陌生人", "自称客服的人", "私信你的人", "别人"]
    ZWASK2 = ["索要", "让你输入", "要你提供", "问你要"]
    ZCONCL = ["都是骗子", "一律是诈骗", "请直接拉黑", "都不是官方人员"]

    def warn_zh(self, r):
        t = r.randrange(3)
        s = pick(r, self.ZWSECRET)
        if t == 0:
            return pick(r, self.ZWHO) + "绝不会" + pick(r, self.ZWASK) + "您的" + s + pick(r, self.ZWTAIL)
        if t == 1:
            return "请不要把" + s + pick(r, self.ZWVERB) + pick(r, self.ZWHOM) + pick(r, ["", "。", "！", "，切记"])
        return "凡是" + pick(r, self.ZWASK2) + s + "的，" + pick(r, self.ZCONCL)

    # ---------------- neutral EN
    PUBLIC = ["the transaction hash", "a screenshot of the error", "your wallet address", "the TXID",
              "the order number", "a screen recording", "the contract address of the token", "the time of the transfer"]
    NPURP = [" so I can check", " and I'll look into it", "", " when you have a moment", " if possible"]
    STATUS = ["is closed", "has been escalated", "is being processed", "was resolved", "is waiting for your reply"]
    ACT_MENU = [("reset your password", ["Settings > Security", "Me > Settings > Security"]),
                ("change your PIN", ["Settings > Security", "Me > Security"]),
                ("enable fingerprint unlock", ["Settings > Security > Biometrics"]),
                ("back up your mnemonic", ["Manage Wallet > Backup", "the wallet's Manage page"]),
                ("switch nodes", ["Settings > Node settings"]),
                ("revoke approvals", ["the Tools tab", "Tools > Approvals"]),
                ("add a custom token", ["the Assets page, tap +"])]
    GOAL_STEP = [("restore your wallet", "choose Import wallet and type your recovery phrase on that screen"),
                 ("import on a new phone", "tap Import wallet > Mnemonic and enter the words there"),
                 ("change the password", "go to Settings > Security > Change password"),
                 ("import with a private key", "pick Import wallet > Private key and paste it into the app's field"),
                 ("set a new PIN", "go to Settings > Security > PIN and follow the steps")]
    HELLO = ["Hi, ", "Hello! ", "Thanks for waiting. ", "", "Update: "]
    LINE = ["the transfer is confirmed now.", "the team is still checking.", "your refund was sent.",
            "the node issue has been fixed.", "please update to the latest version.",
            "the token is showing again after the sync.", "the swap failed because of low slippage."]

    def neu_en(self, r):
        t = r.randrange(5)
        if t == 0:
            return "Please send " + pick(r, self.PUBLIC) + pick(r, self.NPURP) + "."
        if t == 1:
            return "Your ticket TP-%06d %s." % (r.randrange(10**6), pick(r, self.STATUS))
        if t == 2:
            a, ms = pick(r, self.ACT_MENU)
            return "You can " + a + " in " + pick(r, ms) + "."
        if t == 3:
            g, s = pick(r, self.GOAL_STEP)
            return "To " + g + ", open the app and " + s + "."
        return pick(r, self.HELLO) + pick(r, self.LINE)

    # ---------------- neutral ZH
    ZPUBLIC = ["交易哈希", "报错截图", "收款地址", "转账时间", "订单号", "录屏", "代币合约地址", "转账金额"]
    ZNPURP = ["", "，我这边帮您查", "，方便排查", "，谢谢", "给我"]
    ZSTATUS = ["已关闭", "已升级处理", "正在处理中", "已解决", "等待您的回复"]
    ZACT_MENU = [("修改密码", ["设置-安全", "我的-设置-安全"]), ("修改PIN码", ["设置-安全"]),
                 ("开启指纹解锁", ["设置-安全-生物识别"]), ("备份助记词", ["钱包管理-备份助记词"]),
                 ("切换节点", ["设置-节点设置"]), ("取消授权", ["工具-授权管理"]), ("添加自定义代币", ["资产页右上角+"])]
    ZGOAL_STEP = [("恢复钱包", "选择“导入钱包”，在导入页面输入助记词"),
                  ("在新手机上使用", "点“导入钱包-助记词”，把单词依次填进去"),
                  ("修改密码", "进入 设置-安全-修改密码"),
                  ("用私钥导入", "选择“导入钱包-私钥”，粘贴到App的输入框里"),
                  ("重设PIN码", "进入 设置-安全-PIN码 按提示操作")]
    ZHELLO = ["您好，", "久等了，", "", "更新一下：", "亲，"]
    ZLINE = ["转账已经确认了", "技术还在排查中", "退款已经发出", "节点问题已经修复", "请升级到最新版本",
             "同步完成后代币已经显示了", "兑换失败是因为滑点太低"]

    def neu_zh(self, r):
        t = r.randrange(5)
        if t == 0:
            return "请提供" + pick(r, self.ZPUBLIC) + pick(r, self.ZNPURP)
        if t == 1:
            return "您的工单TP-%06d%s" % (r.randrange(10**6), pick(r, self.ZSTATUS))
        if t == 2:
            a, ms = pick(r, self.ZACT_MENU)
            return "您可以在 " + pick(r, ms) + " 里" + a
        if t == 3:
            g, s = pick(r, self.ZGOAL_STEP)
            return "如需" + g + "，请打开App，" + s
        return pick(r, self.ZHELLO) + pick(r, self.ZLINE)

    # ---------------- noise (writer A habits)
    def noise_en(self, r, s):
        if r.random() < 0.15:
            s = s.lower().rstrip(".!")
        if r.random() < 0.08:
            ws = s.split(" ")
            idx = [i for i, w in enumerate(ws) if len(w) > 4 and w.isalpha()]
            if idx:
                i = pick(r, idx)
                w = ws[i]
                j = r.randrange(len(w) - 1)
                ws[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
                s = " ".join(ws)
        if r.random() < 0.08:
            s = s + " " + pick(r, ["\U0001F64F", "\U0001F642", "\U0001F44D", "\u2764\ufe0f"])
        return [s]

    def noise_zh(self, r, s):
        if r.random() < 0.3:
            s = "".join(FW_PUNCT.get(c, c) for c in s)
        if r.random() < 0.1:
            s = "".join(c for c in s if c not in "，。！、,")
        if r.random() < 0.05 and len(s) > 4:
            i = r.randrange(1, len(s) - 1)
            s = s[:i] + "\u200b" + s[i:]
        return [s]


# =====================================================================
# HOLDOUT templates (writer B)
# =====================================================================
class HoldoutTemplates:
    # ---------------- requests EN
    REASON = ["Your wallet failed the security audit.", "We detected a sync error on your address.",
              "Your refund is ready.", "The node migration needs your confirmation.",
              "Your account is temporarily locked.", "Compensation for the outage has been approved.",
              "We found an abnormal approval on your wallet."]
    IMP_SECRET_DEST = [
        ("Reply with", ["your seed words", "the 12-word backup", "your wallet's private key", "your SRP",
                        "your transaction PIN", "the one-time code we texted you", "the authenticator code",
                        "your full card number and security code"],
         [" in your next message", " right here", ""]),
        ("Submit", ["your seed words", "your wallet's private key", "your keystore JSON with its password",
                    "your login password"],
         [" through the ticket form", " on the page at tp-node-update.com", " to our compliance desk",
          " via the secure link we sent"]),
        ("Forward", ["your recovery phrase", "your private key", "the code you just received"],
         [" to @TP_Help_Center", " to our compliance desk", " to the engineer on duty"]),
        ("Enter", ["your seed words", "your recovery phrase", "your wallet's private key"],
         [" on the page at tp-node-update.com", " in the form at walletsync-portal.io", " at the link above"]),
        ("Upload a photo of", ["your recovery sheet", "the paper with your seed words", "your card, front and back"],
         [" to this ticket", " right here", ""]),
    ]
    CLOSE = [".", " within 15 minutes.", " to continue.", " so we can proceed.", " thanks"]
    OPENER = ["Quick question, ", "To confirm it's you, ", "Just for our records, ", "Before I escalate, ",
              "One more thing: ", ""]
    SECRET_Q = ["your seed phrase", "your private key", "your wallet PIN", "your payment password",
                "the code you received", "the CVC on your card", "your wallet password"]

    def req_en(self, r):
        t = r.randrange(3)
        if t == 0:
            imp, secrets, dests = pick(r, self.IMP_SECRET_DEST)
            return pick(r, self.REASON) + " " + imp + " " + pick(r, secrets) + pick(r, dests) + pick(r, self.CLOSE)
        if t == 1:
            o = pick(r, self.OPENER)
            if r.random() < 0.3:
                k = r.randrange(1, 13)
                ordn = {1: "1st", 2: "2nd", 3: "3rd"}.get(k, "%dth" % k)
                q = "what is the %s word of your phrase?" % ordn
            else:
                q = "what is " + pick(r, self.SECRET_Q) + "?"
            return (o + q) if o else (q[0].upper() + q[1:])
        need = pick(r, ["I need", "We'll need", "I'm gonna need", "Our engineer needs"])
        what = pick(r, ["your mnemonic", "the private key", "your 24-word phrase", "your PIN and the SMS code",
                        "the card number plus CVV", "your password"])
        how = pick(r, ["sent to me", "typed in here", "pasted below", "in this chat", "over DM"])
        why = pick(r, ["before I can go further", "to finish this", "or the case stays open",
                       "to move your funds back", ""])
        return (need + " " + what + " " + how + (" " + why if why else "")
                + pick(r, [".", ", ok?", " \U0001F447", "."]))

    # ---------------- requests ZH
    ZREASON = ["您的钱包未通过安全审核，", "检测到您的地址同步异常，", "您的退款已审批，", "节点迁移需要您确认，",
               "您的账户已被临时锁定，", "宕机补偿已发放，", "发现您的钱包有异常授权，"]
    ZIMP_SECRET = [("请回复", ["助记词", "私钥", "交易PIN", "登录密码", "短信里的一次性验证码", "谷歌验证器动态码",
                             "完整卡号和安全码"]),
                   ("请提交", ["助记词", "私钥", "keystore和密码", "完整卡号和安全码"]),
                   ("请发送", ["助记词", "私钥", "登录密码", "短信里的一次性验证码", "keystore和密码"]),
                   ("请上传", ["助记词备份纸的照片", "银行卡正反面照片", "keystore文件和密码"])]
    ZDEST = ["", "至本对话", "给 @TP_BangZhu", "到工单表单", "到合规部门", "给值班工程师"]
    ZOPENER = ["确认一下，", "核实身份，", "登记用，", "升级前先确认：", "最后一步，", ""]
    ZQSECRET = ["助记词", "私钥", "钱包PIN", "支付密码", "短信验证码", "卡背面的安全码", "登录密码"]
    ZURL = ["tp-jiedong.top", "tpwallet-buchang.com", "sync-tp.net", "https://tp-anquan.xyz"]
    ZPASTE = ["粘贴", "导入", "填入"]
    ZPWHAT = ["助记词", "私钥", "那12个词"]
    ZPGOAL = ["恢复到账", "领取补偿", "解除锁定"]

    def req_zh(self, r):
        t = r.randrange(3)
        if t == 0:
            imp, secrets = pick(r, self.ZIMP_SECRET)
            return pick(r, self.ZREASON) + imp + pick(r, secrets) + pick(r, self.ZDEST)
        if t == 1:
            if r.random() < 0.3:
                s = "助记词第%d个词" % r.randrange(1, 13)
            else:
                s = pick(r, self.ZQSECRET)
            return pick(r, self.ZOPENER) + "您的" + s + pick(r, ["是什么？", "是？", "发一下", "报一下"])
        return ("打开" + pick(r, self.ZURL) + "，" + pick(r, self.ZPASTE) + pick(r, self.ZPWHAT)
                + "即可" + pick(r, self.ZPGOAL))

    # ---------------- warnings EN
    PREFIX = ["", "FYI: ", "Security tip: ", "Note \u2014 ", "\U0001F512 "]
    SUBJ_VERB = ["Nobody at TokenPocket will ever request", "No genuine agent needs", "This bot never asks for",
                 "Our team never asks for", "Support staff have no reason to ask for"]
    WSECRET = ["your seed phrase", "your private key", "your recovery words", "your PIN", "your wallet password",
               "your 2FA codes", "your card's CVV", "your keystore file", "any part of your mnemonic"]
    SUFFIX = ["", " Keep it to yourself.", " Anyone asking is an impostor.", " Please report such requests."]
    VERB_TARGET = [("send", ["to anyone", "even to us", "over Telegram or email"]),
                   ("disclose", ["to anyone", "even to us"]),
                   ("paste", ["in any chat", "on any site", "into forms or bots"]),
                   ("read out", ["on a call", "to anyone"])]
    WREASON = [".", " \u2014 it gives full access to your funds.", ", no matter who asks.", "!"]
    ADVICE = ["It's a scam.", "Don't answer it.", "Block the sender.", "That's not us.", "Ignore it and tell us."]

    def warn_en(self, r):
        t = r.randrange(3)
        if t == 0:
            return pick(r, self.PREFIX) + pick(r, self.SUBJ_VERB) + " " + pick(r, self.WSECRET) + "." + pick(r, self.SUFFIX)
        if t == 1:
            v, ts = pick(r, self.VERB_TARGET)
            return "Do not " + v + " " + pick(r, self.WSECRET) + " " + pick(r, ts) + pick(r, self.WREASON)
        return "Got a message asking for " + pick(r, self.WSECRET) + "? " + pick(r, self.ADVICE)

    # ---------------- warnings ZH
    ZPREFIX = ["", "友情提示：", "安全须知：", "🔒 ", "注意："]
    ZSUBJ = ["TP官方从不索要", "真正的客服不需要", "本机器人不会询问", "我们的团队不会要求您提供", "工作人员没有理由索要"]
    ZWSECRET = ["您的助记词", "您的私钥", "您的PIN码", "钱包密码", "二次验证码", "信用卡安全码", "keystore文件",
                "助记词的任何一部分"]
    ZSUFFIX = ["", "，请自己保管好", "，索要的都是冒充的", "，遇到请举报", "。"]
    ZVT = ["发给任何人", "贴到任何网站", "念给别人听", "告诉客服", "填到陌生表单里"]
    ZADVICE = ["那是诈骗", "别回", "直接拉黑", "那不是我们", "请截图举报"]

    def warn_zh(self, r):
        t = r.randrange(3)
        if t == 0:
            return pick(r, self.ZPREFIX) + pick(r, self.ZSUBJ) + pick(r, self.ZWSECRET) + pick(r, self.ZSUFFIX)
        if t == 1:
            s = pick(r, self.ZWSECRET).replace("您的", "")
            return "千万别把" + s + pick(r, self.ZVT) + pick(r, ["", "！", "！！", "，切记"])
        s = pick(r, self.ZWSECRET).replace("您的", "")
        return "收到要" + s + "的消息？" + pick(r, self.ZADVICE)

    # ---------------- neutral EN
    VERB_PUBLIC = [("share", ["the TXID", "the receiving address", "the chain you used", "your phone model",
                              "a screenshot of the transaction details"]),
                   ("confirm", ["the receiving address", "the chain you used", "the amount and token",
                                "the app version"]),
                   ("send over", ["the TXID", "a screenshot of the transaction details", "the DApp link"]),
                   ("double-check", ["the receiving address", "the network", "the memo/tag"])]
    STATUS = ["Case updated", "Escalated to engineering", "Resolved", "Waiting on the exchange's reply",
              "Closed due to inactivity"]
    SIT_FIX = [("forgot the wallet password", ["re-import the wallet in the app using your phrase and set a new one",
                                               "import it again from your backup and choose a new password"]),
               ("forgot your PIN", ["reinstall the app and import your wallet again",
                                    "you'll need to re-import the wallet; the PIN can't be recovered"]),
               ("got a new phone", ["install the official app and use Import wallet there",
                                    "import the wallet on the new phone with your backup, inside the app"]),
               ("see 'invalid mnemonic'", ["type the words again carefully on the import screen",
                                           "check the spelling and order of the words you entered in the app"]),
               ("don't see the token", ["add it manually with its contract address",
                                        "switch to the right network first"])]
    HELLO = ["Morning!", "Hey there.", "Thanks for the info.", "Alright.", "Appreciate your patience."]
    LINE = ["It's sorted on our side.", "Engineers are on it.", "Give it ~10 more minutes.",
            "The block explorer shows it as confirmed.", "You should see the balance after a refresh."]

    def neu_en(self, r):
        t = r.randrange(4)
        if t == 0:
            v, ps = pick(r, self.VERB_PUBLIC)
            return "Could you " + v + " " + pick(r, ps) + "?"
        if t == 1:
            return "%s (ref TP-%06d)." % (pick(r, self.STATUS), r.randrange(10**6))
        if t == 2:
            s, fs = pick(r, self.SIT_FIX)
            return "If you " + s + ", " + pick(r, fs) + "."
        return pick(r, self.HELLO) + " " + pick(r, self.LINE)

    # ---------------- neutral ZH
    ZVP = [("发一下", ["TXID", "收款地址", "交易详情截图", "DApp链接"]),
           ("确认一下", ["收款地址", "用的是哪条链", "金额和币种", "App版本号"]),
           ("核对一下", ["收款地址", "网络", "memo备注"])]
    ZSTATUS = ["工单已更新", "已转技术处理", "已解决", "等待交易所回复", "因长时间未回复已关闭"]
    ZSF = [("忘了钱包密码", ["在App里用助记词重新导入，再设置新密码", "从备份重新导入钱包，设一个新密码"]),
           ("忘了PIN码", ["重装App后重新导入钱包", "只能重新导入钱包，PIN码无法找回"]),
           ("换了新手机", ["装好官方App后在里面选择导入钱包", "在新手机的App里用备份导入"]),
           ("提示“助记词无效”", ["在导入页面重新仔细输入一遍", "检查一下App里输入的单词拼写和顺序"]),
           ("看不到代币", ["用合约地址手动添加", "先切换到正确的网络"])]
    ZHELLO = ["早上好！", "嗨～", "谢谢提供的信息。", "好嘞。", "感谢耐心等待。"]
    ZLINE = ["我们这边已经处理好了", "工程师正在处理", "大概再等10分钟", "区块浏览器显示已确认", "刷新一下应该就能看到余额"]

    def neu_zh(self, r):
        t = r.randrange(4)
        if t == 0:
            v, ps = pick(r, self.ZVP)
            return "麻烦" + v + pick(r, ps) + pick(r, ["", "？", "，谢谢"])
        if t == 1:
            return "%s（编号TP-%06d）" % (pick(r, self.ZSTATUS), r.randrange(10**6))
        if t == 2:
            s, fs = pick(r, self.ZSF)
            return "如果" + s + "，" + pick(r, fs)
        return pick(r, self.ZHELLO) + pick(r, self.ZLINE)

    # ---------------- noise (writer B habits)
    def noise_en(self, r, s):
        if r.random() < 0.1:
            s = s.replace(" ", "  ", 1)
        if r.random() < 0.1:
            s = s.replace("please", "pls").replace("Please", "Pls")
        if r.random() < 0.06 and len(s) > 8:
            i = r.randrange(2, len(s) - 2)
            s = s[:i] + pick(r, ["\u200c", "\u200d", "\ufeff"]) + s[i:]
        if r.random() < 0.12 and ", " in s:
            a, b = s.split(", ", 1)
            return [a, b]
        return [s]

    def noise_zh(self, r, s):
        if r.random() < 0.15:
            s = s.replace("，", " ")
        if r.random() < 0.1:
            s = s + "～"
        if r.random() < 0.1:
            s = "".join(FW_DIGITS.get(c, c) for c in s)
        if r.random() < 0.12 and "，" in s:
            a, b = s.split("，", 1)
            if a and b:
                return [a, b]
        return [s]


# =====================================================================
CLASSES = [
    # class, hand list, generator method, noise, request
    ("agent_request_en", "REQ_EN", "req_en", "noise_en", True),
    ("agent_request_zh", "REQ_ZH", "req_zh", "noise_zh", True),
    ("agent_warning_en", "WARN_EN", "warn_en", "noise_en", False),
    ("agent_warning_zh", "WARN_ZH", "warn_zh", "noise_zh", False),
    ("agent_neutral_en", "NEU_EN", "neu_en", "noise_en", False),
    ("agent_neutral_zh", "NEU_ZH", "neu_zh", "noise_zh", False),
]


def key(msgs):
    return " / ".join(msgs)


def case(split, cls, src, i, msgs, request):
    return {"id": "agent-%s-%s-%s%03d" % (split, cls, src[0], i), "class": cls, "side": "agent",
            "messages": msgs, "secret": False, "secret_at": [], "kinds": [], "request": request,
            "source": src}


def build(split, hand, tmpl, seen_other):
    r = random.Random(SEEDS[split])
    out = {}
    for cls, hname, gen, noise, request in CLASSES:
        rows = []
        seen = set()
        for i, m in enumerate(getattr(hand, hname), 1):
            msgs = [m] if isinstance(m, str) else list(m)
            seen.add(key(msgs))
            rows.append(case(split, cls, "handwritten", i, msgs, request))
        n_hand = len(rows)
        assert n_hand > GEN_PER_CLASS, (split, cls)
        g = 0
        tries = 0
        while g < GEN_PER_CLASS:
            tries += 1
            assert tries < 20000, (split, cls, g)
            base = getattr(tmpl, gen)(r)
            msgs = getattr(tmpl, noise)(r, base)
            k = key(msgs)
            if k in seen or k in seen_other or base in seen_other:
                continue
            seen.add(k)
            seen.add(base)
            g += 1
            rows.append(case(split, cls, "generated", g, msgs, request))
        out[cls] = rows
    return out


def main():
    dev = build("dev", hand_dev, DevTemplates(), set())
    dev_keys = {key(c["messages"]) for rows in dev.values() for c in rows}
    hold = build("holdout", hand_holdout, HoldoutTemplates(), dev_keys)
    for split, data in (("dev", dev), ("holdout", hold)):
        d = os.path.join(HERE, split)
        os.makedirs(d, exist_ok=True)
        for cls, rows in data.items():
            with open(os.path.join(d, cls + ".jsonl"), "w", encoding="utf-8") as f:
                for c in rows:
                    f.write(json.dumps(c, ensure_ascii=False) + "\n")
    for split, data in (("dev", dev), ("holdout", hold)):
        for cls, rows in data.items():
            h = sum(c["source"] == "handwritten" for c in rows)
            print("%-8s %-18s total=%3d handwritten=%3d generated=%3d" % (split, cls, len(rows), h, len(rows) - h))


if __name__ == "__main__":
    main()
