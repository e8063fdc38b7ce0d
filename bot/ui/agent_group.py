"""Helpers for handlers in the agents' group: the agents' language, who may act, which
ticket a message is about."""

from __future__ import annotations

from telegram import Message, Update

from bot.domain.tickets import Ticket
from bot.runtime.context import BotContext
from bot.ui.parts import message_of


def agent_text(ctx: BotContext, key: str, **params: object) -> str:
    """A reply to the agent who acts, in their language (the desk's for anyone else)."""
    locale = ctx.agent_locale or ctx.services.desk.agent_locale
    return ctx.services.translator.t(locale, key, **params)


async def is_agent(ctx: BotContext, user_id: int, chat_id: int | None = None) -> bool:
    """May this person act as an agent (in the agents' group `chat_id`, when they act in one)?"""
    return await ctx.services.agents.is_agent(ctx.bot, user_id, chat_id)


async def refuse(message: Message, ctx: BotContext) -> None:
    await message.reply_text(agent_text(ctx, "desk-not-agent"))


async def acting_agent(update: Update, ctx: BotContext) -> bool:
    """True if the sender may act; a human who may not is told so, bots are ignored."""
    message = update.effective_message
    sender = message.from_user if message else None
    if message is None or sender is None or sender.is_bot:
        return False
    if not await is_agent(ctx, sender.id, message.chat_id):
        await refuse(message, ctx)
        return False
    return True


async def ticket_for_command(update: Update, ctx: BotContext) -> Ticket | None:
    """The ticket a group command is about (its topic, or the message it replies to)."""
    if not await acting_agent(update, ctx):
        return None
    message = message_of(update)
    ticket = await ctx.services.desk.relays.ticket_of_group_message(message)
    if ticket is None:
        await message.reply_text(agent_text(ctx, "desk-no-ticket-here"))
    return ticket
