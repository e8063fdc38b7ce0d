from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.db.database import Database
from bot.runtime.services import Services, build_services
from tests.unit.helpers import ServicesApplication, make_application, make_settings


@pytest.fixture
async def services(db: Database) -> AsyncIterator[Services]:
    """Every service, built as the bot builds them, on this test's database."""
    built = build_services(make_settings(db, default_locale="en"))
    yield built
    await built.db.close()


@pytest.fixture
def application(services: Services) -> ServicesApplication:
    return make_application(services)
