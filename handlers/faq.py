"""The FAQ: browse by topic (a persistent conversation, so Back survives restarts) and answers
to free text typed outside any flow."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.faq.catalog import FaqCategory, FaqEntry
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.conversation import exit_fallbacks, leave_to_menu
from bot.ui.entries import CommandEntry, MenuEntry, add_command, add_menu
from bot.ui.screens import button, home_row, send_menu, show

ORDER = 50  # where its handlers stand: see handlers/__init__.py
add_menu(MenuEntry("faq", "menu-faq", 50))
add_command(CommandEntry("faq", "cmd-faq", 30))

callbacks.claim("faq", __name__)  # this module handles every "faq" button

# Conversation states; strings so the persisted rows read plainly.
CATEGORIES, ENTRIES, ANSWER = "faq.categories", "faq.entries", "faq.answer"
_CATEGORY_KEY = "faq_category"  # user_data: the topic Back returns to
MAX_QUESTION_LENGTH = 1000
MAX_RELATED = 2

Handler = BaseHandler[Update, BotContext, object]


def _title(ctx: BotContext, entry: FaqEntry) -> str:
    return ctx.t(entry.message_key)


def _answer_text(ctx: BotContext, entry: FaqEntry) -> str:
    answer = ctx.services.translator.attribute(ctx.locale, entry.message_key, "answer")
    return f"<b>{ctx.t('faq-answer-title', question=_title(ctx, entry))}</b>\n\n{answer}"


def _agent_row(ctx: BotContext) -> list[InlineKeyboardButton]:
    return [button(ctx, "btn-talk-agent", cb("m", "agent"))]


async def show_categories(update: Update, ctx: BotContext) -> str:
    rows = [
        [button(ctx, category.title_key, cb("faq", "cat", category.id))]
        for category in ctx.services.faq.categories
    ]
    rows.append(home_row(ctx))
    text = f"{ctx.t('faq-categories-title')}\n\n{ctx.t('safety-reminder')}"
    await show(update, ctx, text, InlineKeyboardMarkup(rows))
    return CATEGORIES


async def _show_category(update: Update, ctx: BotContext, category: FaqCategory) -> str:
    ctx.user_store[_CATEGORY_KEY] = category.id
    faq = ctx.services.faq
    rows = [
        [InlineKeyboardButton(_title(ctx, entry), callback_data=cb("faq", "e", e))]
        for e in category.entry_ids
        if (entry := faq.entry(e)) is not None
    ]
    rows.append(home_row(ctx, back=cb("faq", "back")))
    title = ctx.t("faq-category-title", category=ctx.t(category.title_key))
    await show(update, ctx, title, InlineKeyboardMarkup(rows))
    return ENTRIES


async def open_category(update: Update, ctx: BotContext) -> str | int:
    parsed = callbacks.parse(update.callback_query.data if update.callback_query else None)
    category = ctx.services.faq.category(parsed.arg or "") if parsed else None
    if category is None:
        return await show_categories(update, ctx)
    return await _show_category(update, ctx, category)


async def open_entry(update: Update, ctx: BotContext) -> str:
    parsed = callbacks.parse(update.callback_query.data if update.callback_query else None)
    entry = ctx.services.faq.entry(parsed.arg or "") if parsed else None
    if entry is None:
        return await show_categories(update, ctx)
    ctx.user_store[_CATEGORY_KEY] = entry.category_id
    markup = InlineKeyboardMarkup([_agent_row(ctx), home_row(ctx, back=cb("faq", "back"))])
    await show(update, ctx, _answer_text(ctx, entry), markup)
    return ANSWER


async def back_from_entries(update: Update, ctx: BotContext) -> str:
    return await show_categories(update, ctx)


async def back_from_answer(update: Update, ctx: BotContext) -> str:
    category = ctx.services.faq.category(ctx.user_store.get(_CATEGORY_KEY, ""))
    if category is None:
        return await show_categories(update, ctx)
    return await _show_category(update, ctx, category)


async def back_to_menu(update: Update, ctx: BotContext) -> int:
    ctx.user_store.pop(_CATEGORY_KEY, None)
    return await leave_to_menu(update, ctx)


async def answer_question(update: Update, ctx: BotContext) -> None:
    """Free text: the best entry in full, up to two related ones as buttons, or a way on."""
    message = update.effective_message
    if message is None or message.text is None or ctx.known_profile is None:
        return
    text = message.text.strip()
    if len(text) > MAX_QUESTION_LENGTH:
        await send_menu(update, ctx, lead=ctx.t("text-too-long", limit=MAX_QUESTION_LENGTH))
        return
    services = ctx.services
    matches = services.matcher.match(text, limit=1 + MAX_RELATED)
    await services.questions.record(
        user_id=ctx.profile.id,
        locale=ctx.locale,
        text=text,
        faq_entry=matches[0].entry_id if matches else None,
        score=matches[0].score if matches else 0.0,
    )
    if not matches:
        await send_menu(update, ctx, lead=ctx.t("faq-no-match"))
        return
    best = services.faq.entry(matches[0].entry_id)
    if best is None:  # the matcher indexes only the catalog's entries
        raise LookupError(f"no FAQ entry {matches[0].entry_id!r}")
    related = [services.faq.entry(m.entry_id) for m in matches[1:]]
    rows = [
        [InlineKeyboardButton(_title(ctx, e), callback_data=cb("faq", "e", e.id))]
        for e in related
        if e is not None
    ]
    body = f"{ctx.t('faq-best-match')}\n\n{_answer_text(ctx, best)}"
    if rows:
        body += f"\n\n{ctx.t('faq-related')}"
    rows += [_agent_row(ctx), home_row(ctx)]
    await message.reply_text(body, reply_markup=InlineKeyboardMarkup(rows))


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, object]]:
    # Typed as ConversationHandler takes them: each is shared by several states.
    category: Handler = CallbackQueryHandler(open_category, pattern=callbacks.pattern("faq", "cat"))
    entry: Handler = CallbackQueryHandler(open_entry, pattern=callbacks.pattern("faq", "e"))
    home: Handler = CallbackQueryHandler(back_to_menu, pattern=callbacks.pattern("m", "home"))
    typed: Handler = MessageHandler(filters.TEXT & ~filters.COMMAND, answer_question)
    back = callbacks.pattern("faq", "back")
    conversation = ConversationHandler(
        name="faq",
        persistent=True,
        allow_reentry=True,
        per_message=False,
        entry_points=[
            CallbackQueryHandler(show_categories, pattern=callbacks.pattern("m", "faq")),
            CommandHandler("faq", show_categories, filters=filters.ChatType.PRIVATE),
            category,
            entry,
        ],
        states={
            CATEGORIES: [
                category,
                entry,
                home,
                typed,
                CallbackQueryHandler(back_to_menu, pattern=back),
            ],
            ENTRIES: [
                category,
                entry,
                home,
                typed,
                CallbackQueryHandler(back_from_entries, pattern=back),
            ],
            ANSWER: [
                category,
                entry,
                home,
                typed,
                CallbackQueryHandler(back_from_answer, pattern=back),
            ],
        },
        fallbacks=exit_fallbacks(),
    )
    private_text = filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND
    return [conversation, MessageHandler(private_text, answer_question)]
