"""Choose the similarity at which unanswered questions are grouped into one FAQ candidate, on
the training phrasings only (the held-out splits are for benchmarks/candidates.py). For each
threshold: how pure the groups are (share of each group's questions that belong to its most
common entry) and how many groups each entry is split into.

    python scripts/tune_candidates.py
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.understanding.candidates import cluster_labels, comparable
from bot.understanding.corpus import shipped_phrasings
from bot.understanding.encoder import SentenceEncoder
from bot.understanding.labels import INTENTS

SAMPLE = 800


def main() -> None:
    examples = [e for e in shipped_phrasings() if e.label not in INTENTS]
    random.Random(7).shuffle(examples)
    sample = examples[:SAMPLE]
    vectors = SentenceEncoder().encode([comparable(e.text) for e in sample])
    truth = [e.label for e in sample]
    print(f"{len(sample)} training phrasings of {len(set(truth))} entries")
    for threshold in (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
        labels = cluster_labels(vectors, threshold)
        groups: dict[int, list[str]] = {}
        for label, entry in zip(labels, truth, strict=True):
            groups.setdefault(int(label), []).append(entry)
        pure = sum(Counter(g).most_common(1)[0][1] for g in groups.values()) / len(sample)
        big = [g for g in groups.values() if len(g) >= 3]
        per_entry = Counter(Counter(g).most_common(1)[0][0] for g in big)
        top = sorted(groups.values(), key=len, reverse=True)[:10]
        top_pure = sum(Counter(g).most_common(1)[0][1] for g in top) / sum(len(g) for g in top)
        print(
            f"  {threshold:.2f}: {len(groups):4} groups ({len(big)} of 3+), purity {pure:.3f},"
            f" of the 10 largest {top_pure:.3f};"
            f" groups of 3+ per entry {sum(per_entry.values()) / max(1, len(per_entry)):.1f}"
        )


if __name__ == "__main__":
    main()
