"""Handwritten English material for the clean (non-secret) user-side split.
One message per line; a pilcrow (¶) stands for a line break inside the message."""


def L(block):
    return [x.replace("¶", "\n") for x in block.strip("\n").split("\n") if x.strip()]


SUPPORT_SHORT = L("""
hello? anyone there
my USDT hasnt arrived
transfer stuck on pending
app keeps crashing on launch
cant see my BNB balance
why is the fee so high today
swap failed but gas was taken
where did my tokens go
balance shows 0 after update
hi, withdrawal not received yet
how long does TRC20 usually take
DApp browser won't load
is the app down right now?
token disappeared from my list
the price chart is blank
sent to wrong network, help
the QR scanner doesn't open
can't add custom token
i need a human please
still waiting for a reply
NFT not showing in collection
bridge tx stuck for 3 hours
approve button greyed out
getting "insufficient gas" but i have ETH
how do i change the language
face id stopped working in the app
can't connect to pancakeswap
help me pls, urgent
why is my TRX frozen
energy rental failed
hey, quick question about staking
unstake has been 7 days now
the app says network error
wallet shows wrong amount
is tpwallet safe to update?
notifications not working
my transaction vanished from history
gas estimate failed
how to cancel a pending tx
hi i cant log in to the dapp
token price shows $0.00
the balance is stuck refreshing
cross-chain swap not completed
receiving address changed??
airdrop not received
lost access after phone reset
can you check my transfer
why two transactions for one swap
approval revoked but still shows
tx failed out of gas
my friend says he didn't get it
polygon balance not updating
my screen goes black when i open it
where is the export history button
Is there a desktop version?
is there an official twitter
does tp support TON?
how to hide small balances
exchange says deposit not credited
""")

SUPPORT_LONG = L("""
Hi, I sent 250 USDT from my TP wallet to my Binance account about four hours ago. The wallet says the transfer was successful but Binance still doesn't show it. I've checked that I used the TRC20 network on both sides. Could you please check what is going on? It's rent money and I'm getting nervous.
Hello support team. Yesterday I tried to swap some BNB for CAKE inside the DApp browser. The first attempt failed with an error I didn't screenshot, then I tried again and it went through, but I was charged gas twice and my BNB balance is much lower than I expected. Is there any way to get the failed gas back, or at least understand why it failed the first time?
So here's the situation: I changed phones last week, installed the app on the new one and imported my wallet without any problem. But now half of my tokens are missing from the asset list. The main coins are there (ETH, USDT) but the smaller ones I had on Arbitrum are gone. I looked at the address on the explorer and the tokens are still there. How do I make them show up again?
Good evening. I'm writing because my grandfather uses your wallet and he asked me to help him. He received some TRX from a relative but he says the number in the app is different from what the relative sent. I'm not very familiar with crypto myself. Is it possible that there is a fee on receiving? He's 78 and gets confused easily so please explain simply.
I've been a user for two years and never had problems until the last update. Since then every time I open the app it asks me to update again, even though I'm on the newest version from the App Store. I tried deleting and reinstalling but that didn't help. My phone is an iPhone 12 mini on iOS 17.5. Please tell me whether this is a known bug.
Hi there, I want to stake some TRX to get energy so my USDT transfers are cheaper. I followed a YouTube video but the screens in the video look different from my app. Where is the staking option now? Also, if I unstake later, how many days will it take before I can use the TRX again?
I think I fell for a scam. A guy in a Telegram group said he was from your team and told me to connect my wallet to a site to "verify" it. After that, some approval happened and my USDT was moved out. I didn't give him anything else. What should I do now? Can you freeze the funds or contact the other wallet?
Dear team, my company pays contractors in USDT and we use your wallet for that. This morning one payment of 1,200 USDT went out, the explorer shows it as confirmed, but the contractor insists he got nothing. I have the hash and his address. Could someone look at it and tell me whether it was our mistake or his?
Hello, there's something strange with the gas fees on Ethereum. The app estimated about $3 for a simple transfer, but when I confirmed, the final fee was closer to $11. I didn't change any settings. Is the estimate done differently from the actual fee, and can I set a max fee myself somewhere?
Long story short: I wanted to bridge from BSC to Polygon, used the swap feature, the BSC side shows completed, the Polygon side shows nothing for six hours now. The support bot gave me a link to a FAQ that doesn't cover this. I'd really like a person to look at it. I can send the transaction hash if needed.
Hi, I've been trying to add a custom RPC for a testnet so I can test a contract my friend wrote. Every time I save it, the app switches back to the default network after a few seconds. Am I doing it wrong or is adding custom networks disabled now?
My wife and I both have the wallet on our phones, with different wallets of course. Hers shows the NFT she bought last month, mine doesn't show the one I bought on the same day from the same collection. We are both on Android. Is there a setting to refresh NFTs or do I need to import them somehow?
I'm writing from my sister's account because my Telegram got logged out. I had asked yesterday about a missing withdrawal and someone replied with a ticket number, but I lost it. Can you find my previous conversation? The withdrawal was about 0.4 ETH on the 12th.
Hi. I'm not technical at all. I bought some crypto on an exchange and was told to move it to a wallet I control, so I installed yours. I can see an address and a QR code. If I send the coins from the exchange to that address, will they definitely arrive, or is there something else I need to set up first?
Hello, I keep getting a warning that a DApp is "risky" when I try to open a game my friends play. They say it's fine. Is your warning based on something specific, and is there a way to see why it's flagged? I don't want to lose money but I also don't want to miss out.
""")

