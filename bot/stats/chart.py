"""The /stats chart: tickets created and resolved per day, and the day's median first response."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import cache

from bot.domain.stats import SupportStats

# Fonts with Chinese glyphs, in order of preference; the chart falls back to English labels
# when none is installed (the Docker image installs Noto CJK).
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Source Han Sans SC")


@dataclass(frozen=True, slots=True)
class ChartLabels:
    title: str
    created: str
    resolved: str
    first_response: str  # axis label, minutes


@cache
def cjk_font() -> str | None:
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


def _or_gap(minutes: float | None) -> float:
    """A day without a first response is NaN: a gap in the line (what matplotlib makes of None)."""
    return math.nan if minutes is None else minutes


def render_chart(stats: SupportStats, labels: ChartLabels) -> bytes:
    """A PNG; call it off the event loop (matplotlib is synchronous and takes ~100 ms)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.ticker import MaxNLocator

    font = cjk_font()
    if font is not None:
        plt.rcParams["font.sans-serif"] = [font, "DejaVu Sans"]
    days = [d.day for d in stats.days]
    positions = range(len(days))
    figure, tickets_axis = plt.subplots(figsize=(10, 4.5), dpi=100)
    try:
        width = 0.4
        tickets_axis.bar(
            [p - width / 2 for p in positions],
            [d.created for d in stats.days],
            width,
            label=labels.created,
            color="#4f8cc9",
        )
        tickets_axis.bar(
            [p + width / 2 for p in positions],
            [d.resolved for d in stats.days],
            width,
            label=labels.resolved,
            color="#7cc47c",
        )
        tickets_axis.yaxis.set_major_locator(MaxNLocator(integer=True))  # tickets are whole
        tickets_axis.set_xticks(
            list(positions)[:: max(1, len(days) // 10)],
            [day.strftime("%m-%d") for day in days][:: max(1, len(days) // 10)],
        )
        response_axis = tickets_axis.twinx()
        response_axis.plot(
            list(positions),
            [_or_gap(d.median_first_response_minutes) for d in stats.days],
            color="#d9534f",
            marker="o",
            markersize=3,
            label=labels.first_response,
        )
        response_axis.set_ylabel(labels.first_response)
        response_axis.set_ylim(bottom=0)
        handles = tickets_axis.get_legend_handles_labels()
        extra = response_axis.get_legend_handles_labels()
        tickets_axis.legend(handles[0] + extra[0], handles[1] + extra[1], loc="upper left")
        tickets_axis.set_title(labels.title)
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(figure)
