"""Handwritten agent-side NEUTRAL replies (request=false): ordinary support replies, many of which
mention passwords, PINs, phrases, keys or codes as topics, or tell the user to enter something in
the official app itself. Same line format as texts_request."""


def L(block):
    out = []
    for x in block.strip("\n").split("\n"):
        if x.strip():
            out.append([m.strip().replace("¶", "\n") for m in x.split(" || ")])
    return out


NEUTRAL_EN = L("""
Thanks for reaching out! Could you send me the transaction hash?
I've checked the transfer, it's confirmed on chain. It can take a few minutes for the exchange to credit it.
Please update the app to the latest version from the official store and try again.
To reset your payment password, go to Me > Settings > Security > Payment password.
You can view your recovery phrase in the app under Wallet > Backup; the app will ask for your password first.
Please enter your PIN in the app to confirm the transaction.
Did the SMS code arrive? If not, wait 60 seconds and tap "Resend".
A recovery phrase is usually 12 or 24 words, so 12 is completely normal.
Your ticket number is #48213. We'll get back to you within 24 hours.
The fee depends on network congestion; TRON transfers need energy, or TRX to burn for bandwidth.
Could you tell me which network you selected when sending?
Please send a screenshot of the error message.
If you forgot your wallet password, you can re-import the wallet in the app with your recovery phrase and set a new password there.
We can't reset passwords for you because they're stored only on your device.
Please try clearing the DApp browser cache: Settings > General > Clear cache.
The token may be hidden by default. Tap "+" on the assets page and search for it.
I've escalated your case to the technical team.
Hi! What device and app version are you using?
Your private key is never stored on our servers, so we unfortunately can't recover it.
Type the verification code into the verification box in the app — it expires after 5 minutes.
OK, I see. Let me check with my colleague.
Your withdrawal is in the queue, the network is just busy today.
If the PIN is locked after 5 wrong attempts, wait 30 minutes and try again.
The CVV field takes 3 digits for Visa/Mastercard and 4 for Amex, in case it rejects your input.
Keystore files can be imported in the app under Import Wallet > Keystore.
Good news, the bridge transaction just completed on the Polygon side.
Could you check whether you have enough BNB for gas?
That address belongs to a known exchange hot wallet, so your deposit should show up there.
No worries at all, take your time.
Unfortunately failed transactions still consume gas, that's how the network works.
The approval you mentioned can be revoked in the app under Security > Authorization management.
Please make sure Face ID is enabled for the app in your phone settings.
Yes, you can import a Ledger or Trust Wallet phrase in the app, just choose "Import wallet" and pick the right chain.
The passphrase option in advanced import is an optional extra word; leave it empty if you never set one.
If the app says the wallet already exists, it's already imported — check the wallet list at the top.
Your recovery phrase is what restores the wallet; the password only protects it on this phone.
Changing your password doesn't change your private key or your address.
I'm sorry for the wait, we had a lot of tickets this weekend.
The Chinese and English word lists produce different wallets, so import with the same language you backed up in.
Please restart the app after updating, some users needed that for the fix to apply.
Could you try switching your node in Settings > Node settings?
Our records show the swap was routed through two pools, that's why you see two transactions.
I've added a note to your ticket so the next agent sees the history.
Please don't worry, your funds are visible on chain at your address.
That's a known display bug in 2.4.1, fixed in 2.4.3.
You can set a new payment password in the app after verifying with your old one or your recovery phrase.
For card purchases the CVV is entered on the payment provider's page inside the app, we never see it.
If the 2FA codes keep expiring, check that your phone's time is set to automatic.
Would you like me to walk you through exporting your transaction history?
Backups are done in the app: Wallet > Manage > Backup mnemonic, then follow the quiz.
The backup quiz asks you to tap the words in order to make sure you wrote them correctly.
Yes, the order of the words matters.
No, we cannot see or restore your mnemonic; only you have it.
If you set a password hint, it appears under the password box when you tap "Forgot?".
Your PIN is only checked locally on your phone.
Everything looks fine on our side. Is it still showing pending for you?
Please share the hash of the failed swap and the time it happened.
The maintenance finished at 14:00 UTC, transfers should work again now.
Thanks, I got the screenshot. The error means the slippage was too low.
That amount is below the exchange's minimum deposit, which is why it wasn't credited.
If you lost both your phone and your recovery phrase, I'm afraid the wallet can't be recovered.
I've refreshed the token list, please pull down to refresh on your side too.
Unstaking on TRON takes 14 days, after that the TRX becomes available.
Could you confirm the approximate time (and timezone) of the transfer?
You're welcome! Anything else I can help with?
Your case has been closed as resolved. Reply here if it happens again.
The NFT may need a manual refresh: open it, tap the "..." menu and choose Refresh metadata.
The SMS code is sent by our provider; delays of a few minutes happen in some regions.
Please check your spam folder for the verification email.
Tron energy rentals expire after 24 hours, so the next transfer burned TRX again.
When the app asks for your password, it's to unlock the key stored on the device — that's expected.
Yes, the payment password and the login password are separate.
If your keystore import fails, make sure the file is the original JSON and not a renamed copy.
You can turn on "password-free small payments" in Settings > Security, up to a limit you choose.
Private keys for EVM chains are 64 hex characters; Solana ones are longer, in base58.
Yes, if you import with the phrase you'll get your TRON and BSC addresses back too.
Sorry, I can't change the fee after the transaction has been broadcast.
Would you mind updating and letting me know the new version number?
We've passed your feedback on the password rules to the product team.
Please enter the code we sent by email in the app's verification screen, not here.
Tap "Forgot PIN" on the lock screen; you'll be asked to re-import with your recovery phrase in the app.
Got it, thanks for the details. Checking now.
One moment please.
Hmm, that's odd. Can you try once more and tell me exactly what the pop-up says?
The gas estimate can change between estimate and confirmation if the network gets busier.
Your withdrawal went to a contract address, let me check whether it supports refunds.
It is normal that the backup screen blocks screenshots; it's there to protect you.
You can check the words against the official BIP-39 list if one looks smudged — many letters only fit one word.
I'm going to hand you over to our technical team now. They'll reply in this same chat.
Yes — our official Telegram is the one linked from the app's About page.
Please wait for 20 confirmations; the deposit will show after that.
I understand your frustration and I'm sorry this is taking so long.
Thanks for your patience! The transfer arrived at 15:42.
You can change the language in Me > Settings > Language.
To view your private key, open the wallet, tap the wallet name, then Export private key and enter your password in the app.
If you forgot your password but still have the recovery phrase written down, re-importing is the fastest fix.
That warning appears when a DApp asks for unlimited approval. It's not an error.
Please enter your wallet password in the pop-up in the app to sign — it never leaves your phone.
Thank you, I have everything I need for now.
The app locks after 3 minutes in the background; you can change that in Security > Auto-lock.
Your screenshot shows the old version, 2.2.0. Please update first.
Sure, I can explain staking rewards. They're paid daily to the same address.
Let me know once you've tried it. || I'll keep the ticket open until then.
I checked your hash. || It's a failed tx: out of gas. || Please retry with a higher gas limit.
Hi, I'm Lina from TP support. || How can I help you today?
Your new device will ask you to set a fresh PIN after importing. || That's normal.
""")


