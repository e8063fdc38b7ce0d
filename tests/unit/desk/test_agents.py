"""Who may act as an agent, with several agents' groups (AGENT_ROUTES)."""

from __future__ import annotations

from types import SimpleNamespace

from telegram.error import BadRequest

from bot.core.config import Settings
from bot.desk.agents import AgentDirectory
from tests.unit.helpers import GROUP_ID, TOKEN

ENGLISH = -1003333
RULES = f"english {ENGLISH} language=en agents=111"


class Members:
    """Stands in for Telegram's getChatMember: {chat: {user ids}}; anyone else has 'left'."""

    def __init__(self, members: dict[int, set[int]]) -> None:
        self.members = members
        self.asked: list[tuple[int, int]] = []

    async def get_chat_member(self, chat_id, user_id):
        self.asked.append((chat_id, user_id))
        if chat_id not in self.members:
            raise BadRequest("chat not found")
        return SimpleNamespace(status="member" if user_id in self.members[chat_id] else "left")


def _directory() -> AgentDirectory:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=TOKEN,
        agent_chat_id=GROUP_ID,
        agent_ids="7",
        agent_routes=RULES,
    )
    return AgentDirectory(settings)


async def test_a_routes_own_agent_acts_in_its_group_and_in_private_not_elsewhere():
    bot = Members({GROUP_ID: {222}, ENGLISH: {333}})
    agents = _directory()
    assert await agents.is_agent(bot, 111, ENGLISH)
    assert await agents.is_agent(bot, 111, None)  # /kb, /stats in a private chat
    assert not await agents.is_agent(bot, 111, GROUP_ID)


async def test_members_act_in_the_group_they_belong_to_and_agent_ids_everywhere():
    bot = Members({GROUP_ID: {222}, ENGLISH: {333}})
    agents = _directory()
    assert await agents.is_agent(bot, 333, ENGLISH)
    assert not await agents.is_agent(bot, 333, GROUP_ID)
    assert await agents.is_agent(bot, 222, GROUP_ID)
    assert await agents.is_agent(bot, 222, None)  # private: the default group's members
    assert not await agents.is_agent(bot, 333, None)
    for chat in (GROUP_ID, ENGLISH, None):
        assert await agents.is_agent(bot, 7, chat)
    # A chat that is no agents' group counts as the default group.
    assert await agents.is_agent(bot, 222, -999)
