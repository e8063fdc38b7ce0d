"""Early gates for private chats: banned users are served nothing (after one short notice an
hour), flooding is throttled, the secret guard's verdict on each message is carried out, and
edited messages are relayed to the user's ticket or ignored, never re-answered.

The verdict itself was made when the update arrived (bot/safety/screen.py); here it is acted
on: a secret is deleted, the user warned and the agents given only the redacted text; a
possible first part of a phrase waits (withheld) until the next message says what it was; a
bare 64-hex value is withheld until the user taps "transaction hash" or "private key"."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop, BaseHandler, JobQueue, TypeHandler

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.safety.flood import FloodVerdict
from bot.safety.guard import HOLD_SECONDS, Verdict
from bot.safety.marks import Mark, marks_in
from bot.safety.screen import message_text
from bot.ui.flow import STEP_KEY, allowed_at
from bot.ui.parts import chat_of, query_of, user_of
from bot.ui.screens import button

ORDER = 2  # where its handlers stand: see handlers/__init__.py

GROUP = -5
NAMESPACE = "sg"
log = logging.getLogger(__name__)


async def gate(update: Update, ctx: BotContext) -> None:
    """One handler, since a group runs only its first matching handler."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or chat.type != chat.PRIVATE:
        return
    if user.id in ctx.services.desk.bans:
        await _refuse_banned(update, ctx)
    if update.message is not None or update.callback_query is not None:
        verdict = ctx.services.flood.check(user.id)
        if verdict is FloodVerdict.THROTTLED_NOTIFY:
            await ctx.bot.send_message(chat.id, ctx.t("flood-notice"))
        if verdict is not FloodVerdict.OK:
            if update.callback_query is not None:
                await update.callback_query.answer()
            raise ApplicationHandlerStop
    screen = ctx.services.screen
    found = screen.verdict_for(update)
    if found is not None:
        for key in found.releases:
            await _handle_released(ctx, key)
        for key in found.completes:
            await _delete_withheld(ctx, key)
    if update.callback_query is not None:
        parsed = callbacks.parse(update.callback_query.data)
        if parsed is not None and parsed.namespace == NAMESPACE:
            await _answer_question(update, ctx, parsed.action, parsed.int_arg())
            raise ApplicationHandlerStop
        return
    message = update.message or update.edited_message
    if message is None or found is None:
        return
    await _carry_out(update, ctx, message, found)
    if update.edited_message is not None:
        await ctx.services.desk.relays.relay_from_user(update.edited_message, edited=True)
        raise ApplicationHandlerStop


async def _carry_out(update: Update, ctx: BotContext, message: Message, verdict: Verdict) -> None:
    if verdict.withheld:
        if Mark.WITHHELD not in marks_in(message_text(message)):  # not a replay after a restart
            _job_queue(ctx).run_once(
                _release_withheld, HOLD_SECONDS + 1, data=(message.chat_id, update.update_id)
            )
        raise ApplicationHandlerStop
    step = ctx.user_data.get(STEP_KEY) if ctx.user_data is not None else None
    verdict = verdict.permit(allowed_at(step))
    if verdict.secret:
        await _stop_secret(update, ctx, message, verdict)
    if verdict.ambiguous:
        await _ask_hash_or_key(update, ctx, message, verdict)


def _job_queue(ctx: BotContext) -> JobQueue[Any]:
    # Through the Application: PTB types CallbackContext.job_queue with an unbound context type.
    application: Application[Any, Any, Any, Any, Any, Any] = ctx.application
    if application.job_queue is None:
        raise RuntimeError("the secret guard needs the JobQueue (python-telegram-bot[job-queue])")
    return application.job_queue


async def _stop_secret(update: Update, ctx: BotContext, message: Message, verdict: Verdict) -> None:
    """A secret stops here: it reaches no handler, store, relay or log line."""
    with contextlib.suppress(TelegramError):
        await message.delete()
    warnings = [ctx.t(f"secret-warning-{kind.value}") for kind in sorted(verdict.kinds)]
    warnings.append(ctx.t("secret-never-share"))
    await ctx.bot.send_message(message.chat_id, "\n\n".join(warnings))
    edited = update.edited_message is not None
    await ctx.services.desk.relays.relay_redacted(message, verdict.redacted, edited=edited)
    raise ApplicationHandlerStop


async def _ask_hash_or_key(
    update: Update, ctx: BotContext, message: Message, verdict: Verdict
) -> None:
    """A bare 64-hex value is a transaction hash or a private key, and its shape cannot tell:
    it is kept out of every store until the user says which."""
    with contextlib.suppress(TelegramError):
        await message.delete()
    if Mark.UNCONFIRMED in marks_in(message_text(message)):
        # Replayed after a restart: the value itself was never stored, so it is gone.
        await ctx.bot.send_message(message.chat_id, ctx.t("hash-question-lost"))
        raise ApplicationHandlerStop
    ctx.services.screen.ask_about(update, verdict)
    key = str(update.update_id)
    markup = InlineKeyboardMarkup(
        [
            [button(ctx, "hash-question-is-hash", cb(NAMESPACE, "tx", key))],
            [button(ctx, "hash-question-is-key", cb(NAMESPACE, "key", key))],
        ]
    )
    await ctx.bot.send_message(message.chat_id, ctx.t("hash-question"), reply_markup=markup)
    raise ApplicationHandlerStop


async def _answer_question(update: Update, ctx: BotContext, action: str, key: int | None) -> None:
    query = query_of(update)
    answer = None
    if key is not None and action in ("tx", "key"):
        answer = ctx.services.screen.answer(key, is_hash=action == "tx")
    if answer is None:
        await query.answer(ctx.t("hash-question-expired"), show_alert=True)
        if key is not None:  # a real question that expired, not a forged button elsewhere
            with contextlib.suppress(TelegramError):
                await query.edit_message_text(ctx.t("hash-question-lost"))
        return
    await query.answer()
    with contextlib.suppress(TelegramError):
        await query.edit_message_text(
            ctx.t("hash-question-taken-hash" if action == "tx" else "hash-question-taken-key")
        )
    original, _ = answer
    # Handled now as if it had just arrived, with the verdict the user settled.
    await ctx.application.process_update(original)


async def _handle_released(ctx: BotContext, key: int) -> None:
    """A withheld message turned out to be no phrase: handled now, before the one that
    released it."""
    held = ctx.services.screen.take_withheld(key)
    if held is not None:
        ctx.services.screen.mark_released(key)
        await ctx.application.process_update(held)


async def _delete_withheld(ctx: BotContext, key: int) -> None:
    held = ctx.services.screen.take_withheld(key)
    if held is not None and held.effective_message is not None:
        with contextlib.suppress(TelegramError):
            await held.effective_message.delete()


async def _release_withheld(ctx: BotContext) -> None:
    job = ctx.job
    if job is None or not isinstance(job.data, tuple):
        return
    chat_id, key = job.data
    held = ctx.services.screen.release(chat_id, key)
    if held is not None:
        await ctx.application.update_queue.put(held)


async def _refuse_banned(update: Update, ctx: BotContext) -> None:
    user, chat = user_of(update), chat_of(update)
    if ctx.services.desk.bans.notice_due(user.id):
        await ctx.bot.send_message(chat.id, ctx.t("banned-notice"))
    if update.callback_query is not None:
        await update.callback_query.answer()
    raise ApplicationHandlerStop


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    return [TypeHandler(Update, gate)]
