"""A user's texts as agents read them: escaped, marks in the agents' language, quoted when
several go out together, and rows queued by an older version still readable."""

from __future__ import annotations

from bot.desk.relay_text import joined, relay_payload
from bot.safety.marks import Mark, mark
from tests.unit.helpers import translator


def _t(key: str, **params: object) -> str:
    return translator().t("en", key, **params)


def test_one_text_is_the_header_and_the_escaped_line():
    payload = relay_payload(_t, author="Ann", text="1 < 2 & <b>", edited=False)
    assert joined([payload], _t) == f"{_t('desk-from-user', name='Ann')}\n1 &lt; 2 &amp; &lt;b&gt;"


def test_several_texts_are_quoted_in_order_and_an_edit_is_marked():
    first = relay_payload(_t, author="Ann", text="first", edited=False)
    second = relay_payload(_t, author="Ann", text="second", edited=True)
    text = joined([first, second], _t)
    assert text.splitlines() == [
        _t("desk-from-user", name="Ann"),
        "<blockquote>first</blockquote>",
        f"<blockquote>{_t('desk-edited')} second</blockquote>",
    ]


def test_redaction_marks_are_rendered_in_the_agents_language():
    payload = relay_payload(
        _t, author="Ann", text=f"my phrase {mark(Mark.RECOVERY_PHRASE)}", edited=False
    )
    assert payload["line"] == f"my phrase {_t('mark-recovery_phrase')}"
    assert "⟦" not in payload["line"]


def test_a_row_queued_before_rendering_at_enqueue_is_rendered_at_delivery():
    legacy = {"author": "Ann", "text": "<i>old</i>", "edited": False}
    assert joined([legacy], _t).endswith("\n&lt;i&gt;old&lt;/i&gt;")
