"""Complaint: category, description, attachments, the outcome wanted, then a summary to edit
or submit. Submitting opens a NORMAL ticket. A low feedback rating can start here with its
text carried over as the description."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler
from telegram.ext import filters as f

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.core.validation import InvalidInput, clean_text
from bot.domain.tickets import Attachment, Category, NewTicket, TicketField
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.flow import Expect, Flow, Step, ask, callback_arg, choice_rows
from bot.ui.ticket_ack import open_and_acknowledge

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

flow = Flow("complaint")


def _next(ctx: BotContext, state: str) -> str:
    """After an edit the summary comes back; otherwise the flow goes on."""
    return SUMMARY if flow.data(ctx).get("editing") else state


# ------------------------------------------------------------------ questions
async def ask_category(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    choices = [(f"complaint-cat-{c}", cb("cp", "cat", c)) for c in CATEGORIES]
    await ask(
        update,
        ctx,
        ctx.t("complaint-category-prompt"),
        choice_rows(ctx, choices, per_row=2),
        hint=hint,
    )


async def ask_description(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    text = ctx.t("complaint-description-prompt", min=MIN_DESCRIPTION, max=MAX_DESCRIPTION)
    await ask(update, ctx, text, hint=hint)


async def ask_attach(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    count = len(flow.data(ctx).get("attachments", []))
    text = ctx.t("complaint-attach-prompt", count=count, max=MAX_ATTACHMENTS)
    rows = choice_rows(ctx, [("btn-done", cb("cp", "attached", "done"))])
    await ask(update, ctx, text, rows, hint=hint)


async def ask_outcome(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    await ask(update, ctx, ctx.t("complaint-outcome-prompt"), hint=hint)


def _summary(ctx: BotContext, data: dict[str, Any]) -> str:
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


async def ask_summary(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    rows = choice_rows(
        ctx,
        [
            ("complaint-submit", cb("cp", "submit", "yes")),
            ("complaint-edit", cb("cp", "edit", "open")),
        ],
        per_row=2,
    )
    await ask(update, ctx, _summary(ctx, flow.data(ctx)), rows, hint=hint)


async def ask_edit(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    choices = [(f"complaint-edit-{name}", cb("cp", "field", name)) for name in EDITABLE]
    await ask(
        update, ctx, ctx.t("complaint-edit-prompt"), choice_rows(ctx, choices, per_row=2), hint=hint
    )


# -------------------------------------------------------------------- answers
async def start(update: Update, ctx: BotContext) -> str:
    flow.clear(ctx)
    carried = ctx.user_data.pop(CARRY_KEY, None)
    if carried:
        flow.data(ctx)["description"] = str(carried)[:MAX_DESCRIPTION]
    return await flow.go(update, ctx, CATEGORY)


async def chose_category(update: Update, ctx: BotContext) -> str:
    value = callback_arg(update)
    if value not in CATEGORIES:
        return await flow.go(update, ctx, CATEGORY)
    data = flow.data(ctx)
    data["category"] = value
    if data.get("description") and not data.get("editing"):
        return await flow.go(update, ctx, ATTACH)  # carried over from feedback
    return await flow.go(update, ctx, _next(ctx, DESCRIPTION))


async def typed_description(update: Update, ctx: BotContext) -> str:
    try:
        text = clean_text(
            update.effective_message.text, minimum=MIN_DESCRIPTION, maximum=MAX_DESCRIPTION
        )
    except InvalidInput as error:
        await ask_description(update, ctx, hint=ctx.t(error.key, limit=MAX_DESCRIPTION))
        return DESCRIPTION
    flow.data(ctx)["description"] = text
    return await flow.go(update, ctx, _next(ctx, ATTACH))


async def received_attachment(update: Update, ctx: BotContext) -> str:
    message = update.effective_message
    data = flow.data(ctx)
    attachments = data.setdefault("attachments", [])
    if len(attachments) >= MAX_ATTACHMENTS:
        await ask_attach(update, ctx, hint=ctx.t("complaint-attach-full", max=MAX_ATTACHMENTS))
        return ATTACH
    if message.photo:
        attachments.append(["photo", message.photo[-1].file_id, message.caption or ""])
    else:
        attachments.append(["document", message.document.file_id, message.caption or ""])
    return await flow.go(update, ctx, ATTACH)


async def attachments_done(update: Update, ctx: BotContext) -> str:
    return await flow.go(update, ctx, _next(ctx, OUTCOME))


async def typed_outcome(update: Update, ctx: BotContext) -> str:
    try:
        text = clean_text(update.effective_message.text, minimum=MIN_OUTCOME, maximum=MAX_OUTCOME)
    except InvalidInput as error:
        await ask_outcome(update, ctx, hint=ctx.t(error.key, limit=MAX_OUTCOME))
        return OUTCOME
    flow.data(ctx)["outcome"] = text
    return await flow.go(update, ctx, SUMMARY)


async def open_edit(update: Update, ctx: BotContext) -> str:
    return await flow.go(update, ctx, EDIT)


async def chose_field(update: Update, ctx: BotContext) -> str:
    state = EDITABLE.get(callback_arg(update) or "")
    if state is None:
        return await flow.go(update, ctx, EDIT)
    flow.data(ctx)["editing"] = True
    return await flow.go(update, ctx, state)


async def submit(update: Update, ctx: BotContext) -> int:
    data = flow.data(ctx)
    await update.callback_query.answer()
    new = NewTicket(
        user_id=ctx.profile.id,
        category=Category.COMPLAINT,
        subject=f"complaint-cat-{data.get('category', 'other')}",
        details=(
            TicketField(
                "field-complaint-category", f"complaint-cat-{data.get('category', 'other')}", True
            ),
            TicketField("field-outcome", data.get("outcome", "")),
        ),
        description=data.get("description", ""),
        attachments=tuple(Attachment(*item) for item in data.get("attachments", [])),
    )
    return await flow.finish(update, ctx, await open_and_acknowledge(ctx, new))


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    text = f.TEXT & ~f.COMMAND
    pattern = callbacks.pattern
    flow.add(
        Step(
            CATEGORY,
            ask_category,
            None,
            Expect.BUTTONS,
            [CallbackQueryHandler(chose_category, pattern=pattern("cp", "cat"))],
        )
    )
    flow.add(
        Step(
            DESCRIPTION,
            ask_description,
            CATEGORY,
            Expect.TEXT,
            [MessageHandler(text, typed_description)],
        )
    )
    flow.add(
        Step(
            ATTACH,
            ask_attach,
            DESCRIPTION,
            Expect.MEDIA,
            [
                MessageHandler(f.PHOTO | f.Document.ALL, received_attachment),
                CallbackQueryHandler(attachments_done, pattern=pattern("cp", "attached")),
            ],
        )
    )
    flow.add(Step(OUTCOME, ask_outcome, ATTACH, Expect.TEXT, [MessageHandler(text, typed_outcome)]))
    flow.add(
        Step(
            SUMMARY,
            ask_summary,
            OUTCOME,
            Expect.BUTTONS,
            [
                CallbackQueryHandler(submit, pattern=pattern("cp", "submit")),
                CallbackQueryHandler(open_edit, pattern=pattern("cp", "edit")),
            ],
        )
    )
    flow.add(
        Step(
            EDIT,
            ask_edit,
            SUMMARY,
            Expect.BUTTONS,
            [CallbackQueryHandler(chose_field, pattern=pattern("cp", "field"))],
        )
    )
    return [
        flow.build(
            [
                CallbackQueryHandler(start, pattern=pattern("m", "complaint")),
                CallbackQueryHandler(start, pattern=pattern("fb", "complain")),
                CommandHandler("complaint", start, filters=f.ChatType.PRIVATE),
            ],
            timeout_seconds=services.settings.flow_timeout_minutes * 60,
        )
    ]
