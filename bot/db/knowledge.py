"""The knowledge base's rows: entries, their texts per language, and every change."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.clock import iso, parse_iso, utc_now
from bot.db.store import Connection, Store
from bot.domain.knowledge import EntryField, EntryStatus, EntryText, KbChange, KbEntry

SEEDED_KEY = "seeded"


class StaleVersion(Exception):
    """Someone else changed the entry first: reload and try again."""


class KnowledgeRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    async def load(self) -> list[KbEntry]:
        conn = await self._db.connection()
        async with conn.execute("SELECT * FROM kb_entries ORDER BY position, id") as cursor:
            entries = list(await cursor.fetchall())
        async with conn.execute("SELECT * FROM kb_texts") as cursor:
            texts = list(await cursor.fetchall())
        by_entry: dict[str, dict[str, EntryText]] = {}
        for row in texts:
            by_entry.setdefault(row["entry_id"], {})[row["locale"]] = EntryText(
                question=row["question"],
                answer=row["answer"],
                phrasings=tuple(line for line in row["phrasings"].split("\n") if line.strip()),
            )
        return [
            KbEntry(
                id=row["id"],
                category_id=row["category_id"],
                texts=by_entry.get(row["id"], {}),
                status=EntryStatus(row["status"]),
                version=row["version"],
                position=row["position"],
            )
            for row in entries
        ]

    async def changes_made(self) -> int:
        """How many changes the team has made: another replica's edit shows here."""
        conn = await self._db.connection()
        async with conn.execute("SELECT COUNT(*) FROM kb_changes") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def seed_once(self, entries: Sequence[KbEntry]) -> bool:
        """Import the shipped entries into a database that never had them; False if it had."""
        async with self._db.transaction() as conn:
            async with conn.execute("SELECT 1 FROM kb_meta WHERE key = ?", (SEEDED_KEY,)) as c:
                if await c.fetchone() is not None:
                    return False
            for entry in entries:
                await _write_entry(conn, entry)
            await conn.execute(
                "INSERT INTO kb_meta (key, value) VALUES (?, ?)", (SEEDED_KEY, iso(utc_now()))
            )
        return True

    async def save(self, entry: KbEntry, changes: Sequence[KbChange]) -> None:
        """Write `entry` (a new one at version 1, or the next version of a stored one) with
        the changes that made it, in one transaction."""
        async with self._db.transaction() as conn:
            async with conn.execute(
                "SELECT version FROM kb_entries WHERE id = ?", (entry.id,)
            ) as cursor:
                row = await cursor.fetchone()
            stored = row["version"] if row is not None else 0
            if entry.version != stored + 1:
                raise StaleVersion(entry.id)
            await _write_entry(conn, entry)
            for change in changes:
                await conn.execute(
                    "INSERT INTO kb_changes (entry_id, version, actor_id, at, what, locale,"
                    " before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        change.entry_id,
                        change.version,
                        change.actor_id,
                        iso(change.at),
                        change.what.value,
                        change.locale,
                        change.before,
                        change.after,
                    ),
                )

    async def history(self, entry_id: str) -> list[KbChange]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM kb_changes WHERE entry_id = ? ORDER BY version, id", (entry_id,)
        ) as cursor:
            rows = await cursor.fetchall()
        return [
            KbChange(
                entry_id=row["entry_id"],
                version=row["version"],
                actor_id=row["actor_id"],
                at=parse_iso(row["at"]),
                what=EntryField(row["what"]),
                locale=row["locale"],
                before=row["before"],
                after=row["after"],
            )
            for row in rows
        ]


async def _write_entry(conn: Connection, entry: KbEntry) -> None:
    await conn.execute(
        "INSERT INTO kb_entries (id, category_id, status, version, position, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET category_id ="
        " excluded.category_id, status = excluded.status, version = excluded.version,"
        " position = excluded.position, updated_at = excluded.updated_at",
        (
            entry.id,
            entry.category_id,
            entry.status.value,
            entry.version,
            entry.position,
            iso(utc_now()),
        ),
    )
    for locale, text in entry.texts.items():
        await conn.execute(
            "INSERT INTO kb_texts (entry_id, locale, question, answer, phrasings)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (entry_id, locale) DO UPDATE SET"
            " question = excluded.question, answer = excluded.answer,"
            " phrasings = excluded.phrasings",
            (entry.id, locale, text.question, text.answer, "\n".join(text.phrasings)),
        )
