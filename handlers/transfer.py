"""Failed transfer: collect the facts, walk an interactive checklist with targeted advice,
then either it is solved, the user asks to be reminded later (handlers/transfer_reminders.py),
or a HIGH-priority funds ticket carries every detail and answer."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler

from bot.core import callbacks
from bot.core.amounts import AmountWithoutCurrency, currency_code, parse_money
from bot.core.callbacks import cb
from bot.core.clock import utc_now
from bot.core.moments import parse_past_moment
from bot.core.validation import (
    InvalidInput,
    mask_recipient,
    parse_transaction_id,
    relative_day,
)
from bot.domain.tickets import Category, TicketField
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.safety.guard import Permit
from bot.ui.flow import Expect, Flow, Step
from bot.ui.flow_steps import Buttons, Typed, labelled, question
from bot.ui.parts import query_of
from bot.ui.prompts import ask, callback_arg, choice_rows
from bot.ui.ticket_text import duration_text
from handlers.transfer_reminders import open_funds_ticket, remind_later

TYPE, STATUS, AMOUNT, CURRENCY, WHEN, RECIPIENT, TXID, CHECK, RESOLVE = (
    "transfer.type",
    "transfer.status",
    "transfer.amount",
    "transfer.currency",
    "transfer.when",
    "transfer.recipient",
    "transfer.txid",
    "transfer.check",
    "transfer.resolve",
)
TYPES = ("contact", "bank", "onchain")
STATUSES = ("failed", "pending", "missing")
# The checklist follows what the app showed: once a transfer was accepted (pending, or
# "succeeded" without arriving) the connection and the balance were not the problem.
CHECKS_FOR = {
    "failed": ("network", "balance", "recipient", "limit"),
    "pending": ("recipient", "limit", "window"),
    "missing": ("recipient", "arrival"),
}
WAIT_CHECKS = ("window", "arrival")  # "no": still within the expected time: remind later
MAX_RECIPIENT = 200
CURRENCIES = ("usdt", "cny", "usd")  # offered as buttons when an amount comes without one
ORDER = 31

flow = Flow(
    "transfer",
    namespace="tr",
    command="transfer",
    menu=("menu-transfer", 20),
    category=Category.FUNDS,
)


def _checks(data: dict[str, Any]) -> tuple[str, ...]:
    return CHECKS_FOR.get(str(data.get("status")), CHECKS_FOR["failed"])


def _still_waiting(data: dict[str, Any]) -> bool:
    answers = data.get("answers", {})
    return any(answers.get(check) == "no" for check in WAIT_CHECKS)


def _reminder_minutes(ctx: BotContext) -> float:
    return ctx.services.settings.transfer_reminder_minutes


# ------------------------------------------------------------- typed answers
def _money(text: str, ctx: BotContext) -> str | Decimal:
    """'1,250.50 元' → '1250.5 CNY'; a bare number comes back as a Decimal (ask its currency)."""
    try:
        return str(parse_money(text))
    except AmountWithoutCurrency as missing:
        return missing.amount


async def got_amount(update: Update, ctx: BotContext, value: str | Decimal) -> str:
    data = flow.data(ctx)
    if isinstance(value, Decimal):
        data["bare_amount"] = f"{value.normalize():f}"
        return await flow.go(update, ctx, CURRENCY)
    data["amount"] = value
    return await flow.go(update, ctx, WHEN)


def _currency_prompt(ctx: BotContext) -> str:
    return ctx.t("transfer-currency-prompt", amount=flow.data(ctx).get("bare_amount", ""))


def _currency(text: str, ctx: BotContext) -> str:
    code = currency_code(text)
    if code is None:
        raise InvalidInput("invalid-currency")
    return code


async def got_currency(update: Update, ctx: BotContext, code: str) -> str:
    data = flow.data(ctx)
    data["amount"] = f"{data.pop('bare_amount', '')} {code.upper()}"
    return await flow.go(update, ctx, WHEN)


def _moment(text: str, ctx: BotContext) -> str:
    return parse_past_moment(text, now=utc_now().astimezone(ctx.services.settings.zone))


def _recipient(text: str, ctx: BotContext) -> str:
    if len(text) > MAX_RECIPIENT:
        raise InvalidInput("invalid-recipient")
    return mask_recipient(text)


def _transaction(text: str, ctx: BotContext) -> str:
    return parse_transaction_id(text)


async def chose_day(update: Update, ctx: BotContext, value: str) -> str:
    now = utc_now().astimezone(ctx.services.settings.zone)
    flow.data(ctx)["when"] = relative_day({"today": 0, "yesterday": 1}[value], now=now)
    return await flow.go(update, ctx, RECIPIENT)


async def got_transaction(update: Update, ctx: BotContext, value: str | None) -> str:
    data = flow.data(ctx)
    data.update(txid=value, check_index=0, answers={}, advice=None)
    return await flow.go(update, ctx, CHECK)


async def skipped_transaction(update: Update, ctx: BotContext, value: str) -> str:
    return await got_transaction(update, ctx, None)


question(
    flow,
    TYPE,
    prompt="transfer-type-prompt",
    back=None,
    buttons=Buttons(labelled(TYPES, "transfer-type-{}"), flow.store("type", STATUS)),
)
question(
    flow,
    STATUS,
    prompt="transfer-status-prompt",
    back=TYPE,
    buttons=Buttons(labelled(STATUSES, "transfer-status-{}"), flow.store("status", AMOUNT)),
)
question(
    flow,
    AMOUNT,
    prompt="transfer-amount-prompt",
    back=STATUS,
    text=Typed(_money, got_amount),
)
question(
    flow,
    CURRENCY,
    prompt=_currency_prompt,
    back=AMOUNT,
    buttons=Buttons(labelled(CURRENCIES, "currency-{}"), got_currency, per_row=3),
    text=Typed(_currency, got_currency),
)
question(
    flow,
    WHEN,
    prompt="transfer-when-prompt",
    back=AMOUNT,
    buttons=Buttons(labelled(("today", "yesterday"), "when-{}"), chose_day, per_row=2),
    text=Typed(_moment, flow.store("when", RECIPIENT)),
)
question(
    flow,
    RECIPIENT,
    prompt="transfer-recipient-prompt",
    back=WHEN,
    text=Typed(_recipient, flow.store("recipient", TXID)),
    allows=frozenset({Permit.CARDS}),
)
question(
    flow,
    TXID,
    prompt="transfer-txid-prompt",
    back=RECIPIENT,
    buttons=Buttons((("skip", "btn-skip"),), skipped_transaction),
    text=Typed(_transaction, got_transaction),
    allows=frozenset({Permit.HASHES}),
)


# ----------------------------------------------------------------- checklist
async def ask_check(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    data = flow.data(ctx)
    checks = _checks(data)
    index = min(data.get("check_index", 0), len(checks) - 1)
    item = checks[index]
    question_text = ctx.t(f"transfer-check-{item}", step=index + 1, total=len(checks))
    advice = data.get("advice")
    text = f"{ctx.t(advice)}\n\n{question_text}" if advice and hint is None else question_text
    rows = choice_rows(
        ctx,
        [("answer-yes", cb("tr", "chk", item, "yes")), ("answer-no", cb("tr", "chk", item, "no"))],
        per_row=2,
    )
    await ask(update, ctx, text, rows, hint=hint)


async def answered_check(update: Update, ctx: BotContext) -> str:
    query = query_of(update)
    parsed = callbacks.parse(query.data)
    data = flow.data(ctx)
    checks = _checks(data)
    index = data.get("check_index", 0)
    item, answer = (*parsed.args, "", "")[:2] if parsed else ("", "")
    if index >= len(checks) or item != checks[index] or answer not in ("yes", "no"):
        # A tap on an earlier checklist question: answer it as stale, ask the current one.
        hint = ctx.t("flow-stale-button")
        await query.answer(hint)
        await ask_check(update, ctx, hint=hint)
        return CHECK
    data["answers"] = {**data.get("answers", {}), item: answer}
    data["advice"] = f"transfer-advice-{item}-{answer}"
    data["check_index"] = index + 1
    return await flow.go(update, ctx, CHECK if index + 1 < len(checks) else RESOLVE)


async def check_back(update: Update, ctx: BotContext) -> str:
    data = flow.data(ctx)
    index = data.get("check_index", 0)
    if index <= 0:
        return await flow.go(update, ctx, TXID)
    data["check_index"] = index - 1
    data["advice"] = None
    return await flow.go(update, ctx, CHECK)


flow.add(
    Step(
        CHECK,
        ask_check,
        TXID,
        Expect.BUTTONS,
        [
            flow.back_handler(check_back),
            flow.button_handler(answered_check, "chk"),
        ],
    )
)


# ------------------------------------------------------------------- outcome
async def ask_resolve(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    data = flow.data(ctx)
    choices = [
        ("btn-solved-yes", cb("tr", "res", "yes")),
        ("transfer-need-help", cb("tr", "res", "no")),
    ]
    if _still_waiting(data):
        choices.insert(1, ("transfer-remind-me", cb("tr", "res", "remind")))
    advice = data.get("advice")
    text = ctx.t("transfer-resolve-prompt", wait=duration_text(ctx, _reminder_minutes(ctx)))
    if advice and hint is None:
        text = f"{ctx.t(advice)}\n\n{text}"
    await ask(update, ctx, text, choice_rows(ctx, choices), hint=hint)


async def resolve_back(update: Update, ctx: BotContext) -> str:
    data = flow.data(ctx)
    data["check_index"] = len(_checks(data)) - 1
    data["advice"] = None
    return await flow.go(update, ctx, CHECK)


def _details(data: dict[str, Any]) -> tuple[TicketField, ...]:
    txid = data.get("txid")
    fields = [
        TicketField("field-transfer-type", f"transfer-type-{data.get('type')}", True),
        TicketField("field-transfer-status", f"transfer-status-{data.get('status')}", True),
        TicketField("field-amount", data.get("amount", "")),
        TicketField("field-when", data.get("when", "")),
        TicketField("field-recipient", data.get("recipient", "")),
        TicketField("field-txid", txid) if txid else TicketField("field-txid", "value-none", True),
    ]
    fields += [
        TicketField(f"check-short-{item}", f"answer-{answer}", True)
        for item, answer in data.get("answers", {}).items()
    ]
    return tuple(fields)


async def resolved(update: Update, ctx: BotContext) -> str | int:
    choice = callback_arg(update)
    data = flow.data(ctx)
    await query_of(update).answer()
    if choice == "yes":
        return await flow.finish(update, ctx, ctx.t("glad-it-worked"))
    if choice == "remind" and _still_waiting(data):
        minutes = _reminder_minutes(ctx)
        await remind_later(ctx, amount=data.get("amount", ""), details=_details(data))
        text = ctx.t("transfer-reminder-set", wait=duration_text(ctx, minutes))
        return await flow.finish(update, ctx, text)
    if choice == "no":
        text = await open_funds_ticket(ctx, ctx.profile.id, _details(data))
        return await flow.finish(update, ctx, text)
    return await flow.go(update, ctx, RESOLVE)


flow.add(
    Step(
        RESOLVE,
        ask_resolve,
        CHECK,
        Expect.BUTTONS,
        [flow.back_handler(resolve_back), flow.button_handler(resolved, "res")],
    )
)


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    return [flow.build(timeout_seconds=services.settings.flow_timeout_minutes * 60)]
