"""Drive the real bot process (`python -m bot`) against the Bot API emulator over HTTP."""

from __future__ import annotations

from pathlib import Path

from bot.sandbox.people import GROUP_ID, TgAgent, TgUser, button_labels
from bot.sandbox.process import TOKEN, BotProcess

__all__ = ["GROUP_ID", "ROOT", "TOKEN", "BotProcess", "TgAgent", "TgUser", "button_labels"]

ROOT = Path(__file__).resolve().parents[2]
