# ruff: noqa: E501
"""Templates for the DEV split (user-side non-secrets).

Written independently of tpl_holdout.py: no template string is shared.
Each class is a function g -> list[str] (the messages of one case); see
generate.Gen for g.pick / g.fill / g.chance / g.typo / g.zw.
"""
SEED = 20241125
PREFIX = "clean-dev"


def C(g, *slots):
    """concatenate one pick from each slot, then fill placeholders"""
    return g.fill("".join(g.pick(s) if isinstance(s, (list, tuple)) else s for s in slots))


# ------------------------------------------------------------------ tx hashes
def txhash_explorer_url(g):
    url = g.pick(["{URL_ETHERSCAN}", "{URL_BSCSCAN}", "{URL_TRONSCAN}", "{URL_TRONSCAN}", "{URL_BLOCKCHAIR}",
                  "{URL_MEMPOOL}", "{URL_POLYGON}", "{URL_OKLINK}", "{URL_BTCCOM}"])
    t = g.pick([
        "{U}",
        "{U}\nthis one still not in my exchange account",
        "转账记录 {U} 交易所那边说没收到",
        "hi, here is the link {U} can you check why it failed",
        "{U} 显示成功了但是币没到",
        "Please look at {U} , status says success but balance unchanged.",
        "链上查到了 {U}\n但是钱包里余额没变",
        "explorer shows this: {U}",
        "看这个 {U}",
        "{U} <- sent 2 hours ago, still pending??",
        "I sent {AMT} to Binance, link: {U}",
        "客服你好，这是区块浏览器链接：{U}，麻烦帮我核实",
        "{U}\n\n{U2}\nboth transfers are stuck",
        "转了{AMT}到{EXCH} {U} 对方说没有到",
        "hey support\n{U}\nwhy is it showing fail? I lost the gas fee",
        "Transaction link for my ticket {TICKET}: {U}",
        "这个是我的转账 {U} 麻烦看看是不是链拥堵",
        "{U} 这笔手续费扣了 {GAS} 正常吗",
        "the swap reverted, see {U}",
        "as requested, explorer link {U} (sent on {DATE})",
    ])
    t = t.replace("{U}", url).replace("{U2}", g.pick(["{URL_ETHERSCAN}", "{URL_TRONSCAN}", "{URL_BSCSCAN}"]))
    return C(g, t)


def txhash_cued(g):
    cue = g.pick(["tx: ", "txid ", "hash:", "TxHash=", "交易哈希：", "交易ID", "交易ID：", "TXID: ", "Txn Hash: ",
                  "Transaction Hash: ", "hash ", "交易hash：", "哈希值 ", "tx hash - ", "tx id=", "Hash: ",
                  "交易哈希 ", "txhash:", "交易号：", "TxID："])
    val = g.pick(["{TX64}", "{TX0X}", "{TX64}", "{TX0X}", "{TXUP}"])
    t = g.pick([
        "{CUE}{V}",
        "{CUE}{V}\n帮我查下",
        "my withdrawal to {EXCH} is missing, {CUE}{V}",
        "{CUE}{V} 到现在没到账",
        "转账{AMT}，{CUE}{V}，请帮忙查询",
        "Sent {AMT} yesterday. {CUE}{V}. Please check.",
        "{CUE}{V}\nstatus: pending",
        "你好 {CUE}{V} 对方地址{ADDR}",
        "{CUE}{V} (TRC20 USDT)",
        "Here you go -> {CUE}{V}",
        "上午转的 {CUE}{V} 一直确认中",
        "{CUE}{V}\nfrom: {ADDR}\nto: {ADDR}\namount: {AMT}",
        "ticket {TICKET} {CUE}{V}",
        "{CUE}\n{V}",
        "我这笔 {CUE}{V} 失败了但是手续费扣了",
    ])
    return C(g, t.replace("{CUE}", cue).replace("{V}", val))


def _bare_wrap(g, v):
    k = g.rng.randrange(10)
    if k == 0:
        return v + "\n"
    if k == 1:
        return " " + v + " "
    if k == 2:
        return v + g.pick(["\u200b", "\ufeff", "\u200c"])
    if k == 3:
        return "`" + v + "`"
    if k == 4:
        return "\n" + v
    return v


def txhash_bare_hex64(g):
    return _bare_wrap(g, g.v.TX64())


def txhash_bare_0x(g):
    return _bare_wrap(g, g.v.TX0X())


def txhash_bare_upper(g):
    return _bare_wrap(g, g.pick([g.v.TXUP, g.v.TXUP, g.v.TX0XUP])())


def txhash_bare_in_text(g):
    t = g.pick([
        "{V} 这笔还没到",
        "pls check {V}",
        "{V}\n帮我看看",
        "这个 {V} 怎么回事",
        "{V} ??",
        "still nothing {V}",
        "{AMT} {V}",
        "{V} {DATE}",
        "昨天那笔 {V}",
        "{V} stuck",
        "转了{AMT}没到 {V}",
        "here {V} thx",
        "{V}\n{V2}\n{V3}",
        "帮忙查一下 {V} 谢谢",
        "{V} 失败了",
        "this one {V} and this one {V2}",
        "{V} from my ledger, sent to okx",
        "查一下\n{V}",
    ])
    v = g.pick(["{TX64}", "{TX0X}", "{TX64}"])
    return C(g, t.replace("{V2}", v).replace("{V3}", v).replace("{V}", v))


