"""Start several bot processes in webhook mode on one PostgreSQL database, with the emulator
posting each update to one of them in turn (replicas behind a balancer): the end-to-end
tests and the throughput benchmark both use it."""

from __future__ import annotations

import socket
from pathlib import Path

from bot.sandbox.emulator import BotApiEmulator
from bot.sandbox.process import BotProcess

SECRET = "replica-Secret_1"
HOOK = "/telegram/hook"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def start_replicas(
    emulator: BotApiEmulator,
    workdir: Path,
    database_url: str,
    count: int,
    *,
    first: int = 0,
    **env: str,
) -> list[BotProcess]:
    """Replicas r{first+1}…; the emulator posts to all of them."""
    processes = []
    for n in range(first, first + count):
        port = free_port()
        folder = workdir / f"r{n + 1}"
        folder.mkdir(exist_ok=True)
        process = BotProcess(
            emulator,
            folder,
            DATABASE_URL=database_url,
            WEBHOOK_URL=f"https://bot.example{HOOK}",
            WEBHOOK_SECRET=SECRET,
            WEBHOOK_LISTEN="127.0.0.1",
            WEBHOOK_PORT=str(port),
            REPLICA_ADDRESS=f"http://127.0.0.1:{port}{HOOK}",
            INSTANCE_ID=f"r{n + 1}",
            **env,
        )
        await process.start()
        processes.append(process)
    emulator.webhook_targets += [p.env["REPLICA_ADDRESS"] for p in processes]
    return processes
