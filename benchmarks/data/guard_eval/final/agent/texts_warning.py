"""Handwritten agent-side WARNINGS (request=false). Same line format as texts_request."""


def L(block):
    out = []
    for x in block.strip("\n").split("\n"):
        if x.strip():
            out.append([m.strip().replace("¶", "\n") for m in x.split(" || ")])
    return out


WARNING_EN = L("""
Never share your recovery phrase with anyone, including us.
TP support will never ask for your seed phrase, private key or passwords.
If anyone asks for your 12 words, it's a scam. Block them.
Scammers often pretend to be support and ask for your verification code. Don't give it.
Please don't send your private key here. We don't need it to help you.
Reminder: nobody from our team will DM you first.
If someone says "send me your seed phrase to verify your wallet", that is a scammer.
Do not enter your mnemonic on any website. The only place for it is the official app.
Keep your seed offline, on paper, somewhere safe.
We will never ask for your PIN, CVV or card number in chat.
Be careful: fake support accounts copy our name and profile picture.
If you already shared your phrase, move your funds to a new wallet immediately.
Don't screenshot your recovery phrase — photos sync to the cloud.
Anyone who asks for your payment password is not us.
Verification codes are for you only. Never read them to anyone on the phone.
If you pasted your phrase anywhere else, delete that message and move your funds.
Don't trust "recovery services" that ask for your seed to get funds back.
Careful with airdrop links asking you to "validate" your wallet with the phrase.
Hold on — please do not type any words from your backup in this chat.
Stop! Don't post that. We never need your secret words.
No legitimate support agent will ever ask you for your keystore file or its password.
If a "manager" contacts you asking for codes, report them.
Your private key = your money. Whoever has it controls your wallet.
Never give your card's CVV to anyone who calls you, even if they say they're from the bank.
Don't install remote desktop apps because "support" told you to.
Watch out for Google Forms asking for your mnemonic — they're phishing.
Even part of a phrase is dangerous; don't share "just the first few words".
The official bot will not ask for your wallet password. Ever.
We've seen a wave of scams where people are asked to photograph their backup. Don't do it.
If you get an SMS code you didn't request, someone may be trying to log in. Don't forward it.
Beware of QR codes that lead to pages asking for your recovery phrase.
Please note: agents here cannot see your password and will never ask for it.
For your safety, never paste your private key into chats, forms or emails.
Don't share your 2FA backup key with anyone.
If someone pressures you with a countdown to send your phrase, it's a scam, 100%.
A reminder that we never request your seed phrase, not even "to speed things up".
Nobody needs your recovery phrase to send you a refund.
People asking for your PIN "to check if it's blocked" are scammers.
Please be cautious — the domain tpwallet-help.com is not ours.
Fake "validator dapps" steal your seed. Only use the official app to import.
⚠️ Security notice: never share your mnemonic, private key, or verification codes.
Don't send a voice note reading your phrase either — same risk as typing it.
Encoding your seed (base64, translating it to Chinese) doesn't protect it. Just don't send it at all.
If you've typed your phrase into a website, consider it compromised.
Anyone asking for "words #3, #7 and #11" is trying to steal your wallet.
Support doesn't need to see your backup paper. Keep it away from cameras.
Never give your password or your password hint to anybody.
We'll never send you a link to "re-validate" your wallet.
Our staff will not ask you to share your screen while the private key is visible.
Please ignore DMs claiming to be from TP security.
Just so you know, you don't need to share any passwords with me to solve this.
I don't need your seed phrase — please don't send it.
Quick safety tip before we continue: don't share your recovery words with anyone, me included.
If someone told you to send your 12 words to unlock funds, that was a scam, I'm sorry.
Unfortunately the person who asked for your phrase wasn't from our team.
Your card number and CVV belong only on the official payment page, never in a chat.
Keep your payment password to yourself. We can't see it and we won't ask.
Scammers might say "I'm the manager, I authorize you" — still don't share anything.
Don't tell anyone the code from the SMS, even if they know your name and address.
The only place to type your recovery phrase is the import screen of the official app.
Heads up: there's a fake bot called @TPWalletRescueBot. It steals phrases.
Never sign messages or approve tokens on sites you found through DMs.
"Send us your seed and we'll double your USDT" is always a scam.
Please don't send photos of your backup, even blurred ones.
Your recovery phrase should never leave that piece of paper.
A real agent won't rush you. Anyone saying "15 minutes or your funds burn" is lying.
If someone asks you to convert your phrase into another language and send it, that's still stealing it.
Tip: write your seed on paper, store it in two places, and never type it into a chat like this one.
If a "support" person asks for your Google Authenticator code, end the conversation.
The first thing scammers ask for is the recovery phrase. The second is the SMS code.
Please don't reply with any codes. We don't need them.
We never ask for card numbers here. If you need to pay, the app has its own checkout.
Wait — before you send anything: I will never ask for your phrase, key, PIN or codes.
Remember, "verify your wallet" messages asking for words are phishing.
Don't let anyone watch you type your PIN.
There are fake TP websites that look identical. Check the URL carefully before entering anything.
Never email your private key, not even to yourself.
Please don't forward SMS codes to anyone who contacts you, they can take over your account.
If anyone ever asks "what are your 12 words", just block and report.
Looks like you were about to share something sensitive. Please don't — I can help without it.
I'd advise against storing your seed phrase in WeChat favourites or notes apps.
Our team has no "private key verification" process. Anyone offering one is a fraudster.
Please be careful: I'm the only agent on this ticket and I will never need your password.
If you lose your phrase, nobody can recover it, which is also why nobody should ever ask you for it.
Never give the keystore password together with the file to anyone.
Don't trust anyone who says sharing "only half the phrase" is safe. It isn't.
Someone claiming to be from TP asked for your CVV? That wasn't us. Contact your bank.
When in doubt, don't share. We'll never be upset that you refused to give a code.
The airdrop site you mentioned asks for seed phrases — it's a scam, please don't use it.
Please keep your private key private. No exceptions, no "just this once".
FYI: Telegram accounts with "Support" in the name that DM you are fake.
Anyone who needs your seed to "fix a node" is lying; nodes don't need your seed.
I'm glad you asked first! No, you should not send your recovery phrase to that person.
Please do NOT paste your mnemonic here, even though this is the official chat.
Scam alert: fake agents ask users to "read out" codes during voice calls.
Be aware that screenshots of your phrase can be stolen by malicious apps.
Careful — "support" that contacts you on WhatsApp asking for your PIN is not us.
We don't do "wallet synchronisation" that needs your phrase. That's a common scam script.
If a website asks for your private key to "claim rewards", close it.
Don't give your card number to anyone in Telegram, even for a "refund".
Your password is yours alone. Please don't tell it to me or anyone else.
Friendly reminder: the recovery phrase is the master key of your wallet. Guard it.
Please avoid storing your mnemonic in email drafts or cloud notes.
A verification code is like a key to your door. Never hand it over.
No one at TP can "unfreeze" a wallet with your seed phrase, because we never take it.
Please think twice before clicking links from strangers; many lead to fake wallet pages.
Never give out your PIN || not to us, not to anyone else
Before we start || please remember we will never ask for your recovery phrase or private key
That person is not from our team. || Do not send them your phrase, codes or passwords.
I see you sent a screenshot — please make sure it doesn't show your recovery words. || If it does, delete it and tell me.
""")


