-- Users, questions asked, and the state python-telegram-bot persists (conversations, data).
BEGIN;

CREATE TABLE IF NOT EXISTS users (
    id              INTEGER PRIMARY KEY,          -- Telegram user id
    locale          TEXT    NOT NULL,             -- 'zh' or 'en'
    language_code   TEXT,                         -- as Telegram reported it on first contact
    first_name      TEXT    NOT NULL DEFAULT '',
    first_seen_at   TEXT    NOT NULL,             -- ISO-8601 UTC
    last_seen_at    TEXT    NOT NULL,
    notices_opt_out INTEGER NOT NULL DEFAULT 0,
    blocked_bot     INTEGER NOT NULL DEFAULT 0    -- set when Telegram answers 403 for this user
);
CREATE INDEX IF NOT EXISTS users_last_seen ON users (last_seen_at);

CREATE TABLE IF NOT EXISTS questions (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    locale        TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    faq_entry     TEXT,                           -- NULL when nothing matched
    score         REAL    NOT NULL DEFAULT 0,
    asked_at      TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS questions_asked_at ON questions (asked_at);
CREATE INDEX IF NOT EXISTS questions_faq_entry ON questions (faq_entry);

CREATE TABLE IF NOT EXISTS conversation_state (
    handler_name  TEXT NOT NULL,
    conv_key      TEXT NOT NULL,                  -- JSON array, e.g. [chat_id, user_id]
    state         TEXT NOT NULL,                  -- JSON value
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (handler_name, conv_key)
);

CREATE TABLE IF NOT EXISTS persisted_data (
    scope         TEXT    NOT NULL,               -- 'user', 'chat', 'bot' or 'callback'
    owner_id      INTEGER NOT NULL,               -- user or chat id; 0 for bot and callback
    data          TEXT    NOT NULL,               -- JSON
    updated_at    TEXT    NOT NULL,
    PRIMARY KEY (scope, owner_id)
);

PRAGMA user_version = 1;
COMMIT;
