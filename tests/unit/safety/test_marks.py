"""Marks in stored text become words in the viewer's own language."""

from __future__ import annotations

from bot.safety.detector import detect
from bot.safety.marks import render_marks


def test_marks_render_in_each_viewers_language():
    stored = detect("my password is Sunny2024!").redacted()
    catalog = {"mark-password": "[密码已移除]"}
    assert render_marks(stored, catalog.__getitem__) == "my password is [密码已移除]"
