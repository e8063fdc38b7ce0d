"""Storage behind the bot's persistence: conversation states and user/chat/bot data as JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.core.clock import iso, utc_now
from bot.db.store import Store

# One owner's data: PTB's user, chat and bot data are dicts, stored as JSON objects.
JsonDict = dict[str, Any]


class DataScope(StrEnum):
    USER = "user"
    CHAT = "chat"
    BOT = "bot"
    CALLBACK = "callback"


@dataclass(frozen=True, slots=True)
class ConversationRow:
    key: tuple[int | str, ...]
    state: object


SAVE_DATA_SQL = (
    "INSERT INTO persisted_data (scope, owner_id, data, updated_at) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (scope, owner_id) DO UPDATE SET"
    " data = excluded.data, updated_at = excluded.updated_at"
)
SAVE_CONVERSATION_SQL = (
    "INSERT INTO conversation_state (handler_name, conv_key, state, updated_at)"
    " VALUES (?, ?, ?, ?) ON CONFLICT (handler_name, conv_key) DO UPDATE SET"
    " state = excluded.state, updated_at = excluded.updated_at"
)
DROP_CONVERSATION_SQL = "DELETE FROM conversation_state WHERE handler_name = ? AND conv_key = ?"


def _data_row(scope: DataScope, owner_id: int, data: object) -> tuple[object, ...]:
    return (scope.value, owner_id, json.dumps(data, ensure_ascii=False), iso(utc_now()))


def _conversation_row(handler_name: str, conv_key: str, state: object) -> tuple[object, ...]:
    return (handler_name, conv_key, json.dumps(state), iso(utc_now()))


class StateRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    async def load_scope(self, scope: DataScope) -> dict[int, JsonDict]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT owner_id, data FROM persisted_data WHERE scope = ?", (scope.value,)
        ) as cursor:
            rows = await cursor.fetchall()
        return {row["owner_id"]: json.loads(row["data"]) for row in rows}

    async def load_one(self, scope: DataScope, owner_id: int) -> JsonDict | None:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT data FROM persisted_data WHERE scope = ? AND owner_id = ?",
            (scope.value, owner_id),
        ) as cursor:
            row = await cursor.fetchone()
        return json.loads(row["data"]) if row else None

    async def load_chat_conversations(
        self, handler_name: str, chat_id: int
    ) -> list[ConversationRow]:
        """The conversations in one chat (keys start with the chat's id)."""
        return await self._conversations(" AND conv_key LIKE ?", (handler_name, f"[{chat_id},%"))

    async def save(
        self, scope: DataScope, owner_id: int, data: object, *, conn: Any = None
    ) -> None:
        conn = conn or await self._db.connection()
        await conn.execute(SAVE_DATA_SQL, _data_row(scope, owner_id, data))

    async def drop(self, scope: DataScope, owner_id: int) -> None:
        conn = await self._db.connection()
        await conn.execute(
            "DELETE FROM persisted_data WHERE scope = ? AND owner_id = ?", (scope.value, owner_id)
        )

    async def load_conversations(self, handler_name: str) -> list[ConversationRow]:
        return await self._conversations("", (handler_name,))

    async def _conversations(
        self, narrower: str, params: tuple[object, ...]
    ) -> list[ConversationRow]:
        conn = await self._db.connection()
        async with conn.execute(
            "SELECT conv_key, state FROM conversation_state WHERE handler_name = ?" + narrower,
            params,
        ) as cursor:
            rows = await cursor.fetchall()
        return [
            ConversationRow(key=tuple(json.loads(row["conv_key"])), state=json.loads(row["state"]))
            for row in rows
        ]

    async def save_step(
        self,
        user_id: int,
        data: object,
        handler_name: str,
        key: tuple[int | str, ...],
        state: object | None,
    ) -> None:
        """A flow's step and the user's data together: a kill between two separate writes
        left the update marked applied without the step it applied. One trip to the writer."""
        data_row = _data_row(DataScope.USER, user_id, data)
        conv_key = json.dumps(list(key))

        def save(conn: Any) -> None:
            conn.execute(SAVE_DATA_SQL, data_row)
            if state is None:
                conn.execute(DROP_CONVERSATION_SQL, (handler_name, conv_key))
            else:
                conn.execute(
                    SAVE_CONVERSATION_SQL, _conversation_row(handler_name, conv_key, state)
                )

        await self._db.atomically(save)

    async def save_conversation(
        self,
        handler_name: str,
        key: tuple[int | str, ...],
        state: object | None,
        *,
        conn: Any = None,
    ) -> None:
        conn = conn or await self._db.connection()
        conv_key = json.dumps(list(key))
        if state is None:
            await conn.execute(DROP_CONVERSATION_SQL, (handler_name, conv_key))
            return
        await conn.execute(SAVE_CONVERSATION_SQL, _conversation_row(handler_name, conv_key, state))
