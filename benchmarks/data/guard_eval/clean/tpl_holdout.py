# ruff: noqa: E501
"""Templates for the HOLDOUT split (user-side non-secrets).

Written separately from tpl_dev.py, by a different hand: different wording,
different structure, different seed.  Class names are the same so per-class
rates can be compared between the splits.
"""
SEED = 771_204_933
PREFIX = "clean-ho"


def F(g, t):
    return g.fill(t)


def P(g, *opts):
    return g.fill(g.pick(opts))


def _lead(g, zh):
    if zh:
        return g.pick(["", "", "", "客服 ", "亲 ", "喂 ", "麻烦下，", "帮个忙 ", "你们好！", "老师好 "])
    return g.pick(["", "", "", "Support - ", "Hey! ", "hello?? ", "Morning. ", "Hi guys ", "Excuse me, "])


# ------------------------------------------------------------------ tx hashes
def txhash_explorer_url(g):
    u = g.pick(["{URL_TRONSCAN}", "{URL_ETHERSCAN}", "{URL_BSCSCAN}", "{URL_MEMPOOL}", "{URL_BLOCKCHAIR}",
                "{URL_OKLINK}", "{URL_POLYGON}", "{URL_BTCCOM}", "{URL_TRONSCAN}"])
    zh = g.chance(0.5)
    if zh:
        body = g.pick([
            "浏览器上能查到 {U} 为啥钱包里没有",
            "{U}\n上面这个是我提币的记录，{EXCH}一直不给到账",
            "你看 {U} 明明成功了",
            "给你链接：{U}",
            "{U} 这个失败原因是啥 看不懂英文",
            "昨晚转的 {U}\n交易所客服让我找你们",
            "同一个地址转了两次 {U} 和 {U2} 只到了一笔",
            "链接 {U} 状态一直是确认中 都{HOURS}个小时了",
            "{U}（{AMT}）",
            "帮看下这个 {U} 是不是被人盗了 不是我操作的",
        ])
    else:
        body = g.pick([
            "explorer: {U}",
            "{U} - {EXCH} support says it's on your end",
            "This is the one that failed {U}",
            "Can you explain why {U} shows 'Out of energy'?",
            "{U}\nsent {AMT}, received nothing",
            "Two transfers, only one arrived:\n{U}\n{U2}",
            "the link is {U} pls hurry",
            "{U} I did NOT make this transfer, was I hacked?",
            "{U}  <-- this",
            "Check {U} , confirmations stuck at {N}",
        ])
    body = body.replace("{U}", u).replace("{U2}", g.pick(["{URL_TRONSCAN}", "{URL_ETHERSCAN}", "{URL_MEMPOOL}"]))
    return F(g, _lead(g, zh) + body)


def txhash_cued(g):
    cue = g.pick(["tx: ", "txid ", "hash:", "TxHash=", "交易哈希：", "交易ID", "Tx hash ", "TXID=", "txn: ", "Hash：",
                  "交易哈希值：", "哈希：", "交易编号 ", "tx#", "hash = ", "Tx:", "transaction id ", "txHash: ", "交易ID: ",
                  "the tx hash is "])
    v = g.pick(["{TX64}", "{TX0X}", "{TXUP}", "{TX0X}", "{TX64}"])
    zh = g.chance(0.5)
    if zh:
        body = g.pick([
            "{C}{V}", "提币记录 {C}{V} 交易所不认", "{C}{V}，地址{TRX}，金额{AMT}", "就是这笔 {C}{V}",
            "{C}{V}\n{DATETIME} 转出", "{C}{V} 状态失败 钱没退回来", "查一下 {C}{V} 到哪去了",
            "{C}{V}\n{C}{V2}", "对方让我提供{C}{V}", "转给朋友的 {C}{V} 他说没收到",
        ])
    else:
        body = g.pick([
            "{C}{V}", "{C}{V} from {ADDR}", "here's my {C}{V}", "{C}{V} - deposit to {EXCH}",
            "{C}{V}\nchain: {CHAIN}", "{C}{V} shows SUCCESS but 0 tokens", "FYI {C}{V}", "{C}{V} (amount {AMT})",
            "{C}{V}, {C}{V2}", "my {C}{V}, ticket {TICKET}",
        ])
    return F(g, _lead(g, zh) + body.replace("{C}", cue).replace("{V2}", v).replace("{V}", v))


def _naked(g, v):
    k = g.rng.randrange(12)
    if k == 0:
        return v + " "
    if k == 1:
        return v + "\n\n"
    if k == 2:
        return "\u200b" + v
    if k == 3:
        return "\"" + v + "\""
    if k == 4:
        return v[:32] + "\n" + v[32:]  # a long line wrapped by the client
    if k == 5:
        return v + "\u2060"
    return v


def txhash_bare_hex64(g):
    return _naked(g, g.v.TX64())


def txhash_bare_0x(g):
    return _naked(g, g.v.TX0X())


def txhash_bare_upper(g):
    return _naked(g, g.pick([g.v.TXUP, g.v.TX0XUP, g.v.TXUP])())


