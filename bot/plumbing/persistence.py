"""python-telegram-bot persistence in our SQLite database (JSON rows, never pickle).

PTB hands us data in batches; SupportApplication flushes after every handled update, so a
step the user saw acknowledged is on disk within milliseconds, not within update_interval.
"""

from __future__ import annotations

import json

from telegram.ext import BasePersistence, PersistenceInput

from bot.db.state import DataScope, JsonDict, StateRepository


class SQLitePersistence(BasePersistence[JsonDict, JsonDict, JsonDict]):
    def __init__(self, repository: StateRepository, *, update_interval: float) -> None:
        super().__init__(
            store_data=PersistenceInput(
                bot_data=True, chat_data=True, user_data=True, callback_data=False
            ),
            update_interval=update_interval,
        )
        self._repo = repository
        # The JSON last written per row: PTB re-sends unchanged data; skipping it saves I/O.
        self._written: dict[tuple[str, int], str] = {}

    async def _save_if_changed(self, scope: DataScope, owner_id: int, data: object) -> None:
        encoded = json.dumps(data, ensure_ascii=False, sort_keys=True)
        if self._written.get((scope.value, owner_id)) == encoded:
            return
        await self._repo.save(scope, owner_id, data)
        self._written[(scope.value, owner_id)] = encoded

    async def write_step(
        self,
        user_id: int,
        data: JsonDict,
        name: str,
        key: tuple[int | str, ...],
        state: object | None,
    ) -> None:
        """A flow's step with the user's data, in one transaction."""
        await self._repo.save_step(user_id, data, name, key, state)
        encoded = json.dumps(data, ensure_ascii=False, sort_keys=True)
        self._written[(DataScope.USER.value, user_id)] = encoded

    def loaded(self, scope: DataScope, owner_id: int, data: object) -> None:
        """Data read back from the database (another replica wrote it): what is written."""
        encoded = json.dumps(data, ensure_ascii=False, sort_keys=True)
        self._written[(scope.value, owner_id)] = encoded

    async def get_user_data(self) -> dict[int, JsonDict]:
        return await self._repo.load_scope(DataScope.USER)

    async def get_chat_data(self) -> dict[int, JsonDict]:
        return await self._repo.load_scope(DataScope.CHAT)

    async def get_bot_data(self) -> JsonDict:
        return (await self._repo.load_scope(DataScope.BOT)).get(0, {})

    async def get_callback_data(self) -> None:
        return None

    async def get_conversations(self, name: str) -> dict[tuple[int | str, ...], object]:
        rows = await self._repo.load_conversations(name)
        return {row.key: row.state for row in rows}

    async def update_conversation(
        self, name: str, key: tuple[int | str, ...], new_state: object | None
    ) -> None:
        await self._repo.save_conversation(name, key, new_state)

    async def update_user_data(self, user_id: int, data: JsonDict) -> None:
        await self._save_if_changed(DataScope.USER, user_id, data)

    async def update_chat_data(self, chat_id: int, data: JsonDict) -> None:
        await self._save_if_changed(DataScope.CHAT, chat_id, data)

    async def update_bot_data(self, data: JsonDict) -> None:
        await self._save_if_changed(DataScope.BOT, 0, data)

    async def update_callback_data(self, data: object) -> None:
        return None

    async def drop_user_data(self, user_id: int) -> None:
        self._written.pop((DataScope.USER.value, user_id), None)
        await self._repo.drop(DataScope.USER, user_id)

    async def drop_chat_data(self, chat_id: int) -> None:
        self._written.pop((DataScope.CHAT.value, chat_id), None)
        await self._repo.drop(DataScope.CHAT, chat_id)

    async def refresh_user_data(self, user_id: int, user_data: JsonDict) -> None:
        return None

    async def refresh_chat_data(self, chat_id: int, chat_data: JsonDict) -> None:
        return None

    async def refresh_bot_data(self, bot_data: JsonDict) -> None:
        return None

    async def flush(self) -> None:
        return None
