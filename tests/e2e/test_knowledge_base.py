"""The knowledge base over the real process: an admin adds an entry in both languages from
Telegram, the next users get it without a restart, and `ask --database` answers from it."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

from bot.sandbox.people import TgUser
from tests.e2e.harness import ROOT

ADMIN_ID = 555_030
TEXTS = [
    ("question · 🇬🇧 English", "How do I freeze my tpWallet card?"),
    ("answer · 🇬🇧 English", "Open Cards, choose the card and tap Freeze."),
    ("question · 🇨🇳 中文", "怎么冻结我的 tpWallet 卡？"),
    ("answer · 🇨🇳 中文", "打开“卡片”，选择要冻结的卡，点“冻结”。"),
    ("phrasings · 🇬🇧 English", "lock my card\nfreeze card pls\nhow to freeze a card"),
    ("phrasings · 🇨🇳 中文", "冻结卡片\n怎么锁卡\n我的卡要冻结一下"),
]


async def _add_entry(admin: TgUser) -> None:
    admin.send("/kb")
    admin.press(await admin.reply(), "New entry")
    admin.press(await admin.reply(), "Security")
    await admin.reply()
    admin.send("card-freeze")
    card = await admin.reply()
    for button, text in TEXTS:
        admin.press(card, button)
        await admin.reply()
        admin.send(text)
        card = await admin.reply(timeout=30)
        assert card.text.startswith("✅ Saved as version"), card.text
    admin.press(card, "Publish")
    assert (await admin.reply()).text.startswith("🚀 Published as version 8")


async def _answered(user: TgUser, question: str, expected: str, *, within: float) -> str:
    """Ask until the answer comes (the model relearns in the background after a change)."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        user.send(question)
        reply = (await user.reply(timeout=30)).text
        if expected in reply or asyncio.get_running_loop().time() > deadline:
            return reply
        await asyncio.sleep(2)


async def test_an_entry_added_from_telegram_is_answered_live_and_by_ask(
    start_bot, emulator, make_user
):
    bot = await start_bot(ADMIN_IDS=str(ADMIN_ID))
    await _add_entry(TgUser.create(emulator, ADMIN_ID, "Boss", "en"))
    english, chinese = make_user("Ann", "en"), make_user("Bo", "zh")
    found = "Open Cards, choose the card and tap Freeze."
    assert found in await _answered(english, "how do i freeze my card", found, within=90)
    found_zh = "打开“卡片”，选择要冻结的卡"
    assert found_zh in await _answered(chinese, "我想把卡冻结", found_zh, within=30)
    await bot.stop()
    result = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "bot", "ask", "--database", str(bot.database)],
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        input=json.dumps({"text": "how do i freeze my card", "locale": "en"}) + "\n",
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["entry"] == "card-freeze"