def txhash_bare_in_text(g):
    v = g.pick(["{TX64}", "{TX0X}", "{TX64}", "{TXUP}"])
    t = g.pick([
        "{V} 麻烦了", "看看 {V}", "{V} 没到账!!!", "{V}\n对方说没收到", "yo {V} ???",
        "{V} not arrived", "{V} my money where", "这笔 {V} 咋回事", "{V} 今天{TIME}", "{AMT_USDT}\n{V}",
        "{V} {V2}", "{V}  急", "binance says {V} not found", "{V} thanks in advance", "{V} failed why",
        "刚转的{V}", "{V} 是不是卡了", "{V} <<< check pls",
    ])
    return F(g, t.replace("{V2}", v).replace("{V}", v))


def txhash_bare_followup(g):
    v = g.pick(["{TX64}", "{TX0X}", "{TX0X}", "{TXUP}"])
    lead = g.pick([
        "提币没到", "transfer missing", "hello, deposit not credited", "我转的u没到", "hi I need help with a transfer",
        "钱转丢了", "it's been 5 hours", "交易所说链上查不到", "can u check", "帮忙看看", "sent eth, nothing came",
        "这笔转账失败了", "wrong network I think", "usdt stuck", "你要的我发给你",
    ])
    tail = g.pick(["", "", "that one", "就这个", "plz", "谢谢客服", "急用", "any news?", "有结果吗"])
    k = g.rng.randrange(3)
    if k == 0:
        msgs = [F(g, lead), F(g, v)]
    elif k == 1:
        msgs = [F(g, lead), F(g, v), F(g, v)]
    else:
        msgs = [F(g, v), F(g, lead)]
    if tail and g.chance(0.5):
        msgs.append(F(g, tail))
    return msgs


# ------------------------------------------------------------------ solana
def solana_sig_bare(g):
    s = g.v.SOLSIG()
    k = g.rng.randrange(7)
    if k == 0:
        return [s, g.pick(["this is the solana one", "sol链的", "phantom shows it", "did it go through?"])]
    if k == 1:
        return "\u200b" + s
    if k == 2:
        return s + "\n"
    return s


def solana_sig_link(g):
    t = g.pick([
        "{URL_SOLSCAN} 这个swap失败了", "explorer link {URL_SOLEXPLORER}", "sig: {SOLSIG}", "tx signature - {SOLSIG}",
        "{URL_SOLSCAN}\n{URL_SOLSCAN}", "Solscan says success: {URL_SOLSCAN}", "交易签名 {SOLSIG} 到哪了",
        "sol转账签名：{SOLSIG}", "raydium swap {URL_SOLSCAN} token never arrived", "{SOLSIG} <- signature from phantom",
        "solana txid: {SOLSIG}", "我用sol链转的 签名{SOLSIG} 地址{SOL}", "{URL_SOLEXPLORER} status: failed (slippage)",
        "sent {AMT_CRYPTO} — {URL_SOLSCAN}", "The signature is {SOLSIG}, recipient {SOL}",
    ])
    return F(g, t)


# ------------------------------------------------------------------ addresses
def _addr(g, a):
    t = g.pick([
        "{A}", "addr {A}", "钱包地址 {A}", "{A} ← mine", "This is my wallet: {A}", "对方地址：{A}",
        "Receive address {A} right?", "转到 {A} 了", "{A} 这个地址是我的吗 怎么看不到", "I pasted {A} and it says invalid",
        "address - {A}", "我的{CHAIN}地址：{A}", "{A}\n余额不对", "withdrew to {A}", "收币地址是 {A}",
        "can I send {COIN} to {A}?", "Address：{A}", "{A} 是不是合约地址", "my old wallet {A}",
        "我把币转到了{A}，这个是交易所的地址",
    ])
    return F(g, t.replace("{A}", a))


def addr_eth(g):
    return _addr(g, g.pick(["{ETHCK}", "{ETH}", "{ETHCK}"]))


def addr_btc(g):
    return _addr(g, g.pick(["{BC1Q}", "{BC1P}", "{BTC1}", "{BTC3}", "{BC1Q}"]))


def addr_tron(g):
    return _addr(g, "{TRX}")


def addr_solana(g):
    return _addr(g, "{SOL}")


def addr_multi(g):
    pools = [["{ETHCK}", "{ETH}"], ["{TRX}"], ["{BC1Q}", "{BTC1}", "{BTC3}", "{BC1P}"], ["{SOL}"],
             ["{TRX}", "{ETHCK}", "{SOL}", "{BC1P}"]]
    pool = g.pick(pools)
    t = g.pick([
        "{X} → {Y}", "付款方 {X}\n收款方 {Y}", "sender {X} receiver {Y}", "my wallets:\n{X}\n{Y}\n{Z}",
        "{X}, {Y} 这两个都是我的", "转账从{X}到{Y}没到", "{X} / {Y} / {Z}", "Sent from {X} to {Y}, {AMT}",
        "地址1：{X} 地址2：{Y}", "the app shows {X} but on PC I see {Y}", "which one do I use, {X} or {Y}?",
        "{X}\n↓\n{Y}", "A: {X}\nB: {Y}\nC: {Z}",
    ])
    for k in ("{X}", "{Y}", "{Z}"):
        t = t.replace(k, g.pick(pool))
    return F(g, t)


