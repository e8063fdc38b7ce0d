-- Privacy and operations: a ticket can be erased (its content gone, its row kept for the
-- counts), every agent and admin action is recorded, and a broadcast keeps its delivery
-- counts once retention has removed the delivery rows.
BEGIN;
ALTER TABLE tickets ADD COLUMN erased_at TEXT;
ALTER TABLE broadcasts ADD COLUMN sent_count INTEGER;
ALTER TABLE broadcasts ADD COLUMN failed_count INTEGER;
CREATE TABLE IF NOT EXISTS audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    actor_id    INTEGER NOT NULL,
    action      TEXT    NOT NULL,   -- reply, note, claim, priority, close, ban, erase, …
    ticket_id   INTEGER,
    detail      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at);
CREATE INDEX IF NOT EXISTS audit_log_actor ON audit_log (actor_id, at);
CREATE INDEX IF NOT EXISTS audit_log_ticket ON audit_log (ticket_id, at);
CREATE INDEX IF NOT EXISTS questions_user ON questions (user_id);
PRAGMA user_version = 16;
COMMIT;
