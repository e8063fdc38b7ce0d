-- The durable inbox: every update as received (secrets redacted), until it has been handled.
-- Plus what makes a replayed update harmless: one ticket per source update, one stored
-- message per Telegram message.
BEGIN;

CREATE TABLE IF NOT EXISTS inbox (
    update_id   INTEGER PRIMARY KEY,
    payload     TEXT    NOT NULL,       -- the update as JSON, texts and captions redacted
    status      TEXT    NOT NULL DEFAULT 'pending',  -- pending, done
    received_at TEXT    NOT NULL,
    done_at     TEXT
);
CREATE INDEX IF NOT EXISTS inbox_pending ON inbox (status, update_id);

ALTER TABLE tickets ADD COLUMN source_update_id INTEGER;
CREATE UNIQUE INDEX IF NOT EXISTS tickets_source_update ON tickets (source_update_id);
CREATE UNIQUE INDEX IF NOT EXISTS ticket_messages_once
    ON ticket_messages (ticket_id, direction, telegram_message_id);

PRAGMA user_version = 5;
COMMIT;
