-- Leases: a named role (the one instance that polls Telegram and runs the timed jobs) held by
-- one instance at a time, until it expires unless renewed.
BEGIN;
CREATE TABLE IF NOT EXISTS leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,   -- INSTANCE_ID of the holder
    expires_at REAL NOT NULL    -- unix time
);
PRAGMA user_version = 12;
COMMIT;