SUPPORT_POLITE = L("""
Good morning, I hope you're well. Could you kindly help me check a transfer?
Sorry to bother you again, just checking if there's any update on my case.
Thank you so much for your patience, I know you must be busy.
Hi! Whenever you get a moment, could someone look at my withdrawal? No rush.
Thanks in advance for any help, I really appreciate it.
Excuse me, may I ask how long the review usually takes?
I'm very grateful for your help yesterday, it worked perfectly!
Hello dear support, hope your day is going well. I have a small question about gas.
Would it be possible to speak with someone about a failed swap? Thank you.
Thank you for getting back to me so quickly. I'll try what you suggested.
Please accept my apologies for the late reply, I was travelling.
Much appreciated! Have a lovely weekend.
Hi there, I wonder if you could clarify how the energy rental works.
Many thanks for explaining, that makes a lot of sense now.
Good afternoon. May I ask whether the app supports hardware wallets?
I'd be grateful if you could tell me which network to choose for USDT.
Sorry for my bad English. I want to ask about my transfer please.
Kind regards, and thanks again for the quick fix.
If it's not too much trouble, could you resend the link to the FAQ?
Hello, I don't want to take much of your time, just a quick one about fees.
Thank you kindly, you've been very helpful.
Apologies if this was asked before, but is there a limit on daily transfers?
Hope you're having a good day! I have a question about my NFT.
Hello, thank you for building this app, I use it every day. One small bug to report.
Sorry, I think I sent my previous message to the wrong chat.
Thank you, I will wait patiently for the team to check.
Dear support, with respect, could you please escalate my ticket?
Thanks a million, it finally arrived!
Would you be so kind as to confirm that the app version I have is official?
Cheers mate, all sorted now.
Thank you for your hard work. I'll leave a good review.
Hello, I'm sorry to trouble you, but my balance looks off since morning.
I truly appreciate the help. One last question if I may.
Pardon me, where can I find the transaction history export?
Warm greetings from Manila! Quick question on staking rewards.
Hey, thanks for the reply! Makes sense, I'll wait a bit longer.
Sorry for all the questions, I'm new to this.
Respectfully, I'd like to ask for an update when possible.
Thank you for your understanding and support.
Good day! I'd like to know if my deposit has been received. Thank you.
""")

SUPPORT_ANGRY = L("""
This is ridiculous. 3 days and still no answer!!!
WHERE IS MY MONEY
you guys are useless, seriously
I've asked five times already. Does anyone actually read these?
worst wallet ever. uninstalling.
Stop sending me the same copy-paste reply and fix the problem!
if my USDT is not back by tomorrow I'm going to the police
why does your bot keep ignoring me???
Are you a scam or what? answer me
This app ate my money and nobody cares
I'm so done with this. Refund my gas fee NOW
what kind of support takes 48 hours to say "please wait"
do your job
I pay fees every day and this is the service I get?
unbelievable. the update broke everything again
Your FAQ is garbage and so is your bot
I want to talk to a manager, not a robot
seriously?? another "network error"??
you lost my tokens, you fix it
I'm telling everyone in my group to stay away from this wallet
answer the question I actually asked please
no more excuses, just tell me when
this is the third time the swap fails and eats my BNB
how hard is it to show a correct balance
hello??????? is anybody alive in there
I've been patient. I'm not patient anymore.
enough with the "we are checking"
useless useless useless
the app is slow, the support is slower
if this is how you treat customers good luck
my friend lost money with you too, what a joke
fix your app!!! it crashes every single time
why does it say success when nothing arrived?? liar app
i will leave 1 star everywhere
stop asking me for screenshots, i sent 4 already
you closed my ticket without solving it. reopen it
what is wrong with you people
this is a disgrace
I'm losing money every hour this is stuck
wake up support!!!
""")

