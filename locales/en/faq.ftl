## FAQ knowledge base (English).
## faq-<entry> is the question; .answer is shown to the user; .keywords helps free-text matching.

faq-cat-account = 🔑 Account & login
faq-cat-security = 🛡️ Security
faq-cat-transfers = 💸 Transfers
faq-cat-payments = 💳 Top-ups, payments & fees
faq-cat-support = ☎️ Contacting support

faq-forgot-password = I forgot my password. What now?
    .answer =
        On the tpWallet login screen, tap “Forgot password” and enter the email address or phone number you registered with.
        We send a reset link to that email, or a verification code by SMS. Open the link or enter the code, then choose a new password.
        
        Tip: use a password you do not use anywhere else, and change it from time to time.
    .keywords = forgot password, forgotten password, can't remember my password, don't remember, lost password, reset password, recover password, change password, wrong password, cannot log in, can't sign in

faq-reset-code-missing = The reset email or SMS code never arrives
    .answer =
        Please check, in this order:
        • Email: look in the spam or junk folder, and make sure the registered address still works.
        • SMS: make sure the number is still yours, has signal, and does not block unknown senders.
        • Wait a few minutes before requesting a new one; many retries in a row can be paused for a while.
        If you can no longer use the registered email or number, talk to an agent: we will recover the account after checking your identity.
    .keywords = no verification code, code not received, sms not arriving, didn't get the text, reset email missing, email not received, link never came, otp

faq-locked-account = My account is locked
    .answer =
        To protect your funds, an account can be locked after several wrong passwords or an unusual sign-in. A locked account is unlocked by our support team.
        Before unlocking, we check that it is really you (for example your registered email or phone and when and where you last signed in successfully).
        Remember: support never asks for your password, PIN or recovery phrase.
    .keywords = account locked, locked out, frozen account, blocked account, suspended, unlock account, disabled account

faq-login-problems = The app crashes or shows an error when I log in
    .answer =
        Try these in order:
        • update tpWallet to the latest version;
        • check your connection, and switch between Wi-Fi and mobile data;
        • close the app completely and open it again, or restart the phone.
        If you still cannot log in, talk to an agent and include the error message or a screenshot, your phone model, system version and app version so we can find the cause quickly.
    .keywords = app crashes, crashing, closes itself, error message, login error, login failed, stuck loading, blank screen, bug, not working, won't open

faq-register-account = How do I open a tpWallet account?
    .answer =
        Download and open the tpWallet app, tap “Sign up”, enter your phone number or email and confirm it, then set a login password.
        Once registered, turn on two-factor authentication and review your security settings.
    .keywords = register, sign up, create account, open an account, new user, registration, join

faq-update-account-info = How do I change my phone number, email or other details?
    .answer =
        After logging in, open the account details page under “Me” or “Settings” to change your phone number, email or privacy settings. Changing important details requires confirming the old phone number or email.
        If the old number or email no longer works, talk to an agent and we will help.
        If you notice wrong payment details, ask support and we will guide you through correcting them safely.
    .keywords = change phone number, new phone number, change email, update email, edit profile, account details, personal information, privacy settings, update details, wrong payment details

faq-wallet-safety = Is tpWallet safe?
    .answer =
        tpWallet encrypts your personal and transaction data to protect your privacy and your funds, and offers two-factor authentication for extra protection.
        You can help too:
        • keep the app updated so known security holes are fixed;
        • check your transaction history regularly and watch for unusual-activity alerts;
        • change your password from time to time and never reuse it elsewhere.
    .keywords = is it safe, secure, security, trustworthy, reliable, encryption, data protection, privacy, is my money safe, hacked

faq-two-factor = How do I turn on two-factor authentication (2FA)?
    .answer =
        Open the security section in “Settings”, turn on two-factor authentication and link an authenticator app or your phone number. From then on, logging in and important actions need a one-time code as well as your password, so a leaked password alone is not enough to get in.
    .keywords = two-factor, two factor, 2fa, two-step verification, authenticator, google authenticator, one-time code, enable 2fa, extra security

faq-lost-2fa-device = I lost my phone or my two-factor device
    .answer =
        Without your two-factor codes you cannot finish logging in yourself, so please talk to an agent.
        The agent first checks your identity (registered email or phone, your last successful sign-in and so on) and then resets two-factor authentication for you.
        Remember: support never asks for your password, PIN or recovery phrase.
    .keywords = lost phone, new phone, stolen phone, lost authenticator, lost 2fa, can't get 2fa code, changed phone, reset 2fa

faq-never-share-secrets = Will support ever ask for my recovery phrase or password?
    .answer =
        No, never. tpWallet support never messages you first and never asks for your recovery phrase, private key, password, PIN or full card details.
        Anyone claiming to be support who asks for them is a scammer. If you have already shared your recovery phrase or private key, move your funds to a new wallet right now.
    .keywords = recovery phrase, seed phrase, mnemonic, private key, scam, scammer, fake support, someone messaged me, asked for my password, phishing

faq-suspicious = I see a transaction I don't recognise
    .answer =
        Change your login password now, check that two-factor authentication is on, then talk to an agent.
        Account-security and funds problems are handled first. While you wait, do not click unknown links and never tell anyone a verification code.
    .keywords = unknown transaction, didn't make this payment, unauthorized, unauthorised, stolen, money missing, hacked account, strange login, suspicious activity, fraud

