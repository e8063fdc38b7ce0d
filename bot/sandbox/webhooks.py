"""Webhook delivery, as Telegram does it: after setWebhook, updates are POSTed to the URL with
the secret in X-Telegram-Bot-Api-Secret-Token, one chat's updates one at a time and in order,
different chats at once (up to max_connections); anything but a 200 is retried after a pause,
and getUpdates is refused while a webhook is set. Tests may name several targets to spread
the posts over (replicas behind a balancer)."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter

import aiohttp

from bot.plumbing.ops_server import SECRET_HEADER
from bot.sandbox.records import BOT_USERNAME, JSON, ApiError
from bot.sandbox.state import EmulatorState

RETRY_PAUSE_SECONDS = 0.2
POST_TIMEOUT_SECONDS = 10


def chat_of(update: JSON) -> object:
    """Whose update this is (a chat, else a user): the unit Telegram keeps in order."""
    for key, value in update.items():
        if key != "update_id" and isinstance(value, dict):
            chat = value.get("chat") or (value.get("message") or {}).get("chat")
            if isinstance(chat, dict):
                return ("chat", chat.get("id"))
            sender = value.get("from")
            if isinstance(sender, dict):
                return ("user", sender.get("id"))
    return ("update", update["update_id"])


class WebhookMethods(EmulatorState):
    def __init__(self, token: str, *, bot_username: str = BOT_USERNAME) -> None:
        super().__init__(token, bot_username=bot_username)
        self.webhook_url = ""
        self.webhook_secret: str | None = None
        self.webhook_targets: list[str] = []  # set by a test: post here instead, in turn
        self.webhook_answers: Counter[int] = Counter()  # HTTP status → times (0: no answer)
        self._max_connections = 40
        self._in_flight: set[int] = set()
        self._turn = 0
        self._deliverer: asyncio.Task[None] | None = None

    async def _set_webhook(self, params: JSON) -> bool:
        url = str(params.get("url") or "")
        if not url:
            return await self._delete_webhook(params)
        self.webhook_url = url
        secret = params.get("secret_token")
        self.webhook_secret = str(secret) if secret else None
        self._max_connections = int(params.get("max_connections") or 40)
        if params.get("drop_pending_updates") in (True, "true", "True"):
            self._pending.clear()
        if self._deliverer is None or self._deliverer.done():
            self._deliverer = asyncio.get_running_loop().create_task(self._deliver())
        return True

    async def _delete_webhook(self, params: JSON) -> bool:
        self.webhook_url = ""
        if params.get("drop_pending_updates") in (True, "true", "True"):
            self._pending.clear()
        await self._notify()
        return True

    async def _get_webhook_info(self, params: JSON) -> JSON:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
            "max_connections": self._max_connections,
        }

    def _refuse_polling_while_webhook(self) -> None:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active;"
                " use deleteWebhook to delete the webhook first",
            )

    async def stop_webhook_delivery(self) -> None:
        if self._deliverer is not None:
            self._deliverer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._deliverer

    async def _deliver(self) -> None:
        async with aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=POST_TIMEOUT_SECONDS)
        ) as session:
            while self.webhook_url:
                for update in self._ready_to_post():
                    self._in_flight.add(update["update_id"])
                    asyncio.get_running_loop().create_task(self._post(session, update))
                async with self._changed:
                    await self._poll_for_change(0.5)

    def _ready_to_post(self) -> list[JSON]:
        """The first pending update of each chat, unless it is already on its way."""
        ready: list[JSON] = []
        seen: set[object] = set()
        for update in self._pending:
            chat = chat_of(update)
            if chat in seen:
                continue
            seen.add(chat)
            if update["update_id"] not in self._in_flight:
                if len(self._in_flight) + len(ready) >= self._max_connections:
                    break
                ready.append(update)
        return ready

    def _next_target(self) -> str:
        if not self.webhook_targets:
            return self.webhook_url
        self._turn += 1
        return self.webhook_targets[self._turn % len(self.webhook_targets)]

    async def _post(self, session: aiohttp.ClientSession, update: JSON) -> None:
        headers = {SECRET_HEADER: self.webhook_secret} if self.webhook_secret else {}
        status = 0
        try:
            async with session.post(self._next_target(), json=update, headers=headers) as answer:
                status = answer.status
        except (aiohttp.ClientError, TimeoutError):
            pass
        self.webhook_answers[status] += 1
        if status == 200:
            with contextlib.suppress(ValueError):
                self._pending.remove(update)
                self.delivered_updates.append(update)
        else:
            await asyncio.sleep(RETRY_PAUSE_SECONDS)
        self._in_flight.discard(update["update_id"])
        await self._notify()
