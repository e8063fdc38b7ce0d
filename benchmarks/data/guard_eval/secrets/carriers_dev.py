"""Carrier sentences for the DEV split (written independently of carriers_holdout.py).

Placeholders: {p} phrase text, {k} key text, {c} card number, {exp} expiry, {cvv} CVV,
{pw} password, {simple} lowercase word password, {pay} 6-digit payment password,
{num} numeric password, {pin} PIN, {lab}/{sep}/{v} label, separator and value,
{f} keystore file name, {n}/{k} counts in partial templates.
"""

C = {}

C["plain_wrap_en"] = [
    "{p}", "{p}?", "ok {p}", "{p}\nthats it", "{p} pls", "{p}\n\nhelp", "{p} 🙏", "here {p}",
    "{p} ...", "{p}!!", "{p}\nsent from my iPhone", "{p}\ncheck", ">> {p}", "{p} <<",
    "{p}\nwallet is empty now", "{p} is it wrong", "{p}\nok?", "sorry {p}",
]

C["partial_en"] = [
    "I only have the first {k} words written down: {p}",
    "{p} ... the rest got wet and I cant read it",
    "first part: {p}. can you recover the others?",
    "i remember these {k}: {p}",
    "{p}\nthats all i got, the paper is torn",
    "can you brute force the missing ones? i have {p}",
    "the words I have are {p} and then I forgot",
    "lost the last words. start is {p}",
    "{p} + some more words i dont remember",
    "my backup only shows {p}, the screenshot is cropped",
    "these {k} are right for sure: {p}",
    "{p} (not complete)",
]

C["list_header_en"] = [
    "my words:", "Seed phrase", "here:", "this is the backup", "recovery words below", "wallet 1",
    "Secret Recovery Phrase:", "from my notebook:", "ok here they are", "mnemonic", "copied from metamask",
    "trust wallet backup", "my 12 words", "phrase:", "words in order", "backup phrase (old phone)",
    "this what I wrote down", "pls check", "tp wallet words",
]
C["list_footer_en"] = [
    "why does it say invalid?", "please help me restore", "is it correct", "thank you", "what now",
    "it keeps saying wrong phrase", "please hurry", "where is my money", "I did everything right",
    "cant import", "?", "🙏🙏", "tell me what to do", "help!!",
]
C["list_header_zh"] = [
    "我的助记词：", "助记词", "这是我备份的", "下面是我的单词", "钱包备份", "抄在本子上的：", "你们看下",
    "恢复短语", "按顺序：", "我写的是这些", "这个", "导入用的", "老手机上的钱包",
]
C["list_footer_zh"] = [
    "为什么导入不了", "一直提示助记词错误", "帮我看看", "急！！", "钱没了", "怎么办", "对吗",
    "是不是哪个错了", "谢谢", "客服快回", "求助", "我顺序没写错啊",
]

C["inline_wrap_en"] = [
    "{p}", "words are {p}", "{p} - is this right", "copied: {p}", "{p}\nwhy invalid",
    "my seed: {p}", "{p} thats the order", "metamask says invalid for {p}",
]
C["inline_wrap_zh"] = [
    "{p}", "助记词{p}", "我的是 {p}", "{p} 哪里错了", "复制的：{p}", "{p}\n导入失败",
]

C["fullwidth_wrap"] = [
    "{p}", "助记词：{p}", "{p}\n为什么导不进去", "我的是{p}", "{p}　对吗", "这个{p}",
    "{p}\n用搜狗打的", "帮忙看下：{p}", "{p}？？", "备份的单词：{p}", "恢复不了　{p}",
]

C["typo_wrap_en"] = [
    "{p}", "my phrase: {p}", "{p} why invalid??", "I typed {p} but it fails", "{p}\nit says word not found",
    "{p}\nmaybe i spelled something wrong", "restore with {p} not working", "助记词 {p} 导入失败",
    "这个对吗 {p}", "{p} 是不是拼错了",
]