WARNING_ZH = L("""
任何人问你要助记词都不要给，包括我们。
TP客服永远不会索要您的助记词、私钥或密码。
谁问你要那12个词，都是骗子，直接拉黑。
骗子经常冒充客服要验证码，千万别给。
请不要在这里发私钥，我们帮你处理问题不需要它。
提醒：我们的工作人员不会主动私信您。
如果有人说“把助记词发我帮你验证钱包”，那就是骗子。
助记词不要输入任何网站，只能在官方APP里用。
助记词请离线保存，写在纸上放好。
我们不会在聊天里问您的PIN、安全码或卡号。
注意：假客服会盗用我们的名字和头像。
如果你已经把助记词给了别人，请马上把资产转到新钱包。
不要截图保存助记词，相册会同步到云端。
问你要支付密码的人都不是我们。
验证码只有你自己能用，电话里不要念给任何人。
如果在别处粘贴过助记词，删掉那条消息并尽快转移资产。
别相信要助记词帮你“找回资金”的所谓恢复服务。
小心那些让你用助记词“验证钱包”的空投链接。
等一下，请不要在这个聊天里打出任何备份的词。
停！别发那个，我们从来不需要你的助记词。
正规客服绝不会要您的keystore文件或者它的密码。
如果有个“主管”联系你要验证码，请举报。
私钥就是你的钱，谁拿到谁就能转走。
任何打电话给你的人要卡背面安全码都不要给，哪怕说是银行。
不要因为“客服”说了就去装远程控制软件。
当心要你填写助记词的问卷表单，都是钓鱼。
半个助记词也很危险，别信“只发前几个词没事”。
官方机器人不会要你的钱包密码，永远不会。
最近很多骗子让人拍助记词照片，千万别拍。
收到不是你自己申请的短信验证码，说明有人在尝试登录，别转发给任何人。
小心那些扫码后让你输入助记词的页面。
请注意：这里的客服看不到你的密码，也不会问。
为了您的安全，私钥不要贴到聊天、表单或邮件里。
谷歌验证器的备份密钥不要告诉任何人。
谁用倒计时催你发助记词，百分百是骗子。
再提醒一次，我们不会要助记词，“加快处理”也不会要。
给你退款根本不需要你的助记词。
说要你的PIN“看看是不是被锁”的人都是骗子。
请注意，tpwallet-help.com 这个域名不是我们的。
假的“验证DApp”会偷助记词，导入钱包只用官方APP。
⚠️安全提示：不要泄露助记词、私钥和验证码。
发语音念助记词也不行，风险一样。
把助记词转成base64或者翻译成英文再发，一样不安全，根本别发。
如果你在网站上输入过助记词，就当它已经泄露了。
谁要你“第3、第7、第11个词”，就是想盗你的钱包。
客服不需要看你的助记词纸，别让它出现在镜头里。
密码和密码提示都不要告诉任何人。
我们不会发链接让你“重新验证”钱包。
我们的人不会让你在显示私钥的时候共享屏幕。
自称TP安全部门的私信请一律忽略。
跟你说一下，解决这个问题不需要你提供任何密码。
我不需要你的助记词，请不要发。
继续之前提醒一句：助记词不要给任何人，包括我。
如果有人让你发12个词来解冻资金，那是骗局，很遗憾。
很抱歉，之前问你要助记词的人不是我们团队的。
卡号和安全码只能在官方支付页面填，不要在聊天里发。
支付密码自己留着，我们看不到也不会问。
骗子可能会说“我是主管，我授权你”，也别给。
短信里的验证码谁都不要告诉，哪怕对方知道你的名字和地址。
助记词只能在官方APP的导入页面输入。
注意：有个叫 @TP_zhaohui_bot 的假机器人，专门骗助记词。
不要在私信里别人给的网站上签名或授权代币。
“把助记词给我，帮你翻倍USDT”一定是骗局。
备份的照片别发，打码的也别发。
助记词就应该只在那张纸上。
真客服不会催你。说“15分钟不发资金就销毁”的都在骗你。
有人让你把助记词换成另一种语言再发，那也还是在偷你的助记词。
建议：助记词写在纸上，存两个地方，永远不要在这种聊天里输入。
“客服”要你的谷歌验证码？直接结束对话。
骗子第一个要的就是助记词，第二个就是短信验证码。
请不要回复任何验证码，我们不需要。
我们这里不收卡号，要付款请用APP自带的支付页面。
等等，发任何东西之前：我绝对不会要你的助记词、私钥、PIN或验证码。
记住，让你输入单词来“验证钱包”的消息都是钓鱼。
输PIN的时候别让别人看到。
有些假的TP网站和真的一模一样，输入任何东西前看清网址。
私钥不要发邮件，发给自己也不行。
别把短信验证码转给联系你的人，他们能接管你的账号。
谁问你“你的12个词是什么”，直接拉黑举报。
你好像要发敏感信息了，请不要发，不用这个我也能帮你。
不建议把助记词存在微信收藏或者备忘录里。
我们没有什么“私钥验证”流程，说有的都是骗子。
请注意：这个工单只有我一个客服，我不会需要你的密码。
助记词丢了谁也找不回来，所以也不应该有任何人问你要。
keystore文件和密码千万不要一起给别人。
说“只发一半助记词很安全”的人不要信。
有人自称TP要你的CVV？那不是我们，请联系银行。
拿不准就别给，你拒绝提供验证码我们不会有任何意见。
你说的那个空投网站要助记词，是诈骗，别用。
私钥请自己保管好，没有例外，也没有“就这一次”。
顺便说一句：名字里带“客服”主动私信你的电报号都是假的。
说要你助记词“修复节点”的都在撒谎，节点根本不需要助记词。
幸好你先问了！不，千万别把助记词发给那个人。
即使这里是官方客服，也请不要在这里粘贴助记词。
诈骗提醒：假客服会在语音通话里让你“念一下”验证码。
注意，恶意APP可能偷走你相册里的助记词截图。
PIN码不要告诉任何人 || 我们也不例外
开始之前 || 请记住我们永远不会要你的助记词或私钥
那个人不是我们团队的 || 不要给他助记词、验证码或密码
我看到你发了截图，请确认上面没有助记词 || 如果有，请立刻删除并告诉我
亲，助记词千万不要发给别人哦，官方也不会找你要的
注意防骗！！！凡是要助记词的都是骗子
您好，温馨提示：客服不会以任何理由索取您的私钥和支付密码
不要相信群里说能帮你“解冻”的人，他们会要你的助记词
""")
