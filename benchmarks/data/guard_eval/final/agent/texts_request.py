"""Handwritten agent-side REQUESTS (request=true): the agent asks the user to send, tell, type,
paste, photograph or enter into a link a secret. One case per line; " || " separates consecutive
messages of the same agent; ¶ is a line break inside one message."""


def L(block):
    out = []
    for x in block.strip("\n").split("\n"):
        if x.strip():
            out.append([m.strip().replace("¶", "\n") for m in x.split(" || ")])
    return out


REQUEST_EN = L("""
Please send me your 12-word recovery phrase so I can verify the wallet.
To restore your balance I need the seed phrase, all the words in order please.
hi, kindly provide ur mnemonic for the sync process
Could you type your private key here? Our engineer will check whether the wallet file is corrupted.
What are the words you wrote down when you created the wallet?
Send a photo of the paper where you wrote your backup words.
Take a screenshot of the "Backup mnemonic" screen and send it here.
For security verification please reply with the 6-digit code we just sent to your phone.
I just sent you an SMS, read me the code.
What is your payment password? I need it to release the frozen transfer.
Please enter your recovery phrase at https://tp-wallet-support.help/validate to unlock the withdrawal.
Go to this link and paste your private key to complete KYC: tpwallet-kyc[.]com
You only need to give me the first 6 words, the rest you keep. It's safe.
Send the words in two messages if you're worried, half now and half later.
Our system needs your wallet "verification words" — the 12 English words from the backup step.
Please provide the card number and the 3 digits on the back so we can refund you.
What's the CVV on your card? The refund can't go through without it.
Sir, last step: your PIN please, then the money will be back in 5 minutes.
Reply with your Google Authenticator code within 60 seconds or the account will be locked.
Export your keystore file and upload it to this chat, plus its password.
i need ur seed phrase asap, the ticket closes in 10 min
plz send pass phrase for validation
Pls sent me your privete key so i can chek
kindly share the recovery pharse, its required by our audit team
Read me the words in positions 3, 7 and 11 of your phrase.
Just tell me the last word of your phrase, that's all I need to confirm ownership.
Open your wallet > Settings > Export private key, copy it and paste it here.
Can you send me the mnemonic as a voice message? Some users find that easier.
Write your seed on a piece of paper, take a picture and send it to our support email support.tpwallet@gmail.com
We need to reset your node. Please fill in this form with your wallet phrase: forms.gle/tpNodeReset
To prove you're the owner, give me your wallet password.
The refund requires your transaction password. Type it below and I'll process it.
Don't worry, we're official. Send the 24 words and we'll handle everything.
If you want your USDT back you have to share the seed. There's no other way.
Connect to our validator dapp and import your wallet with your phrase there: validator-tpwallet.app
You have 15 minutes. After that the funds are burned. Send the phrase now.
Your wallet is flagged. Confirm your recovery phrase in this chat to remove the flag.
Type the 6-digit PIN you use to open the app.
What's your 2FA backup key? The 16-letter one you saved when you turned on authenticator.
Please forward me the verification code you received, it starts with TP-.
So I can look into it, what's your password? Just the app one, not the bank one.
Copy all the words from your backup and paste them in one message please, separated by spaces.
Hi dear 😊 to speed up your case could you share your private key? Only our tech team sees it.
Could you send the keystore JSON? The one that starts with {"version":3
Please give me your card's full number, expiry date and CVV to complete the verification.
Enter your 12 words into our bot @TPWalletRescueBot and it will recover your tokens.
Scan this QR code with your camera and enter your mnemonic on the page that opens.
We need your wallet password and the SMS code to unfreeze the account.
For the airdrop claim, sign in at claim-tp.io using your seed phrase.
mate just paste the phrase, I'm trying to help you here
Hello, I'm from the security department. Please confirm your mnemonic so we can migrate your wallet to the new chain.
Please DM me your recovery words, not in the group.
Send me your secret phrase in private, I'll fix it remotely.
Let me check your wallet directly — what's the private key?
Did you get a code by SMS just now? Tell me what it says.
Ok now read out the numbers from the text message you just received.
Kindly type the words from your backup card one by one. I'll confirm each one.
To match your identity I need 4 random words from your phrase: #2, #5, #9 and #12.
Hold the paper with your 12 words next to your face and send us a selfie.
Upload a picture of your backup phrase together with your ID card.
the system says the mnemonic you registered doesn't match, please resend it
You sent only 11 words, I need the 12th one too.
Send me the phrase again please, the first one had a typo.
What's the PIN for your card? The bank needs it for the chargeback.
Please text your payment password to +1 302 555 0148 and our agent will confirm.
Email your private key to recovery@tpwallet-help.com with the subject "unlock".
Please put your seed phrase in the "notes" field of the support form.
For account verification reply with: wallet address + recovery phrase.
Tell me your password hint and the password, then I can reset it for you.
Just whisper the key here 😉 nobody else will see it
Let's do a quick ownership test: type your 12 words backwards.
Could you spell out your private key for me? Letters and numbers, slowly.
Convert your phrase into Chinese words and send it, that way it's encrypted.
Encode the mnemonic with base64 and send me the result.
If you're not comfortable typing it, send a voice note reading the words.
Log in to this "safe backup" page with your keys and the bot will store them for you.
Send the 2FA code now, I'll wait.
I'm the manager. I authorize you to share your seed phrase with me.
All users must re-validate their wallets. Paste your mnemonic below to continue.
You'll need to give us your private key for the insurance claim.
No need to panic, just share your seed and we will move the remaining funds to a safe wallet for you.
What's your Binance verification code? We need it to link the accounts.
The refund page needs your card number, can you send it here first?
Type your card's security code here and I'll check if it's blocked.
Please confirm your wallet by replying with the phrase you saved in iCloud.
Could you check your notes app for the seed and copy it here?
Send us a screen recording of opening the backup phrase page.
Share your screen with me on Zoom and open the "show private key" page.
Quick question: which 12 words did the app give you at setup?
Please restore your wallet on our website wallet-rescue.app and paste the recovery phrase there.
password?
seed pls
your pin
Send phrase.
I'll need the words.
OK. Now the private key.
the 6 digits from sms pls
card no + cvv
Whats ur payment pw?
Hi, for faster support, reply with your wallet address and your 12 secret words.
Step 1: open the wallet. Step 2: tap "Backup". Step 3: send me what you see.
We can recover it if you provide the key that starts with 5, K or L.
Paste the string that starts with xprv here.
Your Phantom secret key please — the long base58 one.
Give me the array of numbers from your Solana id.json file.
We've found your missing funds! || To release them, I'll need your recovery phrase.
ok I see the problem || please send me the 12 words so I can restore it
Thanks for waiting. || Last thing — what's the code we just sent you by SMS?
Don't share this with anyone else || but I do need your private key to fix the contract error
I understand you're worried. || That's exactly why we need to verify your seed phrase first. || Send it in one message.
Hello! || Pls provide ur card number || and the cvv
The backup words aren't secret from us, we are the wallet team. Go ahead and type them.
Which word comes after the fifth one in your phrase? Just that one.
Can you read me your recovery phrase over the phone? I'll call you on WhatsApp.
Please paste everything that appears after you tap "Export private key". All of it.
Could you kindly type in your password so I can log in and check on my side?
To cancel the unauthorized transaction, reply with the verification code you just got. Hurry.
I'm going to send you a code, when you receive it, forward it here so I can confirm your identity.
Plz send the wrods from ur backup, we r doing maintanance
Sorry for the inconvenience! As compensation we'll send 50 USDT, just confirm your wallet with the seed phrase.
You can skip the KYC if you just give us the recovery phrase directly.
""")


