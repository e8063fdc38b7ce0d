"""The frame every guided flow shares: steps with Back and Cancel, the same question again on
wrong input or a stale button, an idle timeout, and flow data kept in user_data under one key.

A flow module declares one Flow (its name, callback namespace, command, menu button and ticket
category) and its steps (bot/ui/flow_steps.py builds the usual kinds); Flow.build() adds
everything else. See docs/adding-a-flow.md.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from telegram import Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.core import callbacks
from bot.domain.tickets import Attachment, Category, NewTicket, Priority, TicketField
from bot.plumbing.persistence import SQLitePersistence
from bot.runtime.context import BotContext
from bot.safety.guard import Permit
from bot.ui.conversation import exit_fallbacks
from bot.ui.entries import MenuEntry, add_menu
from bot.ui.profiles import ensure_profile
from bot.ui.prompts import FLOW_NAMESPACE
from bot.ui.screens import MENU_NAMESPACE, send_menu

Ask = Callable[..., Coroutine[Any, Any, None]]  # ask(update, ctx, hint=None)
STEP_KEY = "_step"  # user_data: the step of the flow in progress
APPLIED_KEY = "_applied_update"  # user_data: the last update whose step was written
# user_data: the closing words of the flow that update finished, said again if it is replayed
CLOSING_KEY = "_closing_words"
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
    allows: frozenset[Permit] = frozenset()


_ALLOWED: dict[str, frozenset[Permit]] = {}
_STEPS: dict[str, Step] = {}  # every flow's steps by state (states are unique across flows)


def allowed_at(state: str | None) -> frozenset[Permit]:
    """What the secret guard lets through while a user is at this step."""
    return _ALLOWED.get(state or "", frozenset())


class Flow:
    END = ConversationHandler.END

    def __init__(
        self,
        name: str,
        *,
        namespace: str | None = None,
        command: str | None = None,
        menu: tuple[str, int] | None = None,
        category: Category | None = None,
        priority: Priority | None = None,
        on_start: Callable[[BotContext, dict[str, Any]], None] | None = None,
    ) -> None:
        """name: the conversation's name (persisted) and its menu action; namespace: the
        flow's callback prefix, reserved at import; command: e.g. "transfer" for /transfer;
        menu: (label key, position) of its main-menu button; category and priority: the
        tickets it opens (priority defaults to the category's, PRIORITY_FOR); on_start:
        prepares the flow's data (e.g. text carried over from another flow)."""
        self.name = name
        self.namespace = callbacks.claim(namespace, f"flow {name}") if namespace else None
        self.command = command
        self.menu = add_menu(MenuEntry(name, *menu)) if menu else None
        self.category = category
        self.priority = priority
        self.on_start = on_start
        self.steps: dict[str, Step] = {}
        self.first: str | None = None

    # ------------------------------------------------------------------ data
    def data(self, ctx: BotContext) -> dict[str, Any]:
        data: dict[str, Any] = ctx.user_store.setdefault(self.name, {})
        return data

    def clear(self, ctx: BotContext) -> None:
        ctx.user_store.pop(self.name, None)
        ctx.user_store.pop(STEP_KEY, None)

    # ----------------------------------------------------------------- steps
    def add(self, step: Step) -> Step:
        if self.first is None:
            self.first = step.state
        self.steps[step.state] = step
        _STEPS[step.state] = step
        if step.allows:
            _ALLOWED[step.state] = step.allows
        return step

    def store(
        self, key: str, next_state: str
    ) -> Callable[[Update, BotContext, Any], Coroutine[Any, Any, str]]:
        """The usual answer: keep the value under `key` and ask the next question."""

        async def stored(update: Update, ctx: BotContext, value: Any) -> str:
            self.data(ctx)[key] = value
            return await self.go(update, ctx, next_state)

        return stored

    def ticket(
        self,
        ctx: BotContext,
        subject: str,
        details: tuple[TicketField, ...] = (),
        *,
        description: str = "",
        attachments: tuple[Attachment, ...] = (),
        category: Category | None = None,
        urgency: Priority | None = None,
    ) -> NewTicket:
        """The ticket this flow opens for the user, with its declared category and priority
        (a flow with two outcomes may name the other category; `urgency` overrides both)."""
        chosen = category or self.category
        if chosen is None:
            raise ValueError(f"flow {self.name} declares no ticket category")
        if urgency is None:
            urgency = self.priority if chosen is self.category else None
        return NewTicket(
            user_id=ctx.profile.id,
            category=chosen,
            subject=subject,
            details=details,
            description=description,
            attachments=attachments,
            urgency=urgency,
        )

    def button_handler(
        self, callback: Callable[..., Coroutine[Any, Any, Any]], action: str
    ) -> AnyHandler:
        """A handler for this flow's own buttons with one action ("1:<namespace>:<action>:…")."""
        if self.namespace is None:
            raise ValueError(f"flow {self.name} has no callback namespace")
        return CallbackQueryHandler(callback, pattern=callbacks.pattern(self.namespace, action))

    def back_handler(self, callback: Callable[..., Coroutine[Any, Any, Any]]) -> AnyHandler:
        """Back with its own behaviour at one step (a step's handlers come before the default)."""
        return CallbackQueryHandler(callback, pattern=callbacks.pattern(FLOW_NAMESPACE, "back"))

    async def start(self, update: Update, ctx: BotContext) -> str:
        self.clear(ctx)
        if self.on_start is not None:
            self.on_start(ctx, self.data(ctx))
        if self.first is None:
            raise RuntimeError(f"flow {self.name} has no steps")
        return await self.go(update, ctx, self.first)

    async def go(
        self, update: Update, ctx: BotContext, state: str, *, hint: str | None = None
    ) -> str:
        ctx.user_store[STEP_KEY] = state  # the secret guard lets some steps receive a hash or card
        ctx.user_store.pop(CLOSING_KEY, None)
        await self._write_through(update, ctx, state)
        if hint is None:
            await self.steps[state].ask(update, ctx)
        else:
            await self.steps[state].ask(update, ctx, hint=hint)
        return state

    async def finish(self, update: Update, ctx: BotContext, text: str, *, menu: bool = True) -> int:
        self.clear(ctx)
        if menu:
            ctx.user_store[CLOSING_KEY] = text
        else:
            ctx.user_store.pop(CLOSING_KEY, None)
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
            ctx.user_store[APPLIED_KEY] = ctx.update_id
        data = copy.deepcopy(ctx.user_store)
        if isinstance(persistence, SQLitePersistence):
            await persistence.write_step(user.id, data, self.name, (chat.id, user.id), state)
            return
        await persistence.update_user_data(user.id, data)
        await persistence.update_conversation(self.name, (chat.id, user.id), state)

    # ----------------------------------------------------- generic handlers
    def _back(self, step: Step) -> Callable[[Update, BotContext], Coroutine[Any, Any, str | int]]:
        async def back(update: Update, ctx: BotContext) -> str | int:
            if step.back is None:
                if update.callback_query:
                    await update.callback_query.answer()
                return await self.finish(update, ctx, ctx.t("flow-left"))
            return await self.go(update, ctx, step.back)

        return back

    def _wrong_button(self, step: Step) -> Callable[[Update, BotContext], Coroutine[Any, Any, str]]:
        async def wrong_button(update: Update, ctx: BotContext) -> str:
            hint = ctx.t("flow-stale-button")
            if update.callback_query:
                await update.callback_query.answer(hint)
            await step.ask(update, ctx, hint=hint)
            return step.state

        return wrong_button

    def _wrong_message(
        self, step: Step
    ) -> Callable[[Update, BotContext], Coroutine[Any, Any, str]]:
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

    def entry_points(self) -> list[AnyHandler]:
        """The flow's menu button and its command start it."""
        entries: list[AnyHandler] = []
        if self.menu is not None:
            pattern = callbacks.pattern(MENU_NAMESPACE, self.name)
            entries.append(CallbackQueryHandler(self.start, pattern=pattern))
        if self.command is not None:
            private = filters.ChatType.PRIVATE
            entries.append(CommandHandler(self.command, self.start, filters=private))
        return entries

    def build(
        self, entry_points: list[AnyHandler] | None = None, *, timeout_seconds: float
    ) -> ConversationHandler[BotContext]:
        states: dict[object, list[AnyHandler]] = {}
        for step in self.steps.values():
            states[step.state] = [
                *step.handlers,
                CallbackQueryHandler(
                    self._back(step), pattern=callbacks.pattern(FLOW_NAMESPACE, "back")
                ),
                CallbackQueryHandler(
                    self._cancel, pattern=callbacks.pattern(FLOW_NAMESPACE, "cancel")
                ),
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
            entry_points=[*self.entry_points(), *(entry_points or [])],
            states=states,
            fallbacks=exit_fallbacks(self.clear),
        )


async def ask_again(update: Update, ctx: BotContext) -> bool:
    """The update that was applied last comes again: the process handling it died after its
    step was written and perhaps before the step's question went out. Ask the question of the
    step the user is at (again, at worst), or the closing words of the flow it finished;
    False when neither is on record."""
    state = ctx.user_store.get(STEP_KEY) if ctx.user_data is not None else None
    step = _STEPS.get(state) if isinstance(state, str) else None
    if step is None:
        closing = ctx.user_store.get(CLOSING_KEY) if ctx.user_data is not None else None
        if not isinstance(closing, str):
            return False
        await send_menu(update, ctx, lead=closing)
        return True
    await step.ask(update, ctx)
    return True