def addr_bare(g):
    a = g.pick(["{TRX}", "{ETHCK}", "{SOL}", "{BC1Q}", "{BC1P}", "{BTC1}", "{BTC3}", "{ETH}", "{TRX}"])
    return F(g, _naked(g, a) if g.chance(0.5) else a)


# ------------------------------------------------------------------ ids / numbers
def order_numbers(g):
    zh = g.chance(0.55)
    if zh:
        t = g.pick(["订单 {ORDER}", "交易单号 {ORDER} 付了钱没收到币", "单号：{ORDER}", "我的订单号{ORDER}被取消了",
                    "{ORDER} 这个订单商家不处理", "流水号：{SERIAL} 订单号：{ORDER}", "买币订单 {ORDER} 申诉中",
                    "订单{ORDER}显示已完成 但是没到账", "提现订单号{ORDER}", "兑换单号 {ORDER}"])
    else:
        t = g.pick(["Order {ORDER}", "order number: {ORDER} (paid)", "{ORDER} is my order", "OTC order {ORDER} disputed",
                    "my order id {ORDER} got cancelled", "buy order {ORDER}, {AMT_USDT}", "Order# {ORDER} still pending",
                    "withdraw request {ORDER} rejected?", "the order {ORDER} was placed {DATE}", "ref: order {ORDER}"])
    return F(g, t)


def bank_serial(g):
    t = g.pick([
        "转账流水号 {SERIAL}", "银行回单 流水号{SERIAL}", "{SERIAL} 是银行给的流水号", "交易序号：{SERIAL}",
        "bank txn ref {SERIAL}", "payment serial no {SERIAL}", "Reference number: {SERIAL_SP}", "银行流水{SERIAL_SP}",
        "my bank's reference is {SERIAL}, paid {AMT_CNY}", "网银转账 交易流水 {SERIAL} 时间 {DATETIME}",
        "云闪付订单号 {SERIAL}", "财付通交易单号{SERIAL}", "wire ref. {SERIAL}", "支付流水号：{SERIAL}（已扣款）",
        "ORDER SERIAL {SERIAL}", "商户订单 {SERIAL} 付款状态成功",
    ])
    return F(g, t)


def phone_numbers(g):
    t = g.pick([
        "手机 {PHONE}", "号码{PHONE}收不到短信", "my phone {PHONE_INTL}", "{PHONE} 这个号停机了 能换绑吗",
        "电话：{PHONE}", "Tel {PHONE}", "whatsapp {PHONE_INTL}", "你们打我电话{PHONE}吧", "手机号码 {PHONE} 注册的",
        "{PHONE} (old) -> {PHONE} (new)", "call back on {PHONE_INTL} pls", "座机 010-{N}{N}{N}{N} 手机 {PHONE}",
        "phone no. is {PHONE}",
    ])
    return F(g, t)


def amounts_dates(g):
    t = g.pick([
        "{AMT} 不见了", "我{DATE}转了{AMT}", "sent {AMT} on {DATE}", "{DATETIME} {AMT}", "少了{AMT}",
        "balance was {AMT_USDT} yesterday, now {AMT_USDT}", "到账金额{AMT} 实际转出{AMT}", "{AMT_CNY}买的 现在亏了",
        "withdrew {AMT_CRYPTO} at {TIME}", "充值 {AMT_CNY}，时间 {DATETIME}", "fee was {GAS} for {AMT_USDT}",
        "价格 {AMT_CNY}/个", "from {DATE} to {DATE} no updates", "我一共充了{AMT}", "{AMT_CRYPTO} lost??",
    ])
    return F(g, t)


def app_versions(g):
    t = g.pick([
        "{VERB}", "{OS} {DEVICE}", "v{VER}", "现在是{VER}版本", "app ver {VER} / {OS}", "{DEVICE}，{OS}",
        "latest version ({VER}) same problem", "用的{VERB}", "is {VER} the newest?", "{VER}版本以后就不行了",
        "TokenPocket {VERB} on {DEVICE}", "手机型号{DEVICE} 系统{OS}", "iOS or android? -> {OS}",
        "App: {VERB}\nDevice: {DEVICE}\nOS: {OS}", "升级到{VERB}了",
    ])
    return F(g, t)


def tickets_referrals(g):
    t = g.pick([
        "{TICKET} any news", "工单 {TICKET}", "re: {TICKET}", "case number {TICKET}", "工单编号：{TICKET} 三天没回",
        "{TICKET} 跟进一下", "invite code {REF}", "邀请码：{REF} 奖励没发", "referral {REF} not counted",
        "用了推荐码 {REF}", "my referral link code is {REF}", "{REF} 这个码能用吗", "ticket id {TICKET}",
        "coupon {REF} says expired", "推广码 {REF}",
    ])
    return F(g, t)


