"""`python -m bot backup PATH` and `python -m bot restore PATH`: a consistent copy of the
running SQLite database, taken without stopping the bot, and the way back (bot stopped).

The copy uses SQLite's online backup a few pages at a time inside one read transaction: in WAL
mode that snapshot blocks none of the bot's writers, and it keeps the backup from starting
over each time the bot commits (without it, a busy bot would restart the copy forever). The
backup's file is a single file (journal_mode DELETE): no -wal beside it to lose."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.core.config import ConfigError, load_settings
from bot.db.migrations import load_migrations

# 1,024 pages is 4 MiB at SQLite's default page size; the pause lets the disk serve the bot.
PAGES_PER_STEP = 1024
STEP_PAUSE_SECONDS = 0.005
# How long restore waits for the target's lock before deciding a bot holds it.
IN_USE_WAIT_SECONDS = 0.5
# What the bot's connections leave beside the database: stale ones must not meet a new file.
SIDE_FILES = ("-wal", "-shm", "-journal")

USAGE = "usage: python -m bot backup PATH [--force] | python -m bot restore PATH"
POSTGRES_ROUTE = (
    "DATABASE_URL points at PostgreSQL: back it up with pg_dump and restore it with"
    " pg_restore (python -m bot backup/restore are for the SQLite deployment)"
)


@dataclass(frozen=True, slots=True)
class Summary:
    """What a database file holds, as the backup and restore commands report it."""

    path: Path
    size_bytes: int
    tickets: int
    schema_version: int

    def line(self) -> str:
        return (
            f"{self.path}: {self.size_bytes:,} bytes, {self.tickets} tickets,"
            f" schema version {self.schema_version}, integrity ok"
        )


class BackupError(Exception):
    """A backup or restore refused or failed; the message says why in one line."""


class DatabaseInUse(BackupError):
    """Another connection (a running bot) holds the database restore would replace."""


def backup(source: Path, target: Path, *, force: bool = False) -> Summary:
    """Copy the live database at `source` to `target`, check the copy, and describe it."""
    if not source.is_file():
        raise BackupError(f"no database at {source}")
    if target.exists() and target.resolve() == source.resolve():
        raise BackupError(f"{target} is the database itself")
    if target.exists() and not force:
        raise BackupError(f"{target} exists already (--force replaces it)")
    with _scratch_file(target) as copy:
        with _connect(source) as reader:
            reader.execute("BEGIN")
            # A read starts the snapshot every step then copies from.
            reader.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            _copy(reader, copy)
        described = describe(copy)
        _move_into_place(copy, target)
    return Summary(target, described.size_bytes, described.tickets, described.schema_version)


def restore(source: Path, target: Path) -> Summary:
    """Check `source` is a sound database of this bot, then swap it in for `target`."""
    described = describe(source)
    refuse_if_in_use(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with _scratch_file(target) as copy:
        with _connect(source, read_only=True) as reader:
            _copy(reader, copy)
        _move_into_place(copy, target)
    return Summary(target, target.stat().st_size, described.tickets, described.schema_version)


def describe(path: Path) -> Summary:
    """Tickets and schema version of a database of this bot; BackupError when the file is
    not one, is from a newer bot, or fails SQLite's integrity check."""
    if not path.is_file():
        raise BackupError(f"no file at {path}")
    latest = load_migrations()[-1].version
    try:
        with _connect(path, read_only=True) as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if not _has_table(conn, "tickets"):
                raise BackupError(f"{path} is not a database of this bot (no tickets table)")
            if version > latest:
                raise BackupError(
                    f"{path} is from a newer bot (schema {version}; this one knows up to {latest})"
                )
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise BackupError(f"{path} fails SQLite's integrity check: {problems[0]}")
            tickets = int(conn.execute("SELECT COUNT(*) FROM tickets").fetchone()[0])
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} is not a sound SQLite database ({error})") from None
    return Summary(path, path.stat().st_size, tickets, version)


def refuse_if_in_use(target: Path) -> None:
    """DatabaseInUse when another connection has `target` open. In WAL mode an idle bot
    holds no write lock, but each open connection keeps a shared lock on the file: exclusive
    locking mode asks for the whole file, so any open connection refuses it."""
    if not target.exists():
        return
    conn = sqlite3.connect(
        _uri(target, "rw"), uri=True, timeout=IN_USE_WAIT_SECONDS, isolation_level=None
    )
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        if error.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise DatabaseInUse(f"{target} is in use: stop the bot first") from None
        raise BackupError(f"cannot open {target} ({error})") from None
    except sqlite3.DatabaseError:
        pass  # not a database at all: nothing can be using it, and it is being replaced
    finally:
        conn.close()


@contextmanager
def _connect(path: Path, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    # mode=rw/ro: never create an empty database where one was expected.
    conn = sqlite3.connect(
        _uri(path, "ro" if read_only else "rw"), uri=True, timeout=5, isolation_level=None
    )
    with closing(conn):
        yield conn


def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return found is not None


@contextmanager
def _scratch_file(target: Path) -> Iterator[Path]:
    """A path beside `target` (same file system: the rename is atomic), removed afterwards
    unless it was moved into place."""
    scratch = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    scratch.unlink(missing_ok=True)
    try:
        yield scratch
    finally:
        scratch.unlink(missing_ok=True)


def _copy(reader: sqlite3.Connection, destination: Path) -> None:
    """The reader's database, copied a few pages at a time, then synced to disk."""
    with closing(sqlite3.connect(destination, isolation_level=None)) as copy:
        reader.backup(copy, pages=PAGES_PER_STEP, progress=_pause)
        # The pages came from a WAL database; one self-contained file travels better.
        copy.execute("PRAGMA journal_mode = DELETE")
    _fsync(destination)


def _pause(status: int, remaining: int, total: int) -> None:
    time.sleep(STEP_PAUSE_SECONDS)


def _move_into_place(copy: Path, target: Path) -> None:
    """Atomically replace `target`; the old file's -wal must not be replayed onto the new."""
    for suffix in SIDE_FILES:
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    os.replace(copy, target)
    _fsync(target.parent)  # the rename itself survives a crash


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def run(argv: list[str]) -> int:
    """`backup PATH [--force]` or `restore PATH`, on the database the settings name."""
    parsed = _parse(argv)
    if parsed is None:
        print(USAGE, file=sys.stderr)
        return 2
    command, path, force = parsed
    try:
        engine, where = load_settings().database
    except ConfigError as error:
        print(f"Configuration error: {error}", file=sys.stderr)
        return 2
    if engine != "sqlite":
        print(POSTGRES_ROUTE, file=sys.stderr)
        return 2
    try:
        if command == "backup":
            print(f"backed up {where} to {backup(Path(where), path, force=force).line()}")
        else:
            print(f"restored {path} into {restore(path, Path(where)).line()}")
    except (BackupError, sqlite3.Error, OSError) as error:  # OSError: a full disk, say
        print(f"{command}: {error}", file=sys.stderr)
        return 2
    return 0


def _parse(argv: list[str]) -> tuple[str, Path, bool] | None:
    """(command, PATH, --force) from `backup PATH [--force]` or `restore PATH`."""
    command, rest = (argv[0], argv[1:]) if argv else ("", [])
    force = "--force" in rest and command == "backup"
    paths = [arg for arg in rest if not (force and arg == "--force")]
    if command not in ("backup", "restore") or len(paths) != 1 or paths[0].startswith("--"):
        return None
    return command, Path(paths[0]), force
