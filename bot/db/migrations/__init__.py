"""Numbered SQL migrations (NNNN_name.sql); the applied number lives in PRAGMA user_version."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import aiosqlite

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations() -> list[Migration]:
    found = []
    for entry in resources.files(__package__).iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    expected = list(range(1, len(found) + 1))
    if [m.version for m in found] != expected:
        raise RuntimeError(f"migrations must be numbered 1..N without gaps, got {found!r}")
    return found


async def schema_version(conn: aiosqlite.Connection) -> int:
    async with conn.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    if row is None:
        raise RuntimeError("PRAGMA user_version returned no row")
    return int(row[0])


async def apply_migrations(conn: aiosqlite.Connection) -> int:
    """Apply every migration newer than the database; each file carries its own transaction."""
    current = await schema_version(conn)
    for migration in load_migrations():
        if migration.version > current:
            await conn.executescript(migration.sql)
            current = await schema_version(conn)
            if current != migration.version:
                raise RuntimeError(f"{migration.name} did not set user_version")
    return current
