"""The Login Widget's answer: Telegram's hash over the sorted fields, checked with the bot
token; a changed field, another bot's token or an old answer is refused."""

from __future__ import annotations

from bot.webdesk.telegram_login import WidgetLogin, check_string, verify_widget, widget_hash

TOKEN = "123456:secret-of-this-bot"
NOW = 1_800_000_000.0


def _answer(**fields: str) -> dict[str, str]:
    signed = {"id": "42", "first_name": "Lin", "auth_date": str(int(NOW) - 5), **fields}
    return {**signed, "hash": widget_hash(TOKEN, signed)}


def test_the_check_string_is_the_sorted_fields_without_the_hash():
    assert check_string({"id": "1", "auth_date": "2", "hash": "x"}) == "auth_date=2\nid=1"


def test_telegrams_answer_signs_in_the_user_it_names():
    assert verify_widget(TOKEN, _answer(), NOW, 600) == WidgetLogin(42, "Lin")


def test_a_changed_field_another_token_or_an_old_answer_is_refused():
    changed = {**_answer(), "id": "43"}
    assert verify_widget(TOKEN, changed, NOW, 600) is None
    assert verify_widget("999:another-bot", _answer(), NOW, 600) is None
    assert verify_widget(TOKEN, _answer(), NOW + 3600, 600) is None
    assert verify_widget(TOKEN, {**_answer(), "hash": ""}, NOW, 600) is None
    assert verify_widget(TOKEN, {"hash": "abc"}, NOW, 600) is None
