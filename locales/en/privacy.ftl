# A user's data (/mydata, /forget), an admin's /erase and /audit, and the erased ticket's line.
privacy-nothing = We keep nothing about you yet.
privacy-export-summary = Your data with tpWallet support, { $name }, since { $since }:
    • tickets: { $tickets } (messages in them: { $messages })
    • questions you asked the bot: { $questions }
    • ratings and feedback: { $feedback }
    • service notices: { $notices }
    Agents' internal notes are not part of it. The attached file has everything in full.
privacy-notices-on = on
privacy-notices-off = off
privacy-export-ticket = { $reference } · { $status } · opened { $created } · { $messages } messages
privacy-export-caption = Everything we store about you (JSON).
privacy-forget-confirm = Erase your data? This removes for good everything you wrote to support (messages, photos and files), the contact details you gave, and your name. Your tickets stay only as anonymous counts; open ones are closed. Support will no longer be able to see your history, so describe your problem again if you write later. This cannot be undone.
privacy-erase-button = 🗑 Erase my data
privacy-keep-button = Keep it
privacy-kept = Nothing was erased.
privacy-forgotten = 🗑 Done: your messages, files, contact details and name are erased ({ $tickets } tickets, { $messages } messages).
privacy-admins-only = Only admins can do that.
privacy-erase-usage = Usage: /erase USER_ID (a user the bot knows), for someone who asked to be erased but lost their Telegram account.
privacy-erase-confirm = Erase everything stored about user { $id }? Their messages, files, contact details and name go for good; their tickets stay as anonymous counts. This cannot be undone.
privacy-erased = 🗑 User { $id } erased ({ $tickets } tickets, { $messages } messages). It is in the audit trail.
card-erased = 🗑 Erased at the user's request on { $at }: the conversation and details are gone.
audit-usage = Usage: /audit [csv] [person ID] [TP-000123] [YYYY-MM-DD], in any order. With csv you get a file.
audit-empty = No actions match.
audit-title = Last { $count } actions (time UTC · who · what · ticket · detail):
audit-csv-caption = Audit trail: { $count } actions.
