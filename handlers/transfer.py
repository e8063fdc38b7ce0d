"""Failed transfer: collect the facts, walk an interactive checklist with targeted advice,
then either it is solved, the user asks to be reminded later (a reminder that survives
restarts), or a HIGH-priority funds ticket carries every detail and answer."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    Application,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
)
from telegram.ext import filters as f

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.core.clock import utc_now
from bot.core.validation import (
    InvalidInput,
    mask_recipient,
    parse_money,
    parse_past_moment,
    parse_transaction_id,
    relative_day,
)
from bot.db.reminders import Reminder, ReminderStatus
from bot.domain.tickets import Category, NewTicket, TicketField
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.safety.guard import Permit
from bot.ui.flow import Expect, Flow, Step, ask, callback_arg, choice_rows
from bot.ui.profiles import ensure_profile
from bot.ui.screens import button, send_menu
from bot.ui.ticket_ack import open_and_acknowledge
from bot.ui.ticket_text import duration_text

TYPE, STATUS, AMOUNT, WHEN, RECIPIENT, TXID, CHECK, RESOLVE = (
    "transfer.type",
    "transfer.status",
    "transfer.amount",
    "transfer.when",
    "transfer.recipient",
    "transfer.txid",
    "transfer.check",
    "transfer.resolve",
)
TYPES = ("contact", "bank", "onchain")
STATUSES = ("failed", "pending", "missing")
CHECKS = ("network", "balance", "recipient", "limit")
WINDOW_CHECK = "window"  # only asked when the app shows the transfer as pending
REMINDER_KIND = "transfer_arrived"
MAX_RECIPIENT = 200

flow = Flow("transfer")


def _checks(data: dict[str, Any]) -> tuple[str, ...]:
    return (*CHECKS, WINDOW_CHECK) if data.get("status") == "pending" else CHECKS


def _reminder_minutes(ctx: BotContext) -> float:
    return ctx.services.settings.transfer_reminder_minutes


# ------------------------------------------------------------------ questions
async def ask_type(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    rows = choice_rows(ctx, [(f"transfer-type-{t}", cb("tr", "type", t)) for t in TYPES])
    await ask(update, ctx, ctx.t("transfer-type-prompt"), rows, hint=hint)


async def ask_status(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    rows = choice_rows(ctx, [(f"transfer-status-{s}", cb("tr", "status", s)) for s in STATUSES])
    await ask(update, ctx, ctx.t("transfer-status-prompt"), rows, hint=hint)


async def ask_amount(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    await ask(update, ctx, ctx.t("transfer-amount-prompt"), hint=hint)


async def ask_when(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    rows = choice_rows(
        ctx,
        [
            ("when-today", cb("tr", "when", "today")),
            ("when-yesterday", cb("tr", "when", "yesterday")),
        ],
        per_row=2,
    )
    await ask(update, ctx, ctx.t("transfer-when-prompt"), rows, hint=hint)


async def ask_recipient(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    await ask(update, ctx, ctx.t("transfer-recipient-prompt"), hint=hint)


async def ask_txid(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    rows = choice_rows(ctx, [("btn-skip", cb("tr", "txid", "skip"))])
    await ask(update, ctx, ctx.t("transfer-txid-prompt"), rows, hint=hint)


async def ask_check(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    data = flow.data(ctx)
    checks = _checks(data)
    index = min(data.get("check_index", 0), len(checks) - 1)
    item = checks[index]
    question = ctx.t(f"transfer-check-{item}", step=index + 1, total=len(checks))
    advice = data.get("advice")
    text = f"{ctx.t(advice)}\n\n{question}" if advice and hint is None else question
    rows = choice_rows(
        ctx,
        [("answer-yes", cb("tr", "chk", item, "yes")), ("answer-no", cb("tr", "chk", item, "no"))],
        per_row=2,
    )
    await ask(update, ctx, text, rows, hint=hint)


async def ask_resolve(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    data = flow.data(ctx)
    choices = [
        ("btn-solved-yes", cb("tr", "res", "yes")),
        ("transfer-need-help", cb("tr", "res", "no")),
    ]
    if data.get("answers", {}).get(WINDOW_CHECK) == "no":
        choices.insert(1, ("transfer-remind-me", cb("tr", "res", "remind")))
    rows = choice_rows(ctx, choices)
    advice = data.get("advice")
    text = ctx.t("transfer-resolve-prompt", wait=duration_text(ctx, _reminder_minutes(ctx)))
    if advice and hint is None:
        text = f"{ctx.t(advice)}\n\n{text}"
    await ask(update, ctx, text, rows, hint=hint)


# -------------------------------------------------------------------- answers
async def start(update: Update, ctx: BotContext) -> str:
    flow.clear(ctx)
    return await flow.go(update, ctx, TYPE)


def _chosen(
    options: tuple[str, ...], key: str, own_state: str, next_state: str
) -> Callable[[Update, BotContext], Awaitable[str]]:
    """A button answer stored under `key`; an unknown value asks the same question again."""

    async def chose(update: Update, ctx: BotContext) -> str:
        value = callback_arg(update)
        if value not in options:
            return await flow.go(update, ctx, own_state)
        flow.data(ctx)[key] = value
        return await flow.go(update, ctx, next_state)

    return chose


async def typed_amount(update: Update, ctx: BotContext) -> str:
    try:
        money = parse_money(update.effective_message.text or "")
    except InvalidInput as error:
        await ask_amount(update, ctx, hint=ctx.t(error.key))
        return AMOUNT
    flow.data(ctx)["amount"] = str(money)
    return await flow.go(update, ctx, WHEN)


async def chose_when(update: Update, ctx: BotContext) -> str:
    days_ago = {"today": 0, "yesterday": 1}.get(callback_arg(update) or "")
    if days_ago is None:
        return await flow.go(update, ctx, WHEN)
    now = utc_now().astimezone(ctx.services.settings.zone)
    flow.data(ctx)["when"] = relative_day(days_ago, now=now)
    return await flow.go(update, ctx, RECIPIENT)


async def typed_when(update: Update, ctx: BotContext) -> str:
    now = utc_now().astimezone(ctx.services.settings.zone)
    try:
        flow.data(ctx)["when"] = parse_past_moment(update.effective_message.text or "", now=now)
    except InvalidInput as error:
        await ask_when(update, ctx, hint=ctx.t(error.key))
        return WHEN
    return await flow.go(update, ctx, RECIPIENT)


async def typed_recipient(update: Update, ctx: BotContext) -> str:
    text = update.effective_message.text or ""
    try:
        if len(text) > MAX_RECIPIENT:
            raise InvalidInput("invalid-recipient")
        flow.data(ctx)["recipient"] = mask_recipient(text)
    except InvalidInput as error:
        await ask_recipient(update, ctx, hint=ctx.t(error.key))
        return RECIPIENT
    return await flow.go(update, ctx, TXID)


async def skipped_txid(update: Update, ctx: BotContext) -> str:
    flow.data(ctx)["txid"] = None
    return await _begin_checklist(update, ctx)


async def typed_txid(update: Update, ctx: BotContext) -> str:
    try:
        flow.data(ctx)["txid"] = parse_transaction_id(update.effective_message.text or "")
    except InvalidInput as error:
        await ask_txid(update, ctx, hint=ctx.t(error.key))
        return TXID
    return await _begin_checklist(update, ctx)


async def _begin_checklist(update: Update, ctx: BotContext) -> str:
    data = flow.data(ctx)
    data.update(check_index=0, answers={}, advice=None)
    return await flow.go(update, ctx, CHECK)


async def answered_check(update: Update, ctx: BotContext) -> str:
    parsed = callbacks.parse(update.callback_query.data)
    data = flow.data(ctx)
    checks = _checks(data)
    index = data.get("check_index", 0)
    item, answer = (*parsed.args, "", "")[:2] if parsed else ("", "")
    if index >= len(checks) or item != checks[index] or answer not in ("yes", "no"):
        # A tap on an earlier checklist question: answer it as stale, ask the current one.
        hint = ctx.t("flow-stale-button")
        await update.callback_query.answer(hint)
        await ask_check(update, ctx, hint=hint)
        return CHECK
    data["answers"] = {**data.get("answers", {}), item: answer}
    data["advice"] = f"transfer-advice-{item}-{answer}"
    data["check_index"] = index + 1
    if index + 1 < len(checks):
        return await flow.go(update, ctx, CHECK)
    return await flow.go(update, ctx, RESOLVE)


async def check_back(update: Update, ctx: BotContext) -> str:
    data = flow.data(ctx)
    index = data.get("check_index", 0)
    if index <= 0:
        return await flow.go(update, ctx, TXID)
    data["check_index"] = index - 1
    data["advice"] = None
    return await flow.go(update, ctx, CHECK)


async def resolve_back(update: Update, ctx: BotContext) -> str:
    data = flow.data(ctx)
    data["check_index"] = len(_checks(data)) - 1
    data["advice"] = None
    return await flow.go(update, ctx, CHECK)


def _details(ctx: BotContext, data: dict[str, Any]) -> tuple[TicketField, ...]:
    fields = [
        TicketField("field-transfer-type", f"transfer-type-{data.get('type')}", True),
        TicketField("field-transfer-status", f"transfer-status-{data.get('status')}", True),
        TicketField("field-amount", data.get("amount", "")),
        TicketField("field-when", data.get("when", "")),
        TicketField("field-recipient", data.get("recipient", "")),
        TicketField("field-txid", data["txid"])
        if data.get("txid")
        else TicketField("field-txid", "value-none", True),
    ]
    fields += [
        TicketField(f"check-short-{item}", f"answer-{answer}", True)
        for item, answer in data.get("answers", {}).items()
    ]
    return tuple(fields)


async def _open_funds_ticket(
    ctx: BotContext, user_id: int, details: tuple[TicketField, ...]
) -> str:
    new = NewTicket(
        user_id=user_id, category=Category.FUNDS, subject="subject-transfer", details=details
    )
    return await open_and_acknowledge(ctx, new)


async def resolved(update: Update, ctx: BotContext) -> str | int:
    choice = callback_arg(update)
    data = flow.data(ctx)
    await update.callback_query.answer()
    if choice == "yes":
        return await flow.finish(update, ctx, ctx.t("glad-it-worked"))
    if choice == "remind" and data.get("answers", {}).get(WINDOW_CHECK) == "no":
        await _schedule_new_reminder(ctx, data)
        text = ctx.t("transfer-reminder-set", wait=duration_text(ctx, _reminder_minutes(ctx)))
        return await flow.finish(update, ctx, text)
    if choice == "no":
        return await flow.finish(
            update, ctx, await _open_funds_ticket(ctx, ctx.profile.id, _details(ctx, data))
        )
    return await flow.go(update, ctx, RESOLVE)


# ------------------------------------------------------------------ reminders
async def _schedule_new_reminder(ctx: BotContext, data: dict[str, Any]) -> None:
    details = [
        {"label": d.label, "value": d.value, "translate": d.translate} for d in _details(ctx, data)
    ]
    reminder = await ctx.services.reminders.create(
        user_id=ctx.profile.id,
        kind=REMINDER_KIND,
        due_at=utc_now() + timedelta(minutes=_reminder_minutes(ctx)),
        payload={"amount": data.get("amount", ""), "details": details},
    )
    schedule(ctx.application, reminder)


def schedule(application: Application, reminder: Reminder) -> None:  # type: ignore[type-arg]
    delay = max(0.5, (reminder.due_at - utc_now()).total_seconds())
    application.job_queue.run_once(
        send_reminder,
        delay,
        data=reminder.id,
        name=f"reminder:{reminder.id}",
        user_id=reminder.user_id,
        chat_id=reminder.user_id,
    )


async def on_startup(application: Application) -> None:  # type: ignore[type-arg]
    """Reminders live in the database; JobQueue jobs do not survive a restart, so re-arm."""
    services: Services = application.services  # type: ignore[attr-defined]
    for reminder in await services.reminders.pending():
        if reminder.kind == REMINDER_KIND:
            schedule(application, reminder)


async def send_reminder(ctx: BotContext) -> None:
    reminder_id = int(ctx.job.data)  # type: ignore[union-attr,arg-type]
    services = ctx.services
    reminder = await services.reminders.get(reminder_id)
    if reminder is None or reminder.status is not ReminderStatus.PENDING:
        return
    ctx.profile = await services.users.get(reminder.user_id)
    rows = [
        [
            button(ctx, "reminder-arrived", cb("rem", "yes", str(reminder.id))),
            button(ctx, "reminder-missing", cb("rem", "no", str(reminder.id))),
        ]
    ]
    try:
        await ctx.bot.send_message(
            reminder.user_id,
            ctx.t("transfer-reminder-question", amount=reminder.payload.get("amount", "")),
            reply_markup=InlineKeyboardMarkup(rows),
        )
    except Forbidden:
        pass  # the user blocked the bot: nobody to ask
    except TelegramError:
        # Transient: try again in a minute rather than dropping the promise.
        ctx.job_queue.run_once(send_reminder, 60, data=reminder.id, name=f"reminder:{reminder.id}")
        return
    await services.reminders.set_status(reminder.id, ReminderStatus.SENT)


async def reminder_answered(update: Update, ctx: BotContext) -> None:
    parsed = callbacks.parse(update.callback_query.data)
    services = ctx.services
    reminder = None
    reminder_id = parsed.int_arg() if parsed else None
    if reminder_id is not None:
        reminder = await services.reminders.get(reminder_id)
    await ensure_profile(ctx, update.effective_user)
    if (
        reminder is None
        or reminder.user_id != update.effective_user.id
        or not await services.reminders.set_status(reminder.id, ReminderStatus.ANSWERED)
    ):
        await update.callback_query.answer(ctx.t("stale-button"))
        await send_menu(update, ctx, lead=ctx.t("stale-button"))
        return
    await update.callback_query.answer()
    if parsed.action == "yes":
        await send_menu(update, ctx, lead=ctx.t("reminder-glad"))
        return
    details = tuple(TicketField(**item) for item in reminder.payload.get("details", []))
    await send_menu(update, ctx, lead=await _open_funds_ticket(ctx, reminder.user_id, details))


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    text = f.TEXT & ~f.COMMAND
    pattern = callbacks.pattern
    flow.add(
        Step(
            TYPE,
            ask_type,
            None,
            Expect.BUTTONS,
            [
                CallbackQueryHandler(
                    _chosen(TYPES, "type", TYPE, STATUS), pattern=pattern("tr", "type")
                )
            ],
        )
    )
    flow.add(
        Step(
            STATUS,
            ask_status,
            TYPE,
            Expect.BUTTONS,
            [
                CallbackQueryHandler(
                    _chosen(STATUSES, "status", STATUS, AMOUNT), pattern=pattern("tr", "status")
                )
            ],
        )
    )
    flow.add(Step(AMOUNT, ask_amount, STATUS, Expect.TEXT, [MessageHandler(text, typed_amount)]))
    flow.add(
        Step(
            WHEN,
            ask_when,
            AMOUNT,
            Expect.TEXT_OR_BUTTONS,
            [
                CallbackQueryHandler(chose_when, pattern=pattern("tr", "when")),
                MessageHandler(text, typed_when),
            ],
        )
    )
    flow.add(
        Step(
            RECIPIENT,
            ask_recipient,
            WHEN,
            Expect.TEXT,
            [MessageHandler(text, typed_recipient)],
            permits=frozenset({Permit.CARDS}),
        )
    )
    flow.add(
        Step(
            TXID,
            ask_txid,
            RECIPIENT,
            Expect.TEXT_OR_BUTTONS,
            [
                CallbackQueryHandler(skipped_txid, pattern=pattern("tr", "txid")),
                MessageHandler(text, typed_txid),
            ],
            permits=frozenset({Permit.HASHES}),
        )
    )
    flow.add(
        Step(
            CHECK,
            ask_check,
            TXID,
            Expect.BUTTONS,
            [
                CallbackQueryHandler(check_back, pattern=pattern("flow", "back")),
                CallbackQueryHandler(answered_check, pattern=pattern("tr", "chk")),
            ],
        )
    )
    flow.add(
        Step(
            RESOLVE,
            ask_resolve,
            CHECK,
            Expect.BUTTONS,
            [
                CallbackQueryHandler(resolve_back, pattern=pattern("flow", "back")),
                CallbackQueryHandler(resolved, pattern=pattern("tr", "res")),
            ],
        )
    )
    conversation = flow.build(
        [
            CallbackQueryHandler(start, pattern=pattern("m", "transfer")),
            CommandHandler("transfer", start, filters=f.ChatType.PRIVATE),
        ],
        timeout_seconds=services.settings.flow_timeout_minutes * 60,
    )
    return [conversation, CallbackQueryHandler(reminder_answered, pattern=pattern("rem"))]
