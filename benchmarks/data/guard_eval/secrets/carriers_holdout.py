"""Carrier sentences for the HOLDOUT split (written independently of carriers_dev.py).

Same placeholder names as carriers_dev.py; none of the sentences are shared.
"""

C = {}

C["plain_wrap_en"] = [
    "{p}", "{p}.", "{p}\n\n", "so {p}", "{p} 😭", "{p} this one", "{p}\n^ restore", "{p} !!!",
    "copy paste: {p}", "{p}\n-- sent from tp wallet", "{p}\n?", "umm {p}", "{p}\n\nsry bad english",
    "{p} <- that", "{p} ty", "{p} 😡😡",
]

C["partial_en"] = [
    "only got {k} of the {n} words: {p}",
    "starts with {p}, the other ones I lost",
    "{p} ← that's what's on the note, the bottom was ripped",
    "pretty sure it goes {p} but I forget what comes next",
    "{k} words are readable: {p}",
    "the screenshot cut off after {p}",
    "have: {p}\nmissing: the rest",
    "is there a tool to find the missing words? known part {p}",
    "{p}\n(the rest was on my old phone)",
    "maybe you can work out the end from {p}",
    "these are in order i'm sure {p}",
]

C["list_header_en"] = [
    "Recovery phrase", "seed:", "backup 👇", "here u go", "written on the card that came with it:",
    "my wallet words", "from the notes app", "old wallet (2021)", "phrase for my main wallet",
    "mnemonic words", "Seed (keep secret lol)", "12 words", "the words are", "restore this pls",
    "backup I made last year", "the one that doesn't work:",
]
C["list_footer_en"] = [
    "wallet opens empty", "invalid mnemonic error", "can u fix", "pls respond", "i'm losing my mind",
    "got this from my dad", "is one wrong?", "what do i do", "urgent", "it said restore failed",
    "thx", "😢", "nothing shows up after import",
]
C["list_header_zh"] = [
    "助记词如下", "单词：", "这是我钱包的", "帮忙看下这组", "备份的", "本子上的原文", "手机备忘录里的",
    "恢复用的词", "请查看", "我的钱包词", "顺序是这样的", "tp钱包的",
]
C["list_footer_zh"] = [
    "导进去是空的", "提示无效的助记词", "是不是有问题", "在线等", "很急", "余额全没了", "求救",
    "哪里不对啊", "你们快看看", "拜托了", "我都对了三遍了",
]

C["inline_wrap_en"] = [
    "{p}", "phrase -> {p}", "{p} (from notes)", "restore: {p}", "{p}\ndoes not import",
    "i saved it like this {p}", "{p} <- whats wrong", "seed words {p}",
]
C["inline_wrap_zh"] = [
    "{p}", "单词是{p}", "{p} 恢复不了", "备忘录里存的 {p}", "{p}\n是这个格式吗", "助记词 = {p}",
]

C["fullwidth_wrap"] = [
    "{p}", "我的恢复词：{p}", "{p}\n导入显示无效", "单词　{p}", "{p}\n是全角的吗？", "麻烦看一下{p}",
    "{p}　请帮忙", "这些单词{p}顺序对的", "{p}！", "我打的是：{p}",
]

C["typo_wrap_en"] = [
    "{p}", "seed {p}", "{p}\nsays invalid word", "tried restoring with {p}", "{p} i copied it exactly",
    "{p}\nchecksum failed??", "wallet words: {p}", "单词{p}不对吗", "{p} 导入提示错误", "{p} i think one is misspelled",
]

