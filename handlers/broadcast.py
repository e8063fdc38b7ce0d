"""Admin announcements: /broadcast (compose, audience, preview, confirm), /broadcast_status
with a refresh button, and /broadcast_cancel. Delivery itself is bot.broadcasts.worker's job."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler
from telegram.ext import filters as f

from bot.broadcasts.render import notice_markup, send_notice
from bot.broadcasts.service import BroadcastReport
from bot.broadcasts.worker import rate_for
from bot.core import callbacks
from bot.core.callbacks import cb, parse_id
from bot.core.config import SUPPORTED_LOCALES
from bot.db.audit import AuditAction
from bot.domain.broadcasts import (
    STARS_PER_PAID_MESSAGE,
    Audience,
    AudienceKind,
    Content,
    ContentType,
    NewBroadcast,
)
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.access import is_admin
from bot.ui.flow import Expect, Flow, Step
from bot.ui.parts import chat_of, message_of, query_of, user_of
from bot.ui.prompts import ask, callback_arg, nav_row
from bot.ui.screens import button, show

ORDER = 12  # where its handlers stand: see handlers/__init__.py

callbacks.claim("bc", __name__)  # this module handles every "bc" button

COMPOSE, AUDIENCE, CONFIRM = "broadcast.compose", "broadcast.audience", "broadcast.confirm"

flow = Flow("broadcast")


# ------------------------------------------------------------------ composing
async def ask_compose(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    await ask(update, ctx, ctx.t("broadcast-compose-prompt"), hint=hint)


async def start(update: Update, ctx: BotContext) -> str | int:
    if not is_admin(ctx, user_of(update).id):
        await message_of(update).reply_text(ctx.t("admin-only"))
        return Flow.END
    flow.clear(ctx)
    return await flow.go(update, ctx, COMPOSE)


async def composed(update: Update, ctx: BotContext) -> str:
    message = message_of(update)
    if ctx.services.screen.judge_agent_text(message.text or message.caption or "").held:
        # An announcement is a message from support too: it never asks for a secret.
        await ask_compose(update, ctx, hint=ctx.t("broadcast-refused-secret"))
        return COMPOSE
    caption = message.caption_html or ""
    if message.photo:
        content = Content(ContentType.PHOTO, caption, message.photo[-1].file_id)
    elif message.document:
        content = Content(ContentType.DOCUMENT, caption, message.document.file_id)
    else:
        content = Content(ContentType.TEXT, message.text_html)
    flow.data(ctx)["content"] = [content.type.value, content.text, content.file_id]
    flow.data(ctx)["critical"] = False
    flow.data(ctx)["paid"] = False
    return await flow.go(update, ctx, AUDIENCE)


def _content(ctx: BotContext) -> Content:
    kind, text, file_id = flow.data(ctx)["content"]
    return Content(ContentType(kind), text, file_id)


# ------------------------------------------------------------------ audience
def _audience_args(audience: Audience) -> tuple[str, ...]:
    return (audience.kind.value, audience.locale) if audience.locale else (audience.kind.value,)


async def _count(ctx: BotContext, audience: Audience, critical: bool) -> int:
    return await ctx.services.broadcast_store.count_audience(
        audience, admin_id=ctx.profile.id, security_critical=critical
    )


async def ask_audience(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    options: list[tuple[Audience, str, dict[str, str]]] = [
        (Audience(AudienceKind.ALL), "broadcast-audience-all", {}),
        *(
            (
                Audience(AudienceKind.LOCALE, locale),
                "broadcast-audience-locale",
                {"language": ctx.t(f"lang-{locale}")},
            )
            for locale in SUPPORTED_LOCALES
        ),
        (Audience(AudienceKind.OPEN_TICKETS), "broadcast-audience-open", {}),
    ]
    rows = []
    for audience, key, params in options:
        count = await _count(ctx, audience, critical=False)
        label = ctx.t(key, count=str(count), **params)
        data = cb("bc", "aud", *_audience_args(audience))
        rows.append([InlineKeyboardButton(label, callback_data=data)])
    rows.append([button(ctx, "broadcast-audience-test", cb("bc", "aud", "test"))])
    await ask(update, ctx, ctx.t("broadcast-audience-prompt"), rows, hint=hint)


async def chose_audience(update: Update, ctx: BotContext) -> str:
    parsed = callbacks.parse(query_of(update).data)
    if parsed is None:
        return await _stale(update, ctx, AUDIENCE)
    try:
        kind = AudienceKind(parsed.args[0])
        locale = parsed.args[1] if kind is AudienceKind.LOCALE else None
    except (ValueError, IndexError, AttributeError):
        return await _stale(update, ctx, AUDIENCE)
    if kind is AudienceKind.LOCALE and locale not in SUPPORTED_LOCALES:
        return await _stale(update, ctx, AUDIENCE)
    flow.data(ctx)["audience"] = Audience(kind, locale).encode()
    return await flow.go(update, ctx, CONFIRM)


async def _stale(update: Update, ctx: BotContext, state: str) -> str:
    hint = ctx.t("flow-stale-button")
    await query_of(update).answer(hint)
    await flow.steps[state].ask(update, ctx, hint=hint)
    return state


# ------------------------------------------------------------------ confirm
def audience_name(ctx: BotContext, audience: Audience) -> str:
    if audience.kind is AudienceKind.LOCALE:
        return ctx.t("broadcast-audience-name-locale", language=ctx.t(f"lang-{audience.locale}"))
    names = {
        AudienceKind.ALL: "broadcast-audience-name-all",
        AudienceKind.OPEN_TICKETS: "broadcast-audience-name-open",
        AudienceKind.TEST: "broadcast-audience-name-test",
    }
    return ctx.t(names[audience.kind])


async def ask_confirm(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    data = flow.data(ctx)
    audience = Audience.decode(data["audience"])
    critical = bool(data.get("critical"))
    if update.callback_query is not None:
        await update.callback_query.answer()
    chat_id = chat_of(update).id
    # The preview goes through the very code the worker sends with.
    markup = notice_markup(ctx.services.translator, ctx.locale, security_critical=critical)
    await send_notice(ctx.bot, chat_id, _content(ctx), markup)
    count = await _count(ctx, audience, critical)
    paid = _paid(ctx)
    text = ctx.t(
        "broadcast-confirm",
        audience=audience_name(ctx, audience),
        count=str(count),
        critical=ctx.t("broadcast-critical-yes" if critical else "broadcast-critical-no"),
    )
    text += "\n" + await delivery_text(ctx, count, paid=paid)
    toggle = "broadcast-toggle-critical-off" if critical else "broadcast-toggle-critical-on"
    rows = [
        [button(ctx, "broadcast-send", cb("bc", "send"))],
        [button(ctx, toggle, cb("bc", "crit"))],
    ]
    if ctx.services.settings.broadcast_paid:
        speed = "broadcast-toggle-paid-off" if paid else "broadcast-toggle-paid-on"
        rows.append([button(ctx, speed, cb("bc", "paid"))])
    rows.append(nav_row(ctx))
    lead = ctx.t("broadcast-preview-above")
    body = f"{hint}\n\n{lead}\n\n{text}" if hint else f"{lead}\n\n{text}"
    await ctx.bot.send_message(chat_id, body, reply_markup=InlineKeyboardMarkup(rows))


def _paid(ctx: BotContext) -> bool:
    """Paid only when the admin chose it and BROADCAST_PAID still allows it."""
    return ctx.services.settings.broadcast_paid and bool(flow.data(ctx).get("paid"))


def _how_long(ctx: BotContext, seconds: float) -> str:
    if seconds < 60:
        return ctx.t("broadcast-seconds", n=max(1, round(seconds)))
    return ctx.services.translator.duration(ctx.locale, seconds / 60)


async def delivery_text(ctx: BotContext, count: int, *, paid: bool) -> str:
    """How fast and, when paid, for how many Stars: what the admin confirms."""
    rate = rate_for(ctx.services.settings, paid=paid)
    key = "broadcast-delivery-paid" if paid else "broadcast-delivery-free"
    line = ctx.t(key, rate=f"{rate:g}", duration=_how_long(ctx, count / rate))
    if not paid:
        return line
    stars = count * STARS_PER_PAID_MESSAGE
    balance = await _star_balance(ctx)
    if balance is None:
        return line + "\n" + ctx.t("broadcast-paid-cost-no-balance", stars=f"{stars:,.1f}")
    cost = ctx.t("broadcast-paid-cost", stars=f"{stars:,.1f}", balance=f"{balance:,.1f}")
    short = "\n" + ctx.t("broadcast-paid-short") if balance < stars else ""
    return f"{line}\n{cost}{short}"


async def _star_balance(ctx: BotContext) -> float | None:
    try:
        amount = await ctx.bot.get_my_star_balance()
    except TelegramError:
        return None  # the preview says the balance could not be read
    return amount.amount + (amount.nanostar_amount or 0) / 1e9


async def toggled_critical(update: Update, ctx: BotContext) -> str:
    data = flow.data(ctx)
    data["critical"] = not data.get("critical")
    return await flow.go(update, ctx, CONFIRM)


async def toggled_paid(update: Update, ctx: BotContext) -> str:
    data = flow.data(ctx)
    data["paid"] = not data.get("paid")
    return await flow.go(update, ctx, CONFIRM)


async def send(update: Update, ctx: BotContext) -> str | int:
    data = flow.data(ctx)
    audience = Audience.decode(data["audience"])
    critical = bool(data.get("critical"))
    if await _count(ctx, audience, critical) == 0:
        await query_of(update).answer()
        return await flow.go(update, ctx, AUDIENCE, hint=ctx.t("broadcast-nobody"))
    await query_of(update).answer()
    broadcast = await ctx.services.broadcasts.launch(
        NewBroadcast(
            admin_id=ctx.profile.id,
            content=_content(ctx),
            audience=audience,
            security_critical=critical,
            source_update_id=ctx.update_id,
            paid=_paid(ctx),
        )
    )
    await ctx.services.audit.record(
        ctx.profile.id, AuditAction.BROADCAST, detail=f"#{broadcast.id} to {broadcast.total}"
    )
    started = ctx.t("broadcast-started", id=str(broadcast.id), count=str(broadcast.total))
    return await flow.finish(update, ctx, started)


# ------------------------------------------------------------------ progress
def status_text(ctx: BotContext, report: BroadcastReport) -> str:
    progress = report.progress
    eta = (
        ctx.services.translator.duration(ctx.locale, report.eta_seconds / 60)
        if report.eta_seconds is not None
        else ctx.t("broadcast-eta-none")
    )
    return ctx.t(
        "broadcast-status",
        id=str(report.broadcast.id),
        status=ctx.t(f"broadcast-status-{report.broadcast.status.value}"),
        audience=audience_name(ctx, report.broadcast.audience),
        sent=str(progress.sent),
        failed=str(progress.failed),
        pending=str(progress.pending),
        total=str(progress.total),
        rate=f"{report.rate:.1f}",
        limit=f"{report.limit:g}",
        eta=eta,
    )


async def status(update: Update, ctx: BotContext) -> None:
    if not is_admin(ctx, user_of(update).id):
        await _refuse(update, ctx)
        return
    broadcast_id = None
    if update.callback_query is not None:
        broadcast_id = parse_id(callback_arg(update))
    report = await ctx.services.broadcasts.report(broadcast_id)
    if report is None:
        await show(update, ctx, ctx.t("broadcast-none"))
        return
    refresh = cb("bc", "status", str(report.broadcast.id))
    markup = InlineKeyboardMarkup([[button(ctx, "broadcast-refresh", refresh)]])
    await show(update, ctx, status_text(ctx, report), markup)


async def cancel(update: Update, ctx: BotContext) -> None:
    if not is_admin(ctx, user_of(update).id):
        await _refuse(update, ctx)
        return
    cancelled = await ctx.services.broadcasts.cancel_running()
    if not cancelled:
        await message_of(update).reply_text(ctx.t("broadcast-nothing-running"))
        return
    for broadcast in cancelled:
        progress = await ctx.services.broadcast_store.progress(broadcast.id)
        await message_of(update).reply_text(
            ctx.t(
                "broadcast-cancelled",
                id=str(broadcast.id),
                sent=str(progress.sent),
                pending=str(progress.pending),
            )
        )


async def _refuse(update: Update, ctx: BotContext) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer(ctx.t("admin-only"), show_alert=True)
        return
    await message_of(update).reply_text(ctx.t("admin-only"))


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    pattern = callbacks.pattern
    flow.add(
        Step(
            COMPOSE,
            ask_compose,
            None,
            Expect.ANYTHING,
            [MessageHandler((f.TEXT & ~f.COMMAND) | f.PHOTO | f.Document.ALL, composed)],
        )
    )
    flow.add(
        Step(
            AUDIENCE,
            ask_audience,
            COMPOSE,
            Expect.BUTTONS,
            [CallbackQueryHandler(chose_audience, pattern=pattern("bc", "aud"))],
        )
    )
    flow.add(
        Step(
            CONFIRM,
            ask_confirm,
            AUDIENCE,
            Expect.BUTTONS,
            [
                CallbackQueryHandler(send, pattern=pattern("bc", "send")),
                CallbackQueryHandler(toggled_critical, pattern=pattern("bc", "crit")),
                CallbackQueryHandler(toggled_paid, pattern=pattern("bc", "paid")),
            ],
        )
    )
    private = f.ChatType.PRIVATE
    return [
        flow.build(
            [CommandHandler("broadcast", start, filters=private)],
            timeout_seconds=services.settings.flow_timeout_minutes * 60,
        ),
        CommandHandler("broadcast_status", status, filters=private),
        CallbackQueryHandler(status, pattern=pattern("bc", "status")),
        CommandHandler("broadcast_cancel", cancel, filters=private),
    ]