C["en_cue"] = [
    "here are my words: {p} please check what is wrong",
    "My seed phrase is {p} and it won't import",
    "ok so my recovery phrase is {p}, can you see my balance",
    "I wrote the 12 words as {p} but the app says checksum error",
    "the secret phrase from metamask: {p}",
    "mnemonic = {p}",
    "Hello support, my backup words {p} — please restore my wallet",
    "my wallet seed is {p} just tell me where my usdt went",
    "recovery words {p} is that valid?",
    "you asked for my phrase right? {p}",
    "These are the words I saved when I made the wallet: {p}",
    "pls verify my secret recovery phrase {p} thanks",
    "seed words ({p}) not working after update",
    "bro my 24 word phrase: {p}",
    "I entered my phrase {p} into the new phone and the balance is 0",
]
C["en_nocue"] = [
    "can you check if {p} is right",
    "{p} is this correct??",
    "why doesnt {p} work",
    "i typed {p} and nothing happens",
    "is {p} ok or did I mess up the order",
    "please look: {p}",
    "{p} I need this back today",
    "what am I doing wrong with {p}",
    "Tried {p} three times already",
    "I found this on my old laptop {p} does it belong to a wallet",
    "{p} - my brother set this up, how do I get in",
    "it shows {p} on the paper, restore please",
    "hey, {p}, restore my account",
]
C["zh_cue_en"] = [
    "我的助记词是 {p} 为什么导入不了",
    "助记词：{p}，帮我看看",
    "我备份的单词是 {p} 现在恢复不了钱包",
    "你好 我的助记词 {p} 余额怎么是0",
    "这是我的恢复短语 {p} 麻烦帮我找回",
    "我把助记词发你 {p} 快帮我查查",
    "钱包助记词 {p} 导入后币没了",
    "之前抄的助记词是 {p} 请问哪里不对",
    "我的12个单词 {p} 能不能帮我恢复",
    "老婆手机上的助记词 {p} 登不上去了",
    "提示助记词无效 {p} 我一个字母一个字母对过了",
    "助记词是这个 {p} 转账一直失败",
]
C["zh_nocue_en"] = [
    "帮我看看 {p} 这个对吗",
    "{p} 这个为什么不行",
    "我输入 {p} 一直提示错误",
    "你们看下 {p} 是不是少了一个",
    "{p} 能恢复吗",
    "麻烦查一下 {p} 里面还有多少钱",
    "这个 {p} 是我的 帮我登进去",
    "{p} 顺序对不对啊",
    "我抄的 {p} 没错吧",
    "急 {p} 怎么导进去",
    "用 {p} 恢复出来是个空钱包",
]

C["split_intro_en"] = ["ok sending now", "wait i'll send in parts", "here we go", "give me a sec", "typing it out"]
C["split_first_en"] = ["{p}", "{p} ...", "first half: {p}", "words 1-6 {p}", "{p} (continued)", "part 1 {p}"]
C["split_next_en"] = ["{p}", "{p} thats all", "then {p}", "second part {p}", "and {p}", "rest: {p}"]
C["split_outro_en"] = ["thats the full phrase", "done", "pls check now", "thats all of them"]
C["split_intro_zh"] = ["我分开发", "等下我打出来", "发你了", "助记词我分几条发"]
C["split_first_zh"] = ["{p}", "前面是 {p}", "第一段：{p}", "{p} 后面还有"]
C["split_next_zh"] = ["{p}", "后面 {p}", "还有 {p}", "最后是 {p}", "接着 {p}"]
C["split_outro_zh"] = ["就这些", "发完了", "快帮我看看", "全部发了"]
C["split_first_zhzh"] = ["{p}", "前半部分 {p}", "{p}，", "第一行{p}"]
C["split_next_zhzh"] = ["{p}", "{p} 完了", "第二行{p}", "后面是{p}"]

