"""The classifier learns labels from examples and ranks new texts with probabilities."""

from __future__ import annotations

from bot.understanding.corpus import Example
from bot.understanding.model import IntentModel, normalized
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
    model = IntentModel(HashedEncoder()).fit(EXAMPLES)
    (fees,), (two_factor,), (stolen,) = (
        model.rank([t], top=1)[0]
        for t in ("what fee do you charge", "how to enable 2fa", "my wallet got drained")
    )
    assert (fees.label, two_factor.label, stolen.label) == ("fees", "two-factor", "urgent")
    assert 0 < fees.probability <= 1
    assert model.probability_of(["被盗了怎么办"], "urgent")[0] > 1 / 3


def test_text_is_normalized_before_counting():
    assert normalized("  ２FA　ＨＯＷ  ") == "2fa how"