# talk ABOUT secrets without containing one
ABOUT_SECRET = L("""
I forgot my wallet password, how can I reset it?
Is there a way to recover my wallet if I lost the recovery phrase?
How many words should my recovery phrase have, 12 or 24?
I wrote down my seed phrase but one word looks smudged. What can I do?
Does the app store my password anywhere? Just curious.
I changed my phone and now it asks for a password I don't remember setting.
Where in the app can I view my mnemonic again?
Can you reset my payment password for me? I really can't remember it.
My PIN stopped working after the update, I'm sure I'm typing it right.
How do I change my transaction password?
Do I need the private key to import my wallet on another phone?
Is it safe to keep my recovery words in my notes app?
someone asked me for my seed phrase in a group chat, is that you guys?
The app says "incorrect password" but I only use one password for everything.
What's the difference between the wallet password and the recovery phrase?
I lost the paper with my 12 words. Is my money gone forever?
My card's CVV got rubbed off, can I still top up with it?
Why does the app want my password every time I send?
Can I turn off the password prompt for small transfers?
Is the private key the same thing as the mnemonic?
I typed the wrong PIN 5 times and now it's locked. How long do I wait?
My backup phrase won't import, it says invalid. I checked the spelling twice.
How do I export my private key? I want to use MetaMask too.
Does your support ever ask for my recovery phrase? Someone DMed me.
I set a password with a space at the end, could that be why it fails?
Will uninstalling the app delete my wallet if I still have the words?
Why can't I take a screenshot of the mnemonic screen?
I never got shown a recovery phrase when I created the wallet. Is that normal?
Can two wallets have the same seed phrase?
What happens if someone else gets my private key?
My bank card was declined and it asks for the CVV again, is this normal?
Where do I enter the SMS code? The box disappeared.
The verification code never arrives on my phone.
I'm afraid I saved my seed phrase in Google Drive. Should I move my funds?
Please confirm: you will NEVER ask for my 12 words, right?
I have the recovery phrase but not the password. Can I still get in?
The password hint I set doesn't help at all lol
how often should I change my wallet password
Is a 6 digit PIN enough or should I use a longer password?
My keystore file and its password — do I need both to import?
I want to write my seed words on a metal plate, any recommendation?
Does the order of the mnemonic words matter?
I've got the words but I don't know which order they go in.
My dad passed away and we only have his phone, no recovery phrase. Any chance?
If I reinstall the app, will it ask for the recovery phrase or the private key?
The fingerprint unlock is gone and now it wants my password which I forgot.
Is my payment password the same as the login password?
Can you tell me the rules for the password? It keeps saying too weak.
Which characters are allowed in the wallet password?
The CVV field doesn't accept my input when buying crypto with card.
Why does the card purchase page need the CVV if I already saved the card?
How do I know my recovery phrase is backed up properly?
After importing with the phrase, the balance shows zero. Wrong chain?
I have a 24-word phrase from Ledger, can I import it here?
Can I import a phrase from Trust Wallet into TP?
Somebody in a video said to never type your seed into websites, is that true?
I accidentally pasted my private key into a website, what now?
Is it dangerous to photograph my mnemonic?
Do you have a tutorial on backing up the recovery phrase?
I think someone saw my PIN over my shoulder. Should I change it?
My password manager autofilled the wrong password, now locked out.
How many attempts do I get before the PIN lock?
I got an email asking me to verify my seed phrase. Fake?
The 2FA code from Google Authenticator says expired every time.
What's the passphrase option in advanced import? Is that a 25th word?
Is the keystore JSON safe to email to myself?
My recovery phrase is in Chinese characters, can I still import it?
Can I convert my Chinese mnemonic into English words?
i forgor my pasword help
forgot pin again 🤦 what now
how to reset payment pw
lost seed phrase pls help
where to find private key in app
can i see my mnemonic after creating wallet
password wrong but i'm 100% sure it's correct
Why is there no "forgot password" button?
My daughter set the PIN and she doesn't remember it either.
The card PIN and the app PIN are different, right?
Should I give my recovery phrase to my lawyer for my will?
Your site says I need the phrase to restore but I only have the private key.
I entered my phrase in the official app and it says wallet already exists.
How long is a private key supposed to be?
I exported the private key but MetaMask says invalid. What format is it?
Does the recovery phrase also restore my TRON and BSC addresses?
Is there a limit on how many times I can view the mnemonic?
Why does backup ask me to pick the words in order? I already wrote them.
I skipped the backup step when I made the wallet. Can I do it now?
the backup quiz keeps failing, I think I wrote the words wrong
My old phone is broken and I didn't back up the phrase. Anything I can do?
If I forget my password but still have the phone, can support unlock it?
Can I set a different password for each wallet in the app?
Why did my password reset not work after importing again?
Does changing the password change my private key?
Is the mnemonic stored on your servers?
I'm worried my seed phrase was in a photo that got synced to iCloud.
Someone said they can "recover" my phrase for a fee. Legit?
Do I ever need to give my CVV to anyone over the phone?
The scammer already has my seed phrase, can you block my wallet?
""")

