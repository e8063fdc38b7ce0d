"""Who may act as an agent: ids in AGENT_IDS, or members of the agents' group (getChatMember,
cached so a busy desk does not ask Telegram on every message)."""

from __future__ import annotations

import logging
import time

from telegram import Bot
from telegram.error import TelegramError

from bot.core.config import Settings

log = logging.getLogger(__name__)
_MEMBER_STATUSES = frozenset({"creator", "administrator", "member", "owner"})


class AgentDirectory:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._cache: dict[int, tuple[bool, float]] = {}

    async def is_agent(self, bot: Bot, user_id: int) -> bool:
        if user_id in self._settings.agent_ids:
            return True
        chat_id = self._settings.agent_chat_id
        if chat_id is None:
            return False
        cached = self._cache.get(user_id)
        now = time.monotonic()
        if cached is not None and cached[1] > now:
            return cached[0]
        try:
            member = await bot.get_chat_member(chat_id, user_id)
            allowed = member.status in _MEMBER_STATUSES or bool(getattr(member, "is_member", False))
        except TelegramError as error:
            log.warning("could not check agent %s: %s", user_id, error)
            return False
        self._cache[user_id] = (allowed, now + self._settings.agent_cache_seconds)
        return allowed
