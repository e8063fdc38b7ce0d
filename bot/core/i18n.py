"""Translations through Project Fluent: one bundle per locale from locales/<locale>/*.ftl."""

from __future__ import annotations

import functools
import html
import logging
from importlib import resources

from fluent.runtime import FluentBundle, FluentResource
from fluent.runtime.resolver import Pattern
from fluent.syntax.ast import Resource

from bot.core.config import SUPPORTED_LOCALES, Locale

log = logging.getLogger(__name__)

_BUNDLE_LOCALE = {"zh": "zh-CN", "en": "en-US"}


def choose_locale(language_code: str | None, default: Locale) -> Locale:
    """Telegram's language_code on first contact: zh* → zh, en* → en, anything else → default."""
    code = (language_code or "").lower()
    for locale in SUPPORTED_LOCALES:
        if code == locale or code.startswith(f"{locale}-") or code.startswith(f"{locale}_"):
            return locale
    return default


def _escaped(params: dict[str, object]) -> dict[str, object]:
    # Every message is sent in Telegram's HTML mode, so text from users must not become markup.
    return {k: html.escape(v, quote=False) if isinstance(v, str) else v for k, v in params.items()}


def read_catalog(locale: str) -> dict[str, str]:
    """The raw .ftl sources of one locale, by file name (used by the parity test too)."""
    folder = resources.files("locales").joinpath(locale)
    return {
        entry.name: entry.read_text("utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".ftl")
    }


@functools.lru_cache(maxsize=64)
def _parsed(source: str) -> Resource:
    """A catalog file parsed once per process: a parsed resource is never changed, and every
    Translator (one per application; tests build many) can share it (parsing took ~0.1 s)."""
    return FluentResource(source)


def _format(
    bundle: FluentBundle, pattern: Pattern, params: dict[str, object], *, fallback: str, where: str
) -> str:
    text, errors = bundle.format_pattern(pattern, _escaped(params))
    if errors:
        log.error("translation %s: %s", where, errors)
    # FluentNone stands for a pattern that referenced itself; the errors above name it.
    return text if isinstance(text, str) else fallback


class Translator:
    def __init__(self, default_locale: Locale) -> None:
        self.default_locale = default_locale
        self._bundles: dict[str, FluentBundle] = {}
        for locale in SUPPORTED_LOCALES:
            # Isolation marks (U+2068/U+2069) around placeables would leak into Telegram text.
            bundle = FluentBundle([_BUNDLE_LOCALE[locale]], use_isolating=False)
            for source in read_catalog(locale).values():
                bundle.add_resource(_parsed(source))
            self._bundles[locale] = bundle

    def has(self, locale: str, key: str) -> bool:
        return self._bundle(locale).has_message(key)

    def t(self, locale: str, key: str, **params: object) -> str:
        bundle = self._bundle(locale)
        # A message with attributes only has no value to show: as good as missing.
        pattern = bundle.get_message(key).value if bundle.has_message(key) else None
        if pattern is None:
            log.error("missing translation %s in %s", key, locale)
            return key
        return _format(bundle, pattern, params, fallback=key, where=f"{locale}/{key}")

    def attribute(self, locale: str, key: str, name: str, **params: object) -> str:
        """A message attribute (e.g. faq-x.answer); empty when absent."""
        bundle = self._bundle(locale)
        if not bundle.has_message(key):
            return ""
        pattern = bundle.get_message(key).attributes.get(name)
        if pattern is None:
            return ""
        return _format(bundle, pattern, params, fallback="", where=f"{locale}/{key}.{name}")

    def duration(self, locale: str, minutes: float) -> str:
        """'5 minutes', '2 hours', '3 days': the unit that reads naturally for the length."""
        if minutes < 60:
            return self.t(locale, "duration-minutes", n=max(1, round(minutes)))
        if minutes < 48 * 60:
            return self.t(locale, "duration-hours", n=round(minutes / 60))
        return self.t(locale, "duration-days", n=round(minutes / 1440))

    def _bundle(self, locale: str) -> FluentBundle:
        return self._bundles.get(locale) or self._bundles[self.default_locale]
