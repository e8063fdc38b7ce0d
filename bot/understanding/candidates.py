"""FAQ candidates: questions the knowledge base did not answer, grouped by meaning in either
language (multilingual sentence embeddings, average-linkage clustering), largest group first.
A group the team has not covered yet is a new entry waiting to be written."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.domain.knowledge import FaqCandidate
from bot.understanding.encoder import Vectors

SAME_MEANING = 0.50  # cosine similarity at which two questions count as one (tuned on the
# training phrasings: scripts/tune_candidates.py; never on the held-out splits)
MAX_EXAMPLES = 100  # distinct texts kept: a draft entry's phrasings


def comparable(text: str) -> str:
    """What is encoded for grouping: the encoder is case-sensitive, users are not ("can i
    stake usdt" and "Can I stake USDT?" scored 0.33 apart as typed, 0.8 alike lower-cased)."""
    return " ".join(text.casefold().split())


@dataclass(frozen=True, slots=True)
class AskedText:
    id: int
    text: str
    locale: str


def cluster_labels(vectors: Vectors, threshold: float = SAME_MEANING) -> np.ndarray:
    """One cluster number per row: rows joined while their average similarity ≥ threshold."""
    # Imported here: SciPy costs the bot ~20 MB of memory, needed only when /stats is asked.
    from scipy.cluster.hierarchy import fcluster, linkage

    if len(vectors) == 1:
        return np.ones(1, dtype=int)
    tree = linkage(_unit(vectors), method="average", metric="cosine")
    return np.asarray(fcluster(tree, t=1.0 - threshold, criterion="distance"))


def group_by_meaning(
    asked: Sequence[AskedText], vectors: Vectors, threshold: float = SAME_MEANING
) -> list[FaqCandidate]:
    if not asked:
        return []
    labels = cluster_labels(vectors, threshold)
    unit = _unit(vectors)
    groups: dict[int, list[int]] = {}
    for row, label in enumerate(labels):
        groups.setdefault(int(label), []).append(row)
    candidates = [_candidate(asked, unit, rows) for rows in groups.values()]
    candidates.sort(key=lambda c: (-c.count, c.key))
    return candidates


def _candidate(asked: Sequence[AskedText], unit: Vectors, rows: list[int]) -> FaqCandidate:
    similarity = unit[rows] @ unit[rows].T
    order = [rows[i] for i in np.argsort(-similarity.mean(axis=1), kind="stable")]
    examples: list[str] = []
    seen: set[str] = set()
    for row in order:
        folded = asked[row].text.strip().casefold()
        if folded not in seen:
            seen.add(folded)
            examples.append(asked[row].text.strip())
    locales = Counter(asked[row].locale for row in rows).most_common()
    return FaqCandidate(
        key=asked[order[0]].id,
        count=len(rows),
        examples=tuple(examples[:MAX_EXAMPLES]),
        question_ids=tuple(sorted(asked[row].id for row in rows)),
        locales=tuple(locales),
    )


def _unit(vectors: Vectors) -> Vectors:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.asarray(vectors / np.where(norms == 0, 1.0, norms), dtype=np.float32)
