"""The sandbox page renders the bot's Telegram HTML: only Telegram's tags survive, safely."""

from __future__ import annotations

from bot.sandbox.safe_html import to_safe_html


def test_telegram_formatting_is_kept():
    html = to_safe_html(
        "<b>Ticket</b> <i>TP-1</i> <code>0x12</code> <tg-spoiler>x</tg-spoiler>", ""
    )
    assert html == ('<b>Ticket</b> <i>TP-1</i> <code>0x12</code> <span class="spoiler">x</span>')


def test_links_only_with_safe_schemes():
    assert to_safe_html('<a href="https://tpwallet.example">site</a>', "") == (
        '<a href="https://tpwallet.example" target="_blank" rel="noopener">site</a>'
    )
    assert to_safe_html('<a href="javascript:alert(1)">x</a>', "") == "x"


def test_anything_else_is_escaped_text():
    assert to_safe_html("<script>alert(1)</script>", "") == "alert(1)"
    assert to_safe_html(None, "<img src=x onerror=alert(1)>") == (
        "&lt;img src=x onerror=alert(1)&gt;"
    )
    assert to_safe_html("1 &lt; 2 &amp; 3", "") == "1 &lt; 2 &amp; 3"
