"""A local Telegram Bot API server, faithful enough for python-telegram-bot to run unmodified.

It keeps users, chats and messages in memory, serves getUpdates by long polling, records
everything the bot does as BotEvents, and lets tests (or the sandbox) act as users and
agents, inject faults, and read back what the bot sent.

The parts, one job each:
  records.py       BotEvent, ApiError, Fault, Telegram's limits and parameter checks
  state.py         the world in memory and the bookkeeping every part shares
  api_messages.py  api_media.py  api_chats.py  the Bot API methods; api.py the method table
  limits.py        faults, rate limits and paused sends
  server.py        the aiohttp server in front of it all
  driver.py        the other side: people, their messages and taps, waiting for the bot
"""

from __future__ import annotations

from bot.sandbox.driver import Driver
from bot.sandbox.records import JSON, MAX_CAPTION, MAX_TEXT, ApiError, BotEvent, Fault
from bot.sandbox.server import ApiServer

__all__ = ["JSON", "MAX_CAPTION", "MAX_TEXT", "ApiError", "BotApiEmulator", "BotEvent", "Fault"]


class BotApiEmulator(ApiServer, Driver):
    """The Bot API server and its driver in one object: start() it, point the bot's
    TELEGRAM_API_URL at .url, then act as people and read what the bot did."""
