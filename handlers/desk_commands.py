"""Commands in the agents' group: /claim /close /reopen /priority /tickets /history
/snippet /s /ban /unban."""

from __future__ import annotations

import html
from typing import Any

from telegram import Update
from telegram.constants import ChatAction
from telegram.ext import BaseHandler, CommandHandler
from telegram.ext import filters as f

from bot.assist.drafting import DraftSource
from bot.core.clock import utc_now
from bot.core.config import SUPPORTED_LOCALES
from bot.db.audit import AuditAction
from bot.db.desk import Snippet
from bot.desk.card import sla_state
from bot.domain.tickets import Direction, Priority, Ticket
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.tickets.sla import first_response_minutes
from bot.ui.agent_group import acting_agent, agent_text, ticket_for_command
from bot.ui.parts import message_of, user_of

ORDER = 10  # where its handlers stand: see handlers/__init__.py

SNIPPET_NAME_MAX = 32


async def _done(update: Update, ctx: BotContext, changed: object) -> None:
    key = "desk-done" if changed is not None else "desk-nothing-changed"
    await message_of(update).reply_text(agent_text(ctx, key))


async def _said(update: Update, ctx: BotContext, changed: Ticket | None, key: str) -> None:
    """What happened, in words: '✅ TP-000123 claimed by Sam' (or that nothing changed)."""
    if changed is None:
        await message_of(update).reply_text(agent_text(ctx, "desk-nothing-changed"))
        return
    await message_of(update).reply_text(
        agent_text(
            ctx,
            key,
            reference=changed.reference,
            agent=user_of(update).first_name,
            priority=agent_text(ctx, f"priority-{changed.priority.value}"),
        )
    )


async def claim(update: Update, ctx: BotContext) -> None:
    ticket = await ticket_for_command(update, ctx)
    if ticket is not None:
        agent = user_of(update)
        claimed = await ctx.services.desk.lifecycle.claim(ticket, agent.id, agent.first_name)
        await _said(update, ctx, claimed, "desk-said-claimed")


async def close(update: Update, ctx: BotContext) -> None:
    ticket = await ticket_for_command(update, ctx)
    if ticket is not None:
        reason = " ".join(ctx.args or []).strip()[:500] or None
        if reason and ctx.services.screen.judge_agent_text(reason).held:
            # The reason is shown to the user: the same rule as any agent's message.
            await message_of(update).reply_text(agent_text(ctx, "desk-held-back"))
            return
        changed = await ctx.services.desk.lifecycle.close(ticket, user_of(update).id, reason=reason)
        await _said(update, ctx, changed, "desk-said-closed")


async def reopen(update: Update, ctx: BotContext) -> None:
    ticket = await ticket_for_command(update, ctx)
    if ticket is not None:
        reopened = await ctx.services.desk.lifecycle.reopen(ticket, user_of(update).id)
        await _said(update, ctx, reopened, "desk-said-reopened")


async def priority(update: Update, ctx: BotContext) -> None:
    ticket = await ticket_for_command(update, ctx)
    if ticket is None:
        return
    value = (ctx.args or [""])[0].lower()
    if value not in {p.value for p in Priority}:
        await message_of(update).reply_text(agent_text(ctx, "desk-usage-priority"))
        return
    changed = await ctx.services.desk.lifecycle.set_priority(
        ticket, Priority(value), user_of(update).id
    )
    await _said(update, ctx, changed, "desk-said-priority")


def _queue_line(ctx: BotContext, ticket: Ticket) -> str:
    services, locale = ctx.services, ctx.services.desk.agent_locale
    target = first_response_minutes(services.settings, ticket.priority, ticket.route)
    age = services.translator.duration(locale, (utc_now() - ticket.created_at).total_seconds() / 60)
    return agent_text(
        ctx,
        "desk-queue-line",
        reference=ticket.reference,
        priority=agent_text(ctx, f"priority-{ticket.priority.value}"),
        status=agent_text(ctx, f"status-{ticket.status.value}"),
        age=age,
        sla=sla_state(services.translator, locale, ticket, target, utc_now()),
    )


async def queue(update: Update, ctx: BotContext) -> None:
    if not await acting_agent(update, ctx):
        return
    tickets = await ctx.services.ticket_store.open_queue()
    if not tickets:
        await message_of(update).reply_text(agent_text(ctx, "desk-queue-empty"))
        return
    lines = [agent_text(ctx, "desk-queue-title", count=len(tickets))]
    lines += [_queue_line(ctx, ticket) for ticket in tickets]
    await message_of(update).reply_text("\n".join(lines))


async def history(update: Update, ctx: BotContext) -> None:
    ticket = await ticket_for_command(update, ctx)
    if ticket is None:
        return
    tickets = await ctx.services.ticket_store.history(ticket.user_id)
    lines = [agent_text(ctx, "desk-history-title", id=str(ticket.user_id))]
    for item in tickets:
        lines.append(
            agent_text(
                ctx,
                "desk-history-line",
                reference=item.reference,
                status=agent_text(ctx, f"status-{item.status.value}"),
                subject=agent_text(ctx, item.subject),
                date=item.created_at.date().isoformat(),
            )
        )
    await message_of(update).reply_text("\n".join(lines))


