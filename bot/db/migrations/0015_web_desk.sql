-- The web desk: one-time sign-in links already used, agents' sessions, and the files agents
-- attach to a reply from the browser (kept until the reply has gone out, and for the history).
BEGIN;
CREATE TABLE IF NOT EXISTS desk_links_used (
    nonce    TEXT PRIMARY KEY,
    used_at  REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS desk_sessions (
    token_hash  TEXT PRIMARY KEY,   -- sha256 of the cookie: a copy of the table signs no one in
    agent_id    INTEGER NOT NULL,
    agent_name  TEXT    NOT NULL,
    csrf        TEXT    NOT NULL,
    expires_at  REAL    NOT NULL
);
-- The live view asks for the newest change a few times a second.
CREATE INDEX IF NOT EXISTS tickets_updated ON tickets (updated_at);
CREATE TABLE IF NOT EXISTS desk_uploads (
    id            INTEGER PRIMARY KEY,
    ticket_id     INTEGER NOT NULL REFERENCES tickets (id),
    content_type  TEXT    NOT NULL,  -- photo or document
    mime_type     TEXT    NOT NULL,
    filename      TEXT    NOT NULL,
    data          BLOB    NOT NULL
);
PRAGMA user_version = 15;
COMMIT;
