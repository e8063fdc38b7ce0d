"""/stats (figures and a 30-day chart) and /export tickets|questions (CSV), for admins and
agents, in a private chat or the agents' group."""

from __future__ import annotations

import asyncio
from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.constants import ChatAction
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.core.callbacks import cb
from bot.core.clock import utc_now
from bot.db.audit import AuditAction
from bot.domain.knowledge import FaqCandidate
from bot.domain.stats import SupportStats
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.stats.chart import cjk_font, render_chart
from bot.stats.export import COLUMNS, export_csv
from bot.stats.render import chart_labels, stats_text
from bot.stats.report import build_stats
from bot.ui.access import is_staff
from bot.ui.candidates import SHOWN, faq_candidates
from bot.ui.parts import chat_of, message_of, user_of

ORDER = 14  # where its handlers stand: see handlers/__init__.py

CHART_LOCALE_FALLBACK = "en"
DRAFT_NAMESPACE = "kb"  # the draft buttons open /kb (handlers/kb.py)


def _locale(update: Update, ctx: BotContext) -> str:
    """The reader's language in a private chat; the desk's language in the agents' group."""
    chat = chat_of(update)
    if chat.type == chat.PRIVATE:
        return ctx.locale
    return ctx.services.desk.agent_locale


def _in_place(update: Update, ctx: BotContext) -> bool:
    chat = chat_of(update)
    return chat.type == chat.PRIVATE or chat.id in ctx.services.settings.desk_chats


async def _allowed(update: Update, ctx: BotContext, locale: str) -> bool:
    if _in_place(update, ctx) and await is_staff(ctx, user_of(update).id):
        return True
    await message_of(update).reply_text(ctx.services.translator.t(locale, "staff-only"))
    return False


def _chart(ctx: BotContext, locale: str, stats: SupportStats) -> bytes:
    # Without a font that has Chinese glyphs, Chinese labels would draw as empty boxes.
    if locale == "zh" and cjk_font() is None:
        locale = CHART_LOCALE_FALLBACK
    return render_chart(stats, chart_labels(ctx.services.translator, locale, stats))


async def stats(update: Update, ctx: BotContext) -> None:
    locale = _locale(update, ctx)
    if not await _allowed(update, ctx, locale):
        return
    services = ctx.services
    message = message_of(update)
    chat_id = chat_of(update).id
    thread_id = message.message_thread_id
    now: datetime = utc_now()
    figures = await build_stats(services.stats, services.settings, now)
    candidates = (await faq_candidates(services))[:SHOWN]
    text = stats_text(services.translator, locale, figures, services.faq, candidates)
    await message.reply_text(text, reply_markup=_draft_buttons(ctx, update, locale, candidates))
    await ctx.bot.send_chat_action(chat_id, ChatAction.UPLOAD_PHOTO, message_thread_id=thread_id)
    # matplotlib is synchronous: draw in a thread so other users are not kept waiting.
    png = await asyncio.to_thread(_chart, ctx, locale, figures)
    await message.reply_photo(InputFile(png, filename="stats.png"))


def _draft_buttons(
    ctx: BotContext, update: Update, locale: str, candidates: list[FaqCandidate]
) -> InlineKeyboardMarkup | None:
    """One tap turns a candidate into a draft entry in /kb (a private chat's flow)."""
    if chat_of(update).type != chat_of(update).PRIVATE or not candidates:
        return None
    t = ctx.services.translator.t
    rows = [
        [
            InlineKeyboardButton(
                t(locale, "stats-candidate-draft", rank=str(rank)),
                callback_data=cb(DRAFT_NAMESPACE, "cand", str(c.key)),
            )
        ]
        for rank, c in enumerate(candidates, start=1)
    ]
    return InlineKeyboardMarkup(rows)


async def export(update: Update, ctx: BotContext) -> None:
    locale = _locale(update, ctx)
    if not await _allowed(update, ctx, locale):
        return
    t = ctx.services.translator.t
    table = (ctx.args or [""])[0].lower()
    if table not in COLUMNS:
        await message_of(update).reply_text(t(locale, "export-usage"))
        return
    data, count = await export_csv(ctx.services.stats, table)
    name = f"{table}-{utc_now():%Y%m%d-%H%M}.csv"
    caption = t(locale, "export-caption", table=t(locale, f"export-name-{table}"), count=str(count))
    await message_of(update).reply_document(InputFile(data, filename=name), caption=caption)
    await ctx.services.audit.record(user_of(update).id, AuditAction.EXPORT, detail=table)


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, None]]:
    chats = filters.ChatType.PRIVATE | filters.ChatType.GROUPS
    return [
        CommandHandler("stats", stats, filters=chats),
        CommandHandler("export", export, filters=chats),
    ]