def txhash_bare_followup(g):
    first = g.pick([
        "my USDT hasn't arrived", "转账没到账", "USDT没到", "I sent it 3 hours ago", "帮我查一下这笔",
        "the withdrawal is stuck", "交易一直pending", "here", "这个", "sent to binance but missing",
        "提币到交易所没到", "can you check this one", "币转出去了对方没收到", "转错链了是不是",
        "it says failed", "手续费扣了币没转出去",
    ])
    v = g.pick(["{TX64}", "{TX0X}", "{TX64}", "{TXUP}"])
    k = g.rng.randrange(3)
    if k == 0:
        return [C(g, first), C(g, v)]
    if k == 1:
        return [C(g, first), C(g, v), C(g, g.pick(["thanks", "谢谢", "急", "pls hurry", "麻烦了", "?", "能查到吗"]))]
    return [C(g, v), C(g, first)]


# ------------------------------------------------------------------ solana
def solana_sig_bare(g):
    s = g.v.SOLSIG()
    k = g.rng.randrange(8)
    if k == 0:
        return s + "\n"
    if k == 1:
        return [g.pick(["sol transfer not showing", "SOL转账没到", "jupiter swap failed", "这笔sol交易"]), s]
    if k == 2:
        return s + g.pick(["\u200b", " "])
    return s


def solana_sig_link(g):
    t = g.pick([
        "{URL_SOLSCAN}",
        "{URL_SOLEXPLORER}",
        "swap on jupiter failed: {URL_SOLSCAN}",
        "signature: {SOLSIG}",
        "Signature {SOLSIG} shows finalized but token not in wallet",
        "sol链转账 {URL_SOLSCAN} 没到账",
        "交易签名：{SOLSIG}",
        "tx sig {SOLSIG}",
        "{URL_SOLSCAN}\nsent {AMT_CRYPTO} to {SOL}",
        "why did this fail {URL_SOLEXPLORER} I paid priority fee",
        "Solana tx: {SOLSIG}",
        "solscan显示成功 {URL_SOLSCAN} 但钱包没显示",
        "txid {SOLSIG} (solana)",
        "here is the solscan link {URL_SOLSCAN} and my address {SOL}",
        "签名 {SOLSIG}\n地址 {SOL}",
    ])
    return C(g, t)


# ------------------------------------------------------------------ addresses
def _addr_msg(g, A):
    t = g.pick([
        "{A}",
        "address: {A}",
        "地址：{A}",
        "my address is {A}",
        "我的地址 {A}",
        "收款地址 {A} 对吗",
        "{A} 这是我的钱包地址",
        "sent to {A} but nothing",
        "is {A} a valid address?",
        "充值地址：{A}",
        "转到了这个地址 {A} 能找回吗",
        "deposit address {A}",
        "Address {A} shows 0 balance in app but explorer shows {AMT}",
        "{A}\n这个地址的币看不到",
        "wallet addr = {A}",
        "接收地址:{A}",
        "pls check {A}",
        "提币地址填的 {A}",
        "to: {A}",
        "我朋友的地址是{A}，我转过去他说没收到",
    ])
    return C(g, t.replace("{A}", A))


def addr_eth(g):
    return _addr_msg(g, g.pick(["{ETH}", "{ETHCK}", "{ETHCK}"]))


def addr_btc(g):
    return _addr_msg(g, g.pick(["{BTC1}", "{BTC3}", "{BC1Q}", "{BC1P}"]))


def addr_tron(g):
    return _addr_msg(g, "{TRX}")


def addr_solana(g):
    return _addr_msg(g, "{SOL}")


def addr_multi(g):
    t = g.pick([
        "from {A1} to {A2}",
        "发送地址：{A1}\n接收地址：{A2}",
        "From: {A1}\nTo: {A2}\nAmount: {AMT}",
        "我有两个钱包 {A1} 和 {A2} 余额都不对",
        "addresses: {A1}, {A2}, {A3}",
        "{A1}\n{A2}\n{A3}",
        "转出 {A1} -> {A2} 金额{AMT}",
        "I imported {A1} but app shows {A2}, why different?",
        "旧地址{A1}新地址{A2}",
        "whitelist: {A1} / {A2}",
        "1. {A1}\n2. {A2}\n3. {A3}",
        "{A1} sent to {A2}, tx {TX0X}",
        "交易所充值地址 {A1} 我填的是 {A2} 少了一位吗",
    ])
    chain = g.rng.randrange(5)
    pool = [["{ETHCK}", "{ETH}"], ["{TRX}"], ["{BTC1}", "{BC1Q}", "{BC1P}", "{BTC3}"], ["{SOL}"],
            ["{ETHCK}", "{TRX}", "{BC1Q}", "{SOL}"]][chain]
    for k in ("{A1}", "{A2}", "{A3}"):
        t = t.replace(k, g.pick(pool))
    return C(g, t)


def addr_bare(g):
    a = g.pick(["{ETHCK}", "{ETH}", "{TRX}", "{TRX}", "{BTC1}", "{BTC3}", "{BC1Q}", "{BC1P}", "{SOL}", "{SOL}"])
    return C(g, _bare_wrap(g, a))


# ------------------------------------------------------------------ ids / numbers
def order_numbers(g):
    t = g.pick([
        "订单号：{ORDER}",
        "订单号 {ORDER} 付款了没放币",
        "流水号{SERIAL}",
        "交易单号：{ORDER}",
        "order no. {ORDER}",
        "Order ID: {ORDER}, paid {AMT_CNY} but not released",
        "OTC订单 {ORDER} 卖家不放币",
        "我的订单号是{ORDER}，请帮我处理",
        "order #{ORDER} still processing",
        "商户订单号：{ORDER}\n金额：{AMT_CNY}",
        "P2P order {ORDER} seller not responding",
        "提现单号 {ORDER}",
        "申请单号：{ORDER}  申请时间：{DATETIME}",
        "闪兑订单{ORDER}失败，钱扣了",
        "swap order {ORDER} failed, {AMT} gone",
        "充值订单号 {ORDER} 未到账",
    ])
    return C(g, t)