NEUTRAL_ZH = L("""
感谢联系！麻烦发一下交易哈希。
我查了，这笔转账链上已经确认，交易所入账可能要几分钟。
请从官方应用商店更新到最新版本后再试一下。
重置支付密码：我的 > 设置 > 安全 > 支付密码。
助记词可以在APP里 钱包 > 备份 查看，APP会先让你输入密码。
请在APP里输入PIN码确认这笔交易。
短信验证码收到了吗？没收到的话等60秒点“重新发送”。
助记词一般是12个或24个词，12个是正常的。
您的工单号是 #48213，我们24小时内回复。
手续费和网络拥堵有关，波场转账需要能量，或者燃烧TRX抵带宽。
转出的时候选的是哪个网络？
请发一下报错提示的截图。
忘了钱包密码的话，可以在APP里用助记词重新导入，然后设置新密码。
密码只保存在您的手机上，我们没法帮您重置。
请试一下清除DApp浏览器缓存：设置 > 通用 > 清除缓存。
这个代币默认可能被隐藏了，在资产页点“+”搜索添加。
已经把您的问题升级给技术团队了。
您好！用的是什么手机，APP是哪个版本？
私钥从不存储在我们服务器上，所以很遗憾我们没法找回。
把验证码输入APP的验证框就行，5分钟内有效。
好的明白，我跟同事确认一下。
您的提现在排队，今天网络比较拥堵。
PIN连续输错5次会锁定，等30分钟再试。
用卡购买时如果安全码输不进去：Visa和万事达是3位，美国运通是4位。
keystore文件可以在APP里 导入钱包 > Keystore 导入。
好消息，跨链交易在Polygon那边已经完成了。
麻烦看一下BNB够不够付gas。
这个地址是某交易所的热钱包，您的充值应该会在那边显示。
不着急，您慢慢来。
很遗憾，失败的交易也会消耗gas，这是链上机制。
您说的授权可以在APP的 安全 > 授权管理 里取消。
请确认手机设置里已经给APP开启了面容ID。
可以的，Ledger或者Trust钱包的助记词都可以在APP里导入，选“导入钱包”再选对应的链。
高级导入里的密码短语是可选的额外口令，没设置过就留空。
提示钱包已存在，说明已经导入过了，看一下顶部的钱包列表。
助记词是恢复钱包用的，密码只是在这台手机上保护它。
修改密码不会改变私钥和地址。
抱歉久等了，周末工单比较多。
中文和英文助记词会生成不同的钱包，导入时请选择备份时的那种语言。
更新后请重启一下APP，有些用户需要重启才生效。
可以在 设置 > 节点设置 里换个节点试试。
这笔兑换走了两个池子，所以您看到两笔交易。
我在工单里备注了，下一个同事能看到前面的记录。
别担心，链上能看到您地址上的资产。
这是2.4.1版本已知的显示问题，2.4.3已经修复。
新支付密码可以在APP里验证旧密码或助记词之后设置。
用卡买币时安全码是在APP内支付服务商的页面填写的，我们看不到。
如果谷歌验证码一直过期，检查一下手机时间是不是设置成自动。
需要我教您导出交易记录吗？
备份在APP里做：钱包 > 管理 > 备份助记词，然后按提示完成验证。
备份验证会让您按顺序点击那些词，确认您抄对了。
对，助记词的顺序很重要。
我们看不到也没法恢复您的助记词，只有您自己有。
如果设置过密码提示，点“忘记密码”时会显示在输入框下面。
PIN只在您手机本地校验。
我们这边看一切正常，您那边还显示打包中吗？
麻烦发一下失败那笔兑换的哈希和时间。
维护已经在北京时间22点结束，现在可以正常转账了。
谢谢，截图收到了。这个报错是滑点设置太低。
这个金额低于交易所的最小充值额，所以没有入账。
如果手机和助记词都丢了，很抱歉，钱包是没法找回的。
我刷新了代币列表，您那边也下拉刷新一下。
波场解除质押需要14天，之后TRX才能用。
麻烦确认一下转账的大概时间（和时区）。
不客气！还有其他可以帮您的吗？
工单已标记为已解决，如果再出现请在这里回复。
NFT可能要手动刷新：点进去，右上角“...”选择刷新元数据。
短信验证码由服务商发送，个别地区会延迟几分钟。
请看一下垃圾邮件里有没有验证邮件。
波场能量租赁24小时后到期，所以下一笔又烧了TRX。
APP让您输入密码是为了解锁存在手机里的私钥，这是正常的。
对，支付密码和登录密码是分开的。
keystore导入失败的话，确认一下是原始的JSON文件，不是改过名的副本。
设置 > 安全 里可以开启“小额免密支付”，额度自己定。
EVM链的私钥是64位十六进制，Solana的更长，是base58格式。
对，用助记词导入后波场和币安链的地址也都会恢复。
抱歉，交易广播之后就没法修改手续费了。
麻烦更新一下，然后告诉我新的版本号。
关于密码规则的反馈我们已经转给产品团队了。
邮箱收到的验证码请在APP的验证页面输入，不用发这里。
在锁屏页点“忘记PIN”，APP会引导您用助记词重新导入。
收到，谢谢提供详细信息，我这就查。
请稍等。
嗯，有点奇怪。您再试一次，告诉我弹窗具体写的什么？
网络变忙的话，预估的gas和确认时的gas可能不一样。
您的提现转到了一个合约地址，我查一下它支不支持退回。
备份页面不能截图是正常的，是为了保护您。
如果某个字看不清，可以对照官方的BIP-39中文词表，很多时候只有一个字对得上。
现在把您转给技术团队，他们会在这个对话里回复。
是的，官方电报群就是APP“关于我们”页面里链接的那个。
请等20个区块确认，之后就会显示到账。
理解您着急，抱歉让您等了这么久。
感谢耐心等待！转账已在15:42到账。
语言可以在 我的 > 设置 > 语言 里修改。
查看私钥：打开钱包，点钱包名称，选择导出私钥，然后在APP里输入密码。
如果忘了密码但助记词还抄着，重新导入是最快的办法。
这个提示是因为DApp要求无限授权，不是报错。
请在APP的弹窗里输入钱包密码完成签名，密码不会离开您的手机。
谢谢，我这边需要的信息都齐了。
您试完告诉我一下 || 在那之前工单会一直开着
我查了您的哈希 || 是失败交易，gas不足 || 请调高gas上限再试
您好，我是TP客服小林 || 请问有什么可以帮您？
新设备导入后会让您重新设置PIN || 这是正常的
亲，您的USDT已经到账了哈，请刷新看一下
哈喽，这边看到您的工单了，稍等我查一下链上记录
""")
