"""Agent-desk data: which group message belongs to which ticket, snippets and bans."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.clock import iso, utc_now
from bot.db.store import Store


@dataclass(frozen=True, slots=True)
class Snippet:
    name: str
    locale: str
    text: str


class DeskRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    # ------------------------------------------------------------ routing
    async def remember_group_message(self, route: str, message_id: int, ticket_id: int) -> None:
        conn = await self._db.connection()
        await conn.execute(
            "INSERT INTO group_messages (route, message_id, ticket_id) VALUES (?, ?, ?)"
            " ON CONFLICT (route, message_id) DO UPDATE SET ticket_id = excluded.ticket_id",
            (route, message_id, ticket_id),
        )

    async def ticket_of_group_message(self, route: str, message_id: int) -> int | None:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT ticket_id FROM group_messages WHERE route = ? AND message_id = ?",
            (route, message_id),
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else None

    # ----------------------------------------------------------- snippets
    async def save_snippet(self, snippet: Snippet, *, author: int) -> None:
        conn = await self._db.connection()
        await conn.execute(
            "INSERT INTO snippets (name, locale, text, created_by, updated_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (name, locale) DO UPDATE SET"
            " text = excluded.text, created_by = excluded.created_by,"
            " updated_at = excluded.updated_at",
            (snippet.name, snippet.locale, snippet.text, author, iso(utc_now())),
        )

    async def snippets(self) -> list[Snippet]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT name, locale, text FROM snippets ORDER BY name, locale"
        ) as c:
            return [Snippet(r["name"], r["locale"], r["text"]) for r in await c.fetchall()]

    async def snippet(self, name: str, locale: str) -> Snippet | None:
        """The snippet in `locale`, or in any language if that one is missing."""
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT name, locale, text FROM snippets WHERE name = ?"
            " ORDER BY locale = ? DESC, locale LIMIT 1",
            (name, locale),
        ) as cursor:
            row = await cursor.fetchone()
        return Snippet(row["name"], row["locale"], row["text"]) if row else None

    async def delete_snippet(self, name: str) -> int:
        conn = await self._db.connection()
        cursor = await conn.execute("DELETE FROM snippets WHERE name = ?", (name,))
        return cursor.rowcount

    # --------------------------------------------------------------- bans
    async def ban(self, user_id: int, *, by: int) -> None:
        conn = await self._db.connection()
        await conn.execute(
            "INSERT INTO bans (user_id, banned_by, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (user_id, by, iso(utc_now())),
        )

    async def unban(self, user_id: int) -> bool:
        conn = await self._db.connection()
        cursor = await conn.execute("DELETE FROM bans WHERE user_id = ?", (user_id,))
        return cursor.rowcount > 0

    async def banned_ids(self) -> set[int]:
        conn = await self._db.connection()
        async with conn.execute("SELECT user_id FROM bans") as cursor:
            return {row[0] for row in await cursor.fetchall()}