FOLLOWUP_FIRST = L("""
I forgot my payment password
the app keeps rejecting my PIN
Can I reset the wallet password without the recovery phrase?
my mnemonic import says invalid
it asks for the CVV again and again
verification code not arriving
I lost my seed phrase
Where do I find the private key export?
the password field won't let me type
Is my recovery phrase stored on the phone?
Fingerprint stopped working, now it wants the password
PIN locked after too many tries
the keystore import fails
backup words quiz fails every time
The app says password incorrect after update
2FA code always expired
I want to change the payment password
my card got declined at the CVV step
Cannot find where to view the mnemonic
support bot told me to reset password, how?
""")

FOLLOWUP_SECOND = L("""
version 1.8.7
v2.3.1 from google play
it's the latest one, 2.5.0
ticket #58231
ok
ok thanks
???
still not working
iPhone 13 Pro
Samsung Galaxy A54
Xiaomi Redmi Note 12
Huawei P40, no google services
error code 1003
it shows E-4021
"network error 502"
android 14
iOS 17.4.1
same as yesterday
nevermind, found it
this is so frustrating
why is this so complicated
hello?
I already tried that
tried reinstalling, same thing
it happened after the update
on the BSC wallet, not ETH
my ticket was closed without answer
sorry, I mean the app version 2.4
can someone call me
It's been 3 days
ok I'll wait
got it working, thanks!
where exactly in settings?
what does that mean
Pixel 7a
OnePlus 11
Vivo Y36
Oppo Reno 8
screenshot attached
""")

