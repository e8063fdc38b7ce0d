"""Fit the agent-request model (`bot/safety/request_model.py`) on the labelled corpus and write
`bot/safety/data/request_model.npz`.

It learns from the tuning corpus and every evaluation split except the ones named with
--hold-out (by default the newest, which must stay unseen until it is measured). The decision
threshold is chosen by cross-validation across authors: each split (and the tuning corpus) is
scored by a model fitted on the others, as a new author's messages would be; the threshold is
the one holding the most requests while at most --max-false-holds of other messages are.

Run: python scripts/train_request_model.py [--hold-out split5 ...] [--max-false-holds 0.015]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.safety.request_model import MODEL_PATH, RequestModel, features, fit  # noqa: E402
from bot.safety.request_words import as_meant  # noqa: E402
from bot.safety.requests import rules_ask  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
NEWEST_SPLIT = "split6"  # the next blind split, when one is written


def agent_messages(hold_out: set[str]) -> tuple[list[str], list[bool], list[str]]:
    """(message, asks, source file) for every agent message whose label is known: a case of
    one message, or any message of a case that asks for nothing."""
    files = sorted((DATA / "guard_tune").glob("*.jsonl")) + sorted(
        (DATA / "guard_eval").glob("**/*.jsonl")
    )
    texts, labels, sources = [], [], []
    for path in files:
        if hold_out & set(path.relative_to(DATA).parts):
            continue
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row["side"] != "agent" or (row["request"] and len(row["messages"]) > 1):
                continue
            for message in row["messages"]:
                texts.append(message)
                labels.append(bool(row["request"]))
                sources.append(split_of(path))
    return texts, labels, sources


def split_of(path: Path) -> str:
    """'tune', or the evaluation split a file belongs to (dev/holdout sit inside each part)."""
    parts = path.relative_to(DATA).parts
    if parts[0] == "guard_tune":
        return "tune"
    return parts[2] if parts[1] in ("agent", "clean", "secrets") else parts[1]


def choose_threshold(
    examples: list[np.ndarray], labels: list[bool], sources: list[str], max_false_holds: float
) -> tuple[float, float, float]:
    """(threshold, requests held, others held), cross-validated by split."""
    folds = np.array(sources)
    scores = np.zeros(len(examples))
    truth = np.array(labels)
    for fold in sorted(set(sources)):
        train = np.flatnonzero(folds != fold)
        model = fit([examples[i] for i in train], [labels[i] for i in train])
        for i in np.flatnonzero(folds == fold):
            scores[i] = model.probability(examples[i])
    best = (0.5, 0.0, 1.0)
    for threshold in np.arange(0.05, 0.96, 0.01):
        held = scores >= threshold
        recall = float(held[truth].mean())
        false_holds = float(held[~truth].mean())
        if false_holds <= max_false_holds and recall > best[1]:
            best = (float(round(threshold, 2)), recall, false_holds)
    for fold in sorted(set(sources)):
        mine = folds == fold
        held = scores[mine] >= best[0]
        print(
            f"  {fold:8} scored by a model fitted on the others: requests held "
            f"{held[truth[mine]].mean():.2%}, other messages held {held[~truth[mine]].mean():.2%}"
        )
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hold-out", nargs="*", default=[NEWEST_SPLIT])
    parser.add_argument("--max-false-holds", type=float, default=0.015)
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    texts, labels, sources = agent_messages(set(args.hold_out))
    examples = []
    for text in texts:
        meant = as_meant(text)
        examples.append(features(meant, rules_ask=rules_ask(meant)))
    threshold, recall, false_holds = choose_threshold(
        examples, labels, sources, args.max_false_holds
    )
    model = fit(examples, labels)
    model = RequestModel(model.weights, model.bias, threshold)
    trained_on = ", ".join(sorted(set(sources)))
    model.save(args.output, trained_on)
    print(
        f"{len(texts)} messages ({sum(labels)} requests) from {trained_on}\n"
        f"threshold {threshold:.2f}: across authors {recall:.2%} of requests held, "
        f"{false_holds:.2%} of other messages\nwrote {args.output}"
    )


if __name__ == "__main__":
    main()