def emails_urls(g):
    t = g.pick([
        "email: {EMAIL}", "邮箱是{EMAIL}", "{EMAIL} 这个邮箱收不到邮件", "reach me at {EMAIL}", "登录邮箱 {EMAIL}",
        "{URL} 是官方的吗", "Is this legit? {URL}", "链接 {URL} 打开是空白", "got a DM with {URL}", "{URL}",
        "from {EMAIL} to {EMAIL} pls change", "客服邮箱是多少 我发到{EMAIL}了吗", "the doc at {URL} is outdated",
        "download link {URL} not working in China",
    ])
    return F(g, t)


def sms_code_missing(g):
    t = g.pick([
        "no sms", "验证码没来", "没收到短信验证码", "code never came", "I never receive the OTP",
        "短信一直不来 是不是被拦截了", "OTP expired again", "获取验证码太频繁了 怎么办", "the verification code doesn't arrive on {PHONE}",
        "验证码发到邮箱了吗 {EMAIL} 里没有", "keep waiting for the sms code", "语音验证码有吗", "2FA code rejected every time",
        "谷歌验证器换手机了 验证码对不上", "didnt get any code", "短信验证码显示已发送但没收到", "can I get the code by email instead",
        "验证码填了显示失效", "the code field only takes 6 digits but I got nothing", "SMS code not working in my country",
    ])
    t = F(g, t)
    if g.chance(0.3):
        t = t + g.pick(["", " 😩", "!!!", " ugh", " 麻烦", " again", " 第三次了"])
    if g.chance(0.2):
        t = g.typo(t)
    if g.chance(0.25):
        t = _lead(g, not t.isascii()) + t
    return t


def block_gas(g):
    t = g.pick([
        "block height {BLOCK}", "块高 {BLOCK}", "included in #{BLOCK}", "{N} blocks later still not credited",
        "gas {GAS}", "gasLimit {GASLIMIT} gasPrice {GAS}", "矿工费 {GAS}", "nonce = {NONCE}", "块 {BLOCK_C}",
        "energy used 65,000, fee {GAS}", "手续费估算{GAS} 实际扣了{GAS}", "out of gas? limit was {GASLIMIT}",
        "确认数{N}/{N}", "max fee {GAS}", "区块 {BLOCK} 确认了但钱包没更新",
    ])
    return F(g, t)


# ------------------------------------------------------------------ plain support
def en_support(g):
    subj = g.pick([
        "can't get into my account since yesterday", "deposit still not there", "fees are insane",
        "need to know how to make a backup", "app keeps crashing on android", "kyc rejected 3 times",
        "sent to wrong chain help", "wallet shows 0", "walletconnect not working", "token not in list",
        "swap quote wrong", "stuck withdrawal", "app won't load", "scam token in my wallet", "bridge taking forever",
        "no push notifications", "how to remove a wallet", "it logs me out constantly", "revoke approvals where",
        "touch id broken", "need a receipt", "cant see my nft", "how to add polygon", "tx pending 2 days",
        "the energy rental thing is confusing",
    ])
    mood = g.rng.randrange(5)
    if mood == 0:
        t = subj
    elif mood == 1:
        t = F(g, g.pick(["Hello, I'd like some help: ", "Hi, sorry to bother you but ", "Good evening, ",
                         "Hi! Hope you're well. "]) + subj + g.pick([". Thank you!", ". Appreciate it.", ", thanks a lot."]))
    elif mood == 2:
        t = F(g, subj.upper() + g.pick(["!!!", " WTF", " FIX IT", "!!! THIS IS MY MONEY"]))
    elif mood == 3:
        t = g.typo(subj, g.rng.randint(1, 3)) + g.pick(["", " lol", " smh", " ffs", " bruh", " pls"])
    else:
        t = F(g, subj + g.pick([". using {DEVICE}", ", app {VER}", " since {DATE}", ", {OS}", ". ticket {TICKET}"]))
    return t


def zh_support(g):
    subj = g.pick([
        "账户登不上了", "充值没到", "手续费也太离谱了", "想知道怎么备份", "安卓一直闪退", "认证被拒了三次",
        "转错链了救命", "钱包显示0", "WalletConnect连不上", "代币列表里没有", "兑换报价不对", "提现卡住了",
        "app加载不出来", "钱包里多了个诈骗币", "跨链好慢", "没有推送", "怎么移除钱包", "老是掉线",
        "在哪里取消授权", "指纹失灵了", "要收据", "看不到NFT", "怎么加Polygon网络", "交易卡了两天",
        "租能量是什么东西", "怎么切换语言", "夜间模式在哪开",
    ])
    mood = g.rng.randrange(5)
    if mood == 0:
        t = subj
    elif mood == 1:
        t = g.pick(["您好，打扰一下，", "你好，想咨询下，", "晚上好，"]) + subj + g.pick(["，谢谢！", "，辛苦了", "，感谢"])
    elif mood == 2:
        t = subj + g.pick(["！！！", "，你们到底管不管", "，垃圾软件", "，再不处理我就投诉了"])
    elif mood == 3:
        t = subj + g.pick(["", "啊啊啊", "呜呜", "咋整", "咋办", "嘛"])
    else:
        t = F(g, subj + g.pick(["，手机{DEVICE}", "，版本{VER}", "，{DATE}开始的", "，系统{OS}", "，工单{TICKET}"]))
    return _lead(g, True) + t