def bank_serial(g):
    t = g.pick([
        "银行流水号：{SERIAL}",
        "流水号 {SERIAL} 银行显示已扣款",
        "交易流水号{SERIAL}，金额{AMT_CNY}",
        "bank reference: {SERIAL}",
        "Transfer reference no. {SERIAL} from my bank, {AMT_CNY}",
        "支付宝交易号 {SERIAL}",
        "微信支付 交易单号：{SERIAL}",
        "订单编号 {SERIAL} 付款成功",
        "the bank serial number is {SERIAL_SP}",
        "流水 {SERIAL_SP}",
        "serial {SERIAL} paid on {DATE}",
        "付款凭证上的流水号是{SERIAL}，商户单号{ORDER}",
        "回执单号：{SERIAL}\n交易时间：{DATETIME}",
        "ref {SERIAL} - bank says sent",
        "交易参考号 {SERIAL}",
        "银行卡转账成功 流水号{SERIAL} 卖家说没收到",
    ])
    return C(g, t)


def phone_numbers(g):
    t = g.pick([
        "我的手机号 {PHONE}",
        "phone: {PHONE}",
        "绑定的手机号是{PHONE}，收不到短信",
        "call me {PHONE} please",
        "手机号{PHONE}换号了怎么改",
        "my number {PHONE_INTL}",
        "联系电话：{PHONE}",
        "can you call {PHONE} after {TIME}",
        "原手机号 {PHONE} 新手机号 {PHONE}",
        "I registered with {PHONE_INTL} but I moved",
        "电话 {PHONE} 微信同号",
        "mobile {PHONE}, email {EMAIL}",
        "{PHONE}",
    ])
    return C(g, t)


def amounts_dates(g):
    t = g.pick([
        "转了{AMT}，到账{AMT}，少了",
        "I sent {AMT_USDT} on {DATE} at {TIME}",
        "{DATETIME} 转出 {AMT}",
        "余额显示 {AMT} 实际应该是 {AMT}",
        "withdraw {AMT_CRYPTO}, fee {GAS}",
        "{DATE}买的{AMT_CNY}的币",
        "on {DATE} I received {AMT_USDT} but today it shows 0",
        "手续费收了{AMT_USDT}太贵了吧",
        "price was {AMT_CNY} per unit at {TIME}",
        "昨天{TIME}转的{AMT}",
        "deposit {AMT_USDT} at {DATETIME}, still not credited",
        "总共{AMT}，分{N}次转的",
        "{AMT_CRYPTO} ≈ {AMT_CNY}",
        "I was charged {AMT_CRYPTO} gas for a {AMT_USDT} transfer?!",
        "从{DATE}到现在已经{HOURS}小时了",
    ])
    return C(g, t)


def app_versions(g):
    t = g.pick([
        "app version {VER}",
        "版本号 {VERB}",
        "{DEVICE} {OS} app {VERB} crashes on start",
        "我用的{DEVICE}，系统{OS}，钱包版本{VER}",
        "updated to {VERB} and now it's blank",
        "{VER}",
        "{OS}",
        "version {VER} on {OS}",
        "最新版{VER}还是闪退",
        "TP钱包 {VERB} {OS}",
        "running {VERB}, phone {DEVICE}",
        "更新到{VER}之后余额不显示了",
        "old version {VER} worked fine, {VER} broke it",
        "系统版本{OS} 手机{DEVICE}",
        "{DEVICE} / {OS} / {VERB}",
    ])
    return C(g, t)


def tickets_referrals(g):
    t = g.pick([
        "ticket {TICKET}",
        "工单号 {TICKET} 还没人回复",
        "my ticket number is {TICKET}, any update?",
        "referral code: {REF}",
        "邀请码 {REF}",
        "I used invite code {REF} but got no bonus",
        "推荐码{REF}填了没奖励",
        "case {TICKET} was closed without solving",
        "{TICKET}",
        "follow-up on {TICKET} from {DATE}",
        "我之前提交过工单{TICKET}",
        "promo code {REF} invalid?",
        "活动码 {REF} 显示已过期",
        "ref code {REF} - friend signed up on {DATE}",
        "ticket {TICKET} and {TICKET} are about the same issue",
    ])
    return C(g, t)


def emails_urls(g):
    t = g.pick([
        "my email is {EMAIL}",
        "邮箱 {EMAIL}",
        "send the reply to {EMAIL} please",
        "注册邮箱{EMAIL}收不到验证邮件",
        "{EMAIL}",
        "I followed {URL} but the steps are different",
        "这个链接打不开 {URL}",
        "is {URL} your official site?",
        "contact: {EMAIL} / {PHONE}",
        "官网是不是 {URL}",
        "I found this guide {URL} is it up to date?",
        "改绑邮箱，旧邮箱{EMAIL}，新邮箱{EMAIL}",
        "see screenshot here {URL}",
        "Someone sent me {URL} saying it's support, is that real?",
    ])
    return C(g, t)


