"""The bot's Telegram-HTML as safe browser HTML: Telegram's tags only, no attributes but a
checked link target, everything else escaped. The sandbox page renders what this returns."""

from __future__ import annotations

import html
from html.parser import HTMLParser

_SIMPLE = {
    "b": "b",
    "strong": "b",
    "i": "i",
    "em": "i",
    "u": "u",
    "ins": "u",
    "s": "s",
    "strike": "s",
    "del": "s",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
_SAFE_SCHEMES = ("http://", "https://", "tg://", "mailto:")


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.closing: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SIMPLE:
            self.out.append(f"<{_SIMPLE[tag]}>")
            self.closing.append(f"</{_SIMPLE[tag]}>")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith(_SAFE_SCHEMES):
                self.out.append(f'<a href="{html.escape(href)}" target="_blank" rel="noopener">')
                self.closing.append("</a>")
            else:
                self.closing.append("")
        elif tag == "tg-spoiler" or (tag == "span" and ("class", "tg-spoiler") in attrs):
            self.out.append('<span class="spoiler">')
            self.closing.append("</span>")
        else:
            self.closing.append("")

    def handle_endtag(self, tag: str) -> None:
        if self.closing:
            self.out.append(self.closing.pop())

    def handle_data(self, data: str) -> None:
        self.out.append(html.escape(data))


def to_safe_html(markup: str | None, plain: str) -> str:
    """Browser HTML for a message: from the bot's markup when it used HTML, else the plain
    text escaped."""
    if not markup:
        return html.escape(plain)
    converter = _Converter()
    try:
        converter.feed(markup)
        converter.close()
    except Exception:  # the emulator already refused bad markup; be safe regardless
        return html.escape(plain)
    return "".join(converter.out) + "".join(reversed(converter.closing))
