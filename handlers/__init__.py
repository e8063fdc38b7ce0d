"""Every feature module, in the order its handlers are tried.

A module exposes build_handlers() and may set GROUP (default 0). Within a group the first
matching handler wins, so conversations come before the free-text and fallback handlers.
"""

from __future__ import annotations

from types import ModuleType

from telegram.ext import Application

from handlers import fallback, faq, identify, language, start

ALL: tuple[ModuleType, ...] = (identify, faq, language, start, fallback)


def register(application: Application) -> None:  # type: ignore[type-arg]
    for module in ALL:
        group = getattr(module, "GROUP", 0)
        for handler in module.build_handlers():
            application.add_handler(handler, group=group)