def sms_code_missing(g):
    t = g.pick([
        "I didn't get the code",
        "didn't receive the SMS code",
        "收不到验证码",
        "验证码一直收不到",
        "the 6-digit code never arrives",
        "短信验证码没收到，点了好几次了",
        "no verification code on {PHONE}",
        "email code not coming to {EMAIL}",
        "验证码过期了怎么重新发",
        "where do I enter the 6 digit code?",
        "I got the code but it says invalid",
        "验证码输入后提示错误",
        "The code expired before I could type it",
        "发送验证码按钮是灰色的",
        "code sent to old number {PHONE}, can't receive it",
        "邮箱验证码在垃圾箱里也没有",
        "the authenticator code doesn't match, time is synced",
        "谷歌验证码错误 怎么办",
        "resend code button does nothing",
        "I keep getting 'code incorrect' even though I copy it",
    ])
    t = C(g, t)
    if g.chance(0.3):
        t = g.typo(t)
    if g.chance(0.25):
        t += g.pick([" pls", " 急", "!!", " help", "??", " 😭", " thx"])
    return t


def block_gas(g):
    t = g.pick([
        "block {BLOCK}",
        "区块高度 {BLOCK}",
        "confirmed in block {BLOCK_C} but not showing",
        "gas price {GAS}, gas limit {GASLIMIT}",
        "手续费{GAS}太高",
        "nonce {NONCE} stuck, later txs pending",
        "it's been {N} confirmations",
        "Gas limit set to {GASLIMIT}, used {GASLIMIT}",
        "区块{BLOCK}里能看到这笔",
        "the app estimated {GAS} but charged {GAS}",
        "能量不足 消耗了{GAS}",
        "current block is {BLOCK} and mine was {BLOCK}",
        "需要多少确认数？现在{N}个确认",
        "set gas to {GAS} still fails",
        "priority fee {GAS}, base fee {GAS}",
    ])
    return C(g, t)


# ------------------------------------------------------------------ plain support
EN_OPEN = ["", "", "Hi, ", "Hello, ", "hey ", "Good morning, ", "Dear support, ", "hi team, ", "Hi there. ", "yo "]
EN_CORE = [
    "my account is locked after I updated the app",
    "my transfer has not arrived after {HOURS} hours",
    "why are the fees so high today",
    "how do I back up my wallet properly",
    "the app crashes every time I open the swap page",
    "KYC verification keeps failing at the selfie step",
    "I sent {COIN} on the wrong network, can it be recovered",
    "my balance shows zero but the explorer shows funds",
    "the dapp browser won't connect",
    "tokens I bought are not displayed",
    "I can't find the option to add a custom token",
    "my withdrawal to {EXCH} is still processing",
    "the app is stuck on the loading screen",
    "I got airdropped a weird token, is it safe to swap",
    "how long does a cross-chain bridge usually take",
    "the price chart is not loading",
    "notifications stopped working",
    "I want to delete my old wallet from the app",
    "your app keeps logging me out",
    "the approve transaction failed and I lost gas",
    "Face ID doesn't work anymore in the wallet",
    "I need an invoice for my purchase",
    "the NFT I bought doesn't show up",
    "how do I switch the network to BSC",
    "there's a pending transaction I can't cancel",
]
EN_TAIL = ["", "", ".", "!", "?", " please help.", " Thanks.", " asap", " I've waited all day!!", " this is ridiculous.",
           " thank you in advance", " any idea?", " plz", " 🙏", " 😡"]


def en_support(g):
    t = C(g, EN_OPEN, EN_CORE, EN_TAIL)
    if g.chance(0.3):
        t = t[0].upper() + t[1:]
    k = g.rng.randrange(6)
    if k == 0:
        t = g.typo(t, g.rng.randint(1, 3))
    elif k == 1:
        t = t.upper()
    elif k == 2:
        t = g.lower_noperiod(t)
    elif k == 3 and g.chance(0.6):
        t += " " + C(g, ["I'm on {OS}.", "Version {VER}.", "Phone: {DEVICE}.", "Did it on {DATE}.", "Ticket {TICKET}.",
                         "Been a customer for years and never had this issue.", "Already reinstalled twice."])
    return t


ZH_OPEN = ["", "", "你好，", "您好 ", "客服在吗 ", "在吗？", "请问", "麻烦问一下", "客服你好，", "hello "]
ZH_CORE = [
    "我的账户被锁了", "转账一直没到账", "为什么手续费这么贵", "钱包怎么备份", "打开闪兑页面就闪退",
    "实名认证一直不通过", "转错网络了能找回吗", "余额显示为零", "DApp连不上", "买的币不显示",
    "怎么添加自定义代币", "提币到{EXCH}一直在处理中", "一直卡在加载页面", "收到一个奇怪的空投币能不能卖",
    "跨链桥要多久到账", "K线图加载不出来", "收不到通知了", "怎么删除旧钱包", "老是自动退出登录",
    "授权失败还扣了矿工费", "面容识别用不了", "能开发票吗", "NFT不显示", "怎么切换到BSC网络",
    "有一笔交易一直pending取消不了", "能量和带宽是什么意思", "观察钱包怎么转账",
]
ZH_TAIL = ["", "", "。", "？", "！", "，谢谢", "，急", "，麻烦尽快处理", "？？？", "啊", "呢", "，等了一天了", "😭", "，在线等"]


def zh_support(g):
    t = C(g, ZH_OPEN, ZH_CORE, ZH_TAIL)
    if g.chance(0.3):
        t += C(g, ["我用的是{DEVICE}", "版本{VER}", "{DATE}开始的", "之前都正常", "重装了也没用", "换了网络也不行"])
    return t