C["zh_plain_wrap"] = [
    "{p}", "{p}？", "{p}\n导入失败", "这个{p}", "{p} 帮我看下", "助记词{p}", "{p}。", "我的：{p}",
    "{p}\n谢谢", "{p} 就是这个", "[{p}]",
]
C["zh_cue_zh"] = [
    "我的助记词是{p}，为什么导入后余额是0",
    "助记词：{p} 帮我恢复一下",
    "你好，我的中文助记词{p}导不进去",
    "这是我的助记词 {p} 麻烦看一下",
    "钱包助记词是{p}请问还能找回吗",
    "我当时选的中文助记词，{p}，现在换手机了",
    "恢复短语{p}提示无效",
    "助记词发你了{p}快点处理",
    "我抄的助记词 {p} 是按顺序的",
    "备份助记词{p}导入后地址不一样",
]
C["zh_nocue_zh"] = [
    "帮我看看{p}这个对吗",
    "{p}这个为啥不行",
    "你看下{p}是不是有个字错了",
    "{p}能不能登录",
    "我输的{p}一直报错",
    "这个{p}里面有钱吗",
    "我本子上写的{p}你们查下",
    "{p}怎么恢复",
    "麻烦帮我查{p}谢谢",
    "{p}顺序没错吧",
    "急急急{p}",
    "我老公留下的{p}怎么用",
]
C["partial_zh"] = [
    "我只记得前面{k}个：{p}",
    "{p}后面的忘了",
    "纸烂了只看得清{p}",
    "前几个是{p}，剩下的能找回吗",
    "{p}……还有几个想不起来",
    "记得{p}这些，其他的没抄",
]

C["hex_nocue"] = [
    "{k}", "{k}\nmetamask import says invalid", "导入 {k} 失败", "is this valid {k}", "{k} ???",
    "this one: {k}", "{k} 这个导入后是空的", "restore from {k} pls", "I exported this from trust: {k}",
    "{k}\n\nhelp", "用这个导入 {k}", "{k} which wallet is this",
]
C["key_cue_en"] = [
    "private key: {k}", "my private key is {k}", "here is the key {k}", "pk = {k}",
    "Private Key\n{k}", "the key I exported: {k}", "my wallet private key {k} please help",
    "key: {k}\nwhy is the balance 0", "exported private key from metamask {k}",
    "this is my privkey {k} can you recover", "ETH private key -> {k}",
]
C["key_cue_zh"] = [
    "私钥是{k}", "我的私钥：{k}", "私钥 {k}", "导出的私钥 {k} 帮我看看", "私钥是这个{k}导入不了",
    "钱包私钥：{k}\n为什么余额0", "这是我的私钥 {k}", "私钥发你了 {k}", "密钥{k}", "我的私钥{k}麻烦恢复一下",
    "小狐狸导出的私钥 {k}",
]
C["key_mislead"] = [
    "transaction failed again. my private key is {k} please just send it for me",
    "my tx failed, key is {k}",
    "交易一直失败，私钥是{k}，你们帮我转出来",
    "tx hash? I don't know, I only have the private key {k}",
    "交易记录查不到，我把私钥给你 {k}",
    "transfer stuck pending, the key for the sending wallet: {k}",
    "转账失败 交易哈希没有 私钥{k}",
    "the transaction id you asked for, i think it's this private key {k}",
    "transaction 0 confirmations. wallet key {k}",
    "交易 pending 3小时了 钱包私钥 {k} 帮我加速",
    "I want to cancel the transaction, here is my key {k}",
    "txid not found. used this private key to sign: {k}",
    "这笔交易是用这个私钥发的 {k}",
]
C["wif_tpl"] = [
    "my bitcoin private key {k}", "WIF: {k}", "electrum export gave me {k}", "old paper wallet key {k} can I import it",
    "私钥 {k} 是比特币的", "这个比特币私钥{k}怎么导入", "bitcoin key {k} sweep please",
    "{k} this is from my 2017 paper wallet", "导出的WIF格式私钥：{k}", "is {k} a valid btc key?",
    "my BTC key is {k}, balance should be 0.3", "{k}\n纸钱包上的",
]
C["xprv_tpl"] = [
    "xpriv from my ledger backup: {k}", "{k}\nthis is the master key from electrum", "my extended private key {k}",
    "扩展私钥 {k}", "wallet > information > master private key: {k}", "导出的主私钥{k}能恢复吗",
    "sparrow shows this {k}", "account key {k} please check balance", "这个{k}是什么格式，导不进去",
    "is {k} the right format for import?",
]
C["sol_tpl"] = [
    "phantom private key {k}", "my solana key: {k}", "私钥 {k} 是phantom导出的", "{k}\nsolflare export",
    "solana 私钥{k}导入tp钱包失败", "export from phantom -> {k}", "sol wallet key {k} pls",
    "这个sol私钥 {k}", "i pasted {k} in tp and it says invalid",
]
C["sol_json_tpl"] = [
    "{k}", "id.json content:\n{k}", "solana-keygen file {k}", "my keypair file\n{k}",
    "这是id.json里面的 {k}", "keypair: {k}", "{k}\nhow do I import this into phantom", "导出的数组{k}",
]
C["sol_seed_tpl"] = [
    "{k}", "seed bytes {k}", "私钥数组 {k}", "secret key first half {k}", "{k}\n这是前32位",
    "my key as numbers {k}",
]
C["keystore_tpl"] = [
    "{k}", "keystore:\n{k}", "this is my keystore file {f}\n{k}", "{f}\n{k}",
    "keystore文件内容 {k}", "这是我的keystore\n{k}\n导入不了", "my json wallet\n{k}\nforgot which password",
    "MEW keystore {k}", "{k}\n\nimport keeps failing",
]
C["keystore_with_pw"] = [
    "keystore {k}\npassword {pw}", "{k}\n密码是{pw}", "here is my UTC file {f}\n{k}\nthe password is {pw}",
    "keystore文件\n{k}\nkeystore密码：{pw}", "{k}\npw: {pw}",
]

