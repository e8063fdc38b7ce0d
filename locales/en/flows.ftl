## Shared by every guided flow (English)

btn-cancel = ✖️ Cancel
btn-solved-yes = ✅ Yes, solved
btn-solved-no = ❌ No, not yet
btn-dont-know = 🤷 I don't know
btn-skip = ⏭️ Skip
btn-done = ✅ Done
did-this-solve-it = Did this solve it?
glad-it-worked = Great, glad that solved it! 🎉 I'm here whenever you need me again.
never-ask-secrets = 🔒 Please note: we never ask for your password, PIN or recovery phrase. Do not send them here.
flow-left = You are back at the main menu.
flow-stale-button = That button belongs to an earlier step and no longer works. Please answer this question:
flow-use-buttons = Please choose with the buttons below.
flow-send-text = Please answer in text.
flow-send-text-or-buttons = Please tap a button below, or answer in text.
flow-send-media = Please send a photo or a file, or use the buttons below.
flow-send-text-or-media = Please send text, a screenshot or a file.
flow-timed-out = ⏰ This conversation ended because it was idle for a while; what you entered was not kept. Send /menu whenever you want to start again.
text-too-short = That is a little short: please add a few more details.
text-too-long-field = That is too long: please keep it under { $limit } characters.
invalid-contact = That does not look like a valid email address or phone number. Please enter the email (like name@example.com) or phone number (like +86 138 1234 5678) you registered with.
invalid-amount = That amount is not valid. Please enter a number above 0 with its currency, for example 250 USDT, 1,250.50 元 or ¥88.
missing-currency = Please add the currency, for example 250 USDT or 88.5 CNY.
invalid-date = I could not read that date. You can write it like yesterday 3pm, 2 hours ago, Nov 24, or 2026-11-24 14:30.
invalid-date-future = That moment has not happened yet. Please enter a date and time in the past.
invalid-date-too-old = That date is too long ago. Please enter a date within the last two years.
invalid-transaction-id = That transaction ID does not look right. Please enter the ID the app shows (6–64 letters or digits) or the 64-character transaction hash, or tap “Skip” if you don't have one.
invalid-recipient = The recipient details are too short. Please enter the recipient's account, email, phone number or address.
invalid-version = That version number does not look right. Please enter it like 3.2.1, or tap “I don't know”.
identity-check-explained =
    🛡️ What happens next: an agent will contact you here to confirm your identity and may ask you to confirm your registered email or phone and when and on which device you last signed in. Once confirmed, we unlock the account or reset two-factor authentication.
    We will never ask for your password, PIN or recovery phrase.

## Tickets

ticket-created = ✅ Ticket <b>{ $reference }</b> created (priority: { $priority }). An agent usually replies within { $wait }, right here in this chat.
priority-high = High
priority-normal = Normal
priority-low = Low
status-open = Open
status-in_progress = In progress
status-waiting_user = Waiting for you
status-resolved = Resolved
status-closed = Closed
ticket-line = { $reference } · { $status } · { $age } ago
ticket-header = 🎫 <b>{ $reference }</b> — { $subject }
    Status: { $status } · Priority: { $priority } · Opened { $age } ago
ticket-messages-title = 💬 Messages:
ticket-from-in = You
ticket-from-out = Support
content-text = text
content-photo = photo
content-document = file
content-video = video
content-voice = voice message
content-sticker = sticker
content-animation = animation
duration-minutes = { $n ->
    [one] 1 minute
   *[other] { $n } minutes
}
duration-hours = { $n ->
    [one] 1 hour
   *[other] { $n } hours
}
duration-days = { $n ->
    [one] 1 day
   *[other] { $n } days
}

## Ticket fields

field-problem = Problem
field-contact = Registered email/phone
field-last-login = Last successful login
field-device = Device
field-os = Operating system
field-app-version = App version

## Login & password

login-branch-prompt = 🔑 Login & password — what is happening?
login-branch-forgot = I forgot my password
login-branch-code = Reset email or SMS code doesn't arrive
login-branch-locked = My account is locked
login-branch-twofa = I lost my two-factor device
login-branch-crash = The app crashes or shows an error at login
login-guide-forgot =
    Reset your password in four steps:
    1️⃣ Open tpWallet and tap “Forgot password” on the login screen.
    2️⃣ Enter the email address or phone number you registered with.
    3️⃣ Open the reset link we email you, or enter the code we text you.
    4️⃣ Choose a new password (one you use nowhere else) and log in with it.
login-guide-code =
    If the reset email or code does not arrive, check in this order:
    • Email: look in the spam or junk folder, and make sure the registered address still receives mail.
    • SMS: make sure the number is still yours, has signal, and does not block unknown senders.
    • Wait a few minutes before asking again; many retries in a short time can be paused for a while.
    • Check your connection and update the app to the latest version, then try again.