def zh_runon(g):
    parts = [
        ["我昨天", "我今天早上", "刚才", "前天晚上", "上周", "我", "我老婆", "我朋友帮我"],
        ["用钱包转了一笔{COIN}", "从钱包往交易所转了{AMT}", "在钱包里闪兑了一点币", "把助记词抄在本子上了",
         "换了新手机想导入钱包", "改了钱包密码", "用私钥导入了一个钱包", "把币转到冷钱包", "授权了一个DApp"],
        ["到现在还没到账", "结果余额不对", "然后钱包打不开了", "但是找不到在哪里备份", "现在提示密码错误",
         "之后币就不见了", "交易所说没收到", "一直显示打包中", "手续费扣了好多"],
        ["客服能不能帮我查一下是什么情况", "这个助记词要怎么保存才安全", "我是不是被骗了", "私钥和助记词有什么区别",
         "要怎么处理才好", "你们有没有人工客服", "密码忘了还能不能找回", "到底怎么回事啊", "是不是你们系统的问题"],
        ["急用", "在线等", "谢谢", "麻烦快点", "", "", "急急急", "求回复"],
    ]
    t = "".join(g.pick(p) for p in parts)
    if g.chance(0.3):
        t = t.replace("钱包", "tp钱包", 1)
    return C(g, t)


def zh_traditional(g):
    t = g.pick([
        "請問我的轉帳為什麼一直沒有到帳", "錢包打開就閃退怎麼辦", "助記詞要怎麼備份比較安全", "手續費怎麼這麼貴",
        "我轉錯網路了還能找回嗎", "帳號被鎖住了要怎麼解鎖", "忘記密碼了怎麼辦", "實名認證一直失敗",
        "餘額顯示不正確", "提幣到{EXCH}還沒到", "請問客服什麼時候上班", "我要怎麼新增自訂代幣",
        "交易一直顯示處理中", "私鑰跟助記詞有什麼不同", "換手機之後要怎麼匯入錢包",
    ])
    t = C(g, g.pick(["", "您好，", "哈囉 ", "客服你好 ", "不好意思 "]), t,
          g.pick(["", "？", "，謝謝", "，很急", "。", "～", "？？"]))
    if g.chance(0.3):
        t += C(g, g.pick([" 我用{DEVICE}", " 版本{VER}", " 金額{AMT}", " {DATE}轉的"]))
    return t


# ------------------------------------------------------------------ password talk
def talk_password_en(g):
    t = g.pick([
        "Password Reset doesn't work", "where is the PIN Code setting", "I forgot my password",
        "how do I change my pin", "my recovery phrase is on paper at home, is that safe?",
        "Is it ok to store my seed phrase in a notes app?", "the password field won't accept special characters",
        "what happens if I lose my private key?", "can support see my password?", "I typed the wrong PIN 5 times",
        "How many words is the recovery phrase supposed to be", "password must be 8 characters? mine is longer",
        "does the app store my private key on your server", "where do I export the private key, I just want to know the menu",
        "I think someone got my seed phrase, how do I move funds", "reset password link expired",
        "my PIN doesn't work after the update", "do I need the mnemonic to restore on a new phone?",
        "Is a 24 word phrase safer than 12?", "can I turn off the transaction password",
        "I wrote down my phrase but the order might be wrong, what can I do", "payment password locked, what now",
        "biometric or PIN which is safer", "how to verify my backup without showing the phrase to anyone",
        "The app asks for my password every time, annoying", "Do you ever ask users for their private key?",
        "someone on telegram asked for my recovery phrase, is that you?", "I changed the password but the old one still works?",
        "Is the wallet password the same as the phrase?", "forgot pin code", "what is a passphrase (25th word)?",
    ])
    t = C(g, g.pick(["", "", "Hi, ", "hello ", "Quick question: ", "Help! "]), t, g.pick(["", "", "?", " thanks", " pls"]))
    if g.chance(0.3):
        t = g.typo(t)
    if g.chance(0.15):
        t = t.lower()
    return t


def talk_password_zh(g):
    t = g.pick([
        "密码忘了怎么办", "支付密码错误次数太多被锁了", "助记词丢了还能找回吗", "怎么修改钱包密码",
        "私钥导出在哪里", "助记词抄在纸上安全吗", "交易密码和登录密码一样吗", "密码输错了五次",
        "重置密码的链接失效了", "助记词是12个还是24个", "你们会不会找我要助记词", "私钥和助记词有什么区别",
        "密码提示错误但我确定没输错", "怎么关闭交易密码", "指纹支付怎么开", "忘记支付密码了怎么重置",
        "有人在群里要我的助记词说是客服", "助记词顺序记错了怎么办", "导入钱包时提示助记词无效", "密码设置有什么要求",
        "换手机了助记词还能用吗", "私钥泄露了怎么办", "PIN码在哪里设置", "密码一直提示错误", "助记词截图保存可以吗",
        "钱包密码能找回吗", "备份助记词的时候页面卡住了", "验证助记词那一步过不去",
    ])
    t = C(g, g.pick(["", "", "你好 ", "请问", "客服，", "问一下 "]), t, g.pick(["", "？", "。", "，急", "？？", "啊"]))
    return t


def pin_pass_words(g):
    t = g.pick([
        "In my opinion: the new update is worse than before",
        "In my opinion: you should add dark mode",
        "IMO the spinning wheel on the swap page never stops",
        "the loading icon keeps spinning forever",
        "I need to upload my passport for KYC but it fails",
        "passport photo rejected, says blurry",
        "I'm a passenger on a flight right now, will reply later",
        "the compass icon in the dapp tab, what is it for?",
        "Can I pin a token to the top of the list?",
        "I pinned the chat, thanks",
        "my opinion: fees are too high",
        "Passport number or ID card for verification?",
        "the keyboard covers the send button",
        "I'm typing in pinyin, sorry for mistakes",
        "bypass mode? what does that mean in settings",
        "the passing transactions list is confusing",
        "my secretary handles the account, can she contact you",
        "I got a QR code from the exchange but it won't scan",
        "zip code field is required for KYC?",
        "Honest opinion: your support is slow",
        "spinning circle after I tap confirm",
        "Compass says I'm in the right place but the map in the app is wrong lol",
        "the passage of time in this queue... 3 days",
        "The key point is I never got the funds",
        "monkey NFT not showing",
        "seeds of doubt about this project tbh",
        "do you support passkeys for login?",
        "password manager autofill doesn't work in the app",
        "paraphrase: my transfer is stuck",
        "shopping on a dapp and it asked to sign, is that normal?",
        "my opinion is that the UI changed too much",
        "pink screen after update?",
        "the pineapple token chart is broken",
        "turkey's lira market price is wrong in the app",
    ])
    t = C(g, t)
    if g.chance(0.25):
        t = g.typo(t)
    if g.chance(0.2):
        t = t.lower()
    return t


