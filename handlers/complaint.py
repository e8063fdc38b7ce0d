"""Complaint: category, description, attachments, the outcome wanted, then a summary to edit
or submit. Submitting opens a NORMAL ticket. A low feedback rating can start here with its
text carried over as the description."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.core import callbacks
from bot.core.validation import clean_text
from bot.domain.tickets import Attachment, Category, Priority, TicketField
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.flow import Flow
from bot.ui.flow_steps import Buttons, Media, Parse, Then, Typed, labelled, question
from bot.ui.parts import query_of
from bot.ui.ticket_ack import open_and_acknowledge
from bot.ui.urgent import triage

CATEGORY, DESCRIPTION, ATTACH, OUTCOME, SUMMARY, EDIT = (
    "complaint.category",
    "complaint.description",
    "complaint.attach",
    "complaint.outcome",
    "complaint.summary",
    "complaint.edit",
)
CATEGORIES = ("service", "transaction", "fees", "bug", "agent", "other")
EDITABLE = {"category": CATEGORY, "description": DESCRIPTION, "attach": ATTACH, "outcome": OUTCOME}
MIN_DESCRIPTION, MAX_DESCRIPTION = 10, 4000
MIN_OUTCOME, MAX_OUTCOME = 3, 1000
MAX_ATTACHMENTS = 10
CARRY_KEY = "complaint_carry"  # user_data: text handed over from the feedback flow
ORDER = 33


def _carry_over(ctx: BotContext, data: dict[str, Any]) -> None:
    carried = ctx.user_store.pop(CARRY_KEY, None)
    if carried:
        data["description"] = str(carried)[:MAX_DESCRIPTION]


flow = Flow(
    "complaint",
    namespace="cp",
    command="complaint",
    menu=("menu-complaint", 30),
    category=Category.COMPLAINT,
    on_start=_carry_over,
)
COMPLAINT_NAMESPACE = "cp"  # the feedback flow's "make it a complaint" button starts here


def _next(ctx: BotContext, state: str) -> str:
    """After an edit the summary comes back; otherwise the flow goes on."""
    return SUMMARY if flow.data(ctx).get("editing") else state


# ------------------------------------------------------------------- prompts
def _description_prompt(ctx: BotContext) -> str:
    return ctx.t("complaint-description-prompt", min=MIN_DESCRIPTION, max=MAX_DESCRIPTION)


def _attach_prompt(ctx: BotContext) -> str:
    count = len(flow.data(ctx).get("attachments", []))
    return ctx.t("complaint-attach-prompt", count=count, max=MAX_ATTACHMENTS)


def _summary(ctx: BotContext) -> str:
    data = flow.data(ctx)
    description = data.get("description", "")
    if len(description) > 500:
        description = description[:499] + "…"
    return ctx.t(
        "complaint-summary",
        category=ctx.t(f"complaint-cat-{data.get('category', 'other')}"),
        description=description,
        count=len(data.get("attachments", [])),
        outcome=data.get("outcome", ""),
    )


# -------------------------------------------------------------------- answers
async def chose_category(update: Update, ctx: BotContext, value: str) -> str:
    data = flow.data(ctx)
    data["category"] = value
    if data.get("description") and not data.get("editing"):
        return await flow.go(update, ctx, ATTACH)  # carried over from feedback
    return await flow.go(update, ctx, _next(ctx, DESCRIPTION))


def _then_store(key: str, state: str) -> Then:
    async def stored(update: Update, ctx: BotContext, value: Any) -> str:
        flow.data(ctx)[key] = value
        return await flow.go(update, ctx, _next(ctx, state))

    return stored


async def received_attachment(update: Update, ctx: BotContext, attachment: Attachment) -> str:
    attachments = flow.data(ctx).setdefault("attachments", [])
    if len(attachments) >= MAX_ATTACHMENTS:
        hint = ctx.t("complaint-attach-full", max=MAX_ATTACHMENTS)
        await flow.steps[ATTACH].ask(update, ctx, hint=hint)
        return ATTACH
    attachments.append([attachment.content_type, attachment.file_id, attachment.caption])
    return await flow.go(update, ctx, ATTACH)


async def attachments_done(update: Update, ctx: BotContext, value: str) -> str:
    return await flow.go(update, ctx, _next(ctx, OUTCOME))


async def summary_chosen(update: Update, ctx: BotContext, value: str) -> str | int:
    if value == "edit":
        return await flow.go(update, ctx, EDIT)
    await query_of(update).answer()
    data = flow.data(ctx)
    category = f"complaint-cat-{data.get('category', 'other')}"
    new = flow.ticket(
        ctx,
        urgency=Priority.HIGH if data.get("possibly_urgent") else None,
        subject=category,
        details=(
            TicketField("field-complaint-category", category, True),
            TicketField("field-outcome", data.get("outcome", "")),
        ),
        description=data.get("description", ""),
        attachments=tuple(Attachment(*item) for item in data.get("attachments", [])),
    )
    return await flow.finish(update, ctx, await open_and_acknowledge(ctx, new))


async def chose_field(update: Update, ctx: BotContext, value: str) -> str:
    flow.data(ctx)["editing"] = True
    return await flow.go(update, ctx, EDITABLE[value])


def _text(minimum: int, maximum: int) -> Parse:
    return lambda text, ctx: clean_text(text, minimum=minimum, maximum=maximum)


question(
    flow,
    CATEGORY,
    prompt="complaint-category-prompt",
    back=None,
    buttons=Buttons(labelled(CATEGORIES, "complaint-cat-{}"), chose_category, per_row=2),
)


async def described(update: Update, ctx: BotContext, text: str) -> str | int:
    """A description that reports theft or a takeover is not a complaint to file: the user
    gets the security steps and a HIGH ticket at once, and the complaint flow ends. One that
    only may be urgent goes on, and its complaint is filed HIGH."""
    urgent = await triage(ctx, text)
    if urgent.reply is not None:
        return await flow.finish(update, ctx, urgent.reply)
    flow.data(ctx)["possibly_urgent"] = urgent.possibly_urgent
    return await _then_store("description", ATTACH)(update, ctx, text)


question(
    flow,
    DESCRIPTION,
    prompt=_description_prompt,
    back=CATEGORY,
    text=Typed(_text(MIN_DESCRIPTION, MAX_DESCRIPTION), described, MAX_DESCRIPTION),
)
question(
    flow,
    ATTACH,
    prompt=_attach_prompt,
    back=DESCRIPTION,
    buttons=Buttons((("done", "btn-done"),), attachments_done),
    media=Media(received_attachment),
)
question(
    flow,
    OUTCOME,
    prompt="complaint-outcome-prompt",
    back=ATTACH,
    text=Typed(_text(MIN_OUTCOME, MAX_OUTCOME), flow.store("outcome", SUMMARY), MAX_OUTCOME),
)
question(
    flow,
    SUMMARY,
    prompt=_summary,
    back=OUTCOME,
    buttons=Buttons(
        (("submit", "complaint-submit"), ("edit", "complaint-edit")), summary_chosen, per_row=2
    ),
)
question(
    flow,
    EDIT,
    prompt="complaint-edit-prompt",
    back=SUMMARY,
    buttons=Buttons(labelled(tuple(EDITABLE), "complaint-edit-{}"), chose_field, per_row=2),
)


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    from_feedback = CallbackQueryHandler(
        flow.start, pattern=callbacks.pattern(COMPLAINT_NAMESPACE, "complain")
    )
    timeout = services.settings.flow_timeout_minutes * 60
    return [flow.build([from_feedback], timeout_seconds=timeout)]
