"""How well the bot understands questions it was never trained on.

Reads a held-out split (benchmarks/data/understanding/<split>/*.jsonl, written blind and never
used for training or tuning) and prints, per language and for cross-language questions
(text in one language, the user's locale the other): top-1 and top-3 accuracy of the entry,
how often an entry is answered outright and how often that answer is right, out-of-scope
rejection, urgent-triage recall and false alarms, p50/p99 time per question, the model's
training time and the process's peak RSS.

    python benchmarks/understanding.py [--runs 3] [--split eval|split2]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.config import SUPPORTED_LOCALES  # noqa: E402
from bot.faq.seed import seed_snapshot  # noqa: E402
from bot.understanding.decision import Outcome  # noqa: E402
from bot.understanding.labels import Intent  # noqa: E402
from bot.understanding.service import UnderstandingService  # noqa: E402

SPLITS = ROOT / "benchmarks" / "data" / "understanding"  # eval/ (first), split2/ (second)
CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    locale: str
    entry: str | None
    urgent: bool
    intent: str

    @property
    def cross_language(self) -> bool:
        return bool(CJK.search(self.text)) != (self.locale == "zh")


def load(split: str) -> list[Case]:
    cases = []
    for path in sorted((SPLITS / split).glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                cases.append(
                    Case(row["text"], row["locale"], row["entry"], row["urgent"], row["intent"])
                )
    return cases


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} % ({part}/{whole})" if whole else "   n/a"


def report(service: UnderstandingService, cases: list[Case]) -> None:
    model = service._ready()
    texts = [c.text for c in cases]
    ranked = model.rank(texts, top=3)
    results = service.understand_many(texts)
    faq = [
        (c, r, k)
        for c, r, k in zip(cases, results, ranked, strict=True)
        if c.entry and c.intent == "faq"
    ]
    for name, keep in (
        ("zh", lambda c: c.locale == "zh" and not c.cross_language),
        ("en", lambda c: c.locale == "en" and not c.cross_language),
        ("cross-language", lambda c: c.cross_language),
    ):
        group = [(c, r, k) for c, r, k in faq if keep(c)]
        top1 = sum(k[0].label == c.entry for c, _, k in group)
        top3 = sum(c.entry in [s.label for s in k] for c, _, k in group)
        answered = [(c, r) for c, r, _ in group if r.outcome is Outcome.ANSWER]
        right = sum(r.entry == c.entry for c, r in answered)
        print(f"  {name:15} top-1 {pct(top1, len(group))}   top-3 {pct(top3, len(group))}")
        print(
            f"  {'':15} answered outright {pct(len(answered), len(group))},"
            f" right {pct(right, len(answered))}"
        )
    oos = [(c, r) for c, r in zip(cases, results, strict=True) if c.intent == Intent.OUT_OF_SCOPE]
    rejected = sum(r.outcome not in (Outcome.ANSWER, Outcome.OFFER) for _, r in oos)
    print(f"  out of scope rejected (no entry answered or offered): {pct(rejected, len(oos))}")
    urgent = [r for c, r in zip(cases, results, strict=True) if c.urgent]
    calm = [r for c, r in zip(cases, results, strict=True) if not c.urgent]
    print(
        f"  urgent recall {pct(sum(r.urgent for r in urgent), len(urgent))}"
        f"   false alarms {pct(sum(r.urgent for r in calm), len(calm))}"
    )
    print(
        f"  inside a flow (cut short): recall"
        f" {pct(sum(r.interrupts_flow for r in urgent), len(urgent))}"
        f"   false alarms {pct(sum(r.interrupts_flow for r in calm), len(calm))}"
    )


def timing(service: UnderstandingService, cases: list[Case], runs: int) -> None:
    for run in range(runs):
        latencies = []
        for case in cases[:400]:
            started = time.perf_counter()
            service.understand_many([case.text])
            latencies.append((time.perf_counter() - started) * 1000)
        latencies.sort()
        p99 = latencies[int(len(latencies) * 0.99) - 1]
        print(
            f"  run {run + 1}: one question at a time, p50 {statistics.median(latencies):.1f} ms"
            f"  p99 {p99:.1f} ms  ({len(latencies)} questions)"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--split", default="eval", help="a folder of held-out cases")
    args = parser.parse_args()
    cases = load(args.split)
    print(
        f"held-out cases: {len(cases)}; machine: {os.cpu_count()} CPUs,"
        f" Python {sys.version.split()[0]}"
    )
    service = UnderstandingService(seed_snapshot(SUPPORTED_LOCALES), SUPPORTED_LOCALES)
    service.train()
    print(f"trained on {len(service.examples())} examples in {service.trained_in:.1f} s")
    report(service, cases)
    timing(service, cases, args.runs)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS of this process (model, corpus and evaluation loaded): {rss:.0f} MB")


if __name__ == "__main__":
    main()