def followup_after_mention(g):
    first = g.pick([
        "I forgot my password", "密码一直提示错误", "can't reset my pin", "password reset fails", "密码忘了",
        "my password doesn't work", "支付密码被锁了", "PIN code wrong after update", "助记词导入失败",
        "forgot the wallet password", "重置密码没反应", "app asks for pin every time", "seed phrase import says invalid",
        "私钥导入提示格式错误", "密码输错太多次了",
    ])
    second = g.pick([
        "3.2.1", "iOS17", "TP-000123", "ok thanks", "好的谢谢", "it says error 403", "{VER}", "{OS}", "{TICKET}",
        "version {VER}", "{DEVICE}", "still the same", "还是不行", "any update?", "在吗", "error {ERR}",
        "I'm on {OS} {DEVICE}", "since {DATE}", "tried {N} times", "ok", "已经试过了", "换了手机也一样", "版本{VER}",
        "sorry I mean the payment one", "是交易密码", "the login one not the wallet one", "screenshot attached",
        "thx", "明白了", "will try later", "重装了也没用",
    ])
    msgs = [C(g, first), C(g, second)]
    if g.chance(0.3):
        msgs.append(C(g, g.pick(["thanks", "谢谢", "ok", "?", "hello?", "好的", "{TICKET}", "{ERR}", "nvm it works now",
                                 "可以了"])))
    return msgs


def _osample(g, seq, n):
    """n items of seq, kept in their original (logical) order"""
    return [seq[i] for i in sorted(g.rng.sample(range(len(seq)), n))]


