"""/start greets in the user's language with the full main menu."""

from __future__ import annotations

from bot.sandbox.people import button_labels

MENU_ZH = [
    "登录与密码",
    "转账失败",
    "投诉",
    "意见与建议",
    "常见问题",
    "我的工单",
    "联系人工客服",
    "语言",
]
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


async def test_start_greets_zh_hans_user_in_chinese_with_full_menu(bot, make_user):
    user = make_user("小明", "zh-hans")
    user.send("/start")
    reply = await user.reply()
    assert "你好，小明" in reply.text
    assert "绝不会" in reply.text and "助记词" in reply.text
    labels = button_labels(reply)
    assert len(labels) == 8
    assert _has_all(labels, MENU_ZH), labels


async def test_start_greets_en_user_in_english_with_full_menu(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/start")
    reply = await user.reply()
    assert reply.text.startswith("Hi Ann!")
    assert "never asks for your recovery phrase" in reply.text
    assert _has_all(button_labels(reply), MENU_EN), button_labels(reply)
    assert bot.query("SELECT id, locale, language_code FROM users") == [(user.id, "en", "en")]


async def test_unknown_language_code_falls_back_to_default_locale(bot, make_user):
    user = make_user("Olga", "ru")
    user.send("/start")
    reply = await user.reply()
    assert "你好，Olga" in reply.text  # DEFAULT_LOCALE is zh in the harness


async def test_user_name_is_escaped_not_parsed_as_markup(bot, make_user):
    user = make_user("<b>Eve</b> & co", "en")
    user.send("/start")
    reply = await user.reply()
    assert reply.text.startswith("Hi <b>Eve</b> & co!")


async def test_help_lists_commands(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/help")
    reply = await user.reply()
    for command in (
        "/start",
        "/menu",
        "/faq",
        "/login",
        "/transfer",
        "/complaint",
        "/feedback",
        "/tickets",
        "/agent",
        "/language",
        "/cancel",
        "/help",
    ):
        assert command in reply.text
    assert "Main menu" in button_labels(reply)[-1]


async def test_commands_registered_in_both_languages(bot, emulator):
    zh = {c["command"]: c["description"] for c in emulator.commands[("default", "zh")]}
    en = {c["command"]: c["description"] for c in emulator.commands[("default", "en")]}
    assert (
        set(zh)
        == set(en)
        == {"start", "menu", "faq", "tickets", "agent", "language", "notices", "mydata", "forget",
           "cancel", "help"}
    )
    assert en["faq"] == "Browse frequently asked questions"
    assert zh["faq"] == "浏览常见问题"
    assert emulator.commands[("default", "")] == emulator.commands[("default", "zh")]


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


async def test_unknown_command_and_sticker_get_a_clear_answer(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/frobnicate")
    reply = await user.reply()
    assert "Here is what I can do" in reply.text
    user.send_media("sticker")
    reply = await user.reply()
    assert reply.text.startswith("For now I can only read text messages")
    assert len(button_labels(reply)) == 8
