"""Bot API methods on text messages: send, edit, copy, forward, delete, answer a button."""

from __future__ import annotations

import time

from bot.sandbox.records import (
    BOT_ID,
    JSON,
    MAX_CAPTION,
    MAX_TEXT,
    MEDIA_KINDS,
    ApiError,
    checked_text,
)
from bot.sandbox.state import EmulatorState

_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply"
    " markup are exactly the same as a current content and reply markup of the message"
)


def _markup(params: JSON) -> JSON | None:
    markup = params.get("reply_markup")
    return markup if isinstance(markup, dict) else None


class MessageMethods(EmulatorState):
    async def _send_message(self, params: JSON) -> JSON:
        chat = self._chat(params.get("chat_id"))
        text = checked_text(params, "text", MAX_TEXT, required=True)
        message = self._bot_message(chat, params)
        message["text"] = text
        self.messages[(chat["id"], message["message_id"])] = message
        self._record("sendMessage", chat["id"], message, params)
        return message

    def _existing(self, params: JSON) -> JSON:
        chat = self._chat(params.get("chat_id"))
        key = (chat["id"], int(params.get("message_id") or 0))
        message = self.messages.get(key)
        if message is None or message["from"]["id"] != BOT_ID:
            raise ApiError(400, "Bad Request: message to edit not found")
        return message

    async def _edit_message_text(self, params: JSON) -> JSON:
        message = self._existing(params)
        text = checked_text(params, "text", MAX_TEXT, required=True)
        markup = _markup(params)
        if text == message.get("text") and markup == message.get("reply_markup"):
            raise ApiError(400, _NOT_MODIFIED)
        updated = {**message, "text": text, "edit_date": int(time.time())}
        updated.pop("reply_markup", None)
        if markup:
            updated["reply_markup"] = markup
        self.messages[(message["chat"]["id"], message["message_id"])] = updated
        self._record("editMessageText", message["chat"]["id"], updated, params)
        return updated

    async def _edit_message_caption(self, params: JSON) -> JSON:
        message = self._existing(params)
        caption = checked_text(params, "caption", MAX_CAPTION, required=False)
        updated = {**message, "caption": caption or "", "edit_date": int(time.time())}
        self.messages[(message["chat"]["id"], message["message_id"])] = updated
        self._record("editMessageCaption", message["chat"]["id"], updated, params)
        return updated

    async def _edit_message_reply_markup(self, params: JSON) -> JSON:
        message = self._existing(params)
        markup = _markup(params)
        if markup == message.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified")
        updated = {**message, "edit_date": int(time.time())}
        updated.pop("reply_markup", None)
        if markup:
            updated["reply_markup"] = markup
        self.messages[(message["chat"]["id"], message["message_id"])] = updated
        self._record("editMessageReplyMarkup", message["chat"]["id"], updated, params)
        return updated

    async def _answer_callback_query(self, params: JSON) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if not query_id or query_id in self.answered_queries:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is"
                " invalid",
            )
        self.answered_queries.add(query_id)
        self._record("answerCallbackQuery", None, None, params)
        return True

    def _copy_content(self, params: JSON) -> tuple[JSON, JSON]:
        source_chat = self.chats.get(int(params.get("from_chat_id") or 0))
        key = (source_chat["id"] if source_chat else 0, int(params.get("message_id") or 0))
        original = self.messages.get(key)
        if original is None:
            raise ApiError(400, "Bad Request: message to copy not found")
        target = self._chat(params.get("chat_id"))
        message = self._bot_message(target, params)
        for name in ("text", "caption", *MEDIA_KINDS):
            if name in original:
                message[name] = original[name]
        if "caption" in params:
            caption = checked_text(params, "caption", MAX_CAPTION, required=False)
            message["caption"] = caption or ""
        return message, target

    async def _copy_message(self, params: JSON) -> JSON:
        message, target = self._copy_content(params)
        self.messages[(target["id"], message["message_id"])] = message
        self._record("copyMessage", target["id"], message, params)
        return {"message_id": message["message_id"]}

    async def _forward_message(self, params: JSON) -> JSON:
        message, target = self._copy_content(params)
        message["forward_origin"] = {
            "type": "hidden_user",
            "sender_user_name": "user",
            "date": int(time.time()),
        }
        self.messages[(target["id"], message["message_id"])] = message
        self._record("forwardMessage", target["id"], message, params)
        return message

    async def _delete_message(self, params: JSON) -> bool:
        chat = self._chat(params.get("chat_id"))
        key = (chat["id"], int(params.get("message_id") or 0))
        if self.messages.pop(key, None) is None:
            raise ApiError(400, "Bad Request: message to delete not found")
        self._record("deleteMessage", chat["id"], None, params)
        return True