def zh_runon(g):
    t = "".join(g.pick(x) for x in [
        ["我", "我刚刚", "今天下午", "昨天晚上十点多", "大概三天前", "我上个月"],
        ["在交易所买了{COIN}提到钱包", "把钱包里的币转给我朋友", "下载了你们的钱包", "想把助记词备份一下",
         "把私钥导出来想放到别的钱包", "忘了钱包密码", "在群里有人让我下载一个新版本的钱包", "把钱包升级了"],
        ["结果一直没到账", "然后就显示转账失败", "但是不知道助记词应该写在哪里", "可是找不到导出私钥的地方",
         "现在打开要输入密码我试了好几次都不对", "之后里面的USDT全没了", "更新完之后所有币都不显示了"],
        ["请问这种情况怎么办", "是不是我操作错了", "你们能帮我查一下吗", "会不会是被盗了", "有没有办法找回来",
         "助记词和私钥到底哪个更重要", "我好着急"],
        ["", "", "谢谢", "回我一下", "急急急急", "麻烦了"],
    ])
    return F(g, t)


def zh_traditional(g):
    t = g.pick([
        "您好我的帳號登不進去", "入金還沒到帳", "手續費太扯了吧", "要怎麼備份錢包", "APP一直當掉", "身分驗證被退件",
        "轉錯鏈了怎麼辦", "錢包餘額顯示0", "連不上WalletConnect", "代幣沒有顯示", "兌換失敗但手續費被扣",
        "提領一直在審核中", "請問可以用中文客服嗎", "密碼忘記了要怎麼重設", "助記詞遺失還有辦法嗎",
        "我在{EXCH}提幣到這裡沒收到",
    ])
    t = F(g, t + g.pick(["", "", "？", "，謝謝您", "，拜託", "！", "喔", "耶"]))
    if g.chance(0.3):
        t = F(g, t + g.pick(["（{DEVICE}）", " 版本{VER}", " 時間{DATETIME}", " 金額{AMT}"]))
    return t


# ------------------------------------------------------------------ password talk
def talk_password_en(g):
    t = g.pick([
        "reset password not working", "how to set a PIN?", "lost my password help", "Where can I change the payment PIN",
        "My seed phrase is written in a notebook in my drawer - good enough?", "should I keep my recovery words in a safe",
        "can I screenshot my seed phrase or is that bad", "password too short error but it's 10 chars",
        "Does TP keep a copy of my private key?", "Will you ever DM me asking for my phrase?", "my pin got blocked",
        "I entered the phrase on a weird site, am I screwed?", "how to import a wallet with private key, which menu",
        "new phone, need the phrase to restore right?", "can I change the password without the phrase",
        "what if my kid changed the pin", "the password screen keeps coming back", "forgot password + lost phrase = funds gone?",
        "12 or 24 words which one do you use", "someone claiming to be admin wants my seed, reporting it",
        "the password hint is empty", "PIN vs password what's the difference in the app", "help, forgot passcode",
        "is my password case sensitive", "why does the app need a password AND a phrase", "the 'verify phrase' step is confusing",
        "I want to change my PIN code because my friend saw me type it", "password keeps saying incorrect after iOS update",
        "can I disable the password prompt for small amounts",
    ])
    t = F(g, _lead(g, False) + t)
    if g.chance(0.3):
        t = g.typo(t, g.rng.randint(1, 2))
    if g.chance(0.2):
        t = t.upper() if g.chance(0.3) else t.lower()
    return t


def talk_password_zh(g):
    t = g.pick([
        "密码找不回来了", "怎么设置PIN码", "支付密码忘记了", "交易密码在哪改", "助记词我写在笔记本上放抽屉里了 安全吗",
        "助记词放保险柜是不是更好", "助记词能截图吗", "密码长度不够是什么意思", "你们会保存我的私钥吗",
        "客服会私聊问我要助记词吗", "密码被锁定了多久解锁", "我在一个网站输了助记词 是不是完了", "私钥导入在哪个菜单",
        "换新手机要助记词才能恢复吧", "没有助记词能改密码吗", "小孩把密码改了怎么办", "一直弹出输入密码",
        "密码和助记词都丢了 币还能要回来吗", "助记词为什么是12个词", "有人冒充管理员要我助记词",
        "忘记密码提示是什么了", "密码区分大小写吗", "为什么又要密码又要助记词", "备份助记词那步看不懂",
        "被朋友看到我输密码了想改一下", "升级系统后密码老是不对", "小额转账能免密吗", "私钥丢了钱包还能用吗",
    ])
    return F(g, _lead(g, True) + t + g.pick(["", "", "？", "。。", "！", "呀"]))


