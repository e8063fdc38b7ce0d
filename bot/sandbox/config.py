"""Settings of the local sandbox (`python -m bot sandbox`); the bot's own come from Settings."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class SandboxSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    sandbox_host: str = "127.0.0.1"
    sandbox_port: int = Field(default=8080, ge=0, le=65535)
    # A named database keeps the sandbox's users and tickets between runs; empty = temporary.
    sandbox_database: Path | None = None
    default_locale: str = "zh"
