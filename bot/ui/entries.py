"""Where features show themselves: main-menu buttons and Telegram's command list.

Each feature module declares its own entries when it is imported; the menu and the command
list are built from these declarations, so adding a feature never edits a central table.
A second feature taking the same menu action or command fails at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar


class DuplicateEntry(ValueError):
    """Two features declared the same menu action or command."""


@dataclass(frozen=True, slots=True)
class MenuEntry:
    action: str  # the callback action under the "m" namespace, e.g. "transfer"
    label: str  # catalog key of the button
    position: int  # smaller first; two buttons to a row


@dataclass(frozen=True, slots=True)
class CommandEntry:
    command: str  # without the slash
    description: str  # catalog key shown in Telegram's command menu
    position: int


_Entry = TypeVar("_Entry", MenuEntry, CommandEntry)
_MENU: dict[str, MenuEntry] = {}
_COMMANDS: dict[str, CommandEntry] = {}


def add_menu(entry: MenuEntry) -> MenuEntry:
    _add(_MENU, entry.action, entry)
    return entry


def add_command(entry: CommandEntry) -> CommandEntry:
    _add(_COMMANDS, entry.command, entry)
    return entry


def _add(table: dict[str, _Entry], key: str, entry: _Entry) -> None:
    known = table.setdefault(key, entry)
    if known != entry:
        raise DuplicateEntry(f"{key!r} is declared twice: {known} and {entry}")


def menu() -> list[MenuEntry]:
    return sorted(_MENU.values(), key=lambda entry: (entry.position, entry.action))


def commands() -> list[CommandEntry]:
    return sorted(_COMMANDS.values(), key=lambda entry: (entry.position, entry.command))