faq-how-to-transfer = How do I send money?
    .answer =
        Log in to tpWallet, open “Transfer” or “Pay”, pick a contact or enter the recipient's payment details (such as their email or account), then enter the amount and confirm.
        Check the recipient once more before confirming; make sure your connection is stable, look at the fee, and know the refund rules.
    .keywords = send money, how to transfer, make a transfer, pay a friend, transfer steps, payment steps, send funds

faq-transfer-failed = My transfer failed
    .answer =
        The usual causes, and what to check:
        • unstable connection: try again on another network;
        • not enough balance: it must cover the amount plus the fee;
        • wrong recipient details: check the account, email or address;
        • single or daily limit exceeded: wait until tomorrow or split the amount.
        If money left your balance but the transfer shows as failed, do not send it again: talk to an agent and give the time, amount and transaction ID.
    .keywords = transfer failed, payment failed, transaction failed, can't send, declined, rejected, error when sending, unsuccessful transfer

faq-transfer-delayed = My transfer is pending or has not arrived
    .answer =
        Some transfers take time to process; bank and on-chain transfers and busy hours can be slower. Check the status in your transaction history and give it a little time.
        If it shows as completed but the recipient has nothing, or it stays pending for a long time, talk to an agent with the transaction ID, amount and time. Funds problems are handled first.
    .keywords = not arrived, not received, pending, stuck, delayed, still processing, where is my money, recipient didn't get it, missing transfer, hasn't arrived

faq-wrong-recipient = I sent money to the wrong person
    .answer =
        Talk to an agent as soon as possible with the transaction ID, amount, time and the wrong recipient details, and we will do what we can.
        Support usually cannot reverse a completed transfer by itself; getting the money back depends on the recipient, which is why checking the details before sending matters.
    .keywords = wrong recipient, wrong person, wrong account, sent by mistake, reverse transfer, cancel transfer, get my money back, mistaken payment

faq-cross-border = Can I send money abroad?
    .answer =
        Ask support about cross-border payments. Whether they are available, for which countries and currencies, and at what fee and speed is shown in the app.
        Before sending, confirm the recipient's country and currency and look at the exchange rate and fee.
    .keywords = abroad, international, cross-border, overseas, foreign currency, exchange rate, another country, send money overseas

faq-transfer-limits = Are there limits on transfers?
    .answer =
        To keep accounts safe, transfers have single and daily limits; you can see yours on the transfer screen or in account settings.
        A transfer over the limit fails: send it tomorrow or in several parts. To ask about raising a limit, talk to an agent.
    .keywords = limit, limits, daily limit, maximum amount, how much can I send, raise limit, increase limit, over the limit

faq-payment-methods = Which top-up and payment methods are supported?
    .answer =
        tpWallet usually supports credit cards, debit cards and bank transfers, and some users can also top up and pay through third-party services such as PayPal.
        The app shows what is available to you; if you want a particular method, ask support first.
        When you use a third-party channel, check its safety and its fees.
    .keywords = payment methods, top up, top-up, add money, credit card, debit card, bank card, bank transfer, paypal, third-party payment, deposit

faq-fees = Do transfers or top-ups cost a fee?
    .answer =
        Some transfers, top-ups and withdrawals carry a fee that depends on the method, currency and channel. The app shows the fee before you confirm, so check it on the confirmation screen.
        A third-party payment channel may charge its own fee as well.
    .keywords = fee, fees, charge, charges, cost, commission, how much does it cost, overcharged, withdrawal fee

faq-refunds = How do I get a refund?
    .answer =
        A merchant's refund normally goes back to the payment method you used; how long it takes depends on the channel.
        If a refund has not arrived after a long time, or a charge looks wrong, talk to an agent with the transaction ID, amount and time and we will look into it.
    .keywords = refund, money back, refund not received, charged twice, double charge, wrong charge, return payment, reimburse

faq-promotions = How do promotions and coupons work?
    .answer =
        Current promotions are shown on the offers page in the app. After claiming one, choose it at checkout to apply the discount.
        Every promotion has its own rules and expiry date; ask support if something is unclear.
    .keywords = promotion, coupon, voucher, discount, cashback, offer, promo code, reward points

faq-contact-support = How can I contact tpWallet support?
    .answer =
        You can reach us through:
        • this bot: instant answers to common questions, and a human agent when needed;
        • customer support inside the app: ask a question or file a ticket;
        • the help centre on the official website: live chat, FAQ, phone and email;
        • the official social media accounts: send a private message, usually answered in business hours;
        • the user community forum: share experience with other users.
        Use official channels only: real support never messages you first.
    .keywords = contact support, talk to a human, real person, customer service, support phone number, call support, support email, live chat, agent, how do I reach you

faq-response-time = How fast does support answer?
    .answer =
        We handle requests by urgency: account-security and funds problems first; questions about features may wait a little longer.
        At busy times on weekdays replies can be slower, but every request is followed up. This bot is here around the clock and answers common questions at once.
    .keywords = how long, response time, reply time, waiting, no one answers, slow reply, when will you answer, how fast

faq-complaints = How are complaints handled?
    .answer =
        You can file a complaint through this bot, the support email, the feedback form on the website or our official social media.
        We collect it, classify the problem, decide how to fix it and follow it up, and we reply to you once it is resolved.
    .keywords = complaint, complain, file a complaint, unhappy, bad service, dissatisfied, report a problem, escalate

faq-feedback = How can I send feedback or a suggestion?
    .answer =
        We would love to hear it! Choose “Feedback & suggestions” in the main menu, or tell us through any support channel. Every piece of feedback is reviewed and helps us improve the product and the service.
    .keywords = feedback, suggestion, idea, feature request, improve, improvement, wish, recommend
