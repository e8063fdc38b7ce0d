"""The usual kinds of step, declared in a few lines: a question answered with buttons, with
typed text read by a parser, with an attachment, or any mix of them.

    question(flow, AMOUNT, prompt="transfer-amount-prompt", back=STATUS,
             text=Typed(parse_money_text, flow.store("amount", WHEN)))

A wrong button value, a parser's InvalidInput or an attachment that is too many gets the
same question again with a localized hint; Flow adds Back, Cancel and the stale-button answers.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any

from telegram import Message, Update
from telegram.ext import CallbackQueryHandler, MessageHandler
from telegram.ext import filters as f

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.core.validation import InvalidInput
from bot.domain.tickets import Attachment
from bot.runtime.context import BotContext
from bot.safety.guard import Permit
from bot.ui.flow import AnyHandler, Expect, Flow, Step
from bot.ui.prompts import ask, callback_arg, choice_rows
from bot.ui.urgent import triage

Then = Callable[[Update, BotContext, Any], Coroutine[Any, Any, str | int]]
Prompt = str | Callable[[BotContext], str]  # a catalog key, or text built from the flow's data
Parse = Callable[[str, BotContext], Any]  # raises InvalidInput(key) for text it cannot use


def labelled(options: Sequence[str], label: str) -> tuple[tuple[str, str], ...]:
    """(value, label key) pairs from a template: labelled(("ios", "android"), "os-{}")."""
    return tuple((option, label.format(option)) for option in options)


@dataclass(frozen=True, slots=True)
class Buttons:
    choices: Sequence[tuple[str, str]]  # (value, label key)
    then: Then  # receives the chosen value
    per_row: int = 1
    action: str | None = None  # callback action; defaults to the step's short name


@dataclass(frozen=True, slots=True)
class Typed:
    parse: Parse
    then: Then  # receives the parsed value
    limit: int | None = None  # shown in the hint ("at most {limit} characters")


@dataclass(frozen=True, slots=True)
class Media:
    then: Then  # receives an Attachment


@dataclass(frozen=True, slots=True)
class Question:
    """Everything one step asks and accepts; question() turns it into a Step."""

    state: str
    prompt: Prompt
    back: str | None
    buttons: Buttons | None = None
    text: Typed | None = None
    media: Media | None = None
    allows: frozenset[Permit] = frozenset()
    handlers: Sequence[AnyHandler] = field(default_factory=tuple)  # anything else it accepts


def question(
    flow: Flow,
    state: str,
    *,
    prompt: Prompt,
    back: str | None,
    buttons: Buttons | None = None,
    text: Typed | None = None,
    media: Media | None = None,
    allows: frozenset[Permit] = frozenset(),
    handlers: Sequence[AnyHandler] = (),
) -> Step:
    spec = Question(state, prompt, back, buttons, text, media, allows, tuple(handlers))
    return flow.add(_step(flow, spec))


def _step(flow: Flow, spec: Question) -> Step:
    if flow.namespace is None and spec.buttons is not None:
        raise ValueError(f"flow {flow.name} needs a callback namespace for its buttons")
    asker = _asker(flow, spec)
    handlers: list[AnyHandler] = list(spec.handlers)
    if spec.buttons is not None:
        handlers.append(_button_handler(flow, spec, asker))
    if spec.media is not None:
        handlers.append(MessageHandler(f.PHOTO | f.Document.ALL, _media_reader(spec.media)))
    if spec.text is not None:
        handlers.append(MessageHandler(f.TEXT & ~f.COMMAND, _text_reader(flow, spec, asker)))
    return Step(spec.state, asker, spec.back, _expect(spec), handlers, spec.allows)


def _action(spec: Question) -> str:
    if spec.buttons is not None and spec.buttons.action:
        return spec.buttons.action
    return spec.state.rsplit(".", 1)[-1]


def _asker(flow: Flow, spec: Question) -> Callable[..., Coroutine[Any, Any, None]]:
    async def ask_step(update: Update, ctx: BotContext, hint: str | None = None) -> None:
        text = ctx.t(spec.prompt) if isinstance(spec.prompt, str) else spec.prompt(ctx)
        rows = None
        if spec.buttons is not None and flow.namespace is not None:
            action = _action(spec)
            pairs = [
                (label, cb(flow.namespace, action, value)) for value, label in spec.buttons.choices
            ]
            rows = choice_rows(ctx, pairs, per_row=spec.buttons.per_row)
        await ask(update, ctx, text, rows, hint=hint)

    return ask_step


def _button_handler(
    flow: Flow, spec: Question, asker: Callable[..., Coroutine[Any, Any, None]]
) -> AnyHandler:
    assert spec.buttons is not None and flow.namespace is not None
    buttons = spec.buttons
    values = {value for value, _ in buttons.choices}

    async def chose(update: Update, ctx: BotContext) -> str | int:
        value = callback_arg(update)
        if value not in values:  # forged, or from an older version of the question
            return await flow.go(update, ctx, spec.state)
        return await buttons.then(update, ctx, value)

    return CallbackQueryHandler(chose, pattern=callbacks.pattern(flow.namespace, _action(spec)))


def _text_reader(
    flow: Flow, spec: Question, asker: Callable[..., Coroutine[Any, Any, None]]
) -> Callable[..., Any]:
    assert spec.text is not None
    typed = spec.text

    async def read(update: Update, ctx: BotContext) -> str | int:
        message = update.effective_message
        text = message.text if message and message.text else ""
        try:
            value = typed.parse(text, ctx)
        except InvalidInput as error:
            # Not an answer to the question: it may be a theft or takeover being reported,
            # which goes first, before any form.
            urgent = await triage(ctx, text)
            if urgent.reply is not None:
                return await flow.finish(update, ctx, urgent.reply)
            params: dict[str, object] = {} if typed.limit is None else {"limit": typed.limit}
            await asker(update, ctx, hint=ctx.t(error.key, **params, **error.params))
            return spec.state
        return await typed.then(update, ctx, value)

    return read


def attachment_of(message: Message | None) -> Attachment | None:
    if message is None:
        return None
    if message.photo:
        return Attachment("photo", message.photo[-1].file_id, message.caption or "")
    if message.document:
        return Attachment("document", message.document.file_id, message.caption or "")
    return None


def _media_reader(media: Media) -> Callable[..., Any]:
    async def read(update: Update, ctx: BotContext) -> str | int:
        attachment = attachment_of(update.effective_message)
        assert attachment is not None  # the handler's filter admits photos and documents only
        return await media.then(update, ctx, attachment)

    return read


def _expect(spec: Question) -> Expect:
    typed, media, buttons = spec.text is not None, spec.media is not None, spec.buttons is not None
    if typed and media:
        return Expect.ANYTHING
    if media:
        return Expect.MEDIA
    if typed:
        return Expect.TEXT_OR_BUTTONS if buttons else Expect.TEXT
    return Expect.BUTTONS
