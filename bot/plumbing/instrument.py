"""Diagnostics for handlers: each callback timed under its own name (module.function), the
ones inside conversations too. Applied only when DIAGNOSTICS_FILE is set."""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import BaseHandler, ConversationHandler

from bot.core.diagnostics import DIAGNOSTICS

Callback = Callable[..., Coroutine[Any, Any, Any]]


def _timed(callback: Callback) -> Callback:
    name = f"handler.{callback.__module__.rsplit('.', 1)[-1]}.{callback.__qualname__}"

    @functools.wraps(callback)
    async def timed(*args: Any, **kwargs: Any) -> Any:
        with DIAGNOSTICS.timed(name):
            return await callback(*args, **kwargs)

    return timed


def instrument(handler: BaseHandler[Any, Any, Any]) -> None:
    if isinstance(handler, ConversationHandler):
        inner = [*handler.entry_points, *handler.fallbacks]
        for steps in handler.states.values():
            inner += steps
        for each in inner:
            instrument(each)
        return
    callback = getattr(handler, "callback", None)
    if callback is not None and not hasattr(callback, "__wrapped__"):
        handler.callback = _timed(callback)


def instrument_all(groups: dict[int, list[BaseHandler[Any, Any, Any]]]) -> None:
    for handlers in groups.values():
        for handler in handlers:
            instrument(handler)
