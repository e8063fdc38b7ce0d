"""An urgent security or funds report, wherever it was typed: the immediate steps first, then
a HIGH account-security ticket carrying the user's own words."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.tickets import Category, NewTicket, Priority
from bot.runtime.context import BotContext
from bot.ui.ticket_ack import open_and_acknowledge

SUBJECT = "subject-urgent-report"


async def report_urgent(ctx: BotContext, text: str) -> str:
    """Open the ticket and return what the user is told: the security steps, then the
    acknowledgement (reference, priority, promised wait)."""
    new = NewTicket(
        user_id=ctx.profile.id,
        category=Category.ACCOUNT_SECURITY,
        subject=SUBJECT,
        description=text,
        urgency=Priority.HIGH,
    )
    return await open_and_acknowledge(ctx, new, lead=ctx.t("urgent-steps"))


@dataclass(frozen=True, slots=True)
class Triage:
    reply: str | None = None  # the flow was cut short: tell the user this (steps + ticket)
    possibly_urgent: bool = False  # not enough to cut the flow short: file its ticket as HIGH


async def triage(ctx: BotContext, text: str) -> Triage:
    """Inside a guided flow: if `text` is urgent enough to cut the flow short, open its HIGH
    ticket and say what to tell the user; if it is only possibly urgent, say so, so the flow's
    own ticket goes first in the queue. Nothing while the model is still loading."""
    understanding = ctx.services.understanding
    if not understanding.ready:
        return Triage()
    result = await understanding.understand(text)
    if result.interrupts_flow:
        return Triage(reply=await report_urgent(ctx, text))
    return Triage(possibly_urgent=result.urgent)
