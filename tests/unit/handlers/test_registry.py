"""Feature modules are discovered in their declared order; every conversation is named and
persistent; callback namespaces, menu actions and commands are each claimed once."""

from __future__ import annotations

import pkgutil
import types

import pytest
from telegram.ext import ConversationHandler

import handlers
from bot.core import callbacks
from bot.core.config import load_settings
from bot.runtime.services import build_services
from bot.ui import entries
from bot.ui.entries import CommandEntry, DuplicateEntry, MenuEntry
from bot.ui.flow import Flow


def test_every_module_is_discovered_in_order():
    modules = handlers.discover()
    names = [m.__name__.rsplit(".", 1)[1] for m in modules]
    assert set(names) == {m.name for m in pkgutil.iter_modules(handlers.__path__)}
    orders = [m.ORDER for m in modules]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)
    # Gates first, the fallback last, flows before the FAQ's free-text answers.
    assert names[:2] == ["identify", "gate"] and names[-1] == "fallback"
    assert names.index("transfer") < names.index("faq")


def test_two_modules_with_one_order_stop_the_start():
    def module(name: str, order: int) -> types.ModuleType:
        made = types.ModuleType(name)
        made.ORDER = order  # type: ignore[attr-defined]
        made.build_handlers = lambda services: []  # type: ignore[attr-defined]
        return made

    with pytest.raises(handlers.RegistryError, match="both have ORDER 30"):
        handlers.ordered([module("handlers.a", 30), module("handlers.b", 30)])
    with pytest.raises(handlers.RegistryError, match="needs ORDER"):
        handlers.ordered([types.ModuleType("handlers.c")])


def test_conversations_are_named_unique_and_persistent():
    services = build_services(load_settings(bot_token="1:a"))
    names = []
    for module in handlers.discover():
        for handler in module.build_handlers(services):
            if isinstance(handler, ConversationHandler):
                assert handler.persistent and handler.name
                names.append(handler.name)
    assert {"login", "transfer", "complaint", "feedback"} <= set(names)
    assert len(names) == len(set(names))


def test_a_namespace_claimed_twice_fails():
    handlers.discover()
    assert callbacks.owners()["tr"] == "flow transfer"
    with pytest.raises(callbacks.NamespaceClash, match="'tr' is used by flow transfer"):
        Flow("another", namespace="tr")
    with pytest.raises(callbacks.NamespaceClash, match="never claimed"):
        callbacks.pattern("zz-unclaimed")


def test_menu_and_commands_come_from_the_feature_modules():
    handlers.discover()
    assert [item.action for item in entries.menu()] == [
        "login", "transfer", "complaint", "feedback", "faq", "tickets", "agent", "language",
    ]  # fmt: skip
    assert [c.command for c in entries.commands()] == [
        "start", "menu", "faq", "tickets", "agent", "language", "notices", "mydata", "forget",
        "cancel", "help",
    ]  # fmt: skip
    with pytest.raises(DuplicateEntry):
        entries.add_menu(MenuEntry("faq", "menu-other", 1))
    with pytest.raises(DuplicateEntry):
        entries.add_command(CommandEntry("start", "cmd-other", 1))
