"""Top-1 accuracy of the FAQ matcher on the project's own question tables, per language.

Run: python benchmarks/faq_accuracy.py   (prints a table and each miss)
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.faq.matcher import FaqMatcher  # noqa: E402
from bot.faq.seed import seed_snapshot  # noqa: E402

TABLES = {
    "zh": ROOT / "tests/data/faq_questions_zh.tsv",
    "en": ROOT / "tests/data/faq_questions_en.tsv",
}


@dataclass(frozen=True, slots=True)
class Case:
    expected: str | None
    question: str


@dataclass(frozen=True, slots=True)
class Result:
    locale: str
    total: int
    correct: int
    misses: list[tuple[Case, str | None]]

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def load_cases(path: Path) -> list[Case]:
    cases = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        expected, question = line.split("\t", 1)
        cases.append(Case(None if expected == "-" else expected, question))
    return cases


def evaluate(matcher: FaqMatcher) -> list[Result]:
    results = []
    for locale, path in TABLES.items():
        cases = load_cases(path)
        misses = []
        for case in cases:
            matches = matcher.match(case.question)
            got = matches[0].entry_id if matches else None
            if got != case.expected:
                misses.append((case, got))
        results.append(Result(locale, len(cases), len(cases) - len(misses), misses))
    return results


def main() -> None:
    matcher = FaqMatcher(seed_snapshot(("zh", "en")), ["zh", "en"])
    print(f"{'locale':<8}{'questions':>10}{'top-1':>8}{'accuracy':>10}")
    results = evaluate(matcher)
    for result in results:
        print(f"{result.locale:<8}{result.total:>10}{result.correct:>8}{result.accuracy:>10.1%}")
    for result in results:
        for case, got in result.misses:
            print(
                f"  miss [{result.locale}] {case.question!r}: expected {case.expected}, got {got}"
            )


if __name__ == "__main__":
    main()