async def snippet(update: Update, ctx: BotContext) -> None:
    if not await acting_agent(update, ctx):
        return
    message, args = message_of(update), ctx.args or []
    store = ctx.services.desk_store
    action = args[0].lower() if args else ""
    if action == "list":
        snippets = await store.snippets()
        lines = [agent_text(ctx, "desk-snippets-title")] + [
            f"• <b>{html.escape(s.name)}</b> [{s.locale}] {html.escape(s.text[:80])}"
            for s in snippets
        ]
        await message.reply_text(
            "\n".join(lines) if snippets else agent_text(ctx, "desk-snippets-none")
        )
        return
    if action == "add" and len(args) >= 4 and args[2] in SUPPORTED_LOCALES:
        name = args[1].lower()
        words = (message.text or "").split(None, 4)
        text = words[4] if len(words) == 5 else ""
        if text and len(name) <= SNIPPET_NAME_MAX:
            if ctx.services.screen.judge_agent_text(text).held:
                # Support never asks users for secrets, so no canned reply may either.
                await message.reply_text(agent_text(ctx, "desk-snippet-refused"))
                return
            await store.save_snippet(Snippet(name, args[2], text), author=user_of(update).id)
            await ctx.services.audit.record(
                user_of(update).id, AuditAction.SNIPPET_SAVED, detail=f"{name} {args[2]}"
            )
            await message.reply_text(agent_text(ctx, "desk-snippet-saved", name=name, lang=args[2]))
            return
    if action == "del" and len(args) == 2:
        removed = await store.delete_snippet(args[1].lower())
        await ctx.services.audit.record(
            user_of(update).id, AuditAction.SNIPPET_DELETED, detail=args[1].lower()
        )
        await _done(update, ctx, removed or None)
        return
    await message.reply_text(agent_text(ctx, "desk-usage-snippet"))


async def send_snippet(update: Update, ctx: BotContext) -> None:
    ticket = await ticket_for_command(update, ctx)
    if ticket is None:
        return
    name = (ctx.args or [""])[0].lower()
    user = await ctx.services.users.get(ticket.user_id)
    found = await ctx.services.desk_store.snippet(name, user.locale if user else "zh")
    if found is None:
        await message_of(update).reply_text(agent_text(ctx, "desk-snippet-missing", name=name))
        return
    if ctx.services.screen.judge_agent_text(found.text).held:  # saved before this check existed
        await message_of(update).reply_text(agent_text(ctx, "desk-snippet-refused"))
        return
    await ctx.services.desk.relays.send_snippet(ticket, found, user_of(update).id)


async def draft(update: Update, ctx: BotContext) -> None:
    """A reply drafted by the optional language model from the best-matching entries, shown
    to the agents only: an agent reviews it and sends it (or not) like any other reply."""
    ticket = await ticket_for_command(update, ctx)
    if ticket is None:
        return
    writer, message = ctx.services.drafts, message_of(update)
    if writer is None:
        await message.reply_text(agent_text(ctx, "desk-draft-off"))
        return
    messages = await ctx.services.ticket_store.messages(ticket.id, last=20)
    words = "\n".join(m.text for m in messages if m.direction is Direction.IN and m.text)
    user = await ctx.services.users.get(ticket.user_id)
    locale = user.locale if user else ctx.services.settings.default_locale
    sources = []
    if words and ctx.services.understanding.ready:
        best = (await ctx.services.understanding.understand(words[-1000:])).best_entries
        entries = [e for i in best if (e := ctx.services.faq.entry(i)) is not None]
        sources = [DraftSource(e.text(locale).question, e.text(locale).answer) for e in entries]
    await ctx.bot.send_chat_action(message.chat_id, ChatAction.TYPING, message.message_thread_id)
    result = await writer.draft(words, sources, locale)
    if result.draft is None:
        await message.reply_text(agent_text(ctx, f"desk-draft-{result.outcome.value}"))
        return
    await message.reply_text(agent_text(ctx, "desk-draft", text=result.draft.text))


async def ban(update: Update, ctx: BotContext) -> None:
    ticket = await ticket_for_command(update, ctx)
    if ticket is not None:
        await ctx.services.desk.bans.ban(ticket.user_id, user_of(update).id)
        await ctx.services.audit.record(
            user_of(update).id,
            AuditAction.BAN,
            ticket_id=ticket.id,
            detail=f"user {ticket.user_id}",
        )
        await message_of(update).reply_text(agent_text(ctx, "desk-banned", id=str(ticket.user_id)))


async def unban(update: Update, ctx: BotContext) -> None:
    ticket = await ticket_for_command(update, ctx)
    if ticket is not None:
        await ctx.services.audit.record(
            user_of(update).id,
            AuditAction.UNBAN,
            ticket_id=ticket.id,
            detail=f"user {ticket.user_id}",
        )
        await _done(update, ctx, await ctx.services.desk.bans.unban(ticket.user_id) or None)


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    chats = services.settings.desk_chats
    if not chats:
        return []
    group = f.Chat(chats)
    commands = {
        "claim": claim,
        "close": close,
        "reopen": reopen,
        "priority": priority,
        "tickets": queue,
        "history": history,
        "snippet": snippet,
        "s": send_snippet,
        "draft": draft,
        "ban": ban,
        "unban": unban,
    }
    return [CommandHandler(name, callback, filters=group) for name, callback in commands.items()]