C["en_cue"] = [
    "Ok these are my 12 secret words {p} plz help me get my coins back",
    "The recovery phrase i wrote down: {p}. Is that the right order?",
    "seed = {p} and still says invalid",
    "Support asked me for the words so here: {p}",
    "my mnemonic phrase {p} was working last week",
    "I have the seed words {p}, wallet address starts with 0x3f",
    "restore phrase is {p}, nothing loads",
    "hi, lost phone. backup phrase: {p}",
    "the words my wallet gave me are {p} (in order)",
    "phrase is {p} and the wallet is empty?!",
    "My seed: {p}. Balance should be 2 ETH",
    "i wrote my secret phrase as {p} - did I get one wrong",
    "these 24 words {p} are from my ledger",
    "pls restore wallet from my phrase {p}",
]
C["en_nocue"] = [
    "why won't it take {p}",
    "{p} <- tried this like 10 times",
    "does {p} look ok to you",
    "i keep typing {p} and get an error",
    "help {p}",
    "{p} wallet is gone after importing",
    "so it was {p} right? i need my money",
    "I have {p} on a sticky note what now",
    "got {p} from my late father's desk, how do I open it",
    "{p}. please restore",
    "after {p} it asks for a password I don't have",
    "entered {p} into tp and saw someone else's wallet",
]
C["zh_cue_en"] = [
    "你好，我的恢复短语是 {p}，一直导入失败",
    "助记词{p}请帮我恢复钱包",
    "这是我的助记词 {p} 帮忙找回资产",
    "我记的助记词：{p} 是不是顺序错了",
    "钱包被盗了 助记词是 {p} 怎么冻结",
    "我换了手机 用助记词 {p} 恢复后是空的",
    "客服你好 助记词 {p} 里的usdt不见了",
    "我的钱包单词是{p}麻烦处理",
    "英文助记词 {p} 能导到tp吗",
    "我儿子的钱包 助记词 {p} 他不在家",
    "助记词已发 {p} 请尽快",
]
C["zh_nocue_en"] = [
    "你们看看 {p} 这个能用吗",
    "{p} 一直提示无效",
    "我复制的是 {p} 没问题吧",
    "{p} 导进去余额是零",
    "求帮忙 {p}",
    "这是我手机备忘录里的 {p}",
    "{p} 这串是什么",
    "按这个 {p} 帮我恢复一下",
    "为啥 {p} 导入后地址变了",
    "看一下 {p} 有没有拼错",
    "{p} 急用 谢谢",
]

C["split_intro_en"] = ["sending the words now", "in two msgs", "one sec typing", "ok"]
C["split_first_en"] = ["{p}", "{p}...", "(1) {p}", "{p} (more coming)", "first: {p}"]
C["split_next_en"] = ["{p}", "{p} end", "(2) {p}", "last ones {p}", "cont. {p}", "{p} - done"]
C["split_outro_en"] = ["that's everything", "all sent", "check it", "ok that's it"]
C["split_intro_zh"] = ["我分两次发", "单词太长 分开发", "我发了啊", "稍等"]
C["split_first_zh"] = ["{p}", "开头是 {p}", "第1段 {p}", "{p}（没发完）"]
C["split_next_zh"] = ["{p}", "接上 {p}", "第2段 {p}", "剩下的 {p}", "{p} 完"]
C["split_outro_zh"] = ["发完了", "全部在上面", "你们看一下", "就这么多"]
C["split_first_zhzh"] = ["{p}", "开头{p}", "{p}（还有）", "第一组{p}"]
C["split_next_zhzh"] = ["{p}", "接着{p}", "{p}结束", "第二组{p}"]

C["zh_plain_wrap"] = [
    "{p}", "{p}！", "{p}\n导不进去", "看下{p}", "{p} 恢复一下", "恢复词{p}", "{p}对吧", "备份：{p}",
    "{p}\n谢谢客服", "就是{p}", "【{p}】",
]
C["zh_cue_zh"] = [
    "我的中文助记词{p}导入提示错误",
    "助记词是：{p}，帮我找回",
    "钱包的助记词{p}为什么恢复出来是别的地址",
    "请帮我查询助记词{p}对应的钱包",
    "助记词 {p} 我确定没抄错",
    "你们要的助记词{p}",
    "备份的助记词是{p}能恢复吗",
    "恢复短语：{p}",
    "我的钱包助记词{p}被人盗了",
    "助记词我发一下{p}麻烦尽快",
]
C["zh_nocue_zh"] = [
    "看看{p}这个有没有问题",
    "{p}导入一直失败",
    "我写的是{p}不知道对不对",
    "{p}这个帮我恢复下",
    "请问{p}可以用吗",
    "你们查查{p}",
    "{p}为什么是空钱包",
    "这是我妈写的{p}",
    "{p}是不是少了字",
    "麻烦了{p}",
    "我记得是{p}",
]
C["partial_zh"] = [
    "只有前{k}个字：{p}",
    "{p}，后面几个实在想不起来",
    "照片只拍到{p}",
    "我能确定的有{p}",
    "{p}（不全）",
    "前半段{p}剩下的丢了",
]

