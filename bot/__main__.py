"""`python -m bot`: read the settings, then run the bot against TELEGRAM_API_URL.
`python -m bot sandbox` runs it locally; `python -m bot guard` runs the secret guard over JSON
lines (bot/guard_cli.py); `python -m bot ask` the understanding (bot/ask_cli.py); `backup` and
`restore` copy the SQLite database out and back (bot/db/backup.py)."""

from __future__ import annotations

import sys

from bot.core.config import ConfigError, load_settings
from bot.logging_setup import configure_logging

USAGE = (
    "usage: python -m bot            run the bot (settings from the environment or .env)\n"
    "       python -m bot sandbox    try it locally in a browser: no token, no network\n"
    "       python -m bot guard      JSON lines in, the secret guard's decisions out\n"
    "       python -m bot ask        JSON lines in, what the bot understands of each out\n"
    "       python -m bot sender     the outbox's own process (SENDER_PROCESS starts it)\n"
    "       python -m bot migrate-to-postgres SQLITE_PATH DATABASE_URL\n"
    "       python -m bot backup PATH [--force]   copy the running SQLite database to PATH\n"
    "       python -m bot restore PATH            replace the database with a backup (bot stopped)"
)


def main(argv: list[str]) -> int:
    if argv == ["sandbox"]:
        from bot.sandbox.runner import run as run_sandbox

        return run_sandbox()
    if argv[:1] == ["guard"]:
        from bot.guard_cli import run as run_guard

        return run_guard(argv[1:])
    if argv[:1] == ["migrate-to-postgres"]:
        from bot.db.copy_to_postgres import run as run_copy

        return run_copy(argv[1:])
    if argv[:1] in (["backup"], ["restore"]):
        from bot.db.backup import run as run_backup

        return run_backup(argv)
    if argv[:1] == ["ask"]:
        from bot.ask_cli import run as run_ask

        return run_ask(argv[1:])
    if argv and argv != ["sender"]:
        print(USAGE, file=sys.stderr)
        return 2
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"Configuration error: {error}", file=sys.stderr)
        return 2
    configure_logging(
        settings.log_level,
        secrets=[
            settings.bot_token.get_secret_value(),
            settings.webhook_secret.get_secret_value() if settings.webhook_secret else "",
        ],
        style=settings.log_format,
    )

    if argv == ["sender"]:
        from bot.sender import run as run_sender

        return run_sender(settings)
    from bot.app import StartupError, run  # late: a config error should not pay for PTB's import

    try:
        run(settings)
    except StartupError as error:
        print(f"Cannot start: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
