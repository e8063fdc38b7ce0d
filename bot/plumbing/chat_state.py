"""A chat whose updates this replica takes over from another: what PTB keeps in memory about
it (the user's and the chat's data, the state of each guided flow in it) is read back from
the database, where the previous owner wrote it after every update."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, ConversationHandler

from bot.db.state import DataScope, StateRepository
from bot.plumbing.persistence import SQLitePersistence

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


async def reload_chat(application: AnyApplication, state: StateRepository, chat_id: int) -> None:
    persistence = application.persistence
    assert isinstance(persistence, SQLitePersistence)
    scopes: list[tuple[DataScope, Any]] = [(DataScope.CHAT, application.chat_data)]
    if chat_id > 0:  # a private chat: the user is the chat
        scopes.append((DataScope.USER, application.user_data))
    for scope, mapping in scopes:
        stored = await state.load_one(scope, chat_id) or {}
        data = mapping[chat_id]  # PTB's defaultdict makes the entry
        data.clear()
        data.update(stored)
        persistence.loaded(scope, chat_id, stored)
    for conversation in _persistent_conversations(application):
        rows = await state.load_chat_conversations(conversation.name or "", chat_id)
        # PTB's TrackingDict: the plain dict under it, so reading back is not a change to write.
        states: Any = conversation._conversations  # PTB offers no way to reload one key
        for key in [k for k in states if k and k[0] == chat_id]:
            states.data.pop(key, None)
        states.update_no_track({row.key: row.state for row in rows})


def _persistent_conversations(application: AnyApplication) -> list[ConversationHandler[Any]]:
    return [
        handler
        for group in application.handlers.values()
        for handler in group
        if isinstance(handler, ConversationHandler) and handler.persistent
    ]
