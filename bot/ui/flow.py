"""The frame every guided flow shares: steps with Back and Cancel, the same question again on
wrong input or a stale button, an idle timeout, and flow data kept in user_data under one key.

A flow module declares its steps (state, how to ask, where Back goes, what kind of answer is
expected) and the handlers for the right answers; Flow.build() adds everything else.
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.runtime.context import BotContext
from bot.safety.guard import Permit
from bot.ui.conversation import exit_fallbacks
from bot.ui.profiles import ensure_profile
from bot.ui.screens import button, send_menu, show

Ask = Callable[..., Awaitable[None]]  # ask(update, ctx, hint=None)
STEP_KEY = "_step"  # user_data: the step of the flow in progress
APPLIED_KEY = "_applied_update"  # user_data: the last update whose step was written
AnyHandler = BaseHandler[Update, BotContext, Any]


class Expect(StrEnum):
    """What a step waits for; picks the hint shown when something else arrives."""

    BUTTONS = "flow-use-buttons"
    TEXT = "flow-send-text"
    TEXT_OR_BUTTONS = "flow-send-text-or-buttons"
    MEDIA = "flow-send-media"
    ANYTHING = "flow-send-text-or-media"


@dataclass(slots=True)
class Step:
    state: str
    ask: Ask
    back: str | None  # the state Back returns to; None leaves the flow for the menu
    expect: Expect
    handlers: list[AnyHandler] = field(default_factory=list)
    # What the step asks for that the secret guard would otherwise stop (a transaction hash,
    # a card number); its handler stores only a masked value.
    permits: frozenset[Permit] = frozenset()


_PERMITS: dict[str, frozenset[Permit]] = {}


def permits_for(state: str | None) -> frozenset[Permit]:
    return _PERMITS.get(state or "", frozenset())


def nav_row(ctx: BotContext) -> list[InlineKeyboardButton]:
    return [
        button(ctx, "btn-back", cb("flow", "back")),
        button(ctx, "btn-cancel", cb("flow", "cancel")),
    ]


def choice_rows(
    ctx: BotContext, choices: Sequence[tuple[str, str]], *, per_row: int = 1
) -> list[list[InlineKeyboardButton]]:
    """Buttons from (label key, callback data) pairs, `per_row` to a row."""
    buttons = [button(ctx, label, data) for label, data in choices]
    return [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]


async def ask(
    update: Update,
    ctx: BotContext,
    text: str,
    rows: list[list[InlineKeyboardButton]] | None = None,
    *,
    hint: str | None = None,
) -> None:
    """Show a question with its buttons and Back/Cancel. After a hint, always a new message."""
    markup = InlineKeyboardMarkup([*(rows or []), nav_row(ctx)])
    if hint is None:
        await show(update, ctx, text, markup)
        return
    if update.callback_query is not None:
        await update.callback_query.answer()
    chat = update.effective_chat
    if chat is not None:
        await ctx.bot.send_message(chat.id, f"{hint}\n\n{text}", reply_markup=markup)


def callback_arg(update: Update) -> str | None:
    parsed = callbacks.parse(update.callback_query.data if update.callback_query else None)
    return parsed.arg if parsed else None


class Flow:
    END = ConversationHandler.END

    def __init__(self, name: str) -> None:
        self.name = name
        self.steps: dict[str, Step] = {}

    # ------------------------------------------------------------------ data
    def data(self, ctx: BotContext) -> dict[str, Any]:
        return ctx.user_data.setdefault(self.name, {})

    def clear(self, ctx: BotContext) -> None:
        ctx.user_data.pop(self.name, None)
        ctx.user_data.pop(STEP_KEY, None)

    # ----------------------------------------------------------------- steps
    def add(self, step: Step) -> None:
        self.steps[step.state] = step
        if step.permits:
            _PERMITS[step.state] = step.permits

    async def go(
        self, update: Update, ctx: BotContext, state: str, *, hint: str | None = None
    ) -> str:
        ctx.user_data[STEP_KEY] = state  # the secret guard lets some steps receive a hash or card
        await self._write_through(update, ctx, state)
        if hint is None:
            await self.steps[state].ask(update, ctx)
        else:
            await self.steps[state].ask(update, ctx, hint=hint)
        return state

    async def finish(self, update: Update, ctx: BotContext, text: str, *, menu: bool = True) -> int:
        self.clear(ctx)
        await self._write_through(update, ctx, None)
        if menu:
            await send_menu(update, ctx, lead=text)
        return ConversationHandler.END

    async def _write_through(self, update: Update, ctx: BotContext, state: str | None) -> None:
        """Store the step (and the flow's data) before the message that acknowledges it is
        sent: PTB would write it only after the handler returns, and a kill in between would
        bring the user back to a step they had already left."""
        persistence = ctx.application.persistence
        chat, user = update.effective_chat, update.effective_user
        if persistence is None or chat is None or user is None:
            return
        if ctx.update_id is not None:
            ctx.user_data[APPLIED_KEY] = ctx.update_id
        await persistence.update_user_data(user.id, copy.deepcopy(ctx.user_data))
        await persistence.update_conversation(self.name, (chat.id, user.id), state)

    # ----------------------------------------------------- generic handlers
    def _back(self, step: Step) -> Callable[[Update, BotContext], Awaitable[str | int]]:
        async def back(update: Update, ctx: BotContext) -> str | int:
            if step.back is None:
                if update.callback_query:
                    await update.callback_query.answer()
                return await self.finish(update, ctx, ctx.t("flow-left"))
            return await self.go(update, ctx, step.back)

        return back

    def _wrong_button(self, step: Step) -> Callable[[Update, BotContext], Awaitable[str]]:
        async def wrong_button(update: Update, ctx: BotContext) -> str:
            hint = ctx.t("flow-stale-button")
            if update.callback_query:
                await update.callback_query.answer(hint)
            await step.ask(update, ctx, hint=hint)
            return step.state

        return wrong_button

    def _wrong_message(self, step: Step) -> Callable[[Update, BotContext], Awaitable[str]]:
        async def wrong_message(update: Update, ctx: BotContext) -> str:
            await step.ask(update, ctx, hint=ctx.t(step.expect.value))
            return step.state

        return wrong_message

    async def _cancel(self, update: Update, ctx: BotContext) -> int:
        if update.callback_query:
            await update.callback_query.answer()
        return await self.finish(update, ctx, ctx.t("cancelled"))

    async def _timed_out(self, update: Update, ctx: BotContext) -> None:
        # Timeouts run from a job, outside the normal pre-handlers: load the locale here.
        await ensure_profile(ctx, update.effective_user)
        self.clear(ctx)
        chat = update.effective_chat
        if chat is not None:
            await ctx.bot.send_message(chat.id, ctx.t("flow-timed-out"))

    def build(
        self, entry_points: list[AnyHandler], *, timeout_seconds: float
    ) -> ConversationHandler[BotContext]:
        states: dict[object, list[AnyHandler]] = {}
        for step in self.steps.values():
            states[step.state] = [
                *step.handlers,
                CallbackQueryHandler(self._back(step), pattern=callbacks.pattern("flow", "back")),
                CallbackQueryHandler(self._cancel, pattern=callbacks.pattern("flow", "cancel")),
                CallbackQueryHandler(self._wrong_button(step)),
                MessageHandler(~filters.COMMAND, self._wrong_message(step)),
            ]
        states[ConversationHandler.TIMEOUT] = [TypeHandler(Update, self._timed_out)]
        return ConversationHandler(
            name=self.name,
            persistent=True,
            allow_reentry=True,
            per_message=False,
            conversation_timeout=timeout_seconds,
            entry_points=entry_points,
            states=states,
            fallbacks=exit_fallbacks(self.clear),
        )
