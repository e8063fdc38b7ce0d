"""Feature modules, discovered: every module in this package is one feature or flow.

A module exposes build_handlers(services) and an ORDER number; it may set GROUP (PTB's handler
group, default 0) and on_startup(application). Within a group the first matching handler
wins, so ORDER is the priority, in bands:

      1– 9  every update first: identify the sender, the abuse and secret gate
     10–19  the agents' group and admins: desk commands, relays, broadcasts, notices, stats
     30–39  guided flows: while one is active its steps take every message and button
     40–49  what works outside a flow: ticket list, reminders' answers, ratings, user relay
     50–59  free text and settings: FAQ answers, language
     90–99  the last word: /start, /menu, /help, and the fallback for everything unmatched

Two modules with the same ORDER, or a module without one, stop the bot at start-up.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import Any

from telegram.ext import Application

from bot.runtime.services import Services

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


class RegistryError(RuntimeError):
    """A feature module is missing its declarations, or two claim the same place."""


def discover() -> tuple[ModuleType, ...]:
    """Every feature module of this package, in ORDER."""
    modules = [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_")
    ]
    return ordered(modules)


def ordered(modules: list[ModuleType]) -> tuple[ModuleType, ...]:
    seen: dict[int, str] = {}
    for module in modules:
        order = getattr(module, "ORDER", None)
        if not isinstance(order, int) or not callable(getattr(module, "build_handlers", None)):
            raise RegistryError(f"{module.__name__} needs ORDER (an int) and build_handlers()")
        if order in seen:
            raise RegistryError(f"{module.__name__} and {seen[order]} both have ORDER {order}")
        seen[order] = module.__name__
    return tuple(sorted(modules, key=lambda module: int(module.ORDER)))


def register(application: AnyApplication, services: Services) -> None:
    for module in discover():
        group = getattr(module, "GROUP", 0)
        for handler in module.build_handlers(services):
            application.add_handler(handler, group=group)


async def startup(application: AnyApplication) -> None:
    """Modules with work to resume after a restart (e.g. reminders) expose on_startup."""
    for module in discover():
        hook = getattr(module, "on_startup", None)
        if hook is not None:
            await hook(application)
