"""FAQ candidates on questions the grouping never saw: the FAQ questions of the second blind
split (benchmarks/data/understanding/split2), grouped as if none had been answered. Prints how
pure the groups are (share of each group's questions asking its most common entry), for all
groups and for the 10 largest (what /stats shows first), and how long grouping takes.

    python benchmarks/candidates.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.understanding.candidates import (  # noqa: E402
    SAME_MEANING,
    AskedText,
    comparable,
    group_by_meaning,
)
from bot.understanding.encoder import SentenceEncoder  # noqa: E402

SPLIT = ROOT / "benchmarks" / "data" / "understanding" / "split2" / "cases.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    rows = [json.loads(line) for line in SPLIT.read_text("utf-8").splitlines() if line.strip()]
    faq = [r for r in rows if r["intent"] == "faq" and r["entry"]]
    asked = [AskedText(n, r["text"], r["locale"]) for n, r in enumerate(faq)]
    truth = {n: r["entry"] for n, r in enumerate(faq)}
    encoder = SentenceEncoder()
    print(
        f"{len(asked)} held-out questions of {len(set(truth.values()))} entries;"
        f" threshold {SAME_MEANING}; {os.cpu_count()} CPUs"
    )
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        groups = group_by_meaning(asked, encoder.encode([comparable(a.text) for a in asked]))
        times.append(time.perf_counter() - started)

    def purity(selected: list) -> float:
        agree = sum(
            Counter(truth[i] for i in g.question_ids).most_common(1)[0][1] for g in selected
        )
        return agree / sum(g.count for g in selected)

    big = [g for g in groups if g.count >= 3]
    mixed = sum(1 for g in groups if len(g.locales) > 1)
    print(f"  groups {len(groups)} ({len(big)} of 3+, {mixed} mixing zh and en)")
    print(f"  purity: all {purity(groups):.3f}, 10 largest {purity(groups[:10]):.3f}")
    print(
        f"  encode and group: median {statistics.median(times):.2f} s,"
        f" min {min(times):.2f}, max {max(times):.2f} over {runs} runs"
    )


if __name__ == "__main__":
    main()
