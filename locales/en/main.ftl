## Start, menu and general replies (English)

start-greeting =
    Hi { $name }! 👋 I'm the tpWallet support assistant, here around the clock.
    I can answer common questions right away, guide you step by step through login, transfer and complaint problems, and bring in a human agent when one is needed.
safety-reminder = 🔒 Stay safe: tpWallet support never messages you first and never asks for your recovery phrase, private key, password or PIN. Anyone who asks for them is a scammer.
menu-prompt = How can I help? Choose below or just type your question:
menu-login = 🔑 Login & password
menu-transfer = 💸 Failed transfer
menu-complaint = 📝 Complaint
menu-feedback = 💡 Feedback & suggestions
menu-faq = ❓ FAQ
menu-tickets = 🎫 My tickets
menu-agent = 🙋 Talk to an agent
menu-language = 🌐 Language / 语言
help-text =
    Here is what I can do:
    /start — welcome screen and main menu
    /menu — open the main menu
    /faq — browse frequently asked questions
    /login — login & password problems
    /transfer — failed transfer checklist
    /complaint — file a complaint
    /feedback — feedback & suggestions
    /tickets — your tickets
    /mydata — a copy of your data; /forget — erase it
    /agent — talk to an agent
    /language — change the language
    /cancel — leave what you are doing and go back to the menu
    /help — show this help
    
    You can also just type a question, for example “I forgot my password”.
cancelled = Stopped. You are back at the start.
nothing-to-cancel = There is nothing in progress to cancel.
btn-back = ⬅️ Back
btn-menu = 🏠 Main menu
btn-talk-agent = 🙋 Not answered? Talk to an agent
stale-button = This button has expired. Please use the fresh menu below.
unsupported-message = For now I can only read text messages. Please describe your question in words, or choose from the menu.
text-too-long = That message is too long (over { $limit } characters). Please describe your question briefly and I will find an answer.

## Commands shown in Telegram's menu (setMyCommands)

cmd-start = Start and show the main menu
cmd-menu = Open the main menu
cmd-faq = Browse frequently asked questions
cmd-language = Change the language
cmd-notices = Turn announcements on or off
cmd-mydata = A copy of your data
cmd-forget = Erase your data
cmd-cancel = Leave the current step
cmd-help = How to use this bot
cmd-tickets = Your tickets
cmd-agent = Talk to an agent

## Language

language-prompt = Choose your language:
language-set = ✅ Language set to English.
lang-zh = 🇨🇳 中文
lang-en = 🇬🇧 English

## FAQ browsing and search

faq-categories-title = ❓ FAQ — choose a topic:
faq-category-title = { $category } — choose a question:
faq-answer-title = 💬 { $question }
faq-best-match = Here is the closest answer I found:
faq-related = You may also want to read:
faq-no-match =
    Sorry, I could not find an answer that matches your question. 🤔
    Try different words (for example “my transfer has not arrived”), or choose from the menu below.

## Understanding free text

understand-out-of-scope = I'm sorry, I can't answer that one: I can help with your tpWallet account, security, transfers, payments and fees, or put you in touch with our team. Choose a topic below.
understand-greeting = Hello! 👋 Ask me anything about your tpWallet account, security, transfers or fees, or choose a topic below.
understand-human = Of course. Tap “Talk to an agent” and describe your problem in a few words: a person from our team will answer you here.
understand-offer = I'm not completely sure what you mean. Is it one of these?
urgent-steps =
    🚨 <b>Act now to protect your funds:</b>
    1. Change your tpWallet password and your email password at once.
    2. In Settings → Security, sign out of every other device and turn on two-factor authentication.
    3. If your recovery phrase may have been seen by anyone, create a new wallet on a device you trust and move what is left into it.
    4. Never send your recovery phrase, private key or password to anyone, including people who say they are tpWallet support.
    Our security team has your report and will contact you here.

## Errors

error-generic = Sorry, something went wrong while handling your message. Please try again in a moment, or send /menu to go back to the main menu.
answer-helpful = 👍 Helpful
answer-not-helpful = 👎 Not helpful
answer-rating-thanks = Thank you for telling us!
answer-rating-already = Already noted. Thank you!
answer-rating-sorry = Sorry that did not help. Try asking in other words, or talk to an agent: they will see your question.
