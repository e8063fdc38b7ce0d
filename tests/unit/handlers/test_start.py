"""/start greets in the user's language with the full main menu (in-process)."""

from __future__ import annotations

from bot.sandbox.people import button_labels

MENU_EN = [
    "Login & password",
    "Failed transfer",
    "Complaint",
    "Feedback & suggestions",
    "FAQ",
    "My tickets",
    "Talk to an agent",
    "Language",
]


def _has_all(labels: list[str], expected: list[str]) -> bool:
    return all(any(item in label for label in labels) for item in expected)


async def test_start_greets_en_user_in_english_with_full_menu(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/start")
    reply = await user.reply()
    assert reply.text.startswith("Hi Ann!")
    assert "never asks for your recovery phrase" in reply.text
    assert _has_all(button_labels(reply), MENU_EN), button_labels(reply)
    assert bot.query("SELECT id, locale, language_code FROM users") == [(user.id, "en", "en")]


async def test_every_menu_item_opens_its_feature(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/start")
    menu = await user.reply()
    expected = {
        "Login & password": "🔑 Login & password — what is happening?",
        "Failed transfer": "💸 Failed transfer — what kind of transfer was it?",
        "Complaint": "📝 What is your complaint about?",
        "Feedback": "💡 How would you rate tpWallet support overall?",
        "FAQ": "❓ FAQ — choose a topic:",
        "My tickets": "You have no tickets yet.",
        "Talk to an agent": "🙋 Please describe your problem briefly",
        "Language": "Choose your language:",
    }
    for label, opening in expected.items():
        user.press(menu, label)
        screen = await user.reply()
        assert screen.text.startswith(opening), (label, screen.text)
        user.send("/cancel")
        menu = (await user.reply()).message