EVERYDAY_SENTENCE = L("""
I will call you back after lunch because my phone battery is almost empty today
Please tell me when the money arrives so I can tell my brother about it
My son helped me open the app last night but now I can not find the button again
The weather was bad so I stayed home and tried to fix the problem myself
We bought a small house near the river and I want to pay the builder this week
Can you check it again tomorrow morning because I have to go to work now
I think the number on the screen is wrong but maybe I just do not understand it
Thank you for your help it was a long day and I am very tired
My friend from school told me this app is good and easy to use
I went to the bank but they said they can not help with this kind of money
There was a problem with the internet at my office so I could not reply
I have a meeting at noon and then I will try the steps you sent me
Sorry I was driving and could not answer the message you sent before
The old phone fell into the water at the beach and the new one arrived today
She said the coffee shop accepts crypto but the payment did not go through
I need to pay my rent before the end of the month please help me quickly
Every time I open the app it shows a white page and then it closes
My mother wants to learn how to use it but she is afraid of making a mistake
Can you explain it again in simple words because I am not good with technology
I waited all afternoon and nothing happened so I am asking one more time
We are planning a trip next month and I want to move some money before that
The kids were playing with my tablet and maybe they changed a setting
I got a new job and the company wants to pay part of my salary in USDT
My brother lives in another country and I want to send him a gift for his birthday
Last week everything was fine but since Monday it has been very slow
I am not angry I just want to know what happened to the transfer
When I press the green button nothing happens and the screen stays the same
I read the article on your website but I still have a few questions about it
Please answer when you can because I am worried about my family savings
My teacher said I should learn about blockchain so I opened an account
It is raining here and the power went out twice so sorry for the late reply
I have been waiting since yesterday morning and still see the same message
The garden needs work and I want to sell a little crypto to buy new tools
My husband and I share one phone so please send the answer here
He promised to send the money before dinner but it never came
I live in a small village and the signal is not always strong
Today is my birthday and my friends sent me some coins as a present
I tried again after lunch and it worked so you can close the ticket
The store near my house now has a machine where you can buy bitcoin
My grandmother asked me what a wallet is and I could not explain it well
I want to know if there is a way to see all my old payments in one place
Just tell me which button to press and I will do it right away
My cousin works in a hotel and they want to accept payments from tourists
I left my phone at home so I am writing from my laptop right now
The office closes at five so I will check again tomorrow
We moved to a new city and I forgot which email I used before
There is a small problem with the screen but the rest of the phone is fine
I can not sleep because I keep thinking about the missing money
The doctor said I need to rest so I will answer slowly this week
My little sister wants to buy a game with crypto is that possible
Every morning I check the price and today it looks very strange
If you need more time that is okay just let me know
I want to thank the person who helped me last week he was very kind
My car broke down and I need to sell some coins to fix it
When the bus stopped I lost the signal and the payment failed
The market was busy and the seller wanted cash instead
I know you are busy but please do not forget about my question
At the airport the wifi was bad so the transfer took a long time
I wrote everything in my notebook but the page with the address got wet
My neighbor said he had the same problem and it fixed itself after a day
I promise this is the last question for today
""")

EVERYDAY_SHORT = L("""
ok thank you
thanks a lot
got it
still waiting
yes please
no not yet
any update
please help me
what should I do
is it done
let me check
one moment please
it worked now
that is strange
I will try again
never mind
sorry for the delay
see you tomorrow
good morning
good night
call me later
are you there
makes sense thanks
not working again
same problem here
wait a minute
can you hurry
how long more
where is it
that is all
I understand now
perfect thank you
I am back
try again later
it is too slow
can you repeat
I did that already
help me please friend
very good service
have a nice day
what about now
ok I see
no problem
is it safe
so what now
just a second
really thank you
that was quick
not sure yet
please reply soon
happy new year
ok bye
hello again
all good now
I need help
""")

LIST_STEPS = L("""
Steps I tried:¶1. restarted the app¶2. cleared cache¶3. reinstalled¶4. switched from wifi to 4g¶Nothing helped.
Symptoms:¶- balance shows 0¶- history is empty¶- the token icons are grey¶- pull to refresh spins forever
what happened:¶1) opened DApp¶2) clicked swap¶3) confirmed¶4) error "execution reverted"¶5) gas still taken
1. Open the app¶2. Go to "Me"¶3. Tap Settings¶4. Language¶→ it crashes here every time
Problems since update:¶• Face ID not asked anymore¶• notifications gone¶• dark mode resets¶• price in CNY instead of USD
Here is what I did step by step:¶1. copied address from Binance¶2. pasted in TP¶3. chose TRC20¶4. sent 100 USDT¶5. status success¶6. Binance shows nothing
- iPhone 11¶- iOS 16.7¶- app 2.3.9¶- happens only on Ethereum
My questions:¶1. why is the fee so high¶2. can I cancel¶3. how long will it take
1. swap page blank¶2. market page ok¶3. DApp page loads slowly¶4. assets page ok
To-do before travel:¶- update app¶- check USDT balance¶- send some to mum¶- buy sim card
Errors I saw today:¶* timeout¶* network busy¶* nonce too low¶* replacement fee too low
Tried on:¶- home wifi¶- mobile data¶- VPN on¶- VPN off¶same result
1 open wallet 2 tap transfer 3 paste address 4 enter amount 5 confirm -> spinning forever
a) app version 2.4.1¶b) android 13¶c) phone model Redmi 10¶d) problem started yesterday
Checklist from your FAQ:¶[x] correct network¶[x] enough gas¶[x] address verified¶[ ] still not received
things that don't work:¶- buy crypto¶- scan QR¶- share address¶things that do work:¶- receive¶- send
Timeline:¶10:02 sent¶10:05 pending¶10:40 still pending¶11:15 failed¶11:16 balance restored?
1. what is energy¶2. what is bandwidth¶3. why do I need both¶4. is staking safe
""")

