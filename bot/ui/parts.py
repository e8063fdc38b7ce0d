"""The parts of an update a handler relies on, typed as present.

python-telegram-bot types every part of an Update as optional because an update carries only
some of them; a handler's filter decides which. These accessors state that reliance once and
fail loudly (to the error handler) instead of with an AttributeError deep in a handler.
"""

from __future__ import annotations

from telegram import CallbackQuery, Chat, Message, Update, User


class MissingPart(LookupError):
    """A handler ran on an update without the part its filter promised."""


def message_of(update: Update) -> Message:
    message = update.effective_message
    if message is None:
        raise MissingPart(f"update {update.update_id} has no message")
    return message


def chat_of(update: Update) -> Chat:
    chat = update.effective_chat
    if chat is None:
        raise MissingPart(f"update {update.update_id} has no chat")
    return chat


def user_of(update: Update) -> User:
    user = update.effective_user
    if user is None:
        raise MissingPart(f"update {update.update_id} has no sender")
    return user


def query_of(update: Update) -> CallbackQuery:
    query = update.callback_query
    if query is None:
        raise MissingPart(f"update {update.update_id} is not a button press")
    return query


def text_of(update: Update) -> str:
    """The message's text, or "" for a message without one."""
    message = update.effective_message
    return (message.text or "") if message is not None else ""
