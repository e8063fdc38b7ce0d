"""The delivery engine both background senders share: a loop that survives anything, one
policy for what Telegram's answers mean (sent, wait as told, blocked, refused, try again) with
jittered backoff, and two pacing strategies: sliding windows per chat (the desk's outbox) and
even spacing (broadcasts). It knows nothing of tickets or notices."""
