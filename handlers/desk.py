"""The agents' group: agents' messages reach the user, `//` or /note stays internal, and the
ticket card's buttons work. Only agents may act; bots and service messages are ignored."""

from __future__ import annotations

from typing import Any

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler
from telegram.ext import filters as f

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.domain.tickets import Category, Status, Ticket, priority_step
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.agent_group import agent_text, is_agent, refuse, ticket_for_command
from bot.ui.parts import message_of, query_of

ORDER = 11  # where its handlers stand: see handlers/__init__.py

callbacks.claim("dk", __name__)  # this module handles every "dk" button

NOTE_MARKER = "//"


async def agent_message(update: Update, ctx: BotContext) -> None:
    message = message_of(update)
    sender = message.from_user
    if sender is None or sender.is_bot:
        return
    desk = ctx.services.desk
    ticket = await desk.relays.ticket_of_group_message(message)
    if ticket is None:
        return  # ordinary chatter between agents
    if not await is_agent(ctx, sender.id, message.chat_id):
        await refuse(message, ctx)
        return
    text = message.text or ""
    if text.startswith(NOTE_MARKER):
        await desk.relays.add_note(ticket, message, text[len(NOTE_MARKER) :].strip())
        return
    await desk.relays.relay_from_agent(ticket, message, update_id=update.update_id)


async def note_command(update: Update, ctx: BotContext) -> None:
    ticket = await ticket_for_command(update, ctx)
    if ticket is None:
        return
    text = " ".join(ctx.args or []).strip()
    message = message_of(update)
    if not text:
        await message.reply_text(agent_text(ctx, "desk-usage-note"))
        return
    await ctx.services.desk.relays.add_note(ticket, message, text)


async def card_button(update: Update, ctx: BotContext) -> None:
    query = query_of(update)
    parsed = callbacks.parse(query.data)
    desk = ctx.services.desk
    chat_id = query.message.chat.id if query.message else None
    if not await is_agent(ctx, query.from_user.id, chat_id):
        await query.answer(agent_text(ctx, "desk-not-agent"), show_alert=True)
        return
    ticket = None
    ticket_id = parsed.int_arg() if parsed else None
    if ticket_id is not None:
        ticket = await ctx.services.ticket_store.get(ticket_id)
    if ticket is None or parsed is None:
        await query.answer(agent_text(ctx, "stale-button"))
        return
    agent = query.from_user
    action = parsed.action
    if action == "sg":
        await query.answer(agent_text(ctx, await _send_suggestion(ctx, ticket, parsed, agent.id)))
        return
    if action == "cat":
        await _choose_category(query, ctx, ticket)
        return
    if action == "setcat":
        await _set_category(query, ctx, ticket, parsed, agent.id)
        return
    if action == "claim":
        done = await desk.lifecycle.claim(ticket, agent.id, agent.first_name)
    elif action in ("up", "down"):
        step = -1 if action == "up" else 1
        done = await desk.lifecycle.set_priority(
            ticket, priority_step(ticket.priority, step), agent.id
        )
    elif action == "resolve":
        done = await desk.lifecycle.close(ticket, agent.id, status=Status.RESOLVED)
    elif action == "close":
        done = await desk.lifecycle.close(ticket, agent.id)
    elif action == "reopen":
        done = await desk.lifecycle.reopen(ticket, agent.id)
    else:
        done = None
    await query.answer(agent_text(ctx, "desk-done" if done is not None else "desk-nothing-changed"))


async def _choose_category(query: CallbackQuery, ctx: BotContext, ticket: Ticket) -> None:
    """The categories to choose from, under the card (in its topic or as a reply to it)."""
    await query.answer()
    rows = [
        [
            InlineKeyboardButton(
                agent_text(ctx, f"category-{c.value}"),
                callback_data=cb("dk", "setcat", str(ticket.id), c.value),
            )
        ]
        for c in Category
        if c is not ticket.category
    ]
    message = query.message
    if isinstance(message, Message):
        await message.reply_text(
            agent_text(ctx, "desk-choose-category", reference=ticket.reference),
            reply_markup=InlineKeyboardMarkup(rows),
        )


async def _set_category(
    query: CallbackQuery,
    ctx: BotContext,
    ticket: Ticket,
    parsed: callbacks.Callback,
    agent_id: int,
) -> None:
    try:
        category = Category(parsed.args[1] if len(parsed.args) == 2 else "")
    except ValueError:
        await query.answer(agent_text(ctx, "stale-button"))
        return
    changed = await ctx.services.desk.lifecycle.set_category(ticket, category, agent_id)
    await query.answer(agent_text(ctx, "desk-done" if changed else "desk-nothing-changed"))
    if changed is not None and isinstance(query.message, Message):
        await query.message.edit_text(
            agent_text(
                ctx,
                "desk-category-set",
                reference=ticket.reference,
                category=agent_text(ctx, f"category-{category.value}"),
            )
        )


async def _send_suggestion(
    ctx: BotContext, ticket: Ticket, parsed: callbacks.Callback, agent_id: int
) -> str:
    """Send the suggested entry's answer in the user's language, checked like any agent
    message; returns what the agent is told."""
    number = parsed.int_arg(1) if len(parsed.args) == 2 else None
    if not ticket.is_open or number is None or number > len(ticket.suggested):
        return "stale-button"
    entry = ctx.services.faq.entry(ticket.suggested[number - 1])
    if entry is None:
        return "desk-suggestion-gone"
    user = await ctx.services.users.get(ticket.user_id)
    locale = user.locale if user else ctx.services.settings.default_locale
    text = entry.text(locale)
    if ctx.services.screen.judge_agent_text(text.answer).held:
        return "desk-snippet-refused"
    await ctx.services.desk.relays.send_answer(
        ticket, text.answer, agent_id, title=text.question, locale=locale
    )
    return "desk-done"


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    chats = services.settings.desk_chats
    if not chats:
        return []
    group = f.Chat(chats)
    return [
        CommandHandler("note", note_command, filters=group),
        MessageHandler(
            group & ~f.COMMAND & ~f.StatusUpdate.ALL & ~f.UpdateType.EDITED, agent_message
        ),
        CallbackQueryHandler(card_button, pattern=callbacks.pattern("dk")),
    ]
