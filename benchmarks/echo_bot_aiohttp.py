"""The lower floor: an echo bot on our own HTTP stack (aiohttp client, uvloop), with no
framework at all: long polling, one task per update, the same answers as benchmarks/echo_bot.py
(a text echoed, a button answered and its message edited, a group message answered as a
reply). Against it, the throughput benchmark's ratio shows what our handlers cost beyond
talking to Telegram; against the python-telegram-bot echo bot, what the framework costs.

    TELEGRAM_API_URL=http://127.0.0.1:port BOT_TOKEN=... python benchmarks/echo_bot_aiohttp.py
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

import aiohttp
import uvloop

CONNECTIONS = 16  # as many as the support bot and the other floor use


class EchoBot:
    def __init__(self, session: aiohttp.ClientSession, root: str) -> None:
        self._session = session
        self._root = root
        self._tasks: set[asyncio.Task[None]] = set()

    async def call(self, method: str, **params: Any) -> Any:
        async with self._session.post(f"{self._root}/{method}", json=params) as answer:
            body = await answer.json()
        return body.get("result")

    async def poll(self) -> None:
        offset = 0
        while True:
            updates = await self.call("getUpdates", offset=offset, timeout=10)
            for update in updates or []:
                offset = max(offset, update["update_id"] + 1)
                task = asyncio.get_running_loop().create_task(self.handle(update))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    async def handle(self, update: dict[str, Any]) -> None:
        if "callback_query" in update:
            query = update["callback_query"]
            await self.call("answerCallbackQuery", callback_query_id=query["id"])
            message = query["message"]
            await self.call(
                "editMessageText",
                chat_id=message["chat"]["id"],
                message_id=message["message_id"],
                text=f"pressed {query.get('data')} ({query['id']})",
            )
            return
        message = update.get("message")
        if message is None:
            return
        params: dict[str, Any] = {
            "chat_id": message["chat"]["id"],
            "text": message.get("text") or message.get("caption") or "media",
        }
        if message["chat"]["type"] != "private":
            params["reply_parameters"] = {"message_id": message["message_id"]}
        await self.call("sendMessage", **params)


async def main() -> None:
    root = f"{os.environ['TELEGRAM_API_URL'].rstrip('/')}/bot{os.environ['BOT_TOKEN']}"
    connector = aiohttp.TCPConnector(limit=CONNECTIONS)
    async with aiohttp.ClientSession(connector=connector) as session:
        await EchoBot(session, root).poll()


if __name__ == "__main__":
    uvloop.run(main())
