"""A transfer the user was told to wait for: a reminder that asks, when the wait is over,
whether the money arrived; "no" opens the HIGH-priority funds ticket. Reminders live in the
database and are re-armed after a restart."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import Application, BaseHandler, CallbackQueryHandler, JobQueue

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.core.clock import utc_now
from bot.db.reminders import Reminder, ReminderStatus
from bot.domain.tickets import Category, NewTicket, TicketField
from bot.runtime.context import BotContext, services_of
from bot.runtime.services import Services
from bot.ui.parts import query_of, user_of
from bot.ui.profiles import ensure_profile
from bot.ui.screens import button, send_menu
from bot.ui.ticket_ack import open_and_acknowledge

REMINDER_KIND = "transfer_arrived"
RETRY_SECONDS = 60
CLAIM_SECONDS = 60  # a replica killed while sending leaves the reminder to another after this
REARM_SECONDS = 10  # replicas: how often each arms reminders another replica created
NAMESPACE = callbacks.claim("rem", __name__)
ORDER = 32


async def open_funds_ticket(ctx: BotContext, user_id: int, details: tuple[TicketField, ...]) -> str:
    new = NewTicket(
        user_id=user_id, category=Category.FUNDS, subject="subject-transfer", details=details
    )
    return await open_and_acknowledge(ctx, new)


async def remind_later(ctx: BotContext, *, amount: str, details: tuple[TicketField, ...]) -> None:
    minutes = ctx.services.settings.transfer_reminder_minutes
    reminder = await ctx.services.reminders.create(
        user_id=ctx.profile.id,
        kind=REMINDER_KIND,
        due_at=utc_now() + timedelta(minutes=minutes),
        payload={"amount": amount, "details": [dataclasses.asdict(d) for d in details]},
    )
    schedule(ctx.application, reminder)


def _job_queue(application: Application[Any, Any, Any, Any, Any, Any]) -> JobQueue[Any]:
    if application.job_queue is None:
        raise RuntimeError("reminders need the JobQueue (python-telegram-bot[job-queue])")
    return application.job_queue


def schedule(application: Application[Any, Any, Any, Any, Any, Any], reminder: Reminder) -> None:
    delay = max(0.5, (reminder.due_at - utc_now()).total_seconds())
    _job_queue(application).run_once(
        send_reminder,
        delay,
        data=reminder.id,
        name=f"reminder:{reminder.id}",
        user_id=reminder.user_id,
        chat_id=reminder.user_id,
    )


async def on_startup(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """JobQueue jobs do not survive a restart; the database does, so re-arm from it. Replicas
    each arm every reminder (and look again now and then for new ones): the one that claims
    it when it is due sends it."""
    await _arm_all(application)
    if services_of(application).settings.replicas:
        _job_queue(application).run_repeating(
            _rearm, interval=REARM_SECONDS, first=REARM_SECONDS, name="reminders"
        )


async def _arm_all(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    jobs = _job_queue(application)
    for reminder in await services_of(application).reminders.pending():
        if reminder.kind == REMINDER_KIND and not jobs.get_jobs_by_name(f"reminder:{reminder.id}"):
            schedule(application, reminder)


async def _rearm(ctx: BotContext) -> None:
    await _arm_all(ctx.application)


async def send_reminder(ctx: BotContext) -> None:
    if ctx.job is None or not isinstance(ctx.job.data, int):
        return
    services = ctx.services
    reminder = await services.reminders.get(ctx.job.data)
    if reminder is None or reminder.status is not ReminderStatus.PENDING:
        return
    if not await services.reminders.claim(reminder.id, seconds=CLAIM_SECONDS):
        return  # another replica is sending it
    ctx.profile = await services.users.get(reminder.user_id)
    rows = [
        [
            button(ctx, "reminder-arrived", cb(NAMESPACE, "yes", str(reminder.id))),
            button(ctx, "reminder-missing", cb(NAMESPACE, "no", str(reminder.id))),
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
        await services.reminders.unclaim(reminder.id)
        # Through the Application: PTB types CallbackContext.job_queue with an unbound context type.
        _job_queue(ctx.application).run_once(
            send_reminder, RETRY_SECONDS, data=reminder.id, name=f"reminder:{reminder.id}"
        )
        return
    await services.reminders.set_status(reminder.id, ReminderStatus.SENT)


async def reminder_answered(update: Update, ctx: BotContext) -> None:
    query = query_of(update)
    parsed = callbacks.parse(query.data)
    services = ctx.services
    reminder_id = parsed.int_arg() if parsed else None
    reminder = await services.reminders.get(reminder_id) if reminder_id is not None else None
    await ensure_profile(ctx, update.effective_user)
    if (
        parsed is None
        or reminder is None
        or reminder.user_id != user_of(update).id
        or not await services.reminders.set_status(reminder.id, ReminderStatus.ANSWERED)
    ):
        await query.answer(ctx.t("stale-button"))
        await send_menu(update, ctx, lead=ctx.t("stale-button"))
        return
    await query.answer()
    if parsed.action == "yes":
        await send_menu(update, ctx, lead=ctx.t("reminder-glad"))
        return
    details = tuple(TicketField(**item) for item in reminder.payload.get("details", []))
    await send_menu(update, ctx, lead=await open_funds_ticket(ctx, reminder.user_id, details))


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    return [CallbackQueryHandler(reminder_answered, pattern=callbacks.pattern(NAMESPACE))]
