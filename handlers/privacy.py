"""A user's data: /mydata sends a copy of everything stored about them; /forget erases it after
a confirmation that says what will happen. Admins: /erase USER_ID does the same for someone
who lost their Telegram account; /audit reads the trail of agents' and admins' actions."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler
from telegram.ext import filters as f

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.db.audit import AuditEntry, AuditQuery
from bot.domain.tickets import reference_for
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.access import is_admin
from bot.ui.entries import CommandEntry, add_command
from bot.ui.parts import message_of, query_of, user_of

ORDER = 17  # where its handlers stand: see handlers/__init__.py

callbacks.claim("pv", __name__)
add_command(CommandEntry("mydata", "cmd-mydata", 75))
add_command(CommandEntry("forget", "cmd-forget", 76))

MAX_CAPTION = 1000
AUDIT_LINES = 30
AUDIT_CSV_ROWS = 100_000


async def my_data(update: Update, ctx: BotContext) -> None:
    user = user_of(update)
    found = await ctx.services.desk.privacy.export(user.id, ctx.locale)
    message = message_of(update)
    if found is None:
        await message.reply_text(ctx.t("privacy-nothing"))
        return
    await message.reply_text(found.summary)
    await message.reply_document(
        InputFile(found.data, filename=found.filename), caption=ctx.t("privacy-export-caption")
    )


def _confirm(ctx: BotContext, action: str, *args: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    ctx.t("privacy-erase-button"), callback_data=cb("pv", action, *args, "yes")
                )
            ],
            [
                InlineKeyboardButton(
                    ctx.t("privacy-keep-button"), callback_data=cb("pv", action, *args, "no")
                )
            ],
        ]
    )


async def forget(update: Update, ctx: BotContext) -> None:
    await message_of(update).reply_text(
        ctx.t("privacy-forget-confirm"), reply_markup=_confirm(ctx, "forget")
    )


async def erase_command(update: Update, ctx: BotContext) -> None:
    message = message_of(update)
    if not is_admin(ctx, user_of(update).id):
        await message.reply_text(ctx.t("privacy-admins-only"))
        return
    target = callbacks.parse_id((ctx.args or [""])[0])
    if target is None or await ctx.services.users.get(target) is None:
        await message.reply_text(ctx.t("privacy-erase-usage"))
        return
    await message.reply_text(
        ctx.t("privacy-erase-confirm", id=str(target)),
        reply_markup=_confirm(ctx, "erase", str(target)),
    )


async def confirmed(update: Update, ctx: BotContext) -> None:
    query = query_of(update)
    parsed = callbacks.parse(query.data)
    actor = query.from_user.id
    if parsed is None or not parsed.args or parsed.args[-1] not in ("yes", "no"):
        await query.answer(ctx.t("stale-button"))
        return
    if parsed.action == "erase":
        target = parsed.int_arg(0)
        if not is_admin(ctx, actor) or target is None:
            await query.answer(ctx.t("privacy-admins-only"), show_alert=True)
            return
    else:
        target = actor
    await query.answer()
    if parsed.args[-1] == "no":
        await query.edit_message_text(ctx.t("privacy-kept"))
        return
    erased = await ctx.services.desk.privacy.erase(target, actor_id=actor)
    key = "privacy-forgotten" if target == actor else "privacy-erased"
    await query.edit_message_text(
        ctx.t(key, id=str(target), tickets=str(erased.tickets), messages=str(erased.messages))
    )


def _audit_query(args: list[str]) -> AuditQuery | None:
    """/audit [csv] [person ID] [TP-000123] [YYYY-MM-DD], in any order."""
    query = AuditQuery(limit=AUDIT_LINES)
    words = iter(args)
    for word in words:
        if word.lower() == "csv":
            query = AuditQuery(query.actor_id, query.ticket_id, query.day, AUDIT_CSV_ROWS)
        elif word.isdigit() and len(word) <= 16:
            query = AuditQuery(int(word), query.ticket_id, query.day, query.limit)
        elif word.upper().startswith("TP-") and word[3:].isdigit():
            query = AuditQuery(query.actor_id, int(word[3:]), query.day, query.limit)
        else:
            try:
                query = AuditQuery(
                    query.actor_id, query.ticket_id, date.fromisoformat(word), query.limit
                )
            except ValueError:
                return None
    return query


def _line(entry: AuditEntry) -> str:
    ticket = reference_for(entry.ticket_id) if entry.ticket_id else "—"
    at = f"{entry.at:%Y-%m-%d %H:%M:%S}"
    return f"{at} · {entry.actor_id} · {entry.action} · {ticket} · {entry.detail}"


async def audit(update: Update, ctx: BotContext) -> None:
    message = message_of(update)
    if not is_admin(ctx, user_of(update).id):
        await message.reply_text(ctx.t("privacy-admins-only"))
        return
    args = ctx.args or []
    query = _audit_query(args)
    if query is None:
        await message.reply_text(ctx.t("audit-usage"))
        return
    entries = await ctx.services.audit.entries(query)
    if any(word.lower() == "csv" for word in args):
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["at", "actor_id", "action", "ticket", "detail"])
        for entry in entries:
            ticket = reference_for(entry.ticket_id) if entry.ticket_id else ""
            writer.writerow(
                [entry.at.isoformat(), entry.actor_id, entry.action, ticket, entry.detail]
            )
        data = out.getvalue().encode()
        caption = ctx.t("audit-csv-caption", count=str(len(entries)))
        await message.reply_document(InputFile(data, filename="audit.csv"), caption=caption)
        return
    if not entries:
        await message.reply_text(ctx.t("audit-empty"))
        return
    lines = [ctx.t("audit-title", count=str(len(entries)))] + [_line(e) for e in entries]
    await message.reply_text("\n".join(lines), parse_mode=None)


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    private = f.ChatType.PRIVATE
    return [
        CommandHandler("mydata", my_data, filters=private),
        CommandHandler("forget", forget, filters=private),
        CommandHandler("erase", erase_command, filters=private),
        CommandHandler("audit", audit, filters=private),
        CallbackQueryHandler(confirmed, pattern=callbacks.pattern("pv")),
    ]
