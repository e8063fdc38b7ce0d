"""The ticket a flow opens carries the category and priority the flow declares."""

from __future__ import annotations

from bot.domain.tickets import Category, Priority, TicketField
from bot.ui.flow import Flow
from tests.unit.helpers import ServicesApplication, make_context


async def test_a_flows_ticket_has_its_category_and_declared_priority(
    application: ServicesApplication,
):
    ctx = await make_context(application, user_id=7)
    flow = Flow("unit-urgent", category=Category.COMPLAINT, priority=Priority.HIGH)
    detail = TicketField("field-outcome", "refund")
    new = flow.ticket(ctx, "subject-feedback", (detail,), description="charged twice")
    assert (new.user_id, new.category, new.priority) == (7, Category.COMPLAINT, Priority.HIGH)
    assert new.details == (detail,) and new.description == "charged twice"
    ticket = await application.services.tickets.open(new)
    assert ticket.priority is Priority.HIGH


async def test_without_a_declared_priority_the_category_decides(application: ServicesApplication):
    ctx = await make_context(application)
    flow = Flow("unit-plain", category=Category.ACCOUNT_SECURITY)
    assert flow.ticket(ctx, "subject-lost-device").priority is Priority.HIGH
    # A second outcome of the same flow names its own category and gets that one's priority.
    other = flow.ticket(ctx, "login-branch-crash", category=Category.TECHNICAL)
    assert (other.category, other.priority) == (Category.TECHNICAL, Priority.NORMAL)
