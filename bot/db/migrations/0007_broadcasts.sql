-- Admin broadcasts: one row per notice, one delivery row per recipient, so a restart resumes
-- with exactly the recipients still pending.
BEGIN;

CREATE TABLE IF NOT EXISTS broadcasts (
    id                INTEGER PRIMARY KEY,
    admin_id          INTEGER NOT NULL,
    content_type      TEXT    NOT NULL,             -- text, photo, document
    text              TEXT    NOT NULL DEFAULT '',  -- HTML text or caption
    file_id           TEXT,
    audience          TEXT    NOT NULL,             -- all, locale:<xx>, open_tickets, test
    security_critical INTEGER NOT NULL DEFAULT 0,   -- reaches users who opted out
    status            TEXT    NOT NULL,             -- running, done, cancelled
    total             INTEGER NOT NULL DEFAULT 0,
    source_update_id  INTEGER UNIQUE,               -- the confirming update: one broadcast per press
    created_at        TEXT    NOT NULL,
    finished_at       TEXT
);
CREATE INDEX IF NOT EXISTS broadcasts_status ON broadcasts (status, id);

CREATE TABLE IF NOT EXISTS broadcast_deliveries (
    broadcast_id    INTEGER NOT NULL REFERENCES broadcasts (id),
    user_id         INTEGER NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'pending', -- pending, sent, failed
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL    NOT NULL DEFAULT 0,         -- unix time; backoff after an error
    error           TEXT,
    message_id      INTEGER,
    sent_at         TEXT,
    PRIMARY KEY (broadcast_id, user_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS broadcast_deliveries_pending
    ON broadcast_deliveries (broadcast_id, status, next_attempt_at);

-- Statistics read these often: tickets by day, users by activity.
CREATE INDEX IF NOT EXISTS tickets_created ON tickets (created_at);
CREATE INDEX IF NOT EXISTS tickets_closed ON tickets (closed_at);

PRAGMA user_version = 7;
COMMIT;
