"""/desk: an agent asks for a one-time link that signs them in to the web desk. Only in a
private chat (a link in a group could be used by anyone there), only for agents."""

from __future__ import annotations

from typing import Any

from telegram import LinkPreviewOptions, Update
from telegram.ext import BaseHandler, CommandHandler
from telegram.ext import filters as f

from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.agent_group import agent_text, is_agent, refuse
from bot.ui.parts import message_of
from bot.webdesk.sessions import DeskSessions

ORDER = 16  # where its handlers stand: see handlers/__init__.py


async def desk_link(update: Update, ctx: BotContext) -> None:
    message = message_of(update)
    sender = message.from_user
    if sender is None or sender.is_bot:
        return
    services = ctx.services
    if message.chat.type != "private":
        await message.reply_text(agent_text(ctx, "desk-web-private-only"))
        return
    if not await is_agent(ctx, sender.id):
        await refuse(message, ctx)
        return
    if not services.web_desk_address:
        await message.reply_text(agent_text(ctx, "desk-web-off"))
        return
    sessions = DeskSessions(services.web_desk, services.agents, services.settings)
    base = services.settings.web_desk_url or services.web_desk_address
    url = sessions.issue_link(base, sender.id, sender.first_name)
    minutes = f"{services.settings.web_desk_link_minutes:g}"
    await message.reply_text(
        agent_text(ctx, "desk-web-link", minutes=minutes, url=url),
        # Telegram's preview would open the link; it only shows a button, but keep it quiet.
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    return [CommandHandler("desk", desk_link, filters=f.ChatType.PRIVATE | f.ChatType.GROUPS)]
