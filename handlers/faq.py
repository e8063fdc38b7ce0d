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
from bot.faq.catalog import FaqCategory
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.conversation import exit_fallbacks, leave_to_menu
from bot.ui.entries import CommandEntry, MenuEntry, add_command, add_menu
from bot.ui.screens import button, home_row, show
from handlers.free_text import agent_row, answer_question, answer_text, title_of

ORDER = 50  # where its handlers stand: see handlers/__init__.py
add_menu(MenuEntry("faq", "menu-faq", 50))
add_command(CommandEntry("faq", "cmd-faq", 30))

callbacks.claim("faq", __name__)  # this module handles every "faq" button

# Conversation states; strings so the persisted rows read plainly.
CATEGORIES, ENTRIES, ANSWER = "faq.categories", "faq.entries", "faq.answer"
_CATEGORY_KEY = "faq_category"  # user_data: the topic Back returns to

Handler = BaseHandler[Update, BotContext, object]


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
        [InlineKeyboardButton(title_of(ctx, entry), callback_data=cb("faq", "e", e))]
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
    markup = InlineKeyboardMarkup([agent_row(ctx), home_row(ctx, back=cb("faq", "back"))])
    await show(update, ctx, answer_text(ctx, entry), markup)
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
    return [conversation]
