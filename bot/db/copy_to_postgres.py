"""`python -m bot migrate-to-postgres SQLITE_PATH DATABASE_URL`: copy a deployment's SQLite
data into an empty PostgreSQL database, ids kept, so the bot continues there.

The SQLite side is read inside one read transaction (a consistent snapshot even while the bot
writes; stop the bot before switching, so that nothing written after the snapshot is left
behind). Tables go in the order SQLite created them, which respects every foreign key; rows
are sent with COPY; each identity column then continues after the highest copied id."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg

from bot.db.database import Database
from bot.db.pg_schema import migrate

BATCH_ROWS = 5_000


@dataclass(frozen=True, slots=True)
class Copied:
    table: str
    rows: int


class TargetNotEmpty(RuntimeError):
    """The PostgreSQL database already holds users or tickets: refusing to mix data."""


async def copy_database(sqlite_path: Path, url: str) -> list[Copied]:
    source = Database(sqlite_path)
    await source.connection()  # brings an older file up to the current schema
    await source.close()
    target = await asyncpg.connect(url)
    try:
        await migrate(target)
        if await target.fetchval(
            "SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM tickets)"
        ):
            raise TargetNotEmpty(f"{url.split('@')[-1]} already holds users or tickets")
        reader = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
        try:
            reader.execute("BEGIN")  # one snapshot for every table
            tables = [
                row[0]
                for row in reader.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
                )
            ]
            copied = []
            async with target.transaction():
                for table in tables:
                    copied.append(await _copy_table(reader, target, table))
                    await _continue_identity(target, table)
            return copied
        finally:
            reader.close()
    finally:
        await target.close()


async def _copy_table(reader: sqlite3.Connection, target: Any, table: str) -> Copied:
    kinds = {
        row["column_name"]: row["data_type"]
        for row in await target.fetch(
            "SELECT column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = 'public' AND table_name = $1",
            table,
        )
    }
    # The name comes from sqlite_master, not from input.
    cursor = reader.execute(f'SELECT * FROM "{table}"')
    columns = [d[0] for d in cursor.description]
    convert = [_converter(kinds.get(c, "text")) for c in columns]
    total = 0
    while rows := cursor.fetchmany(BATCH_ROWS):
        records = [tuple(f(v) for f, v in zip(convert, row, strict=True)) for row in rows]
        await target.copy_records_to_table(table, records=records, columns=columns)
        total += len(records)
    return Copied(table, total)


def _converter(data_type: str) -> Any:
    if data_type in ("bigint", "integer"):
        return lambda v: None if v is None else int(v)
    if data_type == "double precision":
        return lambda v: None if v is None else float(v)
    # PostgreSQL text cannot hold NUL; SQLite may have stored one a user typed.
    return lambda v: None if v is None else str(v).replace("\x00", "\ufffd")


async def _continue_identity(target: Any, table: str) -> None:
    has_identity = await target.fetchval(
        "SELECT is_identity = 'YES' FROM information_schema.columns"
        " WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'id'",
        table,
    )
    if has_identity:
        await target.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
            f" COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
        )


def run(argv: list[str]) -> int:
    import sys

    if len(argv) != 2:
        print("usage: python -m bot migrate-to-postgres SQLITE_PATH DATABASE_URL", file=sys.stderr)
        return 2
    path, url = Path(argv[0]), argv[1]
    if not path.is_file():
        print(f"no SQLite database at {path}", file=sys.stderr)
        return 2
    try:
        copied = asyncio.run(copy_database(path, url))
    except TargetNotEmpty as error:
        print(f"refused: {error}", file=sys.stderr)
        return 1
    for item in copied:
        print(f"{item.table}: {item.rows} rows")
    print(f"copied {sum(c.rows for c in copied)} rows into {url.split('@')[-1]}")
    return 0
