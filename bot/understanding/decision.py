"""From the classifier's probabilities to what the bot does: answer, offer the best three,
hand over to a person, or say honestly that it cannot answer; and whether it is urgent."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.domain.tickets import Category, Priority
from bot.understanding.labels import INTENTS, Intent, category_of, priority_of
from bot.understanding.model import Scored

ANSWER_AT = 0.55  # top probability from which the best entry is answered outright
OFFER_AT = 0.25  # from here up to ANSWER_AT, the best three entries are offered
URGENT_AT = 0.20  # probability of "urgent" from which a message is treated as urgent (5-fold CV
# on the 4,897-example training corpus: recall 0.98, false alarms 0.03; 0.25 gives 0.96 / 0.02;
# scripts/tune_understanding.py)
INTERRUPT_AT = 0.50  # inside a guided flow the user already has a path to a ticket: the flow is
# cut short for the security steps only when urgency is more likely than not


class Outcome(StrEnum):
    ANSWER = "answer"
    OFFER = "offer"  # show the top entries to choose from
    HANDOVER = "handover"  # not sure: offer a person
    OUT_OF_SCOPE = "out_of_scope"
    GREETING = "greeting"
    HUMAN = "human"
    URGENT = "urgent"


@dataclass(frozen=True, slots=True)
class Understanding:
    outcome: Outcome
    entry: str | None  # the entry answered (ANSWER) or offered first (OFFER)
    confidence: float  # the top label's probability
    offered: tuple[str, ...]  # entries to offer, best first
    best_entries: tuple[str, ...]  # the best-matching entries whatever the outcome (assist)
    urgent: bool
    urgent_probability: float
    category: Category
    priority: Priority

    @property
    def interrupts_flow(self) -> bool:
        """Urgent enough to cut a guided flow short (see INTERRUPT_AT)."""
        return self.urgent_probability >= INTERRUPT_AT


_INTENT_OUTCOME = {
    Intent.OUT_OF_SCOPE: Outcome.OUT_OF_SCOPE,
    Intent.GREETING: Outcome.GREETING,
    Intent.HUMAN: Outcome.HUMAN,
    Intent.URGENT: Outcome.URGENT,
}


def decide(ranked: list[Scored], urgent_probability: float) -> Understanding:
    top = ranked[0] if ranked else Scored(Intent.OUT_OF_SCOPE, 0.0)
    urgent = urgent_probability >= URGENT_AT or top.label == Intent.URGENT
    entries = tuple(s.label for s in ranked if s.label not in INTENTS)
    if urgent:
        outcome = Outcome.URGENT
    elif top.label in INTENTS:
        outcome = _INTENT_OUTCOME[Intent(top.label)]
    elif top.probability >= ANSWER_AT:
        outcome = Outcome.ANSWER
    elif top.probability >= OFFER_AT:
        outcome = Outcome.OFFER
    else:
        outcome = Outcome.HANDOVER
    entry = top.label if outcome in (Outcome.ANSWER, Outcome.OFFER) else None
    if outcome is Outcome.URGENT and top.label not in INTENTS:
        entry = top.label  # e.g. "suspicious": its answer goes with the security steps
    offered = entries if outcome is Outcome.OFFER else ()
    category = category_of(top.label, urgent=urgent)
    return Understanding(
        outcome=outcome,
        entry=entry,
        confidence=round(top.probability, 4),
        offered=offered,
        best_entries=entries[:3],
        urgent=urgent,
        urgent_probability=round(urgent_probability, 4),
        category=category,
        priority=priority_of(category, urgent=urgent),
    )