def pin_pass_words(g):
    t = g.pick([
        "In my opinion: this app needs a better search",
        "in my humble opinion, the old design was better",
        "Opinion: customer service should be 24/7",
        "spinning forever on 'confirming'",
        "the wheel keeps spinning and spinning",
        "Uploaded my passport twice and still pending",
        "Can I use a passport instead of national ID?",
        "I'm a passenger in a taxi, can't check the app now",
        "there's a compass icon at the bottom, what does it do",
        "How do I unpin a token?",
        "pinned message in your group says to update, is that real",
        "my passport expired, do I need to redo KYC?",
        "the keypad is too small",
        "I use the pinyin keyboard so spelling is weird",
        "is there a bypass for the region block",
        "passive income from staking, how does it work",
        "can my secretary call you instead",
        "zip code not accepted for address proof",
        "what's your opinion on the new token listing",
        "the spinner is stuck",
        "qr code scan doesn't open the camera",
        "monkey jpeg disappeared from my wallet lol",
        "I'm using a password manager, autofill broken",
        "passkey support when?",
        "the passing of my father, need to access his account, what documents?",
        "pinch to zoom on the chart doesn't work",
        "keynote says new features, when?",
        "seedling token airdrop fake?",
        "compass direction on the NFT map is off",
        "opinions differ but I think fees are high",
        "bypassing the vpn makes it load",
        "my spinal surgery delayed my reply, sorry",
        "the paraphrase of the error: network busy",
    ])
    t = F(g, t)
    if g.chance(0.3):
        t = g.typo(t)
    return t


def followup_after_mention(g):
    a = g.pick([
        "forgot password", "密码不对", "pin reset not working", "重置支付密码失败", "can't remember my pin",
        "助记词恢复不了", "password incorrect every time", "交易密码被冻结", "my phrase import fails", "忘记密码了",
        "app wants a password I never set", "私钥导入提示无效", "登录密码改不了", "pin locked out", "密码提示格式不对",
    ])
    b = g.pick([
        "{VER}", "{OS}", "{TICKET}", "{DEVICE}", "ok thx", "好的好的", "收到", "error {ERR}", "v{VER}", "still broken",
        "thanks anyway", "没用", "it's {OS} btw", "ticket is {TICKET}", "怎么办", "i'm on {VERB}", "{DATE}",
        "版本是{VER}", "安卓", "苹果手机", "yes", "no", "tried reinstalling", "过了一天还是这样", "done, works now",
        "谢谢你", "ok let me try", "手机{DEVICE}",
    ])
    msgs = [F(g, a), F(g, b)]
    if g.chance(0.3):
        msgs.insert(1, F(g, g.pick(["what should I do", "咋办", "help me", "???", "急啊", "anyone there"])))
    return msgs


def _in_order(g, items, k):
    idx = sorted(g.rng.sample(range(len(items)), k))
    return [items[i] for i in idx]


