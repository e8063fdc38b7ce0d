"""The classifier learns labels from examples and ranks new texts with probabilities."""

from __future__ import annotations

from bot.understanding.corpus import Example
from bot.understanding.features import normalized
from bot.understanding.model import IntentModel
from bot.understanding.training import train
from tests.unit.understanding.fakes import HashedEncoder

EXAMPLES = [
    *(Example(t, "fees") for t in ("how much is the fee", "transfer fee?", "手续费多少", "收费吗")),
    *(
        Example(t, "two-factor")
        for t in ("turn on 2fa", "enable two factor", "2FA怎么开", "双重验证")
    ),
    *(
        Example(t, "urgent")
        for t in ("someone stole my funds", "wallet drained", "钱被盗了", "被盗")
    ),
]


def test_new_phrasings_rank_their_label_first_with_a_probability():
    model = train(EXAMPLES, HashedEncoder())
    (fees,), (two_factor,), (stolen,) = (
        model.rank([t], top=1)[0]
        for t in ("what fee do you charge", "how to enable 2fa", "my wallet got drained")
    )
    assert (fees.label, two_factor.label, stolen.label) == ("fees", "two-factor", "urgent")
    assert 0 < fees.probability <= 1
    assert model.probability_of(["被盗了怎么办"], "urgent")[0] > 1 / 3


def test_text_is_normalized_before_counting():
    assert normalized("  ２FA　ＨＯＷ  ") == "2fa how"


def test_a_saved_model_answers_as_the_trained_one(tmp_path):
    model = train(EXAMPLES, HashedEncoder())
    model.save(tmp_path / "model.npz")
    loaded = IntentModel.load(tmp_path / "model.npz", HashedEncoder())
    texts = ["fee for sending?", "2fa pls", "被盗了"]
    assert [r[0].label for r in loaded.rank(texts)] == [r[0].label for r in model.rank(texts)]
    assert loaded.fingerprint == model.fingerprint and loaded.fingerprint


def test_the_numpy_answer_matches_scikit_learns():
    from sklearn.linear_model import LogisticRegression

    from bot.understanding.training import balanced_weights, design

    encoder = HashedEncoder()
    model = train(EXAMPLES, encoder)
    texts = [e.text for e in EXAMPLES]
    labels = [e.label for e in EXAMPLES]
    reference = LogisticRegression(C=8.0, max_iter=500).fit(
        design(model.space, encoder, texts), labels, sample_weight=balanced_weights(labels)
    )
    probe = ["how much do you charge", "钱没了被盗"]
    ours = model.probabilities(probe)
    theirs = reference.predict_proba(design(model.space, encoder, probe))
    assert abs(ours - theirs).max() < 1e-3


async def test_questions_asked_together_are_answered_each_in_one_batch():
    from bot.core.config import SUPPORTED_LOCALES
    from bot.faq.seed import seed_snapshot
    from bot.understanding.service import UnderstandingService

    class CountingEncoder(HashedEncoder):
        def __init__(self) -> None:
            self.batches: list[int] = []

        def encode(self, texts):
            self.batches.append(len(texts))
            return super().encode(texts)

    encoder = CountingEncoder()
    model = train(EXAMPLES, encoder)
    service = UnderstandingService(
        seed_snapshot(SUPPORTED_LOCALES), SUPPORTED_LOCALES, encoder, model
    )
    encoder.batches.clear()
    import asyncio

    texts = ["fee?", "2fa pls", "被盗了", "转账手续费", "enable two factor"]
    results = await asyncio.gather(*(service.understand(t) for t in texts))
    assert sum(encoder.batches) == len(texts) and len(encoder.batches) <= 2
    # Batching changes nothing in the answers: each is what the text alone would get.
    assert results == [service.understand_many([t])[0] for t in texts]


def test_a_label_with_few_examples_weighs_as_much_as_a_well_known_one():
    from bot.understanding.training import WEIGHED_AS, balanced_weights

    labels = ["big"] * (WEIGHED_AS + 10) + ["new"] * 4
    weights = balanced_weights(labels)
    assert set(weights[: WEIGHED_AS + 10]) == {1.0}
    assert weights[-4:].sum() == WEIGHED_AS
