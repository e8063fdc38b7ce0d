## Agent desk: what users see

banned-notice = You can no longer use this support bot. If you think this is a mistake, contact us through the official website.
off-hours = 🌙 Our agents are off duty right now. Working hours are { $hours } ({ $timezone }); we will answer you as soon as possible after { $next }.
ticket-closed-user = 🔒 Your ticket { $reference } has been closed.
ticket-resolved-user = ✅ Your ticket { $reference } has been marked as resolved.
ticket-close-reason = Note: { $reason }
ticket-reopened-user = 🔄 Your ticket { $reference } has been reopened; an agent will follow up.
csat-prompt = How would you rate the help you got (1 = very poor, 5 = excellent)? Writing here within 7 days reopens the ticket.
csat-comment-prompt = Thank you for rating! Anything you would like to add? Type it, or tap “Skip”.
csat-thanks = 🙏 Thank you for your rating; it helps us do better.

## Agent desk: what agents see (in DEFAULT_LOCALE)

category-account_security = Account security
category-funds = Funds
category-complaint = Complaint
category-technical = Technical
category-question = Question
category-feedback = Feedback
card-user = 👤 { $name } (id { $id }) · language { $language }
card-state = Status: { $status } · Agent: { $agent } · Opened { $age } ago
card-unclaimed = unclaimed
card-subject = Problem: { $subject }
card-close-reason = Closing note: { $reason }
card-rating = User rating: { $rating }/5
card-claim = 🙋 Claim
card-up = ⬆️ Priority
card-down = ⬇️ Priority
card-resolve = ✅ Resolve
card-close = 🔒 Close
card-reopen = 🔄 Reopen
sla-answered = ✅ answered
sla-left = ⏳ { $left } left to first response
sla-breached = 🔥 first response overdue by { $over }
desk-undeliverable = ⚠️ Could not deliver: the user blocked the bot or deleted their account.
desk-edited = ✏️ (edited)
desk-from-user = 👤 <b>{ $name }</b>:
desk-reopened-by-user = 🔄 The user wrote again; the ticket is reopened.
desk-note-saved = 📝 Internal note saved (not sent to the user).
desk-snippet-sent = 📤 Snippet “{ $name }” sent ({ $lang }).
desk-rated = ⭐ User rating: { $rating }/5
desk-sla-breach = ⏰ SLA: { $reference } has waited { $waited } without a first response (target { $target }).
desk-not-agent = Sorry, only support agents can do that.
desk-no-ticket-here = Use this command in a ticket's topic, or as a reply to one of the bot's messages for a ticket.
desk-usage-note = Usage: /note your note (or a message starting with //)
desk-done = ✅ Done.
desk-nothing-changed = Nothing changed.
desk-usage-priority = Usage: /priority high|normal|low
desk-queue-title = 📋 Open tickets ({ $count }):
desk-queue-line = { $reference } · { $priority } · { $status } · { $age } · { $sla }
desk-queue-empty = 🎉 No open tickets right now.
desk-history-title = 🗂️ Tickets of user { $id }:
desk-history-line = { $reference } · { $status } · { $subject } · { $date }
desk-snippets-title = 💬 Snippets:
desk-snippets-none = No snippets yet. Add one with /snippet add NAME zh|en TEXT.
desk-snippet-saved = ✅ Snippet “{ $name }” saved ({ $lang }).
desk-usage-snippet = Usage: /snippet add NAME zh|en TEXT · /snippet list · /snippet del NAME
desk-snippet-missing = No snippet called “{ $name }”.
desk-banned = 🚫 User { $id } is banned; their messages no longer reach this group.

## Secret guard

secret-warning-recovery_phrase = ⚠️ What you just sent looks like a wallet recovery phrase. We deleted it: it was not stored and reached no one. If you ever shared it anywhere else, move your funds to a new wallet now.
secret-warning-private_key = ⚠️ What you just sent looks like a private key. We deleted it: it was not stored and reached no one. If you ever shared it anywhere else, move your funds to a new wallet now.
secret-warning-card_number = ⚠️ What you just sent looks like a card number. We deleted it. Please never send a full card number in a chat; if you are worried it leaked, contact your bank.
secret-warning-password = ⚠️ What you just sent looks like a password, PIN or security code. We deleted it. Please change it soon.
secret-never-share = 🔒 Never share your recovery phrase, private key, password or PIN with anyone, support included. Describe your problem in words and we will keep helping you.
desk-secret-removed = ⚠️ The user sent sensitive data (recovery phrase, private key, card number or password); it was removed automatically. Never ask users for such data.
card-secret-flag = ⚠️ User shared sensitive data (removed)
desk-held-back = ⛔ This message was not sent: it seems to ask the user for a recovery phrase, private key, password or PIN (or contains one). Support must never ask for these.

## Abuse limits

flood-notice = ⏳ You are sending messages too quickly. Please wait a moment; messages sent meanwhile are not handled.
tickets-too-many = You already have { $max } open tickets. Please add to them under “My tickets”, or wait until an agent has handled them before opening another.

## Admin alerts

admin-error-alert = 🚨 Bot error: { $kind }
    { $detail }
    (one alert per kind of error a minute at most)
desk-snippet-refused = ⛔ Not saved or sent: this snippet seems to ask the user for a recovery phrase, private key, password, PIN or code (or contains one). Support must never ask for these.
hash-question = 🔒 You sent a long code (64 characters) that could be a transaction hash or a private key; the two look the same. We removed it from the chat and stored it nowhere. What is it?
hash-question-is-hash = 🔗 It's a transaction hash
hash-question-is-key = 🔑 It was a private key
hash-question-taken-hash = 🔗 Thanks — treated as a transaction hash.
hash-question-taken-key = 🔑 Understood — it was not kept anywhere.
hash-question-expired = This question has expired.
hash-question-lost = We no longer have that code (we never store it before you tell us what it is). If it is a transaction hash, please send it again with “tx:” in front of it.
mark-recovery_phrase = [recovery phrase removed]
mark-private_key = [private key removed]
mark-card_number = [card number removed]
mark-password = [password removed]
mark-unconfirmed = [code withheld until the user says what it is]
mark-withheld = [message withheld]
mark-edited = [edited]
mark-held_back = [held back]
card-suggestions = 💡 Answers that may settle it: { $titles }
card-send-suggestion = 📤 Send answer { $n }: { $title }
desk-suggestion-sent = 📤 Answer “{ $title }” sent ({ $lang }).
desk-suggestion-gone = That entry was retired from the knowledge base; nothing was sent.
card-category = 🏷 Category
desk-choose-category = 🏷 Which category is { $reference } really? Your choice also teaches the classifier.
desk-category-set = 🏷 { $reference } is now filed as: { $category }. Noted as a labelled example.
desk-draft =
    ✍️ Draft for you to review (not sent to the user; edit it and send it as your reply if it helps):

    { $text }
desk-draft-off = ✍️ Drafting is off: it needs a self-hosted model endpoint (DRAFT_API_URL).
desk-draft-no_answer = ✍️ No draft: the knowledge base does not answer this ticket.
desk-draft-unavailable = ✍️ The drafting model did not answer in time. Try again later.
desk-draft-refused = ✍️ The draft was dropped: it asked the user for a secret, which support never does.
desk-said-claimed = ✅ { $reference } claimed by { $agent }.
desk-said-closed = ✅ { $reference } closed by { $agent }; the user was asked for a rating.
desk-said-reopened = ✅ { $reference } reopened by { $agent }.
desk-said-priority = ✅ { $reference } set to { $priority } priority by { $agent }.
desk-rating-comment = 💬 The user's comment with their rating: { $comment }
card-field = • { $label }: { $value }
