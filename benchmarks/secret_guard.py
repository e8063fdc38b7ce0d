"""How well the secret guard holds on input it was not tuned on, and how fast it is.

The evaluation corpus (benchmarks/data/guard_eval/) was written blind, by authors who never saw
the detector, from a description of how real users and agents type (SPEC.md), in independent
splits written in turn: `dev`, `holdout`, `final`, `split4` and `split5`. The guard was built on
benchmarks/data/guard_tune/; each split was measured once before anything was changed because
of it (the README keeps those first figures) and only then looked at and tuned on; the latest
split is the one no change has seen yet. Each case is one or more messages of one chat, run
through the very code the bot runs (GuardSession: the SecretGuard and the agent-side request
check).

- user secrets: caught when every message holding secret material is treated as a secret or
  withheld (a bare 64-hex value the bot asks about counts: it reaches no one until answered);
- user non-secrets: a false positive when any message is treated as a secret; a bare hash that
  the bot asks about is counted apart ("asked");
- agent messages: requests held, warnings and ordinary replies delivered.

Run: python benchmarks/secret_guard.py [--corpus eval|tune]
         [--split dev|holdout|final|split4|split5|all] [--failures N] [--timing-only]
Exits non-zero when a target is missed.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import string
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mnemonic import Mnemonic

from bot.safety.guard import SecretGuard
from bot.safety.requests import asks_for_secret
from bot.safety.session import GuardSession, Outcome

DATA = Path(__file__).resolve().parent / "data"
RECALL_TARGET = 0.995
FALSE_POSITIVE_OVERALL = 0.005
FALSE_POSITIVE_CLASS = 0.01
REQUESTS_HELD_TARGET = 0.98
WARNINGS_HELD_LIMIT = 0.02
SCAN_P99_LIMIT_MS = 5.0
# In the order they were written and first measured.
SPLITS = ("dev", "holdout", "final", "split4", "split5")
# One folder each (dev and holdout sit inside each part).
LATER_SPLITS = ("final", "split4", "split5")


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    cls: str
    side: str
    messages: list[str]
    secret: bool
    secret_at: list[int]
    request: bool | None


@dataclass(slots=True)
class Tally:
    total: int = 0
    hit: int = 0  # caught (secrets), flagged (non-secrets), held (agent)
    asked: int = 0  # non-secrets: a bare hash the user was asked about
    withheld: int = 0  # non-secrets: a message withheld as a possible phrase part, then released


def load(corpus: str, split: str) -> list[Case]:
    if corpus == "tune":
        files = sorted((DATA / "guard_tune").glob("*.jsonl"))
    elif split in LATER_SPLITS:
        files = sorted((DATA / "guard_eval" / split).glob("**/*.jsonl"))
    else:
        files = sorted((DATA / "guard_eval").glob(f"*/{split}/**/*.jsonl"))
    cases = []
    for path in files:
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                cases.append(
                    Case(
                        row["id"],
                        row["class"],
                        row["side"],
                        row["messages"],
                        bool(row["secret"]),
                        list(row.get("secret_at") or []),
                        row.get("request"),
                    )
                )
    return cases


def run_case(case: Case) -> list[Outcome]:
    session = GuardSession()
    outcomes: list[Outcome] = []
    for message in case.messages:
        outcomes += session.feed(message, side=case.side, chat=1)
    return outcomes + session.finish()


def judge(case: Case, outcomes: list[Outcome]) -> tuple[bool, bool, bool]:
    """(hit, asked, withheld) for one case."""
    if case.side == "agent":
        return any(o.held for o in outcomes), False, False
    if case.secret:
        hit = all(outcomes[i].secret or outcomes[i].ambiguous for i in case.secret_at)
        return hit, False, False
    flagged = any(o.secret for o in outcomes)
    asked = not flagged and any(o.ambiguous for o in outcomes)
    withheld = any(o.withheld_for > 0 for o in outcomes)
    return flagged, asked, withheld


def group_of(case: Case) -> str:
    if case.side == "agent":
        return "agent: requests" if case.request else "agent: warnings and replies"
    return "user: secrets" if case.secret else "user: non-secrets"


def evaluate(cases: list[Case], failures: int) -> bool:
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    shown = 0
    for case in cases:
        hit, asked, withheld = judge(case, run_case(case))
        tally = tallies[(group_of(case), case.cls)]
        tally.total += 1
        tally.hit += hit
        tally.asked += asked
        tally.withheld += withheld
        wrong = hit != (case.secret or bool(case.request))
        if wrong and shown < failures:
            shown += 1
            shown_text = json.dumps(case.messages, ensure_ascii=False)[:300]
            print(f"  MISS {case.id} [{case.cls}]: {shown_text}")
    return report(tallies)


def report(tallies: dict[tuple[str, str], Tally]) -> bool:
    ok = True
    groups: dict[str, list[tuple[str, Tally]]] = defaultdict(list)
    for (group, cls), tally in sorted(tallies.items()):
        groups[group].append((cls, tally))
    for group, rows in groups.items():
        total = sum(t.total for _, t in rows)
        hits = sum(t.hit for _, t in rows)
        positive = group in ("user: secrets", "agent: requests")
        word = "caught" if group == "user: secrets" else "held" if "agent" in group else "flagged"
        print(f"\n{group}: {hits}/{total} {word} ({hits / total:.2%})")
        for cls, tally in rows:
            rate = tally.hit / tally.total
            extra = ""
            if tally.asked:
                extra += f", asked {tally.asked / tally.total:.1%}"
            if tally.withheld:
                extra += f", withheld then released {tally.withheld / tally.total:.1%}"
            flag = ""
            if group == "user: secrets" and rate < RECALL_TARGET:
                flag, ok = "  <-- below 99.5 %", False
            if group == "user: non-secrets" and rate > FALSE_POSITIVE_CLASS:
                flag, ok = "  <-- above 1 %", False
            print(f"  {cls:44} {tally.hit:5}/{tally.total:<5} {rate:7.2%}{extra}{flag}")
        rate = hits / total
        if group == "user: non-secrets" and rate > FALSE_POSITIVE_OVERALL:
            print("  overall false positives above 0.5 %")
            ok = False
        if group == "agent: requests" and rate < REQUESTS_HELD_TARGET:
            print("  fewer than 98 % of requests held")
            ok = False
        if group == "agent: warnings and replies" and rate > WARNINGS_HELD_LIMIT:
            print("  more than 2 % of warnings and replies held")
            ok = False
        if group == "user: secrets" and not positive:
            ok = False
    return ok


# ------------------------------------------------------------------ timing
def adversarial(length: int, rng: random.Random) -> dict[str, str]:
    english = Mnemonic("english").wordlist
    chinese = Mnemonic("chinese_simplified").wordlist
    hexdigits = "0123456789abcdef"
    base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

    def fill(make) -> str:
        parts, size = [], 0
        while size < length:
            piece = make()
            parts.append(piece)
            size += len(piece)
        return "".join(parts)[:length]

    return {
        "chinese list characters, joined": fill(lambda: rng.choice(chinese)),
        "chinese list characters, spaced": fill(lambda: rng.choice(chinese) + " "),
        "chinese list characters, 4 per line": fill(
            lambda: "".join(rng.choice(chinese) for _ in range(4)) + "\n"
        ),
        "english list words": fill(lambda: rng.choice(english) + " "),
        "english list words, numbered": fill(
            lambda: f"{rng.randint(1, 24)}. {rng.choice(english)}\n"
        ),
        "one digit run": fill(lambda: rng.choice("0123456789")),
        "digit groups of four": fill(lambda: "".join(rng.choice("456") for _ in range(4)) + " "),
        "one hex run": fill(lambda: rng.choice(hexdigits)),
        "hex groups": fill(lambda: "".join(rng.choice(hexdigits) for _ in range(8)) + " "),
        "one base58 run": fill(lambda: rng.choice(base58)),
        "base58 of key length": fill(lambda: "".join(rng.choice(base58) for _ in range(88)) + " "),
        "byte arrays": fill(
            lambda: "[" + ",".join(str(rng.randint(0, 255)) for _ in range(64)) + "] "
        ),
        "password labels": fill(lambda: f"password: {rng.choice(english)}{rng.randint(0, 99)} "),
        "fullwidth and zero-width": fill(
            lambda: "".join(chr(0xFF41 + rng.randint(0, 25)) for _ in range(5)) + "\u200b "
        ),
        "mixed everything": fill(
            lambda: rng.choice(
                [
                    rng.choice(chinese),
                    rng.choice(english) + " ",
                    str(rng.randint(0, 9999)) + " ",
                    "".join(rng.choice(hexdigits) for _ in range(16)),
                    "密码是",
                    "0x",
                ]
            )
        ),
    }


def timing(repeats: int) -> bool:
    rng = random.Random(20261125)
    guard = SecretGuard()
    guard.inspect(0, 0, "warm up 的一是")  # load the word lists once, as the bot does at start
    ok = True
    for length in (4096, 100_000):
        samples: dict[str, list[float]] = defaultdict(list)
        rounds = repeats if length == 4096 else max(1, repeats // 10)
        for round_index in range(rounds):
            for name, text in adversarial(length, rng).items():
                gc.collect()  # the benchmark's own garbage is not the scan's cost
                started = time.perf_counter()
                guard.inspect(round_index, round_index, text, now=float(round_index))
                samples[name].append((time.perf_counter() - started) * 1000)
        every = sorted(x for values in samples.values() for x in values)
        p99 = every[min(len(every) - 1, int(len(every) * 0.99))]
        print(f"\nscan time per message of {length:,} characters ({len(every)} scans, ms):")
        for name, values in samples.items():
            print(f"  {name:40} median {statistics.median(values):7.2f}   max {max(values):7.2f}")
        print(f"  p99 over all: {p99:.2f} ms")
        if length == 4096 and p99 > SCAN_P99_LIMIT_MS:
            print("  above the 5 ms target")
            ok = False
    return ok


AGENT_P99_LIMIT_MS = 50.0  # an agent's message: rules and model, off the event loop when long


def agent_timing(repeats: int) -> bool:
    """The agent-side check on 4,096 characters of the shapes that made its patterns backtrack
    (long digit and letter runs, dotted names, the words it looks for, repeated)."""
    rng = random.Random(7)
    kinds = {
        "digits": "".join(rng.choice("0123456789") for _ in range(4096)),
        "digits and spaces": "1 " * 2048,
        "letters and digits": "".join(
            rng.choice(string.ascii_lowercase + string.digits) for _ in range(4096)
        ),
        "dotted": "a." * 2048,
        "requests repeated": ("send your seed phrase please " * 150)[:4096],
        "密码是 repeated": ("密码是" * 1400)[:4096],
    }
    asks_for_secret("warm up")
    samples: dict[str, list[float]] = defaultdict(list)
    for _ in range(repeats):
        for name, text in kinds.items():
            gc.collect()
            started = time.perf_counter()
            asks_for_secret(text)
            samples[name].append((time.perf_counter() - started) * 1000)
    every = sorted(x for values in samples.values() for x in values)
    p99 = every[min(len(every) - 1, int(len(every) * 0.99))]
    print(f"\nagent check per message of 4,096 characters ({len(every)} checks, ms):")
    for name, values in samples.items():
        print(f"  {name:40} median {statistics.median(values):7.2f}   max {max(values):7.2f}")
    print(f"  p99 over all: {p99:.2f} ms")
    if p99 > AGENT_P99_LIMIT_MS:
        print(f"  above {AGENT_P99_LIMIT_MS:.0f} ms")
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", choices=("eval", "tune"), default="eval")
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--failures", type=int, default=0, help="print up to N wrong cases")
    parser.add_argument("--timing-only", action="store_true")
    parser.add_argument("--repeats", type=int, default=40)
    args = parser.parse_args()
    ok = True
    if not args.timing_only:
        splits = SPLITS if args.corpus == "eval" and args.split == "all" else (args.split,)
        for split in splits:
            cases = load(args.corpus, split)
            title = "tuning corpus" if args.corpus == "tune" else f"evaluation corpus, {split}"
            print(f"\n=== {title}: {len(cases)} cases")
            ok = evaluate(cases, args.failures) and ok
    ok = timing(args.repeats) and ok
    ok = agent_timing(max(3, args.repeats // 8)) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
