"""Who may use the team's commands: admins (ADMIN_IDS) and agents (see bot.desk.agents)."""

from __future__ import annotations

from bot.runtime.context import BotContext


def is_admin(ctx: BotContext, user_id: int | None) -> bool:
    return user_id is not None and user_id in ctx.services.settings.admin_ids


async def is_staff(ctx: BotContext, user_id: int | None) -> bool:
    if user_id is None:
        return False
    return is_admin(ctx, user_id) or await ctx.services.agents.is_agent(ctx.bot, user_id)
