"""Free text typed outside any flow: what the bot understands of it decides the answer — the
entry in full, the best three to choose from, an honest "I can't answer that", a greeting, the
way to a person, or, for an urgent security or funds report, the security steps and a HIGH
ticket at once. Until the understanding model is loaded, the simple FAQ matcher answers."""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, MessageHandler, filters

from bot.core.callbacks import cb
from bot.domain.knowledge import KbEntry
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.screens import button, home_row, send_menu
from bot.ui.urgent import report_urgent
from bot.understanding.decision import Outcome, Understanding
from handlers.answer_rating import rating_row

ORDER = 52  # after the FAQ conversation and the settings: free text nobody else took
MAX_QUESTION_LENGTH = 1000
MAX_RELATED = 2

# What the bot says when it does not answer with an entry.
_LEADS = {
    Outcome.OUT_OF_SCOPE: "understand-out-of-scope",
    Outcome.GREETING: "understand-greeting",
    Outcome.HANDOVER: "faq-no-match",
}


def title_of(ctx: BotContext, entry: KbEntry) -> str:
    return entry.text(ctx.locale).question


def answer_text(ctx: BotContext, entry: KbEntry) -> str:
    answer = escape(entry.text(ctx.locale).answer, quote=False)  # plain text, written by people
    return f"<b>{ctx.t('faq-answer-title', question=title_of(ctx, entry))}</b>\n\n{answer}"


def agent_row(ctx: BotContext) -> list[InlineKeyboardButton]:
    return [button(ctx, "btn-talk-agent", cb("m", "agent"))]


def _entry_rows(ctx: BotContext, entry_ids: list[str]) -> list[list[InlineKeyboardButton]]:
    entries = [e for i in entry_ids if (e := ctx.services.faq.entry(i)) is not None]
    return [
        [InlineKeyboardButton(title_of(ctx, e), callback_data=cb("faq", "e", e.id))]
        for e in entries
    ]


async def _reply_with_entry(
    message: Message, ctx: BotContext, entry_id: str, related: list[str], question_id: int
) -> None:
    best = ctx.services.faq.entry(entry_id)
    if best is None:  # retired while the model that named it was being replaced
        await message.reply_text(
            ctx.t("faq-no-match"),
            reply_markup=InlineKeyboardMarkup([agent_row(ctx), home_row(ctx)]),
        )
        return
    rows = _entry_rows(ctx, related)
    body = f"{ctx.t('faq-best-match')}\n\n{answer_text(ctx, best)}"
    if rows:
        body += f"\n\n{ctx.t('faq-related')}"
    rows += [rating_row(ctx, question_id), agent_row(ctx), home_row(ctx)]
    await message.reply_text(body, reply_markup=InlineKeyboardMarkup(rows))


async def _act(
    update: Update,
    ctx: BotContext,
    message: Message,
    text: str,
    result: Understanding,
    question_id: int,
) -> None:
    if result.outcome is Outcome.URGENT:
        await send_menu(update, ctx, lead=await report_urgent(ctx, text))
    elif result.outcome is Outcome.ANSWER and result.entry:
        await _reply_with_entry(message, ctx, result.entry, [], question_id)
    elif result.outcome is Outcome.OFFER:
        rows = [*_entry_rows(ctx, list(result.offered)), agent_row(ctx), home_row(ctx)]
        await message.reply_text(ctx.t("understand-offer"), reply_markup=InlineKeyboardMarkup(rows))
    elif result.outcome is Outcome.HUMAN:
        markup = InlineKeyboardMarkup([agent_row(ctx), home_row(ctx)])
        await message.reply_text(ctx.t("understand-human"), reply_markup=markup)
    else:
        await send_menu(update, ctx, lead=ctx.t(_LEADS.get(result.outcome, "faq-no-match")))


async def _matched(update: Update, ctx: BotContext, message: Message, text: str) -> None:
    """The simple matcher's answer (while the understanding model is not loaded yet)."""
    services = ctx.services
    matches = services.matcher.match(text, limit=1 + MAX_RELATED)
    question_id = await services.questions.record(
        user_id=ctx.profile.id,
        locale=ctx.locale,
        text=text,
        faq_entry=matches[0].entry_id if matches else None,
        score=matches[0].score if matches else 0.0,
    )
    if not matches:
        await send_menu(update, ctx, lead=ctx.t("faq-no-match"))
        return
    related = [m.entry_id for m in matches[1:]]
    await _reply_with_entry(message, ctx, matches[0].entry_id, related, question_id)


async def answer_question(update: Update, ctx: BotContext) -> None:
    message = update.effective_message
    if message is None or message.text is None or ctx.known_profile is None:
        return
    text = message.text.strip()
    if len(text) > MAX_QUESTION_LENGTH:
        await send_menu(update, ctx, lead=ctx.t("text-too-long", limit=MAX_QUESTION_LENGTH))
        return
    understanding = ctx.services.understanding
    if not understanding.ready:
        await _matched(update, ctx, message, text)
        return
    result = await understanding.understand(text)
    answered = result.entry if result.outcome in (Outcome.ANSWER, Outcome.OFFER) else None
    question_id = await ctx.services.questions.record(
        user_id=ctx.profile.id,
        locale=ctx.locale,
        text=text,
        faq_entry=answered,
        score=result.confidence if answered else 0.0,
        outcome=result.outcome.value,
    )
    await _act(update, ctx, message, text, result, question_id)


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, object]]:
    private_text = filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND
    return [MessageHandler(private_text, answer_question)]
