-- Version 14, as bot/db/migrations/0014_routes.sql.
BEGIN;
ALTER TABLE tickets ADD COLUMN route TEXT NOT NULL DEFAULT 'default';
CREATE INDEX IF NOT EXISTS tickets_route_topic ON tickets (route, topic_id);
ALTER TABLE group_messages ADD COLUMN route TEXT NOT NULL DEFAULT 'default';
ALTER TABLE group_messages DROP CONSTRAINT group_messages_pkey;
ALTER TABLE group_messages ADD PRIMARY KEY (route, message_id);
INSERT INTO schema_version VALUES (14);
COMMIT;
