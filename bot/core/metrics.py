"""What an operator's Prometheus scrapes from /metrics: counters and histograms updated where
things happen, gauges read at scrape time (bot/plumbing/ops_server.py).

One registry per process (prometheus_client's default); label values are fixed small sets,
never a user id or text, so a scrape stays small and nothing personal leaves the bot."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

UPDATES_HANDLED = Counter(
    "tpwallet_updates_handled_total", "Telegram updates the bot finished handling", ["kind"]
)
UPDATE_SECONDS = Histogram(
    "tpwallet_update_seconds",
    "Time from taking an update to finishing it",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
SENDS = Counter(
    "tpwallet_bot_api_requests_total",
    "Bot API requests by method family and result (ok, 429, 4xx, 5xx, network)",
    ["method", "result"],
)
GUARD_DETECTIONS = Counter(
    "tpwallet_guard_detections_total",
    "Secrets the guard found and kept out of stores, agents and logs, by kind",
    ["kind"],
)
OUTBOX_DEPTH = Gauge("tpwallet_outbox_pending", "Relays and desk posts waiting to be sent")
BROADCAST_DEPTH = Gauge(
    "tpwallet_broadcast_pending", "Broadcast deliveries not yet sent, over running broadcasts"
)
INBOX_DEPTH = Gauge("tpwallet_inbox_pending", "Updates received and stored, not yet handled")

# Method names worth a label of their own; the rest are "other" (keeps the label set small).
KNOWN_METHODS = frozenset(
    {
        "sendMessage",
        "copyMessage",
        "editMessageText",
        "answerCallbackQuery",
        "getUpdates",
        "sendPhoto",
        "sendDocument",
        "createForumTopic",
    }
)


def update_kind(has_message: bool, has_callback: bool) -> str:
    return "message" if has_message else "callback" if has_callback else "other"


def record_send(method: str, status: int | None) -> None:
    """status None: no HTTP answer (connection failed, timed out)."""
    if status is None:
        result = "network"
    elif status == 429:
        result = "429"
    elif status < 400:
        result = "ok"
    else:
        result = f"{status // 100}xx"
    SENDS.labels(method if method in KNOWN_METHODS else "other", result).inc()