login-guide-crash =
    If the app crashes or shows an error at login, try these in order:
    • update tpWallet to the latest version;
    • check your connection, and switch between Wi-Fi and mobile data;
    • close the app completely and open it again, or restart the phone.
login-contact-prompt = Please enter the email address or phone number you registered with. We keep it only with most characters hidden, to confirm your identity.
login-last-prompt = Roughly when did you last log in successfully? Tap an option, or type a date (for example 2026-11-20).
last-login-today = Today
last-login-yesterday = Yesterday
last-login-week = Within the last week
last-login-longer = More than a week ago
last-login-unknown = I don't remember
login-device-prompt = Which device do you usually log in on? Tap an option, or type the model (for example Pixel 8).
device-iphone = iPhone
device-android = Android phone
device-web = Computer (web)
tech-device-prompt = To help us find the cause, which phone or computer do you use (for example iPhone 15 or Galaxy S24)?
tech-os-prompt = Which system does it run? Tap an option, or type the system and version (for example Android 14).
os-ios = iOS
os-android = Android
os-windows = Windows
os-macos = macOS
tech-version-prompt = Which tpWallet version do you have? (See Settings → About, for example 3.2.1.)
tech-error-prompt = Finally, please type the error message, or send a screenshot of it.

## Failed transfer

transfer-type-prompt = 💸 Failed transfer — what kind of transfer was it?
transfer-type-contact = To a contact
transfer-type-bank = To a bank account
transfer-type-onchain = On-chain / external address
transfer-status-prompt = What does the app show?
transfer-status-failed = It failed
transfer-status-pending = It is still pending
transfer-status-missing = It succeeded, but the money did not arrive
transfer-amount-prompt = What was the amount and currency? For example 250 USDT, 1,250.50 元 or $20.
transfer-when-prompt = When did you send it? Tap an option, or type it (for example yesterday 3pm, Nov 24 or 2026-11-24 14:30).
when-today = Today
when-yesterday = Yesterday
transfer-recipient-prompt = Who was the recipient? Enter their account, email, phone number or address. We keep it only with most characters hidden.
transfer-txid-prompt = If you have a transaction ID or hash (see the transaction details), send it; otherwise tap “Skip”.
transfer-check-network = Check { $step }/{ $total }: was your connection stable when you sent it?
transfer-check-balance = Check { $step }/{ $total }: did your balance cover the amount plus the fee?
transfer-check-recipient = Check { $step }/{ $total }: have you checked that the recipient details are correct?
transfer-check-limit = Check { $step }/{ $total }: was the transfer within your single and daily limits?
transfer-check-window = Check { $step }/{ $total }: has it been pending longer than the expected time the app showed?
answer-yes = Yes
answer-no = No
transfer-advice-network-yes = 👍 Connection fine, next check.
transfer-advice-network-no = 📶 Transfers can fail on an unstable connection. Switch to a stable network and look at the status in your history; a failed transfer is normally not charged and can be sent again.
transfer-advice-balance-yes = 👍 Balance fine, next check.
transfer-advice-balance-no = 💰 The balance must cover the amount and the fee together. Top up or lower the amount, then try again.
transfer-advice-recipient-yes = 👍 Recipient fine, next check.
transfer-advice-recipient-no = 🔎 Wrong recipient details make a transfer fail or reach the wrong person. Check them now; if money already left, let an agent step in quickly.
transfer-advice-limit-yes = 👍 Within limits, next check.
transfer-advice-limit-no = 📏 A transfer over the limit fails. Send it tomorrow, or in several parts.
transfer-advice-window-yes = ⏳ That is longer than expected: an agent should look into it.
transfer-advice-window-no = ⏳ It is still within the normal processing time, and most transfers complete within it. I can remind you later to check whether it arrived.
transfer-resolve-prompt = That's the checklist. Is the problem solved?
transfer-need-help = 🙋 No, I need an agent
transfer-remind-me = ⏰ Remind me later
transfer-reminder-set = ⏰ OK, I will ask you in { $wait } whether it arrived. Tell me any time if something changes before then.
transfer-reminder-question = ⏰ Did your transfer of { $amount } arrive?
reminder-arrived = ✅ Yes, it arrived
reminder-missing = ❌ No, still missing
reminder-glad = Great, the money arrived! 🎉
subject-transfer = Transfer problem
field-transfer-type = Transfer type
field-transfer-status = App shows
field-amount = Amount
field-when = When
field-recipient = Recipient
field-txid = Transaction ID
value-none = none
check-short-network = Connection stable
check-short-balance = Balance covers amount + fee
check-short-recipient = Recipient details correct
check-short-limit = Within limits
check-short-window = Pending past expected time

