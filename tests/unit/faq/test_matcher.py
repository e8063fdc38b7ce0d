"""FAQ matching on the project's own question tables (≥ 90% top-1 in each language)."""

from __future__ import annotations

import pytest

from benchmarks.faq_accuracy import TABLES, evaluate, load_cases
from bot.core.config import SUPPORTED_LOCALES
from bot.faq.catalog import FaqCatalog
from bot.faq.matcher import FaqMatcher
from bot.faq.seed import seed_snapshot


@pytest.fixture(scope="module")
def matcher() -> FaqMatcher:
    return FaqMatcher(seed_snapshot(SUPPORTED_LOCALES), SUPPORTED_LOCALES)


def test_question_tables_are_large_enough_and_name_real_entries():
    catalog = FaqCatalog()
    for path in TABLES.values():
        cases = load_cases(path)
        assert sum(1 for c in cases if c.expected) >= 30
        assert all(c.expected is None or catalog.entry(c.expected) for c in cases)


def test_top1_accuracy_is_at_least_90_percent_per_language(matcher):
    for result in evaluate(matcher):
        assert result.accuracy >= 0.9, (result.locale, result.misses)


def test_chinese_without_spaces_and_english_with_typos(matcher):
    assert matcher.match("我的账户被锁了")[0].entry_id == "locked-account"
    assert matcher.match("how do i chnage my pasword")[0].entry_id == "forgot-password"


def test_cross_language_query_is_still_answered(matcher):
    # A Chinese-locale user typing English (and the reverse) still gets the right entry.
    assert matcher.match("refund")[0].entry_id == "refunds"
    assert matcher.match("手续费")[0].entry_id == "fees"


@pytest.mark.parametrize("text", ["", "   ", "!!!", "😀😀", "ok", "你好", "thanks"])
def test_noise_matches_nothing(matcher, text):
    assert matcher.match(text) == []


def test_at_most_three_results_best_first(matcher):
    results = matcher.match("password reset email code locked account", limit=3)
    assert 1 <= len(results) <= 3
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)
