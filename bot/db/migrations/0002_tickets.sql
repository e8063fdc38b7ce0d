-- Tickets, every message in and out of them, their status history, and flow reminders.
BEGIN;

CREATE TABLE IF NOT EXISTS tickets (
    id                INTEGER PRIMARY KEY,
    reference         TEXT    NOT NULL UNIQUE,      -- human-readable, e.g. TP-000123
    user_id           INTEGER NOT NULL REFERENCES users (id),
    category          TEXT    NOT NULL,             -- account_security, funds, complaint, ...
    priority          TEXT    NOT NULL,             -- high, normal, low
    status            TEXT    NOT NULL,             -- open, in_progress, waiting_user, resolved, closed
    subject           TEXT    NOT NULL DEFAULT '',  -- catalog key of the flow branch, for listings
    details           TEXT    NOT NULL DEFAULT '[]',-- JSON list of {label, value, translate}
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    first_response_at TEXT,
    closed_at         TEXT
);
CREATE INDEX IF NOT EXISTS tickets_user ON tickets (user_id, created_at);
CREATE INDEX IF NOT EXISTS tickets_open_queue ON tickets (status, priority, created_at);

CREATE TABLE IF NOT EXISTS ticket_messages (
    id                  INTEGER PRIMARY KEY,
    ticket_id           INTEGER NOT NULL REFERENCES tickets (id),
    direction           TEXT    NOT NULL,           -- in (from the user), out (to the user), note
    content_type        TEXT    NOT NULL,           -- text, photo, document, ...
    text                TEXT    NOT NULL DEFAULT '',-- text or caption
    file_id             TEXT,
    telegram_message_id INTEGER,
    author_id           INTEGER,
    created_at          TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS ticket_messages_ticket ON ticket_messages (ticket_id, id);

CREATE TABLE IF NOT EXISTS ticket_events (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER NOT NULL REFERENCES tickets (id),
    kind        TEXT    NOT NULL,                   -- created, status, priority
    old_value   TEXT,
    new_value   TEXT,
    actor       TEXT    NOT NULL,                   -- user:<id>, agent:<id> or system
    at          TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS ticket_events_ticket ON ticket_events (ticket_id, id);

CREATE TABLE IF NOT EXISTS feedback (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    text        TEXT    NOT NULL DEFAULT '',
    ticket_id   INTEGER REFERENCES tickets (id),
    created_at  TEXT    NOT NULL
);

CREATE TABLE IF NOT EXISTS reminders (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    kind        TEXT    NOT NULL,                   -- e.g. transfer_arrived
    due_at      TEXT    NOT NULL,
    payload     TEXT    NOT NULL DEFAULT '{}',      -- JSON the follow-up needs
    status      TEXT    NOT NULL DEFAULT 'pending', -- pending, sent, answered
    created_at  TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS reminders_due ON reminders (status, due_at);

PRAGMA user_version = 2;
COMMIT;