## Complaint

complaint-category-prompt = 📝 What is your complaint about?
complaint-cat-service = Service quality
complaint-cat-transaction = A transaction
complaint-cat-fees = Fees
complaint-cat-bug = App bug
complaint-cat-agent = Agent conduct
complaint-cat-other = Something else
complaint-description-prompt = Please describe what happened ({ $min }–{ $max } characters). When it happened, what happened and how it affected you helps us act faster.
complaint-attach-prompt = If you have screenshots, photos or files, send them now; several are fine (up to { $max }). Received so far: { $count }. Tap “Done” when finished, or if you have none.
complaint-attach-full = That is the maximum of { $max } attachments. Tap “Done” to continue.
complaint-outcome-prompt = What outcome would you like? (For example: a fee refunded, an explanation, a change in service.)
complaint-summary =
    📋 Please check your complaint:
    • Category: { $category }
    • Description: { $description }
    • Attachments: { $count }
    • Outcome wanted: { $outcome }
complaint-submit = ✅ Submit
complaint-edit = ✏️ Edit
complaint-edit-prompt = What would you like to change?
complaint-edit-category = Category
complaint-edit-description = Description
complaint-edit-attach = Attachments
complaint-edit-outcome = Outcome wanted
field-complaint-category = Complaint category
field-outcome = Outcome wanted

## Feedback

feedback-rating-prompt = 💡 How would you rate tpWallet support overall? (1 = very poor, 5 = excellent)
rating-1 = 1 ⭐
rating-2 = 2 ⭐
rating-3 = 3 ⭐
rating-4 = 4 ⭐
rating-5 = 5 ⭐
feedback-text-prompt = Anything you would like to tell us, an idea or a suggestion? Just type it, or tap “Skip”.
feedback-thanks = 🙏 Thank you for your feedback! We read every note and use it to improve the product and the service.
feedback-thanks-low = 🙏 Thank you, and we are sorry we let you down. If you like, turn this into a formal complaint and we will follow it up.
feedback-to-complaint = 📝 Turn into a complaint
subject-feedback = Feedback & suggestions
field-rating = Rating

## My tickets

tickets-title = 🎫 Your tickets (tap one for details):
tickets-none = You have no tickets yet.
ticket-not-found = That ticket could not be found.
ticket-not-open = This ticket is finished and takes no more messages. If you need help, start again from the menu.
ticket-add = ✉️ Add a message
tickets-back = ⬅️ My tickets
ticket-view = 🎫 View ticket
ticket-add-prompt = Send the text, photo or file to add to ticket { $reference }.
ticket-added = ✅ Added to ticket { $reference }; the agent will see it.

## Talk to an agent

agent-describe-prompt = 🙋 Please describe your problem briefly, and I will open a ticket for a human agent.
subject-question = Question

## Lost or stolen phone (/lostphone)

lost-lock-prompt = 📵 Lost or stolen phone — was the phone protected by a screen lock, and tpWallet by a PIN or Face/Touch ID?
lost-lock-yes = Yes, both were locked
lost-lock-no = No, it was not locked
lost-lock-unsure = I'm not sure
lost-contact-prompt = Which email address or phone number is your tpWallet account registered with? We use it to find your account and to confirm it is you.
lost-when-prompt = When did you lose the phone? Tap a button, or type a date like 2026-11-24 14:30.
lost-advice =
    🛡️ While we look at your ticket: if you backed up your recovery phrase, you can restore your wallet on another device yourself and move your assets to a new wallet. Type the phrase only into the official tpWallet app, never into a chat, a website or a form.
    Nobody from tpWallet will ever ask you for it.
subject-urgent-report = Urgent security report
subject-lost-device = Lost or stolen phone
field-screen-lock = Screen lock
transfer-currency-prompt = { $amount } — in which currency? Choose below, or type it (for example BTC or EUR).
currency-usdt = USDT
currency-cny = CNY (yuan)
currency-usd = USD (dollars)
invalid-currency = That is not a currency I know. Choose a button, or type its code, for example USDT, CNY, USD or BTC.
transfer-check-arrival = Check { $step }/{ $total }: has it been longer than the arrival time the app showed (bank transfers can take 1–3 working days)?
check-short-arrival = Past the arrival time shown
transfer-advice-arrival-yes = ⏳ It should have arrived by now: an agent should trace it with the receiving side.
transfer-advice-arrival-no = ⏳ It can still arrive within the time the app showed. I can remind you later to check whether it did.
amount-unknown-currency = I read the amount { $amount }, but “{ $word }” is not a currency I know. Send it again with its currency, for example { $amount } USDT or { $amount } 元.
