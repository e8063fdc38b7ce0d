"""A restart in the middle of an interaction keeps the user's place and language."""

from __future__ import annotations

import json

import pytest

from tests.e2e.harness import button_labels


async def _wait_for_state(bot, emulator, user_id: int, state: str) -> None:
    """The state is written right after the update is handled: well within a second."""

    def stored() -> bool:
        rows = bot.query(
            "SELECT state FROM conversation_state WHERE handler_name = 'faq' AND conv_key = ?",
            json.dumps([user_id, user_id]),
        )
        return rows == [(json.dumps(state),)]

    def handled() -> bool:
        return bot.query("SELECT COUNT(*) FROM inbox WHERE status = 'pending'") == [(0,)]

    await emulator.wait_until(lambda: stored() and handled(), timeout=1.0)


@pytest.mark.parametrize("how", ["kill", "stop"])
async def test_restart_mid_faq_keeps_place_and_language(bot, emulator, make_user, how):
    user = make_user("小明", "zh-hans")
    user.send("/language")
    user.press(await user.reply(), "English")
    await user.reply()
    user.send("/faq")
    topics = await user.reply()
    user.press(topics, "Transfers")
    questions = await user.reply()
    user.press(questions, "My transfer failed")
    answer = await user.reply()
    assert "The usual causes" in answer.text
    user.send("my transfer failed")
    await user.reply()
    await _wait_for_state(bot, emulator, user.id, "faq.answer")

    code = await (bot.kill() if how == "kill" else bot.stop())
    assert code == (-9 if how == "kill" else 0)
    await bot.start()

    # Back has no target of its own: only the restored state and user_data know where to go.
    user.press(answer, "Back")
    back = await user.reply()
    assert back.text == "💸 Transfers — choose a question:"
    assert "My transfer failed" in button_labels(back)
    user.send("/start")
    assert (await user.reply()).text.startswith("Hi 小明!")
    assert bot.query("SELECT locale FROM users WHERE id = ?", user.id) == [("en",)]
    assert bot.query("SELECT faq_entry FROM questions WHERE user_id = ?", user.id) == [
        ("transfer-failed",)
    ]


async def test_buttons_from_before_a_restart_still_work(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/start")
    menu = await user.reply()
    await bot.stop()
    await bot.start()
    user.press(menu, "FAQ")
    assert (await user.reply()).text.startswith("❓ FAQ — choose a topic:")
