"""/start greets in the user's language with the full main menu."""

from __future__ import annotations

from tests.e2e.harness import button_labels

MENU_ZH = ["登录与密码", "转账失败", "投诉", "意见与建议", "常见问题", "我的工单", "联系人工客服", "语言"]
MENU_EN = [
    "Login & password", "Failed transfer", "Complaint", "Feedback & suggestions", "FAQ",
    "My tickets", "Talk to an agent", "Language",
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
    rows = [row["user_id"] if False else row for row in [bot.query("SELECT locale FROM users")]]
    assert rows == [[("en",)]]
