"""What a conversation changes: an offer before a value, a phrase split over two messages."""

from __future__ import annotations

from bot.safety.session import GuardSession
from tests.secret_samples import phrase


def outcomes(*messages: str):
    session = GuardSession()
    found = []
    for message in messages:
        found += session.feed(message)
    return found + session.finish()


def test_after_an_offer_only_a_password_like_token_is_one():
    found = outcomes("can I tell you my password?", "sunshine88")
    assert found[1].secret and found[1].redacted == "⟦password⟧"
    after_topic = outcomes("I forgot my password", "3.2.1", "iOS17", "TP-000123")
    assert not any(o.secret for o in after_topic)


def test_a_phrase_split_over_two_messages_is_withheld_then_caught():
    for seed in range(10):
        words = phrase("english", seed).split()
        first, second = outcomes(" ".join(words[:6]), " ".join(words[6:]))
        assert first.secret and second.secret, words
        assert first.withheld_for > 0
        # Something else after the first part releases it, untouched.
        first, _ = outcomes(" ".join(words[:6]), "is that right?")
        assert not first.secret and first.redacted == " ".join(words[:6])


def test_a_first_part_that_reads_like_a_sentence_still_stops_the_second():
    # Six list words with "next", "only" and "wait" read like a sentence and pass; the six
    # after them complete a phrase and are stopped.
    words = "school next found only wait limit window across mass green unfair find".split()
    first, second = outcomes(" ".join(words[:6]), " ".join(words[6:]))
    assert not first.secret and second.secret
