-- The knowledge base moves from the catalog files into the database, so the team can grow it
-- without a release. Today's entries are imported, with their ids, on the first start after
-- this migration (bot/faq/seed.py reads them from locales/*/faq.ftl); kb_meta records that.
BEGIN;
CREATE TABLE kb_entries (
    id TEXT PRIMARY KEY,
    category_id TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'live',
    version INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE TABLE kb_texts (
    entry_id TEXT NOT NULL REFERENCES kb_entries (id),
    locale TEXT NOT NULL,
    question TEXT NOT NULL DEFAULT '',
    answer TEXT NOT NULL DEFAULT '',
    phrasings TEXT NOT NULL DEFAULT '',  -- one per line
    PRIMARY KEY (entry_id, locale)
);
CREATE TABLE kb_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id TEXT NOT NULL REFERENCES kb_entries (id),
    version INTEGER NOT NULL,
    actor_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    what TEXT NOT NULL,
    locale TEXT,
    before TEXT NOT NULL,
    after TEXT NOT NULL
);
CREATE INDEX kb_changes_by_entry ON kb_changes (entry_id, version);
CREATE TABLE kb_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- What became of each logged question, so the unanswered ones can be grouped into FAQ
-- candidates: the outcome (answer, offer, handover, out_of_scope, ...), the user's 👍/👎 on
-- the answer, and the draft entry a candidate became.
ALTER TABLE questions ADD COLUMN outcome TEXT;
ALTER TABLE questions ADD COLUMN helpful INTEGER;
ALTER TABLE questions ADD COLUMN drafted_as TEXT;
-- Examples labelled by people (an agent correcting a ticket's category): training data to be.
CREATE TABLE labelled_examples (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    source TEXT NOT NULL,
    actor_id INTEGER NOT NULL,
    at TEXT NOT NULL
);
PRAGMA user_version = 9;
COMMIT;