def lists_steps(g):
    k = g.rng.randrange(6)
    if k == 0:
        steps = _osample(g, ["opened app", "tapped send", "picked USDT", "pasted address", "entered amount",
                              "pressed confirm", "nothing happened", "got error {ERR}", "app froze", "closed and reopened"], 4)
        return C(g, " ".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
    if k == 1:
        it = _osample(g, ["转账失败", "余额没变", "手续费扣了", "交易记录里没有", "刷新也没用", "换了节点还是不行", "显示网络错误"], 3)
        return C(g, "\n".join("• " + x for x in it))
    if k == 2:
        it = _osample(g, ["App version: {VER}", "Phone: {DEVICE}", "OS: {OS}", "Network: {CHAIN}", "Amount: {AMT}",
                           "Time: {DATETIME}", "Error: {ERR}", "Tx: {TX0X}"], 4)
        return C(g, "Details:\n" + "\n".join("- " + x for x in it))
    if k == 3:
        it = _osample(g, ["打开钱包", "点击转账", "选择USDT", "粘贴地址", "输入金额", "确认", "然后就卡住了", "提示失败"], 4)
        return C(g, "\n".join(f"{i}、{s}" for i, s in enumerate(it, 1)))
    if k == 4:
        it = _osample(g, ["can't log in", "balance wrong", "swap stuck", "no notifications", "slow", "tokens missing"], 3)
        return C(g, "Problems:\n" + "\n".join(f"{i}) {s}" for i, s in enumerate(it, 1)))
    it = _osample(g, ["①钱包打不开", "②重装后要助记词", "③我不知道放哪了", "④余额还在吗", "⑤急"], 3)
    return C(g, " ".join(it))


def en_common_words(g):
    t = g.pick([
        "I tried again this morning after lunch but the wallet still shows zero balance and the transfer is missing, please check because I need that money for rent",
        "Hello again, simple question about the bridge, I moved some funds last week and the screen says success but nothing arrived on the other side",
        "My brother helped me install the app on a new phone and now we cannot find the old account or any of the history from last year",
        "Please explain in plain words what the fee is for, because I only wanted to send a small amount to my friend and it cost almost double",
        "Every time I open the app it asks me to update, then the update fails, then it asks again, so I am stuck in a loop all day",
        "We are a small family business and we use your wallet to pay suppliers, today the payment did not go through and the supplier is angry",
        "Thank you for the quick answer yesterday, the problem came back this evening and the same error appears when I press the button",
        "I have been waiting for more than three hours, the network seems fine, other apps work, only your wallet is slow and keeps spinning",
        "Could you tell me where to find the history of all my transfers, I need to show it to my accountant before the end of the month",
        "The token price looks wrong in the app compared to the exchange, is there a delay or is something broken on your side",
        "I sold some coins on the exchange, sent them back to the wallet, and the amount that arrived is smaller than what I expected",
        "My old phone was stolen on the train, I still have the new one with the app, what should I do first to keep my funds safe",
        "Please help me understand why the swap gave me less than the quote, I did not change anything and the slippage was normal",
        "It is my first time using a crypto wallet so sorry for the simple question, how do I receive money from my friend abroad",
        "After the last update the screen goes black for a second and then the app closes, this happens on both of my phones",
    ])
    t = C(g, g.pick(["", "", "Hi, ", "Hello. ", "hey there, "]), t, g.pick(["", ".", "!", "?", " thanks", " thank you so much"]))
    if g.chance(0.3):
        t = g.typo(t, 2)
    if g.chance(0.3):
        t = t.lower()
    if g.chance(0.25):
        t = t.replace(", ", " ")
    return t


def zh_chunked(g):
    chunks = g.pick([
        ["钱包", "打不开", "怎么办", "急急急"],
        ["转账", "没到账", "帮忙查", "谢谢"],
        ["助记词", "忘记了", "还能", "找回吗"],
        ["余额", "不见了", "怎么回事", "在线等"],
        ["手续费", "太高了", "能不能", "便宜点"],
        ["密码", "输错了", "被锁了", "怎么解"],
        ["提币", "到交易所", "一直", "没到"],
        ["闪兑", "失败了", "币呢", "急"],
        ["新手机", "导入钱包", "怎么弄", "求教"],
        ["客服", "在吗", "人呢", "回个话"],
        ["授权", "取消", "在哪里", "找不到"],
        ["USDT", "转错链", "能追回吗", "急急"],
        ["app", "一直闪退", "重装了", "没用"],
        ["私钥", "导出", "在哪个", "菜单"],
    ])
    sep = g.pick([" ", " ", "  ", " ", "\u3000"])
    if g.chance(0.3):
        chunks = chunks[:3]
    t = sep.join(chunks)
    if g.chance(0.3):
        t += g.pick(["！！", "？", "...", " 😭", " 🙏", "。。。"])
    if g.chance(0.25):
        t = g.pick(["你好 ", "客服 ", "hi "]) + t
    return C(g, t)


def mixed_zh_en(g):
    t = g.pick([
        "转账pending好久了", "USDT 转错地址了", "swap失败了gas还扣了", "app一直crash", "我的balance显示0",
        "approve了一个dapp 要不要revoke", "withdraw到{EXCH}没到", "KYC一直fail", "这个token是scam吗",
        "network error 换了wifi也不行", "bridge到arbitrum要多久", "TRC20的USDT手续费多少", "wallet connect连不上",
        "NFT不show", "我想cancel这笔tx", "gas fee太贵了吧", "update之后login不了", "这个airdrop是真的吗",
        "币安提币到TP要选哪个network", "充值USDT选ERC20还是TRC20", "余额refresh不出来", "点confirm没反应",
        "能不能export交易记录", "hardware wallet怎么connect", "staking的reward没到", "sell不了显示liquidity不足",
    ])
    t = C(g, g.pick(["", "", "hi ", "客服 ", "请问", "hello，"]), t, g.pick(["", "", "？", "!!", " 怎么办", " pls", " 急"]))
    return t


def fullwidth_emoji_zw(g):
    base = g.pick([
        "转账失败了，怎么办？", "Help! my USDT is gone!", "余额（USDT）：{AMT_USDT}", "手机号：{PHONE}",
        "订单号：{ORDER}", "版本：{VER}", "transfer stuck (3 hours)", "为什么手续费这么高？！", "地址：{TRX}",
        "tx：{TX64}", "提币到{EXCH}，没到账！", "验证码收不到！！", "App crashed again :(", "金额：{AMT}",
        "工单：{TICKET}", "钱包打不开了", "can't login", "我的币呢", "thanks!", "区块高度：{BLOCK}",
        "USDT 100u 转了2次", "iPhone 15 闪退", "Binance提币没到", "TRC20还是ERC20",
    ])
    k = g.rng.randrange(8)
    if k >= 6:
        # everything typed in full-width mode, typed numbers included
        typed = g.pick(["手机号：{PHONE}", "金额：{AMT_USDT}", "版本{VER}", "订单号：{ORDER}", "验证码收不到 手机{PHONE}",
                        "转了{AMT_USDT}没到", "工单{TICKET}", "{DEVICE} 闪退", "USDT没到账", "app打不开了",
                        "TRC20 还是 ERC20？", "手续费{GAS}", "{DATE} {TIME} 转的", "充值{AMT_CNY}", "区块{BLOCK}"])
        return g.fw(g.fill(typed))
    if k == 0:
        # Chinese IME in full-width mode: what the user TYPES becomes full-width,
        # pasted values (addresses, hashes) stay ASCII
        return g.fill(g._text_only(base, g.fw))
    t = g.fill(base)
    if k == 1:
        t = g.pick(["😭", "🙏", "😡", "🆘", "‼️", "💰", "🤔", "👉", "🔥"]) + t + g.pick(["😭😭", "🙏🙏", "", "❗❗", "😤", "💔"])
    elif k == 2:
        t = g.zw(t, g.rng.randint(1, 4))
    elif k == 3:
        t = "\u200b" + t + "\u200b"
    elif k == 4:
        i = g.rng.randint(1, max(1, len(t) - 1))
        t = t[:i] + g.pick(["\n", "\r\n", "\n\n"]) + t[i:]
    else:
        t = g.fw_punct(t) + g.pick(["～", "。。。", "！！！", "？？"])
    return t


def cardlike_luhn_fail(g):
    t = g.pick([
        "订单号 {CARDLIKE}", "reference {CARDLIKE}", "会员编号：{CARDLIKE}", "tracking number {CARDLIKE_SP}",
        "兑换码 {CARDLIKE_SP}", "my customer id is {CARDLIKE}", "快递单号{CARDLIKE}", "invoice no. {CARDLIKE}",
        "流水号：{CARDLIKE_SP}", "{CARDLIKE}", "{CARDLIKE_SP}", "编号{CARDLIKE}是什么意思", "voucher {CARDLIKE_SP} doesn't work",
        "merchant id {CARDLIKE}", "缴费单号 {CARDLIKE}",
    ])
    return C(g, t)


def imei_id_numbers(g):
    t = g.pick([
        "IMEI: {IMEI}", "手机IMEI {IMEI}", "my phone imei is {IMEI} if that helps", "设备号 {IMEI}",
        "身份证号格式提示错误 {CNID}", "KYC says ID {CNID} invalid", "证件号：{CNID}", "{IMEI}",
        "device id {IMEI}, {DEVICE}", "ID card no. {CNID} rejected", "IMEI1 {IMEI} IMEI2 {IMEI}",
        "实名填的{CNID}提示不通过", "序列号 {IMEI}",
    ])
    return C(g, t)


CLASSES = {
    "clean_txhash_explorer_url": (150, txhash_explorer_url),
    "clean_txhash_cued": (150, txhash_cued),
    "clean_txhash_bare_hex64": (130, txhash_bare_hex64),
    "clean_txhash_bare_0x": (120, txhash_bare_0x),
    "clean_txhash_bare_upper": (110, txhash_bare_upper),
    "clean_txhash_bare_in_text": (130, txhash_bare_in_text),
    "clean_txhash_bare_followup": (110, txhash_bare_followup),
    "clean_solana_sig_bare": (120, solana_sig_bare),
    "clean_solana_sig_link": (120, solana_sig_link),
    "clean_addr_eth": (120, addr_eth),
    "clean_addr_btc": (120, addr_btc),
    "clean_addr_tron": (120, addr_tron),
    "clean_addr_solana": (110, addr_solana),
    "clean_addr_multi": (110, addr_multi),
    "clean_addr_bare": (110, addr_bare),
    "clean_order_numbers": (120, order_numbers),
    "clean_bank_serial": (120, bank_serial),
    "clean_phone_numbers": (110, phone_numbers),
    "clean_amounts_dates": (110, amounts_dates),
    "clean_app_versions": (110, app_versions),
    "clean_tickets_referrals": (110, tickets_referrals),
    "clean_emails_urls": (110, emails_urls),
    "clean_sms_code_missing": (110, sms_code_missing),
    "clean_block_gas": (110, block_gas),
    "clean_en_support": (130, en_support),
    "clean_zh_support": (130, zh_support),
    "clean_zh_runon": (130, zh_runon),
    "clean_zh_traditional": (110, zh_traditional),
    "clean_talk_password_en": (130, talk_password_en),
    "clean_talk_password_zh": (130, talk_password_zh),
    "clean_pin_pass_words": (120, pin_pass_words),
    "clean_followup_after_mention": (130, followup_after_mention),
    "clean_lists_steps": (120, lists_steps),
    "clean_en_common_words": (110, en_common_words),
    "clean_zh_chunked": (110, zh_chunked),
    "clean_mixed_zh_en": (120, mixed_zh_en),
    "clean_fullwidth_emoji_zw": (130, fullwidth_emoji_zw),
    "clean_cardlike_luhn_fail": (120, cardlike_luhn_fail),
    "clean_imei_id_numbers": (110, imei_id_numbers),
}


# ------------------------------------------------------------------ BIP-39-word-heavy telegraphic English
from mnemonic import Mnemonic as _Mn  # noqa: E402

_EN_WORDS = set(_Mn("english").wordlist)
_TELE_DEV = [
    "hello team", "please check account balance", "transfer still zero", "since this morning", "simple question",
    "what amount can you receive", "swap error again", "network slow today", "price wrong on market page",
    "first time use", "need help soon", "thank you", "sorry", "token balance zero", "exchange order history",
    "screen still empty", "camera can not scan", "version update crash", "please confirm", "wait long time",
    "device system update", "help please", "two transfer", "order cancel", "same problem", "right now",
]
_BREAK_DEV = ["my wallet", "the app", "pls", "thx", "and", "but", "is", "lol", "bro", "asap", "it", "!!"]


def _max_run(text):
    import re as _re
    best = run = 0
    for w in _re.findall(r"[A-Za-z]+", text):
        run = run + 1 if w.lower() in _EN_WORDS else 0
        best = max(best, run)
    return best


def en_wordlist_heavy(g):
    # telegraphic English whose words are mostly BIP-39 words; the longest run
    # of consecutive wordlist words is kept between 6 and 11
    while True:
        chunks = g.rng.sample(_TELE_DEV, g.rng.randint(3, 6))
        t = chunks[0]
        for c in chunks[1:]:
            t += g.pick([", ", " ", ". ", " and ", " but ", ", my wallet ", " - ", "... ", ", the app "]) + c
        t += g.pick(["", "", ".", " thx", " pls", "!!", " asap"])
        if g.chance(0.4):
            t = t[0].upper() + t[1:]
        if 6 <= _max_run(t) <= 11:
            return t


CLASSES["clean_en_wordlist_heavy"] = (120, en_wordlist_heavy)


def xpub_public(g):
    t = g.pick([
        "{XPUB}", "xpub for watch-only: {XPUB}", "我的xpub {XPUB} 能导入观察钱包吗",
        "Can I import this extended public key to watch my BTC? {XPUB}", "扩展公钥：{XPUB}",
        "ledger live gave me {XPUB}, where do I paste it", "watch wallet not syncing, pubkey {XPUB}",
        "公钥 {PUBHEX} 是什么 可以给别人吗", "public key: {PUBHEX}", "{XPUB}\n这个是公钥对吧 不是私钥",
        "zpub/xpub which one does TP accept? mine: {XPUB}", "观察钱包导入 {XPUB} 提示格式错误",
    ])
    return C(g, t)


CLASSES["clean_xpub_public"] = (110, xpub_public)
