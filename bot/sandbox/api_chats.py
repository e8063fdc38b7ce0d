"""Bot API methods on chats: members, forum topics, chat actions and the command menu."""

from __future__ import annotations

from bot.sandbox.records import JSON, ApiError
from bot.sandbox.state import EmulatorState


def _scope_type(params: JSON) -> str:
    scope = params.get("scope") or {"type": "default"}
    scope_type: str = scope.get("type", "default") if isinstance(scope, dict) else "default"
    return scope_type


class ChatMethods(EmulatorState):
    async def _chat_action(self, params: JSON) -> bool:
        self._chat(params.get("chat_id"))
        return True

    async def _set_my_commands(self, params: JSON) -> bool:
        language = str(params.get("language_code") or "")
        self.commands[(_scope_type(params), language)] = list(params.get("commands") or [])
        return True

    async def _get_my_commands(self, params: JSON) -> list[JSON]:
        language = str(params.get("language_code") or "")
        return self.commands.get((_scope_type(params), language), [])

    async def _get_chat(self, params: JSON) -> JSON:
        chat = dict(self._chat(params.get("chat_id")))
        chat.update(
            accent_color_id=0,
            max_reaction_count=11,
            accepted_gift_types={
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        )
        return chat

    async def _get_chat_member(self, params: JSON) -> JSON:
        chat = self._chat(params.get("chat_id"))
        user = self.users.get(int(params.get("user_id") or 0))
        if user is None:
            raise ApiError(400, "Bad Request: user not found")
        member = user["id"] in self.members.get(chat["id"], set())
        return {"status": "member" if member else "left", "user": user}

    async def _create_forum_topic(self, params: JSON) -> JSON:
        chat = self._chat(params.get("chat_id"))
        if not chat.get("is_forum"):
            raise ApiError(400, "Bad Request: the chat is not a forum")
        topic = {
            "message_thread_id": next(self._topic_ids),
            "name": params.get("name", ""),
            "icon_color": 7322096,
        }
        self.topics.setdefault(chat["id"], {})[topic["message_thread_id"]] = str(topic["name"])
        self._record("createForumTopic", chat["id"], None, params)
        return topic

    async def _edit_forum_topic(self, params: JSON) -> bool:
        chat = self._chat(params.get("chat_id"))
        topics = self.topics.get(chat["id"], {})
        thread = int(params.get("message_thread_id") or 0)
        if thread not in topics:
            raise ApiError(400, "Bad Request: TOPIC_ID_INVALID")
        name = params.get("name")
        if name is not None:
            if str(name) == topics[thread]:
                raise ApiError(400, "Bad Request: TOPIC_NOT_MODIFIED")
            topics[thread] = str(name)
        self._record("editForumTopic", chat["id"], None, params)
        return True
