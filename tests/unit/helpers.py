"""Factories shared by unit tests, so each test reads as the behaviour it checks."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
