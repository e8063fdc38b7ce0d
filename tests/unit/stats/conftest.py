from __future__ import annotations

import pytest

from bot.db.database import Database
from bot.db.stats import StatsRepository
from tests.unit.stats.seed import seed


@pytest.fixture
async def seeded(db: Database) -> StatsRepository:
    return await seed(db)
