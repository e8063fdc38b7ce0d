"""Who may act as an agent: ids in AGENT_IDS, a route's own `agents=` in its group, or members
of the agents' group they act in (getChatMember, cached so a busy desk does not ask Telegram on
every message); outside the groups, members of AGENT_CHAT_ID's."""

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
        self._cache: dict[tuple[int, int], tuple[bool, float]] = {}  # (chat, user)

    async def is_agent(self, bot: Bot, user_id: int, chat_id: int | None = None) -> bool:
        settings = self._settings
        if user_id in settings.agent_ids:
            return True
        # A route's own agents act in its group, and use the team's commands in private.
        if any(user_id in r.agents and chat_id in (r.chat_id, None) for r in settings.agent_routes):
            return True
        if chat_id not in settings.desk_chats:
            chat_id = settings.agent_chat_id
        if chat_id is None:
            return False
        cached = self._cache.get((chat_id, user_id))
        now = time.monotonic()
        if cached is not None and cached[1] > now:
            return cached[0]
        try:
            member = await bot.get_chat_member(chat_id, user_id)
            allowed = member.status in _MEMBER_STATUSES or bool(getattr(member, "is_member", False))
        except TelegramError as error:
            log.warning("could not check agent %s: %s", user_id, error)
            return False
        self._cache[(chat_id, user_id)] = (allowed, now + settings.agent_cache_seconds)
        return allowed
