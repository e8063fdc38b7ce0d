"""Two ticket floors for benchmarks/ticket_path.py, on the same stack as the support bot
(python-telegram-bot and its httpx transport), run on the same emulator and traffic:

* `ticketgram` (the default): a small open-source ticket bot's way of working, written anew
  from its description (mikurei/ticketgram): python-telegram-bot's defaults (one update at a
  time), synchronous SQLite in WAL mode, each update looks its user up (and checks a ban),
  /agent counts the user's open tickets and offers a cancel button, a description is posted
  to the staff group with its buttons, the cancel button is removed, the user is told, and
  the ticket row is saved. That bot drops follow-ups; this one forwards them, so the closed
  loop has an answer to wait for.
* `bare`: nothing on disk, 64 updates at once, 16 connections, each follow-up forwarded: the
  least any ticket bot can do for the same visible result.

    TELEGRAM_API_URL=... BOT_TOKEN=... STAFF_CHAT_ID=-100... [FLOOR=bare] python ticket_bot.py
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import tempfile
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

_numbers = itertools.count(1)
SCHEMA = """
CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, first_name TEXT, language TEXT);
CREATE TABLE IF NOT EXISTS bans (user_id INTEGER PRIMARY KEY);
CREATE TABLE IF NOT EXISTS tickets (
    id INTEGER PRIMARY KEY, user_id INTEGER, message TEXT, group_message_id INTEGER,
    status INTEGER DEFAULT 0
);
"""


def _database(context: ContextTypes.DEFAULT_TYPE) -> sqlite3.Connection | None:
    db: sqlite3.Connection | None = context.bot_data.get("db")
    return db


async def remember(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every update: find the user (create them the first time) and stop a banned one."""
    db, user = _database(context), update.effective_user
    if db is None or user is None:
        return
    if db.execute("SELECT 1 FROM users WHERE id = ?", (user.id,)).fetchone() is None:
        db.execute(
            "INSERT INTO users VALUES (?, ?, ?)", (user.id, user.first_name, user.language_code)
        )
        db.commit()
    if db.execute("SELECT 1 FROM bans WHERE user_id = ?", (user.id,)).fetchone():
        raise ApplicationHandlerStop


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text("Welcome! Send /agent to open a ticket.")


async def agent(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    db = _database(context)
    if db is not None:
        db.execute(
            "SELECT COUNT(*) FROM tickets WHERE user_id = ? AND status = 0",
            (update.effective_user.id,),
        ).fetchone()
    cancel = InlineKeyboardMarkup([[InlineKeyboardButton("Cancel", callback_data="CANCEL")]])
    sent = await update.effective_message.reply_text(
        "Describe your problem in one message.", reply_markup=cancel
    )
    context.user_data["state"] = "describing"
    context.user_data["prompt"] = sent.message_id


async def text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, staff = update.effective_message, context.bot_data["staff"]
    state = context.user_data.get("state")
    if state is None:
        await message.reply_text("Send /agent to open a ticket.")
        return
    if state == "open":
        await message.forward(staff)
        return
    number = next(_numbers)
    buttons = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Spam", callback_data=f"{number}_s")],
            [InlineKeyboardButton("Close", callback_data=f"{number}_c")],
        ]
    )
    posted = await context.bot.send_message(
        staff, f"{message.from_user.first_name} | #{number}\n\n{message.text}", reply_markup=buttons
    )
    if _database(context) is not None:
        await context.bot.edit_message_reply_markup(
            message.chat_id, context.user_data["prompt"], reply_markup=None
        )
    await message.reply_text(f"Ticket #{number} created.")
    context.user_data["state"] = "open"
    db = _database(context)
    if db is not None:
        db.execute(
            "INSERT INTO tickets (id, user_id, message, group_message_id) VALUES (?, ?, ?, ?)",
            (number, message.from_user.id, message.text, posted.message_id),
        )
        db.commit()


def main() -> None:
    root = os.environ["TELEGRAM_API_URL"].rstrip("/")
    bare = os.environ.get("FLOOR") == "bare"
    builder = (
        Application.builder()
        .token(os.environ["BOT_TOKEN"])
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
    )
    if bare:
        builder = builder.concurrent_updates(64).connection_pool_size(16)
    application = builder.build()
    application.bot_data["staff"] = int(os.environ["STAFF_CHAT_ID"])
    if not bare:
        path = Path(tempfile.mkdtemp()) / "tickets.db"
        db = sqlite3.connect(path)
        db.execute("PRAGMA journal_mode=wal")
        db.executescript(SCHEMA)
        application.bot_data["db"] = db
        application.add_handler(TypeHandler(Update, remember), -1)
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler("agent", agent))
    application.add_handler(MessageHandler(filters.TEXT & filters.ChatType.PRIVATE, text))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
