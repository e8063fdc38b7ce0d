"""The model shipped in the package was built from the corpus in force: change a phrasing or an
entry without running scripts/train_understanding.py and this fails (the bot would otherwise
train at every start)."""

from __future__ import annotations

from bot.core.config import SUPPORTED_LOCALES
from bot.faq.catalog import FaqCatalog
from bot.faq.seed import seed_snapshot
from bot.understanding.corpus import fingerprint, training_set
from bot.understanding.model import IntentModel
from bot.understanding.service import SHIPPED_MODEL
from tests.unit.understanding.fakes import HashedEncoder


def test_the_shipped_model_matches_the_corpus():
    examples = training_set(seed_snapshot(SUPPORTED_LOCALES), SUPPORTED_LOCALES)
    shipped = IntentModel.load(SHIPPED_MODEL, HashedEncoder())
    assert shipped.fingerprint == fingerprint(examples)
    entries = {entry.id for entry in FaqCatalog().entries}
    assert entries | {"urgent", "out_of_scope", "greeting", "human"} == set(shipped.labels)
