"""The /stats chart is a real PNG image."""

from __future__ import annotations

from bot.core.i18n import Translator
from bot.db.stats import StatsRepository
from bot.stats.chart import render_chart
from bot.stats.render import chart_labels
from bot.stats.report import build_stats
from tests.unit.stats.seed import NOW, stats_settings


async def test_chart_is_a_png_with_content(seeded: StatsRepository):
    stats = await build_stats(seeded, stats_settings(), NOW)
    png = render_chart(stats, chart_labels(Translator("zh"), "en", stats))
    assert png.startswith(b"\x89PNG") and len(png) > 5000
