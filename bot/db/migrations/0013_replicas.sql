-- Several webhook replicas on one database: which replicas are alive and where they listen,
-- which replica takes each chat's updates (so one chat is screened and handled in one place,
-- in order), the send budget every replica draws from, and reminders claimed once.
BEGIN;
ALTER TABLE inbox ADD COLUMN chat_id INTEGER;  -- the chat (else the user) the update is from
CREATE INDEX IF NOT EXISTS inbox_chat ON inbox (chat_id, status, update_id);
CREATE TABLE IF NOT EXISTS replicas (
    instance_id TEXT PRIMARY KEY,
    address     TEXT NOT NULL,    -- where the others forward this replica's chats' updates
    alive_until REAL NOT NULL     -- unix time; renewed while the replica runs
);
CREATE TABLE IF NOT EXISTS chat_owners (
    chat_id     INTEGER PRIMARY KEY,
    instance_id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS send_scopes (
    scope TEXT PRIMARY KEY        -- "all", "chat:<id>": locked while a slot is taken
);
CREATE TABLE IF NOT EXISTS send_slots (
    id    INTEGER PRIMARY KEY,
    scope TEXT NOT NULL,
    at    REAL NOT NULL           -- when the send finished (while in flight: a time ahead)
);
CREATE INDEX IF NOT EXISTS send_slots_scope ON send_slots (scope, at);
ALTER TABLE reminders ADD COLUMN claimed_until REAL;
PRAGMA user_version = 13;
COMMIT;
