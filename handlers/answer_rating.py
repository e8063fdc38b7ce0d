"""👍/👎 under an answer the bot gave to a typed question: the asker says whether it helped.
A 👎 puts the question among the FAQ candidates (/stats) and offers a person."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.core import callbacks
from bot.core.callbacks import cb, parse_id
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.parts import query_of
from bot.ui.screens import button, home_row

ORDER = 43  # where its handlers stand: see handlers/__init__.py
NAMESPACE = callbacks.claim("hp", __name__)


def rating_row(ctx: BotContext, question_id: int) -> list[InlineKeyboardButton]:
    return [
        button(ctx, "answer-helpful", cb(NAMESPACE, "y", str(question_id))),
        button(ctx, "answer-not-helpful", cb(NAMESPACE, "n", str(question_id))),
    ]


async def rated(update: Update, ctx: BotContext) -> None:
    query = query_of(update)
    parsed = callbacks.parse(query.data)
    question_id = parse_id(parsed.arg if parsed else None)
    helpful = parsed is not None and parsed.action == "y"
    if question_id is None or not await ctx.services.questions.rate(
        question_id, ctx.profile.id, helpful
    ):
        await query.answer(ctx.t("answer-rating-already"))
        return
    await query.answer(ctx.t("answer-rating-thanks"))
    message = query.message
    if isinstance(message, Message) and message.reply_markup is not None:
        # The rating row goes; the answer and its other buttons stay.
        rows = [
            list(row)
            for row in message.reply_markup.inline_keyboard
            if not any(str(b.callback_data or "").startswith(f"1:{NAMESPACE}:") for b in row)
        ]
        await message.edit_reply_markup(InlineKeyboardMarkup(rows))
    if not helpful and message is not None:
        markup = InlineKeyboardMarkup(
            [[button(ctx, "menu-agent", cb("m", "agent"))], home_row(ctx)]
        )
        await ctx.bot.send_message(
            message.chat.id, ctx.t("answer-rating-sorry"), reply_markup=markup
        )


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, object]]:
    return [CallbackQueryHandler(rated, pattern=callbacks.pattern(NAMESPACE))]
