"""The floor: a bare python-telegram-bot echo bot (PTB's own httpx transport and event loop,
64 concurrent updates, 16 connections like the support bot), run by the throughput benchmark
on the same emulator and traffic.

    TELEGRAM_API_URL=http://127.0.0.1:port BOT_TOKEN=... python benchmarks/echo_bot.py
"""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    await message.reply_text(message.text or message.caption or "media")


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer()
    await query.edit_message_text(f"pressed {query.data} ({query.id})")  # never "not modified"


def main() -> None:
    root = os.environ["TELEGRAM_API_URL"].rstrip("/")
    application = (
        Application.builder()
        .token(os.environ["BOT_TOKEN"])
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .concurrent_updates(64)
        # As many connections as the support bot uses: PTB's default of 256 makes httpx scan
        # a long pool on every request and made this floor slower and far more variable.
        .connection_pool_size(16)
        .build()
    )
    application.add_handler(MessageHandler(filters.ALL, echo))
    application.add_handler(CallbackQueryHandler(pressed))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
