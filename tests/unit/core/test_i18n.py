"""Catalog parity: every message in every locale, with the same placeholders and attributes."""

from __future__ import annotations

import re

import pytest
from fluent.syntax import FluentParser, ast

from bot.core.config import SUPPORTED_LOCALES
from bot.core.i18n import Translator, choose_locale, read_catalog
from tests.unit.helpers import ROOT


def _messages(locale: str) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """message id → (placeholders, attribute names), failing on any syntax error."""
    parser = FluentParser()
    found: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for name, source in read_catalog(locale).items():
        resource = parser.parse(source)
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        assert not junk, f"{locale}/{name}: {junk[0].annotations[0].message}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in found, f"{locale}: duplicate {entry.id.name}"
                variables = frozenset(
                    re.findall(r"\{\s*\$([a-zA-Z0-9_-]+)", source_of(source, entry))
                )
                attributes = frozenset(a.id.name for a in entry.attributes)
                found[entry.id.name] = (variables, attributes)
    return found


def source_of(source: str, entry: ast.Message) -> str:
    return source[entry.span.start : entry.span.end]


def test_every_locale_has_the_same_messages_placeholders_and_attributes():
    reference = _messages(SUPPORTED_LOCALES[0])
    for locale in SUPPORTED_LOCALES[1:]:
        other = _messages(locale)
        assert sorted(set(reference) - set(other)) == [], f"missing in {locale}"
        assert sorted(set(other) - set(reference)) == [], f"only in {locale}"
        for key, shape in reference.items():
            assert other[key] == shape, f"{key}: {SUPPORTED_LOCALES[0]} {shape} vs {locale}"


def test_every_key_used_in_code_exists():
    """Literal keys passed to t()/button() in bot/ and handlers/ must be in the catalogs."""
    keys = set()
    for path in [*ROOT.glob("bot/**/*.py"), *ROOT.glob("handlers/*.py")]:
        text = path.read_text("utf-8")
        keys |= set(
            re.findall(r"""(?:\.t|button)\([^"')]*?["']([a-z0-9]+(?:-[a-z0-9]+)+)["']""", text)
        )
        keys |= set(
            re.findall(r"""\(["'][a-z]+["'],\s*["']((?:menu|btn|cmd)-[a-z-]+)["']\)""", text)
        )
    reference = _messages("en")
    missing = sorted(k for k in keys if k not in reference)
    assert keys and missing == []


def test_translation_escapes_user_values_and_formats_numbers():
    translator = Translator("zh")
    assert translator.t("en", "start-greeting", name="<b>x</b>").startswith(
        "Hi &lt;b&gt;x&lt;/b&gt;!"
    )
    assert "1,000" in translator.t("en", "text-too-long", limit=1000)
    assert "\u2068" not in translator.t("zh", "start-greeting", name="A")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("zh-hans", "zh"),
        ("zh-TW", "zh"),
        ("zh", "zh"),
        ("en", "en"),
        ("en-GB", "en"),
        ("ru", "zh"),
        (None, "zh"),
        ("", "zh"),
        ("english", "zh"),
    ],
)
def test_locale_chosen_from_telegram_language_code(code, expected):
    assert choose_locale(code, "zh") == expected
    if expected == "zh" and not (code or "").startswith("zh"):
        assert choose_locale(code, "en") == "en"