MIXED_NOTES = L("""
my USDT转账 still pending 已经两个小时了
请问 gas fee 为什么这么高 today
app 更新之后 crash 了 怎么办
我的 NFT 没显示 in collection
在吗 need help with swap
TRC20 还是 ERC20 which one cheaper
钱包 balance 显示 0 but explorer shows 50 USDT
DApp 打不开 keeps loading
请帮我 check 一下 this transfer
我用的是 iPhone 14 Pro, iOS 17.2
bridge 到 Polygon 失败了 gas 也扣了
why 我的 TRX 被冻结
授权 approve 之后 swap 还是 failed
提币 to Binance 还没到账 ok?
thanks 解决了
这个 token 是 scam 吗
the 合约地址 is correct?
pls help 急急急
能不能 speed up 这笔交易
我想 cancel pending tx
客服 why no reply
质押 staking 收益 where to see
换了 new phone 之后 资产不见了
手续费 fee 扣了两次
language 设置 改成中文 怎么弄
行情 chart 不显示 price
""")

EMOJI_LINES = L("""
still waiting 😭😭
thank you!!! 🙏🙏🙏
it worked 🎉
why so slow 😤
ok 👍
help 🆘 my swap failed
💸 gone? where did it go
😡😡 3rd time asking
got it ✅ thanks
hmm 🤔 balance looks wrong
pls check 🙏 urgent
good morning ☀️ any update?
🚀 to the moon haha, jk, where is my BNB
❤️ love the new update
app crashed again 💀
wait what 😳
🙈 sent to the wrong network
thank u so much 🥰
👀👀👀
okay 👌
done ✔️ thanks team
😩 not again
🤷 no idea what happened
fees 📈📈📈 why
see you 👋
""")

# Texting-style messages written so that long stretches use only words that also happen to be
# on the BIP-39 English list (ordinary words: please, check, balance, today, phone, ...).
# They are plain support chatter, not secrets.
WORDLIST_RUN = L("""
hello please help check balance again today because phone screen still empty
sorry you can check transfer again because they say still slow since morning
good morning please tell you what happened with swap error again yesterday
okay thank you very much will wait until tomorrow morning then try again
hello again same problem phone screen turn empty when open token price page
please answer soon because father need cash for rent this weekend
they never answer message since monday, this very upset family
just want real answer about account balance, still wrong since update, please check
thank you friend, will call later today after lunch with wife
please check order number again, price wrong, fee also wrong, very weird
still wait, transfer still slow, network very slow today, please help, thank you
dad say coffee shop near office only like cash, then what use this
good night, sorry busy day at hospital, will check again tomorrow
hello, gas fee very crazy today, swap cost more than coin, what reason
mom say never trust people who ask about secret stuff, okay thank you
brother move coin across bridge, bridge still broken since two day, please check
please fix screen, screen empty, button gone, update version broken
happy holiday, family trip next year, need save more, thank you again
sorry again, phone battery almost empty, will answer soon after dinner
uncle say same issue happen last year, then system fix itself, true?
hello team, kind question about token swap price, seem wrong today
okay thank you very much friend, great help, have nice weekend together
please just tell what time transfer finish, kid sick, need cash soon
hello sorry I never use this before, what button open receive address
hello, daughter school trip cost three hundred, need move cash today please
rain all day here, network slow, still try again later, thank you
hello please confirm transfer receive, friend say never receive, what wrong today
hello, coffee money for office team, they say never arrive, please check
okay now fine, balance normal again, thank you, good work, great team
sorry to say but this very slow, three hour already, where coin now
please cancel order, wrong number, wife say stop, sorry about that
hello, doctor office like crypto, ask what network, tron or other one
still same error, screen say network issue, but other app fine, weird
good morning, sun out, coffee ready, balance still zero, please help
girl at school say token price double soon, true or just joke
please help old lady, she lost phone, new phone now, coin still there?
you know what, just forget, will move all away, never use again
thank you lady, very kind, problem solve, have good day, bye
hello, question about loan, can use token as deposit, or only cash
kid push button, now screen say zero, please tell how return back
""")