def lists_steps(g):
    k = g.rng.randrange(6)
    if k == 0:
        s = _in_order(g, ["launch app", "go to assets", "choose token", "hit transfer", "scan qr", "enter password prompt shows",
                          "spinner", "error", "back to home"], 4)
        return F(g, "Steps: " + ", ".join(f"({i}) {x}" for i, x in enumerate(s, 1)))
    if k == 1:
        s = _in_order(g, ["充值没到", "提现失败", "页面白屏", "登录超时", "余额不对", "交易记录消失"], 3)
        return F(g, "问题：\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(s, 1)))
    if k == 2:
        s = _in_order(g, ["* device {DEVICE}", "* app {VER}", "* chain {CHAIN}", "* sent {AMT}", "* at {DATETIME}",
                          "* txid {TX64}", "* to {TRX}"], 4)
        return F(g, "\n".join(s))
    if k == 3:
        s = _in_order(g, ["第一步 打开钱包", "第二步 点兑换", "第三步 选USDT", "第四步 确认", "然后转圈", "最后报错"], 4)
        return F(g, "，".join(s))
    if k == 4:
        s = _in_order(g, ["- login fails", "- balance 0", "- can't swap", "- fees wrong", "- nft missing", "- slow af"], 3)
        return F(g, "issues:\n" + "\n".join(s))
    s = _in_order(g, ["1）转账", "2）没到", "3）客服不理", "4）急用钱", "5）怎么办"], 4)
    return F(g, "".join(s))


def en_common_words(g):
    t = g.pick([
        "so today I wanted to buy some coffee with my card and the bank said the crypto transfer from last night is still on hold",
        "my daughter asked me to help her open a wallet for school and we followed every step but the last screen shows an error",
        "last month everything worked fine and now the app is slow, the balance takes forever to load and the swap button is gray",
        "I live in a small village with weak signal so maybe that is the problem but other apps still work so I am not sure",
        "we moved to a new house, I changed phone, and the app does not remember anything, where do I start",
        "please tell me in simple steps how to move my coins from the exchange to this wallet without losing them on the way",
        "I am an old man and not good with phones, my grandson set it up, now I see a red warning and do not know what to press",
        "the other day a stranger on social media offered to help me double my coins, I said no, but should I report him to you",
        "the first transfer was fine, the second one was fine, the third one has been pending since the morning and I do not know why",
        "before I send a large amount I want to test with a small one, what is the minimum and how long will it take to arrive",
        "I keep reading about network congestion, does that mean my transfer will be lost or just late, please be honest",
        "the exchange says they sent it, the wallet says nothing came, and I am standing in the middle with no money",
        "can you please add a way to label each address so I know which one is for family and which is for work",
        "my friend and I both use your app, his balance updates right away but mine takes hours, same phone model",
    ])
    t = F(g, _lead(g, False) + t + g.pick(["", ".", "!!", " :(", " thanks", " ..."]))
    if g.chance(0.3):
        t = g.typo(t, 2)
    if g.chance(0.3):
        t = t[0].upper() + t[1:]
    return t


def zh_chunked(g):
    c = g.pick([
        ["充值", "不到账", "咋回事"], ["钱包", "闪退", "求救"], ["币没了", "被盗了", "怎么办", "报警吗"],
        ["助记词", "抄错了", "咋整"], ["交易", "一直", "打包中", "好慢"], ["密码", "忘了", "找回", "在哪"],
        ["兑换", "报错", "滑点", "多少"], ["授权", "怎么", "取消"], ["能量", "不够", "怎么", "租"],
        ["客服", "人呢", "等半天", "了"], ["跨链", "没到", "第三天", "了"], ["提现", "审核", "多久"],
        ["手机", "丢了", "钱包", "还在吗"], ["转错", "地址", "能撤回", "吗"],
    ])
    sep = g.pick([" ", " ", " ", "   ", "，", " "])
    t = sep.join(c)
    t = t + g.pick(["", "", "？？", " 急", "！", " 🙏🙏", " 哭了"])
    if g.chance(0.3):
        t = g.pick(["喂 ", "在吗 ", "客服 "]) + t
    return F(g, t)


def mixed_zh_en(g):
    t = g.pick([
        "我的USDT还在pending", "deposit了但是没credit", "transfer到binance失败", "app闪退after update",
        "滑点slippage设置多少合适", "dapp里sign了一个东西 有风险吗", "cross-chain bridge卡住了", "gas不够怎么办",
        "KYC的selfie一直fail", "swap的时候提示insufficient balance", "network换成BSC还是不行", "token没有logo",
        "address book在哪里", "我要refund", "approve了unlimited 怎么取消", "order被cancel了", "price impact好高",
        "TRC20转ERC20可以吗", "这个contract address对吗", "energy不足导致failed", "staking APY怎么算",
        "我想export transaction history", "login的时候说session expired", "wallet名字能rename吗",
    ])
    return F(g, _lead(g, True) + t + g.pick(["", "？", " ??", " 急急", " thx"]))


def _fw_letters_outside_values(g, t):
    import re as _re
    out, pos = [], 0
    for m in _re.finditer(r"[0-9A-Za-z]{20,}", t):
        out.append("".join(g.fw(c) if c.isascii() and c.isalpha() else c for c in t[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append("".join(g.fw(c) if c.isascii() and c.isalpha() else c for c in t[pos:]))
    return "".join(out)


def fullwidth_emoji_zw(g):
    t = F(g, g.pick([
        "币呢？？", "Transfer failed (again)", "余额：０", "手续费：{GAS}", "转账编号：{ORDER}", "App版本：{VER}",
        "地址：{ETHCK}", "哈希：{TX0X}", "what happened?!", "客服：在吗？", "please help", "钱包（观察模式）怎么转账",
        "USDT（TRC20）没到", "时间：{DATETIME}", "ticket：{TICKET}", "电话：{PHONE}", "没到账啊！", "swap失败",
        "金额：{AMT_USDT}", "登录不了",
    ]))
    k = g.rng.randrange(6)
    if k == 0:
        # typed letters in full-width (IME), values already filled stay as pasted
        t = _fw_letters_outside_values(g, t)
    elif k == 1:
        t = t + " " + "".join(g.rng.sample(["😂", "😭", "🥲", "💸", "🙏", "⚠️", "❓", "😱", "👀"], 2))
    elif k == 2:
        t = g.zw(t, g.rng.randint(2, 5))
    elif k == 3:
        t = "\ufeff" + t
    elif k == 4:
        t = t.replace("：", "：\n", 1) if "：" in t else t + "\n"
    else:
        t = g.pick(["【", "「", "『"]) + t + g.pick(["】", "」", "』"])
    return t


def cardlike_luhn_fail(g):
    t = g.pick([
        "单号{CARDLIKE}", "ref no {CARDLIKE}", "{CARDLIKE} 这个是什么号", "account ref {CARDLIKE_SP}",
        "充值卡序列号 {CARDLIKE_SP}（不是银行卡）", "logistics {CARDLIKE}", "合同编号 {CARDLIKE}", "{CARDLIKE_SP}",
        "{CARDLIKE}", "case ref {CARDLIKE}", "member no. {CARDLIKE_SP}", "积分卡号 {CARDLIKE}", "bill id {CARDLIKE}",
        "回执编号 {CARDLIKE}", "receipt # {CARDLIKE}",
    ])
    return F(g, t)


def imei_id_numbers(g):
    t = g.pick([
        "imei {IMEI}", "IMEI号：{IMEI}", "{IMEI}", "手机串号 {IMEI}", "the IMEI is {IMEI} (from settings)",
        "身份证 {CNID} 提交失败", "证件号码{CNID}显示格式错误", "my ID {CNID} was rejected", "serial {IMEI} {DEVICE}",
        "ID number field: {CNID} → invalid", "两个IMEI：{IMEI} / {IMEI}", "设备识别码{IMEI}", "MEID {IMEI}",
    ])
    return F(g, t)


CLASSES = {
    "clean_txhash_explorer_url": (140, txhash_explorer_url),
    "clean_txhash_cued": (140, txhash_cued),
    "clean_txhash_bare_hex64": (125, txhash_bare_hex64),
    "clean_txhash_bare_0x": (115, txhash_bare_0x),
    "clean_txhash_bare_upper": (105, txhash_bare_upper),
    "clean_txhash_bare_in_text": (125, txhash_bare_in_text),
    "clean_txhash_bare_followup": (115, txhash_bare_followup),
    "clean_solana_sig_bare": (115, solana_sig_bare),
    "clean_solana_sig_link": (125, solana_sig_link),
    "clean_addr_eth": (115, addr_eth),
    "clean_addr_btc": (125, addr_btc),
    "clean_addr_tron": (125, addr_tron),
    "clean_addr_solana": (115, addr_solana),
    "clean_addr_multi": (115, addr_multi),
    "clean_addr_bare": (105, addr_bare),
    "clean_order_numbers": (125, order_numbers),
    "clean_bank_serial": (115, bank_serial),
    "clean_phone_numbers": (105, phone_numbers),
    "clean_amounts_dates": (115, amounts_dates),
    "clean_app_versions": (115, app_versions),
    "clean_tickets_referrals": (105, tickets_referrals),
    "clean_emails_urls": (105, emails_urls),
    "clean_sms_code_missing": (115, sms_code_missing),
    "clean_block_gas": (105, block_gas),
    "clean_en_support": (135, en_support),
    "clean_zh_support": (135, zh_support),
    "clean_zh_runon": (125, zh_runon),
    "clean_zh_traditional": (105, zh_traditional),
    "clean_talk_password_en": (125, talk_password_en),
    "clean_talk_password_zh": (125, talk_password_zh),
    "clean_pin_pass_words": (115, pin_pass_words),
    "clean_followup_after_mention": (135, followup_after_mention),
    "clean_lists_steps": (115, lists_steps),
    "clean_en_common_words": (105, en_common_words),
    "clean_zh_chunked": (105, zh_chunked),
    "clean_mixed_zh_en": (115, mixed_zh_en),
    "clean_fullwidth_emoji_zw": (125, fullwidth_emoji_zw),
    "clean_cardlike_luhn_fail": (115, cardlike_luhn_fail),
    "clean_imei_id_numbers": (105, imei_id_numbers),
}


# ------------------------------------------------------------------ BIP-39-word-heavy telegraphic English
from mnemonic import Mnemonic as _Mn  # noqa: E402

_WL = set(_Mn("english").wordlist)
_CHUNKS = [
    "balance wrong", "swap fail", "sorry to ask", "need answer", "please help me", "token missing",
    "transfer since morning", "still wait", "angry", "order history empty", "camera broken", "upgrade version",
    "fix this", "video proof", "call me", "twenty hundred", "three time", "again and again", "only zero",
    "today network slow", "please hurry", "check record", "display wrong price", "agree", "afraid", "exchange deny",
]
_BREAKERS = ["wallet", "ok", "why", "my usdt", "the", "fast", "ffs", "hmm", "plz", "help!!"]


def _run(text):
    import re as _re
    best = run = 0
    for w in _re.findall(r"[A-Za-z]+", text):
        run = run + 1 if w.lower() in _WL else 0
        best = max(best, run)
    return best


def en_wordlist_heavy(g):
    while True:
        n = g.rng.randint(3, 7)
        seq = []
        for i, ch in enumerate(g.rng.sample(_CHUNKS, n)):
            seq.append(ch)
            if i < n - 1 and g.chance(0.3):
                seq.append(g.pick(_BREAKERS))
        sep = g.pick([" ", " ", ",", ", ", "; ", " / ", "\n"])
        t = sep.join(seq) + g.pick(["", "", "!", "??", "."])
        if g.chance(0.3):
            t = t.upper()
        if 6 <= _run(t) <= 11:
            return t


CLASSES["clean_en_wordlist_heavy"] = (115, en_wordlist_heavy)


def xpub_public(g):
    t = g.pick([
        "{XPUB}", "{XPUB} ← xpub only, no private stuff", "观察钱包 {XPUB}", "扩展公钥导入失败 {XPUB}",
        "is it safe to share my xpub {XPUB} with my accountant?", "这是我的公钥 {PUBHEX}", "compressed pubkey {PUBHEX}",
        "sparrow shows {XPUB}, can TP watch it", "xpub: {XPUB}", "用xpub {XPUB} 看余额不对",
        "BTC watch-only:\n{XPUB}", "给你我的扩展公钥 {XPUB} 你们查一下",
    ])
    return F(g, t)


CLASSES["clean_xpub_public"] = (105, xpub_public)
