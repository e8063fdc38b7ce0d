-- The agent desk: ticket routing in the agents' group, the outbox, snippets, bans,
-- satisfaction ratings, SLA reminders, and the ids of updates already applied.
BEGIN;

ALTER TABLE tickets ADD COLUMN topic_id INTEGER;            -- forum topic (forum mode)
ALTER TABLE tickets ADD COLUMN card_message_id INTEGER;     -- the ticket card in the group
ALTER TABLE tickets ADD COLUMN claimed_by INTEGER;
ALTER TABLE tickets ADD COLUMN claimed_by_name TEXT;
ALTER TABLE tickets ADD COLUMN sla_reminded_at TEXT;
ALTER TABLE tickets ADD COLUMN rating INTEGER;
ALTER TABLE tickets ADD COLUMN rating_comment TEXT;
ALTER TABLE tickets ADD COLUMN close_reason TEXT;
ALTER TABLE tickets ADD COLUMN off_hours_notice_at TEXT;
CREATE INDEX IF NOT EXISTS tickets_topic ON tickets (topic_id);
CREATE INDEX IF NOT EXISTS tickets_sla ON tickets (status, first_response_at, sla_reminded_at);

-- Every message the bot posted in the agents' group for a ticket (reply mode routing).
CREATE TABLE IF NOT EXISTS group_messages (
    message_id  INTEGER PRIMARY KEY,
    ticket_id   INTEGER NOT NULL REFERENCES tickets (id)
);

CREATE TABLE IF NOT EXISTS outbox (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT    NOT NULL,   -- group_text, group_copy, group_file, card, user_copy, user_text
    chat_id             INTEGER NOT NULL,   -- destination chat
    ticket_id           INTEGER REFERENCES tickets (id),
    ticket_message_id   INTEGER REFERENCES ticket_messages (id),
    payload             TEXT    NOT NULL DEFAULT '{}',
    status              TEXT    NOT NULL DEFAULT 'pending',  -- pending, sent, failed
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     TEXT    NOT NULL,
    error               TEXT,
    created_at          TEXT    NOT NULL,
    sent_at             TEXT
);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (status, id);

CREATE TABLE IF NOT EXISTS snippets (
    name        TEXT NOT NULL,
    locale      TEXT NOT NULL,
    text        TEXT NOT NULL,
    created_by  INTEGER,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (name, locale)
);

CREATE TABLE IF NOT EXISTS bans (
    user_id     INTEGER PRIMARY KEY,
    banned_by   INTEGER,
    at          TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS processed_updates (
    update_id   INTEGER PRIMARY KEY,
    at          TEXT NOT NULL
);

PRAGMA user_version = 3;
COMMIT;
