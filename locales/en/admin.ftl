## Admin broadcasts, announcement opt-out, statistics and exports (English).

admin-only = Sorry, only administrators can do that.
staff-only = Sorry, only support agents and administrators can see statistics.

## Composing a broadcast
broadcast-compose-prompt =
    📣 <b>New announcement</b>
    Send the message exactly as users should receive it: text (bold, italics and links are kept), or a photo or document with a caption.
broadcast-audience-prompt = Who should receive it?
broadcast-audience-all = 👥 Everyone ({ $count })
broadcast-audience-locale = { $language } ({ $count })
broadcast-audience-open = 🎫 Users with an open ticket ({ $count })
broadcast-audience-test = 🧪 Test: only me
broadcast-preview-above = ⬆️ This is exactly what recipients will see.
broadcast-confirm =
    <b>Ready to send?</b>
    Audience: { $audience }
    Recipients: { $count }
    Security-critical: { $critical }
broadcast-critical-yes = yes — also reaches users who turned announcements off
broadcast-critical-no = no — users who turned announcements off are skipped
broadcast-toggle-critical-on = 🔒 Mark security-critical
broadcast-toggle-critical-off = 🔓 Not security-critical
broadcast-send = ✅ Send now
broadcast-delivery-free = Delivery: free, { $rate } messages a second, about { $duration }
broadcast-delivery-paid = Delivery: ⭐ paid, up to { $rate } messages a second, about { $duration }
broadcast-paid-cost = Estimated cost: { $stars } Stars (0.1 Star a message), from the bot's balance of { $balance } Stars.
broadcast-paid-cost-no-balance = Estimated cost: { $stars } Stars (0.1 Star a message). The bot's Star balance could not be read just now.
broadcast-paid-short = ⚠️ The balance does not cover every recipient: Telegram may refuse the messages beyond it.
broadcast-toggle-paid-on = ⚡ Send faster (paid in Stars)
broadcast-toggle-paid-off = 🐢 Send at the free rate
broadcast-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
broadcast-nobody = Nobody matches this audience right now. Choose another one.
broadcast-started =
    📣 Announcement #{ $id } is on its way to { $count } recipients.
    /broadcast_status shows progress; /broadcast_cancel stops it.
broadcast-audience-name-all = everyone
broadcast-audience-name-locale = users reading { $language }
broadcast-audience-name-open = users with an open ticket
broadcast-audience-name-test = only you (test)

## Progress
broadcast-none = No announcement has been sent yet.
broadcast-status =
    📣 <b>Announcement #{ $id }</b> — { $status }
    Audience: { $audience }
    Sent: { $sent } · failed: { $failed } · pending: { $pending } of { $total }
    Rate: { $rate }/s (limit { $limit }/s)
    Time left: { $eta }
broadcast-status-running = sending
broadcast-status-done = finished
broadcast-status-cancelled = cancelled
broadcast-refresh = 🔄 Refresh
broadcast-eta-none = —
broadcast-cancelled = ⏹ Announcement #{ $id } stopped: { $sent } sent, { $pending } not sent.
broadcast-nothing-running = No announcement is being sent right now.
broadcast-finished = ✅ Announcement #{ $id } finished: { $sent } delivered, { $failed } could not be delivered.

## Announcement opt-out (users)
notices-stop-button = 🔕 Stop announcements
notices-resume-button = 🔔 Resume announcements
notices-off = 🔕 You will no longer receive announcements. Security alerts about your account still reach you. Send /notices on to turn them back on.
notices-on = 🔔 Announcements are on again.
notices-status-on = Announcements are currently <b>on</b>.
notices-status-off = Announcements are currently <b>off</b> (security alerts still reach you).
notices-usage = Use /notices off or /notices on.

## Statistics
stats-title = 📊 <b>Support statistics</b> — { $days } days ({ $since } to { $until })
stats-users = 👥 Users: { $total } in total · { $active } active in the last 7 days · { $inactive } blocked the bot
stats-by-language = By language: { $languages }
stats-locale-count = { $language } { $count }
stats-open = 🎫 Open tickets: 🔴 high { $high } · 🟡 normal { $normal } · 🟢 low { $low }
stats-flow = Created { $created } · resolved or closed { $resolved }
stats-times = ⏱ Median first response: { $first } · median resolution: { $resolution }
stats-sla = ⚠️ First-response target missed: { $count }
stats-routes-title = 🧭 By agents' group (AGENT_ROUTES):
stats-route-line = { $route }: { $open } open · { $created } new / { $resolved } resolved · first answer { $first } · target missed { $missed }
stats-recent-title = Last 7 days (created / resolved):
stats-day-line = { $day }: { $created } / { $resolved }
stats-csat = ⭐ Satisfaction: { $average } on average from { $count ->
        [one] { $count } rating
       *[other] { $count } ratings
    }
stats-csat-none = ⭐ Satisfaction: no ratings yet.
stats-csat-bucket = { $rating }★ { $count }
stats-faq-title = ❓ Most asked FAQ entries:
stats-candidates-title = 💡 FAQ candidates: questions the FAQ did not answer, grouped by meaning:
stats-candidate-also = ↳ also asked as: { $examples }
stats-candidate-draft = ➕ Draft an entry from #{ $rank }
stats-rank-line = { $rank }. { $text } — { $count }
stats-nothing-yet = (none yet)
stats-none = —
chart-title = Tickets per day and median first response, last { $days } days
chart-created = Created
chart-resolved = Resolved
chart-first-response = First response (minutes)

## Export
export-usage = Use /export tickets or /export questions.
export-caption = { $table }: { $count } rows.
export-name-tickets = Tickets
export-name-questions = Questions
broadcast-refused-secret = ⛔ This announcement was not accepted: it seems to ask users for a recovery phrase, private key, password, PIN or code (or contains one). Support never asks for these. Please write it again.
