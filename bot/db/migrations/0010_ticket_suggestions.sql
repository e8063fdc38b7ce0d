-- Agent assist: the knowledge-base entries that best match the user's words when the ticket
-- was opened (comma-separated ids, best first). The card offers to send their answers.
BEGIN;
ALTER TABLE tickets ADD COLUMN suggested TEXT NOT NULL DEFAULT '';
PRAGMA user_version = 10;
COMMIT;
