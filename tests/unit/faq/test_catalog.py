"""The FAQ catalog: every category and entry has its texts in every language."""

from __future__ import annotations

import pytest

from bot.core.config import SUPPORTED_LOCALES
from bot.core.i18n import Translator
from bot.faq.catalog import FaqCatalog


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_faq_entry_has_question_answer_and_keywords(locale):
    translator = Translator("zh")
    catalog = FaqCatalog()
    for category in catalog.categories:
        assert translator.has(locale, category.title_key)
    for entry in catalog.entries:
        assert translator.has(locale, entry.message_key), entry.id
        assert translator.attribute(locale, entry.message_key, "answer").strip(), entry.id
        assert translator.attribute(locale, entry.message_key, "keywords").strip(), entry.id
