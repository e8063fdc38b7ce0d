"""/stats as text, in the reader's language."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.i18n import Translator
from bot.domain.knowledge import FaqCandidate
from bot.domain.stats import SupportStats
from bot.domain.tickets import Priority
from bot.faq.knowledge import KnowledgeSnapshot
from bot.stats.chart import ChartLabels

RECENT_DAYS = 7
QUESTION_PREVIEW = 60
CANDIDATE_EXAMPLES = 3  # ways of asking shown per FAQ candidate


def _duration(translator: Translator, locale: str, minutes: float | None) -> str:
    return (
        translator.t(locale, "stats-none")
        if minutes is None
        else translator.duration(locale, minutes)
    )


def _ranked(translator: Translator, locale: str, items: list[tuple[str, int]]) -> list[str]:
    if not items:
        return [translator.t(locale, "stats-nothing-yet")]
    return [
        translator.t(locale, "stats-rank-line", rank=str(n), text=text, count=str(count))
        for n, (text, count) in enumerate(items, start=1)
    ]


def stats_text(
    translator: Translator,
    locale: str,
    stats: SupportStats,
    catalog: KnowledgeSnapshot,
    candidates: Sequence[FaqCandidate] = (),
) -> str:
    lines = [
        *_summary_lines(translator, locale, stats),
        "",
        *_recent_lines(translator, locale, stats),
        "",
        *_csat_lines(translator, locale, stats),
        "",
        *_top_lines(translator, locale, stats, catalog, candidates),
    ]
    if stats.routes:
        lines += ["", *_route_lines(translator, locale, stats)]
    return "\n".join(lines)


def _route_lines(translator: Translator, locale: str, stats: SupportStats) -> list[str]:
    """One line per agents' group (AGENT_ROUTES): its open tickets and its share of the
    period."""
    t = translator.t
    return [t(locale, "stats-routes-title")] + [
        t(
            locale,
            "stats-route-line",
            route=route.route,
            open=str(route.open),
            created=str(route.created),
            resolved=str(route.resolved),
            first=_duration(translator, locale, route.median_first_response_minutes),
            missed=str(route.sla_breaches),
        )
        for route in stats.routes
    ]


def _summary_lines(translator: Translator, locale: str, stats: SupportStats) -> list[str]:
    """The period, the users, and how the open tickets stand."""
    t = translator.t
    users = stats.users
    by_locale = " · ".join(
        t(locale, "stats-locale-count", language=t(locale, f"lang-{code}"), count=str(count))
        for code, count in sorted(users.by_locale.items())
    )
    return [
        t(
            locale,
            "stats-title",
            days=str(len(stats.days)),
            since=stats.days[0].day.isoformat(),
            until=stats.days[-1].day.isoformat(),
        ),
        "",
        t(
            locale,
            "stats-users",
            total=str(users.total),
            active=str(users.active),
            inactive=str(users.inactive),
        ),
        t(locale, "stats-by-language", languages=by_locale or t(locale, "stats-none")),
        "",
        t(
            locale,
            "stats-open",
            high=str(stats.open_by_priority[Priority.HIGH]),
            normal=str(stats.open_by_priority[Priority.NORMAL]),
            low=str(stats.open_by_priority[Priority.LOW]),
        ),
        t(locale, "stats-flow", created=str(stats.created), resolved=str(stats.resolved)),
        t(
            locale,
            "stats-times",
            first=_duration(translator, locale, stats.median_first_response_minutes),
            resolution=_duration(translator, locale, stats.median_resolution_minutes),
        ),
        t(locale, "stats-sla", count=str(stats.sla_breaches)),
    ]


def _recent_lines(translator: Translator, locale: str, stats: SupportStats) -> list[str]:
    t = translator.t
    return [t(locale, "stats-recent-title")] + [
        t(
            locale,
            "stats-day-line",
            day=day.day.strftime("%m-%d"),
            created=str(day.created),
            resolved=str(day.resolved),
        )
        for day in stats.days[-RECENT_DAYS:]
    ]


def _csat_lines(translator: Translator, locale: str, stats: SupportStats) -> list[str]:
    t = translator.t
    average = stats.csat_average
    if average is None:
        return [t(locale, "stats-csat-none")]
    return [
        t(locale, "stats-csat", average=f"{average:.2f}", count=stats.csat_count),
        " · ".join(
            t(locale, "stats-csat-bucket", rating=str(rating), count=str(count))
            for rating, count in sorted(stats.csat_distribution.items(), reverse=True)
        ),
    ]


def _top_lines(
    translator: Translator,
    locale: str,
    stats: SupportStats,
    catalog: KnowledgeSnapshot,
    candidates: Sequence[FaqCandidate],
) -> list[str]:
    """The most matched FAQ entries, then the FAQ candidates: unanswered questions grouped by
    meaning, each with a few of the ways it was asked."""
    t = translator.t
    faq = [(catalog.question(e, locale), n) for e, n in stats.top_faq]
    lines = [t(locale, "stats-faq-title"), *_ranked(translator, locale, faq), ""]
    lines.append(t(locale, "stats-candidates-title"))
    if not candidates:
        lines.append(t(locale, "stats-nothing-yet"))
    for rank, candidate in enumerate(candidates, start=1):
        first, *others = [_preview(text) for text in candidate.examples[:CANDIDATE_EXAMPLES]]
        lines.append(
            t(locale, "stats-rank-line", rank=str(rank), text=first, count=str(candidate.count))
        )
        if others:
            lines.append(t(locale, "stats-candidate-also", examples=" · ".join(others)))
    return lines


def _preview(text: str) -> str:
    return text if len(text) <= QUESTION_PREVIEW else text[: QUESTION_PREVIEW - 1] + "…"


def chart_labels(translator: Translator, locale: str, stats: SupportStats) -> ChartLabels:
    t = translator.t
    return ChartLabels(
        title=t(locale, "chart-title", days=str(len(stats.days))),
        created=t(locale, "chart-created"),
        resolved=t(locale, "chart-resolved"),
        first_response=t(locale, "chart-first-response"),
    )
