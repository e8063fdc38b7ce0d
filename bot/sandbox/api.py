"""The Bot API as the emulator serves it: the method table, and the session methods (getMe,
getUpdates long polling) around the message, media, chat and webhook methods."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from bot.sandbox.api_chats import ChatMethods
from bot.sandbox.api_media import MediaMethods
from bot.sandbox.api_messages import MessageMethods
from bot.sandbox.records import JSON
from bot.sandbox.webhooks import WebhookMethods

Method = Callable[[JSON], Awaitable[object]]


class BotApi(MessageMethods, MediaMethods, ChatMethods, WebhookMethods):
    def _methods(self) -> dict[str, Method]:
        """Every method the emulator knows, by lowercased name (Telegram ignores the case)."""
        return {
            "getme": self._get_me,
            "logout": self._true,
            "close": self._true,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "getupdates": self._get_updates,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagecaption": self._edit_message_caption,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "answercallbackquery": self._answer_callback_query,
            "copymessage": self._copy_message,
            "forwardmessage": self._forward_message,
            "sendphoto": self._send_media("photo"),
            "senddocument": self._send_media("document"),
            "sendvoice": self._send_media("voice"),
            "sendvideo": self._send_media("video"),
            "sendsticker": self._send_media("sticker"),
            "sendanimation": self._send_media("animation"),
            "sendaudio": self._send_media("audio"),
            "deletemessage": self._delete_message,
            "sendchataction": self._chat_action,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._true,
            "setchatmenubutton": self._true,
            "setmydescription": self._true,
            "setmyshortdescription": self._true,
            "getchat": self._get_chat,
            "getchatmember": self._get_chat_member,
            "createforumtopic": self._create_forum_topic,
            "editforumtopic": self._edit_forum_topic,
            "closeforumtopic": self._true,
            "reopenforumtopic": self._true,
            "getfile": self._get_file,
            "getmystarbalance": self._get_my_star_balance,
        }

    async def _true(self, params: JSON) -> bool:
        return True

    async def _get_me(self, params: JSON) -> JSON:
        return self.bot_user

    async def _get_my_star_balance(self, params: JSON) -> JSON:
        whole, tenths = divmod(self.star_balance_tenths, 10)
        return {"amount": whole, "nanostar_amount": tenths * 100_000_000}

    async def _get_updates(self, params: JSON) -> list[JSON]:
        self._refuse_polling_while_webhook()
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        if offset:
            # Telegram forgets every update below the offset: that is the confirmation.
            self.delivered_updates += [u for u in self._pending if u["update_id"] < offset]
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
            self.confirmed_offset = max(self.confirmed_offset, offset)
        deadline = time.monotonic() + timeout
        async with self._changed:
            while not self._pending and time.monotonic() < deadline:
                if not await self._wait_for_change(deadline - time.monotonic()):
                    break
        return self._pending[:limit]