C["hex_nocue"] = [
    "{k}", "{k}\nwon't import into tp", "这个 {k} 能导入吗", "{k} pls", "{k}\n\n导入后没钱",
    "import fails with {k}", "{k} <- what's wrong", "copied {k}", "{k} from my old metamask",
    "用{k}恢复钱包", "restore {k}", "{k} 急",
]
C["key_cue_en"] = [
    "Private key {k}", "privkey: {k}", "heres my private key {k}", "key = {k}",
    "this is the private key for my wallet {k}", "private key is {k} (metamask export)",
    "my pk {k} dont share", "I exported the private key: {k}",
    "PRIVATE KEY:\n{k}", "import key {k}",
]
C["key_cue_zh"] = [
    "私钥：{k}", "钱包私钥{k}", "我导出的私钥是 {k}", "私钥如下 {k}", "这个是私钥 {k} 导不进去",
    "私钥给你们 {k}", "我的钱包私钥 {k}，麻烦帮我转出", "私钥为{k}", "帮我用私钥{k}恢复",
    "老钱包的私钥 {k}",
]
C["key_mislead"] = [
    "the transaction is stuck so here's my private key {k}, push it through",
    "tx failed!! key: {k}",
    "交易失败了 我的私钥{k}",
    "I don't have a tx hash, only the private key {k}",
    "交易查不到 钱包私钥是{k}",
    "can't find the transaction. my wallet's private key {k}",
    "转账卡住了 这是发送钱包的私钥 {k}",
    "pending transaction for 2 days, private key {k}",
    "交易被退回 用的私钥 {k} 你们查下",
    "transaction reverted, signed with private key {k}",
    "my swap transaction failed, wallet key is {k}",
    "交易哈希找不到 我把私钥发你 {k}",
]
C["wif_tpl"] = [
    "btc private key {k}", "{k} (WIF)", "wallet import format key: {k}", "比特币私钥：{k}",
    "paper wallet says private key {k}", "{k} is from bitaddress.org", "我的BTC私钥{k}",
    "sweep {k} into my tp wallet pls", "old key {k}\nhow to import", "key {k} shows 0 btc",
    "私钥（WIF）{k}",
]
C["xprv_tpl"] = [
    "{k}", "master private key {k}", "exported xprv: {k}", "account extended private key {k}",
    "扩展私钥：{k}", "从electrum导出的{k}", "is {k} enough to restore?", "这是主私钥 {k}",
    "BIP32 root key {k}", "i have this {k} instead of words",
]
C["sol_tpl"] = [
    "{k}\nphantom export", "solana private key {k}", "phantom私钥：{k}", "sol key {k}",
    "exported from solflare {k}", "私钥{k}导入失败", "backpack wallet key {k}", "my SOL wallet pk {k}",
    "这是sol钱包的私钥{k}",
]
C["sol_json_tpl"] = [
    "{k}", "content of my keypair json:\n{k}", "{k}\nfrom solana-keygen", "私钥数组：{k}",
    "cat ~/.config/solana/id.json\n{k}", "my wallet file {k}", "{k}\n导入phantom用哪个", "json私钥 {k}",
]
C["sol_seed_tpl"] = [
    "{k}", "{k}\nonly 32 numbers is that ok", "private key bytes {k}", "32位私钥数组{k}",
    "seed array {k}", "这个数组是私钥吗 {k}",
]
C["keystore_tpl"] = [
    "{k}", "my keystore json {k}", "{f}\n\n{k}", "keystore file:\n{k}", "keystore内容如下\n{k}",
    "{k}\n导入keystore失败", "json file from geth\n{k}", "{k}\nwhat password is this",
]
C["keystore_with_pw"] = [
    "{k}\npassword: {pw}", "keystore {k} 密码 {pw}", "{f}\n{k}\nkeystore password {pw}",
    "{k}\n\n密码：{pw}", "json {k} pass {pw}",
]

C["card_tpl_en"] = [
    "{c}", "card no. {c}", "my debit card {c}", "the card was {c}", "paid using {c}", "CARD {c}",
    "mastercard {c}", "refund card {c}", "card# {c}", "bank card {c} please check",
]
C["card_tpl_zh"] = [
    "{c}", "银行卡号 {c}", "卡号：{c}", "我的储蓄卡{c}", "用这张卡{c}付的", "退款卡号 {c}", "信用卡号{c}",
    "付款卡 {c}", "卡{c}", "招行卡号{c}",
]
C["card_glued_zh"] = [
    "我卡号{c}昨天被扣钱了", "钱退回{c}就行", "卡{c}收不到验证码", "{c}是我老婆的卡", "中行{c}扣款两次",
    "付款卡号{c}显示失败", "打到我的卡{c}上", "我用{c}付了五百", "卡号是{c}不是尾号那张", "请退到卡号{c}",
    "招商银行{c}", "用卡号{c}注册的",
]
C["card_expcvv_en"] = [
    "{c} exp {exp} code {cvv}", "card {c}\nexpiry {exp}\ncvc {cvv}", "number: {c}, exp: {exp}, cvv2: {cvv}",
    "{c} {exp} {cvv}", "card {c} good thru {exp}", "MC {c} expires {exp} cvc {cvv}",
    "its {c}, {exp}, the back code is {cvv}",
]
C["card_expcvv_zh"] = [
    "卡号 {c} 有效期 {exp} 安全码 {cvv}", "{c}，有效期{exp}，CVV{cvv}", "信用卡{c} {exp} 背面{cvv}",
    "卡：{c}\n期限：{exp}\n安全码：{cvv}", "{c} 有效期至{exp}", "卡号{c}有效期{exp}cvv{cvv}",
]
C["card_complaint_en"] = [
    "this is a SCAM. {c} was charged 3 times and I have no crypto",
    "my bank flagged a charge from you on {c}, explain",
    "I want a chargeback on card {c} right now",
    "bought 200 usdt using {c}, money gone, coins not here, 4 days!!!",
    "stop charging {c} I cancelled",
    "Card {c} was used without my permission on your site",
    "you took money from {c} and the order says failed. refund please",
]
C["card_complaint_zh"] = [
    "你们平台从我卡{c}扣了两千多 到现在币也没有",
    "卡号{c}被盗刷了 是不是你们泄露的",
    "买币失败 {c} 的钱什么时候退",
    "我要投诉 卡 {c} 重复扣款",
    "客服在吗 银行卡{c}扣款成功但订单显示失败",
    "骗子平台 我卡{c}里的钱被扣光了",
    "{c}这张卡被扣了 199 元会员费 我没开过",
]

