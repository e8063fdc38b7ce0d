"""Every feature module, in the order its handlers are tried.

A module exposes build_handlers() and may set GROUP (default 0). Within a group the first
matching handler wins, so conversations come before the free-text and fallback handlers.
"""

from __future__ import annotations

from types import ModuleType

from telegram.ext import Application

from bot.runtime.services import Services
from handlers import (
    agent_request,
    broadcast,
    complaint,
    csat,
    desk,
    desk_commands,
    fallback,
    faq,
    feedback,
    gate,
    identify,
    language,
    login,
    notices,
    relay,
    start,
    stats,
    tickets,
    transfer,
)

# Guided flows come before the FAQ: while a flow is active its steps take every message.
ALL: tuple[ModuleType, ...] = (
    identify,
    gate,
    desk_commands,
    desk,
    broadcast,
    notices,
    stats,
    login,
    transfer,
    complaint,
    feedback,
    agent_request,
    tickets,
    csat,
    relay,
    faq,
    language,
    start,
    fallback,
)


def register(application: Application, services: Services) -> None:  # type: ignore[type-arg]
    for module in ALL:
        group = getattr(module, "GROUP", 0)
        for handler in module.build_handlers(services):
            application.add_handler(handler, group=group)


async def startup(application: Application) -> None:  # type: ignore[type-arg]
    """Modules with work to resume after a restart (e.g. reminders) expose on_startup."""
    for module in ALL:
        hook = getattr(module, "on_startup", None)
        if hook is not None:
            await hook(application)
