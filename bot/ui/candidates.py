"""The FAQ candidates the team sees in /stats and drafts entries from in /kb: the last
WINDOW_DAYS of questions no entry answered well, grouped by meaning."""

from __future__ import annotations

from datetime import timedelta

from bot.core.clock import utc_now
from bot.domain.knowledge import FaqCandidate
from bot.runtime.services import Services
from bot.understanding.candidates import AskedText

WINDOW_DAYS = 30
MAX_QUESTIONS = 1000  # the newest; grouping is quadratic in their number
SHOWN = 5


async def faq_candidates(services: Services) -> list[FaqCandidate]:
    since = utc_now() - timedelta(days=WINDOW_DAYS)
    asked = await services.questions.unanswered(since, limit=MAX_QUESTIONS)
    texts = [AskedText(q.id, q.text, q.locale) for q in asked]
    return await services.understanding.candidates(texts)


async def candidate(services: Services, key: int) -> FaqCandidate | None:
    """The candidate named `key` as it stands now (None once drafted or regrouped away)."""
    return next((c for c in await faq_candidates(services) if c.key == key), None)
