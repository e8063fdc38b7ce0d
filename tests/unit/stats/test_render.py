"""/stats as an admin reads it, in both languages."""

from __future__ import annotations

from bot.core.config import SUPPORTED_LOCALES
from bot.core.i18n import Translator
from bot.db.stats import StatsRepository
from bot.domain.knowledge import FaqCandidate
from bot.faq.seed import seed_snapshot
from bot.stats.render import stats_text
from bot.stats.report import build_stats
from tests.unit.stats.seed import NOW, stats_settings


async def test_stats_text_in_both_languages(seeded: StatsRepository):
    stats = await build_stats(seeded, stats_settings(), NOW)
    translator = Translator("zh")
    staking = FaqCandidate(7, 2, ("how to stake?", "staking <rewards>"), (7, 9), (("en", 2),))
    text = stats_text(translator, "en", stats, seed_snapshot(SUPPORTED_LOCALES), [staking])
    assert "👥 Users: 4 in total · 2 active in the last 7 days · 1 blocked the bot" in text
    assert "🎫 Open tickets: 🔴 high 1 · 🟡 normal 1 · 🟢 low 1" in text
    assert "Median first response: 30 minutes · median resolution: 24 hours" in text
    assert "First-response target missed: 2" in text
    assert "⭐ Satisfaction: 4.00 on average from 3 ratings" in text
    assert "1. I forgot my password. What now? — 3" in text
    assert "1. how to stake? — 2\n↳ also asked as: staking &lt;rewards&gt;" in text
    assert "11-20: 2 / 1" in text
    zh = stats_text(translator, "zh", stats, seed_snapshot(SUPPORTED_LOCALES))
    assert "⏱ 首次响应中位数：30 分钟 · 解决时长中位数：24 小时" in zh


def test_one_rating_is_singular_in_english():
    translator = Translator("zh")
    one = translator.t("en", "stats-csat", average="5.00", count=1)
    assert one == "⭐ Satisfaction: 5.00 on average from 1 rating"
    assert translator.t("en", "stats-csat", average="4.50", count=2).endswith("from 2 ratings")