C["pw_en"] = [
    "password is {simple}", "Password: {pw}", "pw {pw}", "pass {simple}", "pwd: {pw}",
    "my login is my phone and pw {pw}", "I used {pw} as password", "wallet pass {pw}",
    "the password i set was {pw} 100% sure", "acct password {pw}", "password={pw}",
    "tried password {pw} and it says incorrect", "it's {simple}, that's my password",
    "password {pw} pls reset", "pass code {num}", "my passwd {pw}", "new password {pw}",
    "the old password was {simple}",
]
C["pw_zh"] = [
    "密码{simple}", "密码：{pw}", "我的登录密码是{pw}", "支付密码{pay}", "钱包密码 {pw}", "密码是 {num}",
    "登录密码：{pw}", "交易密码是{pay}", "密码{pw}没错啊", "我密码是{pw}你登一下", "资金密码 {pay}",
    "之前的密码{pw}", "支付密码是六位数{pay}", "账号手机号 密码{pw}", "密码是{simple}小写的",
    "设置的密码{pw}", "我的支付密码 {pay}",
]
C["pw_variant_en"] = [
    "{lab}{sep}{v}", "{lab}{sep}{v} thx", "my wallet {lab}{sep}{v}", "login {lab}{sep}{v}",
    "{lab}{sep}{v}\nstill locked", "heres {lab}{sep}{v}",
]
C["pw_variant_zh"] = [
    "{lab}{sep}{v}", "{lab}{sep}{v}登录不了", "钱包的{lab}{sep}{v}", "我的{lab}{sep}{v}，你们看下",
    "账号{lab}{sep}{v}", "{lab}{sep}{v}\n是不是被改了",
]
C["pin_tpl"] = [
    "PIN {pin}", "pin: {pin}", "my PIN code {pin}", "the pin is {pin}", "pin码{pin}", "PIN：{pin}",
    "银行卡密码{pay}", "卡密码 {pay}", "unlock pin {pin}", "my pin number is {pin}", "解锁密码 {pin}",
    "ledger pin {pin}", "debit card pin {pin}", "取款密码是{pay}",
]
C["cvv_tpl"] = [
    "cvv {cvv}", "CVC: {cvv}", "安全码是{cvv}", "CVV2 {cvv}", "back of card {cvv}", "卡背面{cvv}",
    "CVV：{cvv}", "card security code {cvv}", "cvv码 {cvv}", "cvc2: {cvv}", "校验码{cvv}",
]
C["mention_en"] = [
    ("should I send you my password", "pw"), ("my pin is", "pin"), ("here's the pass", "pw"),
    ("password coming", "pw"), ("the payment pin:", "pay"), ("cvv code", "cvv"), ("login password below", "pw"),
    ("fine, password", "simple"), ("pin?", "pin"),
]
C["mention_zh"] = [
    ("我把密码告诉你", "pw"), ("登录密码", "pw"), ("支付密码是", "pay"), ("密码我发一下", "pw"),
    ("我的pin", "pin"), ("cvv是", "cvv"), ("要密码是吧", "simple"), ("资金密码", "pay"),
]
C["mention_reply_en"] = ["{v}", "{v} with no spaces", "its {v}", "{v} (case sensitive)", "{v}?"]
C["mention_reply_zh"] = ["{v}", "{v}就是这个", "是 {v}", "{v} 全小写", "{v}吧"]
C["mention_after_en"] = ["got it?", "fix it quick", "don't tell anyone", "now what"]
C["mention_after_zh"] = ["你们快处理", "看到了吗", "保密啊", "然后呢"]
