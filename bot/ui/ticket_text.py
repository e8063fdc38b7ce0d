"""How a ticket reads to its user: acknowledgement, list line, history."""

from __future__ import annotations

import html
from datetime import datetime, timedelta

from bot.core.clock import utc_now
from bot.domain.tickets import Direction, Ticket, TicketField, TicketMessage
from bot.runtime.context import BotContext
from bot.safety.marks import render_marks
from bot.tickets.sla import first_response_minutes


def duration_text(ctx: BotContext, minutes: float) -> str:
    return ctx.services.translator.duration(ctx.locale, minutes)


def age_text(ctx: BotContext, since: datetime, now: datetime | None = None) -> str:
    elapsed: timedelta = (now or utc_now()) - since
    return duration_text(ctx, elapsed.total_seconds() / 60)


def ticket_ack(ctx: BotContext, ticket: Ticket) -> str:
    """Reference, priority, the promised wait, off-hours notice when due, and the safety line."""
    target = first_response_minutes(ctx.services.settings, ticket.priority, ticket.route)
    parts = [
        ctx.t(
            "ticket-created",
            reference=ticket.reference,
            priority=ctx.t(f"priority-{ticket.priority.value}"),
            wait=duration_text(ctx, target),
        )
    ]
    desk = ctx.services.desk
    if desk.off_hours.now_closed():
        parts.append(desk.off_hours.text(ctx.locale))
    parts.append(ctx.t("safety-reminder"))
    return "\n\n".join(parts)


def ticket_line(ctx: BotContext, ticket: Ticket) -> str:
    return ctx.t(
        "ticket-line",
        reference=ticket.reference,
        status=ctx.t(f"status-{ticket.status.value}"),
        age=age_text(ctx, ticket.created_at),
    )


def field_lines(ctx: BotContext, fields: tuple[TicketField, ...]) -> str:
    lines = []
    for item in fields:
        value = ctx.t(item.value) if item.translate else item.value
        shown = value if item.translate else html.escape(value, quote=False)
        lines.append(f"• {ctx.t(item.label)}: {shown}")
    return "\n".join(lines)


def ticket_history(ctx: BotContext, ticket: Ticket, messages: list[TicketMessage]) -> str:
    header = ctx.t(
        "ticket-header",
        reference=ticket.reference,
        subject=ctx.t(ticket.subject),
        status=ctx.t(f"status-{ticket.status.value}"),
        priority=ctx.t(f"priority-{ticket.priority.value}"),
        age=age_text(ctx, ticket.created_at),
    )
    parts = [header]
    if ticket.details:
        parts.append(field_lines(ctx, ticket.details))
    # Agents' internal notes are theirs: never in what the user sees.
    shown = [m for m in messages if m.direction is not Direction.NOTE]
    if shown:
        parts.append(ctx.t("ticket-messages-title"))
        for message in shown[-10:]:
            who = ctx.t(f"ticket-from-{message.direction.value}")
            body = html.escape(_clip(render_marks(message.text, ctx.t)), quote=False)
            if message.content_type != "text":
                body = f"[{ctx.t(f'content-{message.content_type}')}] {body}".strip()
            parts.append(f"{who}: {body}")
    return "\n\n".join(parts[:2]) + ("\n\n" + "\n".join(parts[2:]) if len(parts) > 2 else "")


def _clip(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