C["card_tpl_en"] = [
    "{c}", "card number {c}", "my card {c}", "my visa is {c}", "charged on {c}", "card: {c}",
    "refund to {c} please", "I paid with {c}", "use card {c}", "credit card {c} was declined",
]
C["card_tpl_zh"] = [
    "{c}", "卡号 {c}", "我的卡号是{c}", "银行卡：{c}", "退到这张卡 {c}", "扣款卡号{c}",
    "用的卡 {c}", "信用卡{c}", "绑定的是{c}", "储蓄卡 {c} 麻烦查一下",
]
C["card_glued_zh"] = [
    "卡号{c}被扣了", "我的卡{c}扣了两次钱", "退款到{c}这张卡", "尾号不对我的卡是{c}啊", "工行卡{c}没收到",
    "用{c}充值失败", "银行卡号{c}名字张伟", "我刚用卡{c}买了USDT", "{c}这张卡被冻结了", "请打款到{c}谢谢",
    "建行{c}", "农行卡{c}钱被扣了没到账",
]
C["card_expcvv_en"] = [
    "card {c} exp {exp} cvv {cvv}", "{c}\n{exp}\n{cvv}", "my card is {c}, expiry {exp}, security code {cvv}",
    "visa {c} {exp} cvc {cvv}", "Card: {c} Exp: {exp} CVV: {cvv}", "{c} expires {exp}",
    "number {c} valid thru {exp} back code {cvv}", "{c} / {exp} / {cvv}",
]
C["card_expcvv_zh"] = [
    "卡号{c} 有效期{exp} 安全码{cvv}", "{c}\n有效期 {exp}\nCVV {cvv}", "信用卡 {c} 到期 {exp} 背面三位{cvv}",
    "我的卡{c}，{exp}，{cvv}", "卡号：{c}　有效期：{exp}", "{c} {exp} cvv是{cvv}",
]
C["card_complaint_en"] = [
    "you charged my card {c} twice for the same order and nobody answers!!",
    "I bought USDT with card {c} 3 days ago and got nothing. scam??",
    "why is there a $49.99 charge on {c}, I never subscribed",
    "refund my money to {c} NOW or I call my bank",
    "the payment from {c} went through but my wallet shows 0",
    "I will report you. card {c} debited 500 dollars",
    "card ending... whatever, full number {c}, just give my money back",
]
C["card_complaint_zh"] = [
    "我用卡{c}买币 钱扣了币没到 你们是不是骗子",
    "投诉！卡号 {c} 被扣了三千块 一直没人处理",
    "我的银行卡 {c} 莫名其妙扣了两笔 赶紧退",
    "充值失败但是卡{c}的钱已经扣了，多久退回",
    "{c} 这张卡昨天被你们扣了 888 元 我要退款",
    "再不退钱我就报警了 卡号{c}",
    "银行说钱已经转出 卡号{c} 你们查下",
]

