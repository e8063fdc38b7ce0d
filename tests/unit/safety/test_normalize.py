"""Names as agents see them: no bidi tricks, no hidden characters, one line."""

from __future__ import annotations

from bot.safety.normalize import display_name


def test_names_lose_bidi_and_zero_width_characters():
    assert display_name("Supp\u200bort\u202enimda\u202c") == "Supportnimda"
    assert display_name("Ann\nSupport Team") == "Ann Support Team"
