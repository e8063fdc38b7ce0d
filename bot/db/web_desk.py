"""The web desk's own rows: sign-in links already used, agents' sessions, files attached to a
reply from the browser, and the queue as the workspace filters it."""

from __future__ import annotations

from dataclasses import dataclass

from bot.db.store import Store
from bot.db.ticket_rows import OPEN_STATUSES_SQL, message_from_row, ticket_from_row
from bot.domain.tickets import Ticket, TicketMessage


@dataclass(frozen=True, slots=True)
class WebSession:
    agent_id: int
    agent_name: str
    csrf: str
    expires_at: float


@dataclass(frozen=True, slots=True)
class Upload:
    id: int
    ticket_id: int
    content_type: str  # photo or document: how Telegram is to send it
    mime_type: str
    filename: str
    data: bytes


@dataclass(frozen=True, slots=True)
class QueueFilter:
    status: str = "open"  # open, closed or all
    route: str | None = None
    assignee: str | None = None  # "me", "none" or None (anyone)
    limit: int = 200


_PRIORITY_ORDER = "CASE priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END"


class WebDeskRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    # ---------------------------------------------------------- sign-in
    async def use_link(self, nonce: str, at: float) -> bool:
        """Mark a link used; False if it had been already (a link signs in once)."""
        conn = await self._db.connection()
        cursor = await conn.execute(
            "INSERT INTO desk_links_used (nonce, used_at) VALUES (?, ?)"
            " ON CONFLICT (nonce) DO NOTHING",
            (nonce, at),
        )
        return cursor.rowcount == 1

    async def open_session(self, token_hash: str, session: WebSession) -> None:
        conn = await self._db.connection()
        await conn.execute(
            "INSERT INTO desk_sessions (token_hash, agent_id, agent_name, csrf, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (token_hash, session.agent_id, session.agent_name, session.csrf, session.expires_at),
        )

    async def session(self, token_hash: str, now: float) -> WebSession | None:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT agent_id, agent_name, csrf, expires_at FROM desk_sessions"
            " WHERE token_hash = ? AND expires_at > ?",
            (token_hash, now),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        return WebSession(int(row[0]), row[1], row[2], float(row[3]))

    async def end_session(self, token_hash: str) -> None:
        conn = await self._db.connection()
        await conn.execute("DELETE FROM desk_sessions WHERE token_hash = ?", (token_hash,))

    async def prune(self, now: float, links_before: float) -> None:
        conn = await self._db.connection()
        await conn.execute("DELETE FROM desk_sessions WHERE expires_at <= ?", (now,))
        await conn.execute("DELETE FROM desk_links_used WHERE used_at < ?", (links_before,))

    # ---------------------------------------------------------- uploads
    async def save_upload(
        self, ticket_id: int, content_type: str, mime_type: str, filename: str, data: bytes
    ) -> int:
        conn = await self._db.connection()
        async with conn.execute(
            "INSERT INTO desk_uploads (ticket_id, content_type, mime_type, filename, data)"
            " VALUES (?, ?, ?, ?, ?) RETURNING id",
            (ticket_id, content_type, mime_type, filename, data),
        ) as cursor:
            row = await cursor.fetchone()
        assert row is not None
        return int(row[0])

    async def upload(self, upload_id: int) -> Upload | None:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT id, ticket_id, content_type, mime_type, filename, data FROM desk_uploads"
            " WHERE id = ?",
            (upload_id,),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        return Upload(int(row[0]), int(row[1]), row[2], row[3], row[4], bytes(row[5]))

    # ------------------------------------------------------------ reads
    async def queue(self, wanted: QueueFilter, agent_id: int) -> list[Ticket]:
        where: list[str] = []
        params: list[object] = []
        if wanted.status == "open":
            where.append(f"status IN ({OPEN_STATUSES_SQL})")
        elif wanted.status == "closed":
            where.append(f"status NOT IN ({OPEN_STATUSES_SQL})")
        if wanted.route:
            where.append("route = ?")
            params.append(wanted.route)
        if wanted.assignee == "me":
            where.append("claimed_by = ?")
            params.append(agent_id)
        elif wanted.assignee == "none":
            where.append("claimed_by IS NULL")
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        conn = await self._db.connection()
        async with conn.execute(
            f"SELECT * FROM tickets {clause} ORDER BY {_PRIORITY_ORDER}, id DESC LIMIT ?",
            (*params, wanted.limit),
        ) as cursor:
            return [ticket_from_row(row) for row in await cursor.fetchall()]

    async def change_mark(self) -> str:
        """Changes when a ticket or its history does: the live view's cue to refresh."""
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM ticket_messages),"
            " (SELECT COALESCE(MAX(updated_at), '') FROM tickets)"
        ) as cursor:
            row = await cursor.fetchone()
        assert row is not None
        return f"{row[0]}-{row[1]}"

    async def message(self, message_id: int) -> TicketMessage | None:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT * FROM ticket_messages WHERE id = ?", (message_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return message_from_row(row) if row else None