C["pw_en"] = [
    "my password is {simple}", "password: {pw}", "pw: {pw}", "pass: {simple}", "pwd={pw}",
    "login password {pw}", "my wallet password is {pw} and it still says wrong",
    "I set the password to {pw} i'm sure", "the app password was {pw}", "password is {pw} btw",
    "username is my email, password {pw}", "try {pw} thats my password", "Password = {pw}",
    "it won't accept my password {pw}", "pw is {simple}, lowercase", "my pass {pw} worked yesterday",
    "tp wallet password: {pw}", "passcode {num}", "the password for the keystore is {pw}",
]
C["pw_zh"] = [
    "密码是{simple}", "密码：{num}", "登录密码 {pw}", "支付密码是 {pay}", "我的密码{pw}", "钱包密码：{pw}",
    "交易密码{pay}", "密码 {pw} 一直说错误", "我设置的密码是{pw}", "账号是手机号 密码{pw}", "支付密码 {pay} 输了三次锁了",
    "你用{pw}登录试试 这是我的密码", "钱包密码是{pw}不会错", "我密码{num}", "资金密码：{pay}", "原来的密码是{pw}",
    "密码就是{simple}全小写",
]
C["pw_variant_en"] = [
    "{lab}{sep}{v}", "my {lab}{sep}{v}", "{lab}{sep}{v} pls help", "the {lab}{sep}{v}", "{lab}{sep}{v}\nits not working",
    "wallet {lab}{sep}{v}",
]
C["pw_variant_zh"] = [
    "{lab}{sep}{v}", "我的{lab}{sep}{v}", "{lab}{sep}{v}，登不上", "钱包{lab}{sep}{v}", "{lab}{sep}{v} 帮我看下",
    "我{lab}{sep}{v}",
]
C["pin_tpl"] = [
    "pin code is {pin}", "PIN: {pin}", "my pin {pin}", "the pin is {pin} but card locked",
    "pin码是{pin}", "PIN码 {pin}", "取款密码{pay}", "卡的密码是{pay}", "my card PIN = {pin}",
    "app lock pin {pin}", "pin {pin} for the ledger", "解锁PIN：{pin}", "pin number {pin}",
    "I entered PIN {pin} wrong 3 times", "ATM pin {pin}",
]
C["cvv_tpl"] = [
    "CVV2: {cvv}", "cvc {cvv}", "安全码 {cvv}", "cvv is {cvv}", "the 3 digits on the back {cvv}",
    "背面三位数是{cvv}", "CVV码{cvv}", "security code {cvv}", "cvv: {cvv} if you need it",
    "卡背面的安全码：{cvv}", "CVC2 {cvv}",
]
C["mention_en"] = [
    ("can I tell you my password?", "pw"), ("my pin is", "pin"), ("do you need my password", "pw"),
    ("ok i'll give you the password", "pw"), ("the password is", "simple"), ("my login pass:", "pw"),
    ("payment password?", "pay"), ("cvv", "cvv"), ("you want the pin?", "pin"), ("password below", "pw"),
]
C["mention_zh"] = [
    ("我把密码发你吧", "pw"), ("密码是", "pw"), ("支付密码", "pay"), ("要我的登录密码吗", "pw"),
    ("密码我发给你", "simple"), ("卡密码是", "pay"), ("安全码", "cvv"), ("pin码", "pin"), ("交易密码发你", "pay"),
]
C["mention_reply_en"] = ["{v}", "it's {v}", "{v} all lowercase", "{v} i think", "{v}\nor maybe with caps"]
C["mention_reply_zh"] = ["{v}", "是{v}", "{v}，应该没错", "{v} 就这个", "好像是{v}"]
C["mention_after_en"] = ["please hurry", "now fix it", "dont share it pls", "ok?"]
C["mention_after_zh"] = ["快点帮我弄", "别告诉别人", "收到了吗", "好了吗"]
