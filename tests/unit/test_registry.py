"""Every handler module is registered; every conversation is named and persistent."""

from __future__ import annotations

import pkgutil

from telegram.ext import ConversationHandler

import handlers
from bot.core.config import load_settings
from bot.runtime.services import build_services


def test_every_module_is_in_all():
    modules = {m.name for m in pkgutil.iter_modules(handlers.__path__)}
    assert modules == {m.__name__.rsplit(".", 1)[1] for m in handlers.ALL}


def test_conversations_are_named_unique_and_persistent():
    names = []
    for module in handlers.ALL:
        for handler in module.build_handlers(build_services(load_settings(bot_token="1:a"))):
            if isinstance(handler, ConversationHandler):
                assert handler.persistent and handler.name
                names.append(handler.name)
    assert names and len(names) == len(set(names))
