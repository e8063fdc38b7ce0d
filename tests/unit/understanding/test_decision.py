"""From probabilities to what the bot does, and what it means for a ticket."""

from __future__ import annotations

from bot.domain.tickets import Category, Priority
from bot.understanding.decision import ANSWER_AT, OFFER_AT, URGENT_AT, Outcome, decide
from bot.understanding.model import Scored


def test_a_confident_entry_is_answered():
    result = decide([Scored("fees", ANSWER_AT + 0.1), Scored("refunds", 0.1)], 0.0)
    assert (result.outcome, result.entry, result.offered) == (Outcome.ANSWER, "fees", ())
    assert (result.category, result.priority, result.urgent) == (
        Category.QUESTION,
        Priority.LOW,
        False,
    )


def test_an_unsure_entry_offers_the_best_three_and_a_doubtful_one_hands_over():
    ranked = [
        Scored("transfer-delayed", OFFER_AT + 0.05),
        Scored("urgent", 0.2),
        Scored("fees", 0.1),
    ]
    offer = decide(ranked, URGENT_AT - 0.05)
    assert offer.outcome is Outcome.OFFER and offer.offered == ("transfer-delayed", "fees")
    assert offer.category is Category.FUNDS and offer.priority is Priority.HIGH
    handover = decide([Scored("fees", OFFER_AT - 0.01)], 0.0)
    assert handover.outcome is Outcome.HANDOVER and handover.entry is None


def test_out_of_scope_is_never_answered_with_an_entry():
    result = decide([Scored("out_of_scope", 0.6), Scored("fees", 0.3)], 0.01)
    assert (result.outcome, result.entry, result.offered) == (Outcome.OUT_OF_SCOPE, None, ())


def test_an_urgent_report_is_high_account_security_wherever_it_ranks():
    result = decide([Scored("suspicious", 0.5), Scored("urgent", URGENT_AT)], URGENT_AT)
    assert result.urgent and result.outcome is Outcome.URGENT
    assert result.entry == "suspicious"  # its answer goes with the security steps
    assert (result.category, result.priority) == (Category.ACCOUNT_SECURITY, Priority.HIGH)
