"""An urgent security or funds report, wherever it was typed: the immediate steps first, then
a HIGH account-security ticket carrying the user's own words."""

from __future__ import annotations

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


async def triage(ctx: BotContext, text: str) -> str | None:
    """If `text` is an urgent report, open its HIGH ticket and return what to tell the user;
    None otherwise (or while the understanding model is still loading)."""
    understanding = ctx.services.understanding
    if not understanding.ready:
        return None
    result = await understanding.understand(text)
    return await report_urgent(ctx, text) if result.urgent else None
