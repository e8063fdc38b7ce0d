"""`python -m bot ask`: the bot's understanding for the team and for evaluation. Reads JSON
lines `{"text": "...", "locale": "zh"|"en"}` from stdin and writes one JSON line per input, in
order: `{"entry": "<entry id>"|null, "confidence": 0..1, "category": "...", "priority":
"high"|"normal"|"low", "urgent": bool}` (plus "outcome": answer, offer, handover, out_of_scope,
greeting, human or urgent; and "urgent_probability", 0..1). A line it cannot read gets
`{"error": "..."}`.

It runs the bot's own UnderstandingService on the bot's own corpus and, with `--database`, the
knowledge base of a deployment's database (its entries as the team has edited them); without
it, on the entries the bot ships with."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from bot.core.config import SUPPORTED_LOCALES
from bot.db.database import Database
from bot.db.knowledge import KnowledgeRepository
from bot.db.postgres import PgDatabase
from bot.db.store import Store
from bot.faq.knowledge import KnowledgeSnapshot
from bot.faq.seed import seed_snapshot
from bot.understanding.decision import Understanding
from bot.understanding.service import UnderstandingService

BATCH = 64  # lines classified together: one encoder pass per batch


def _parse(raw: str) -> str:
    """The text of a line; raises ValueError saying what is wrong with it."""
    try:
        data: Any = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON: {error.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ValueError('expected {"text": "...", "locale": "zh"|"en"}')
    locale = data.get("locale", "zh")
    if locale not in SUPPORTED_LOCALES:
        raise ValueError(f"locale must be one of {', '.join(SUPPORTED_LOCALES)}")
    return str(data["text"])


def _line(result: Understanding) -> str:
    return json.dumps(
        {
            "entry": result.entry,
            "confidence": result.confidence,
            "category": result.category.value,
            "priority": result.priority.value,
            "urgent": result.urgent,
            "outcome": result.outcome.value,
            "urgent_probability": result.urgent_probability,
        },
        ensure_ascii=False,
    )


def _flush(service: UnderstandingService, batch: list[str | ValueError], out: TextIO) -> None:
    texts = [item for item in batch if isinstance(item, str)]
    results = iter(service.understand_many(texts))
    for item in batch:
        if isinstance(item, ValueError):
            out.write(json.dumps({"error": str(item)}, ensure_ascii=False) + "\n")
        else:
            out.write(_line(next(results)) + "\n")
    out.flush()


def process(lines: TextIO, out: TextIO, service: UnderstandingService) -> None:
    batch: list[str | ValueError] = []
    for raw in lines:
        if not raw.strip():
            continue
        try:
            batch.append(_parse(raw))
        except ValueError as error:
            batch.append(error)
        if len(batch) >= BATCH:
            _flush(service, batch, out)
            batch = []
    if batch:
        _flush(service, batch, out)


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot ask", description=__doc__)
    parser.add_argument(
        "--database",
        help="a deployment's SQLite file or postgresql:// URL: answer from its knowledge base",
    )
    args = parser.parse_args(argv)
    knowledge = seed_snapshot(SUPPORTED_LOCALES)
    if args.database is not None:
        store: Store
        if args.database.startswith(("postgresql://", "postgres://")):
            store = PgDatabase(args.database)
        elif Path(args.database).is_file():
            store = Database(Path(args.database))
        else:
            parser.error(f"no database at {args.database}")
        knowledge = asyncio.run(_stored_knowledge(store)) or knowledge
    service = UnderstandingService(knowledge, SUPPORTED_LOCALES)
    process(sys.stdin, sys.stdout, service)
    return 0


async def _stored_knowledge(db: Store) -> KnowledgeSnapshot | None:
    """The database's knowledge base, or None if the bot never seeded it there."""
    try:
        entries = await KnowledgeRepository(db).load()
    finally:
        await db.close()
    return KnowledgeSnapshot(entries) if entries else None