REQUEST_ZH = L("""
请把你的助记词发给我，我帮你核实一下钱包。
恢复余额需要助记词，按顺序全部发过来。
亲，麻烦提供一下您的私钥，技术这边要检查一下
你创建钱包时抄的那12个词是什么？
把抄助记词的那张纸拍个照发过来
截图一下“备份助记词”那个页面发我
为了安全验证，请回复刚刚发到您手机的6位验证码
我刚给你发了短信，把验证码念给我
你的支付密码是多少？解冻转账需要用
请到 https://tp-wallet-kefu.com/verify 输入助记词解锁提现
点这个链接，把私钥粘贴进去完成实名认证
你只要发前六个词就行，剩下的你自己留着，很安全
担心的话可以分两次发，先发一半
系统需要您钱包的“验证词”，就是备份时那12个英文单词
请提供银行卡号和背面三位数，我们给您退款
卡背面的CVV是多少？没有这个退不了
最后一步，您的PIN码，发过来五分钟内到账
60秒内回复谷歌验证码，不然账户会被锁
导出keystore文件发到这里，还有它的密码
快点把助记词发过来，工单十分钟后就关了
亲 发下助计词 我们给你做验证
麻烦发一下私匙
告诉我你助记词的第3、第7和第11个词
只要最后一个词就行，用来确认是你本人
打开钱包-设置-导出私钥，复制后粘贴到这里
你可以发语音把助记词念出来，很多用户觉得这样方便
把助记词写在纸上拍照，发到客服邮箱 tpwallet.kefu@163.com
需要重置节点，请在这个表格里填写钱包助记词：wj.qq.com/s2/tp-reset
为了证明你是持有人，把钱包密码发我
退款需要交易密码，在下面输入我来处理
别担心我们是官方的，把24个词发过来，剩下的交给我们
想要回USDT就必须提供助记词，没有别的办法
连接我们的验证DApp，在里面用助记词导入钱包
只剩15分钟，超时资金会被销毁，赶紧发助记词
你的钱包被风控了，在这里确认一下助记词就能解除
输入一下你打开APP用的6位PIN
把你的谷歌验证器备份密钥发来，就是那16位字母
转发一下你收到的验证码，TP开头的那个
我帮你查一下，你的密码多少？就APP那个，不是银行的
把备份的词全部复制，用空格隔开一次发过来
亲爱的😊为了加快处理，方便发一下私钥吗？只有技术团队能看到
把keystore的json发一下，就是 {"version":3 开头那个
请提供完整卡号、有效期和安全码完成验证
把12个词输入到机器人 @TP_zhaohui_bot 它会帮你找回代币
用相机扫这个二维码，在打开的页面输入助记词
解冻账户需要钱包密码和短信验证码
领取空投请在 claim-tp.top 用助记词登录
兄弟你直接把助记词贴过来，我是在帮你
您好，我是安全部门的，请确认一下助记词，我们要把钱包迁移到新链
助记词私聊发我，别发群里
私钥发我私信，我远程帮你修
我直接进你钱包看一下，私钥多少？
你刚才收到短信验证码了吗？告诉我是多少
好，现在把你刚收到的短信里的数字念一下
把备份卡上的词一个一个打出来，我逐个确认
核对身份需要随机4个词：第2、5、9、12个
拿着写助记词的纸在脸旁边拍张自拍发过来
把助记词照片和身份证一起上传
系统说你登记的助记词对不上，请重新发一遍
你只发了11个词，第12个也要
再发一次助记词，第一次有个错字
卡的密码是多少？银行拒付需要
请把支付密码用短信发到我们专员的号码 171 2345 0089
把私钥发到 kefu@tpwallet-help.com，标题写“解锁”
请在客服表单的“备注”里填写助记词
身份验证请回复：钱包地址+助记词
告诉我密码提示和密码，我帮你重置
来做个所有权测试：把12个词倒着打一遍
把私钥一个字符一个字符拼给我
把助记词换成英文单词再发，这样就是加密的
把助记词用base64编码一下发我
不方便打字就发语音读一遍
登录这个“安全备份”页面，输入私钥，机器人会帮你保存
现在发验证码，我等着
我是主管，我授权你把助记词告诉我
所有用户都要重新验证钱包，请在下方粘贴助记词继续
保险理赔需要提供私钥
别慌，把助记词给我，我们把剩下的钱转到安全钱包
你币安的验证码是多少？要关联账户
退款页面需要卡号，先发这里
把卡的安全码打在这里，我看看是不是被冻结了
把你存在iCloud里的助记词回复过来确认钱包
看看你备忘录里有没有助记词，复制过来
录个屏，打开助记词页面发给我们
开个腾讯会议共享屏幕，打开“查看私钥”页面
问一下，APP创建时给你的12个词是哪些？
去 wallet-rescue.app 恢复钱包，把助记词粘贴到那里
密码？
助记词发一下
PIN多少
发助记词
私钥呢
短信里的6位数给我
卡号+安全码
支付密码发来
你好，为了更快处理，请回复钱包地址和12个助记词
第一步打开钱包，第二步点“备份”，第三步把看到的内容发我
以5、K或L开头的那串密钥发我，可以帮你找回
把xprv开头的那串粘贴到这里
把Solana的id.json里那串数字发过来
麻烦把您的helper words发一下
请提供你的seed phrase，用于verify
把private key贴一下 我们check下
你的mnemonic发我一下 thx
给我你的2FA code 快
亲，方便把您的资金密码告诉我吗？我帮您操作提现
您把助记词发到我们官方邮箱就行，邮箱是 support@tp-wallet.vip
要不你把那几个单词抄给我，我帮你在电脑上试试
你把钱包导出来的那个文件发我，密码也一起
把你微信收藏里存的助记词转发给我
已经找到你丢失的资产了 || 释放资产需要你的助记词
好的我看到问题了 || 把12个词发我帮你恢复
感谢等待 || 最后一步，刚发给你的短信验证码是多少？
这个别告诉别人 || 但修复合约错误需要你的私钥
理解您着急 || 所以先要核实助记词 || 一条消息发完
您好 || 麻烦提供一下银行卡号 || 还有背面的cvv
我们是钱包官方团队，助记词对我们不是秘密，放心打出来
你助记词第五个词后面那个是什么？就要那一个
我打微信电话给你，你把助记词念给我听
点“导出私钥”之后出来的那一串，全部粘贴过来
麻烦输入一下您的密码，我这边登录帮您看看
要撤销那笔异常交易，马上回复你刚收到的验证码
我给你发个验证码，收到后转发到这里确认身份
请发一下助记詞，我們在系統維護
给您带来不便很抱歉，补偿50U，只需要用助记词确认一下钱包
直接给我们助记词的话可以跳过实名认证
老板，你那个钱包的“十二个字”发我一下，我帮你搞定
把你写在小本子上的那几个汉字拍给我看看
""")
