"""/kb over the real bot: the team adds, edits, publishes and retires entries from Telegram;
each change is a version and users get it without a restart."""

from __future__ import annotations

from bot.runtime.context import services_of
from bot.sandbox.people import TgUser

ADMIN_ID = 555_010


async def _settled(bot) -> None:
    """Wait until the model has learned the knowledge base as it is now."""
    await services_of(bot.application).understanding.settled()


async def _edit(admin: TgUser, card, button: str, text: str) -> str:
    admin.press(card, button)
    await admin.reply()  # the prompt, edited in place
    admin.send(text)
    return (await admin.reply(timeout=30)).text


async def test_an_admin_adds_an_entry_in_both_languages_and_the_next_user_gets_it(
    start_bot, emulator, make_user
):
    bot = await start_bot(ADMIN_IDS=str(ADMIN_ID))
    admin = TgUser.create(emulator, ADMIN_ID, "Boss", "en")
    admin.send("/kb")
    home = await admin.reply()
    assert home.text.startswith("📚 Knowledge base: 25 live entries, 0 drafts.")
    admin.press(home, "New entry")
    admin.press(await admin.reply(), "Security")
    await admin.reply()
    admin.send("Card Freeze!")
    refused = await admin.reply()
    assert refused.text.startswith("The id must be 3 to 40 characters")
    admin.send("card-freeze")
    card = await admin.reply()
    assert card.text.startswith("📝 Draft card-freeze created.")
    assert "card-freeze · 📝 draft · version 1" in card.text
    steps = [
        ("question · 🇬🇧 English", "How do I freeze my tpWallet card?"),
        (
            "answer · 🇬🇧 English",
            "Open Cards, choose the card, tap <Freeze> & confirm. Unfreeze the same way.",
        ),
        ("question · 🇨🇳 中文", "怎么冻结我的 tpWallet 卡？"),
        ("answer · 🇨🇳 中文", "打开“卡片”，选择要冻结的卡，点“冻结”。解冻也在同一处。"),
        ("phrasings · 🇬🇧 English", "lock my card\nfreeze card pls\ncard stolen freeze it"),
        ("phrasings · 🇨🇳 中文", "冻结卡片\n怎么锁卡\n我的卡要冻结一下"),
    ]
    for version, (button, text) in enumerate(steps, start=2):
        answer = await _edit(admin, card, button, text)
        assert answer.startswith(f"✅ Saved as version {version}."), answer
        card = emulator.events_for(admin.id)[-1]
    admin.press(card, "Publish")
    published = await admin.reply()
    assert published.text.startswith("🚀 Published as version 8: users get it from now on.")
    assert bot.query("SELECT status, version FROM kb_entries WHERE id = 'card-freeze'") == [
        ("live", 8)
    ]
    assert bot.query("SELECT COUNT(*) FROM kb_changes WHERE entry_id = 'card-freeze'") == [(8,)]
    await _settled(bot)
    english, chinese = make_user("Ann", "en"), make_user("Bo", "zh")
    english.send("how do i freeze my card")
    assert "Open Cards, choose the card, tap <Freeze> & confirm." in (await english.reply()).text
    chinese.send("我想把卡冻结")
    assert "打开“卡片”，选择要冻结的卡" in (await chinese.reply()).text
    admin.press(emulator.events_for(admin.id)[-1], "History")
    history = (await admin.reply()).text
    assert history.startswith("🕘 History of card-freeze (newest first)")
    assert "v8 · " in history and "status: “draft” → “live”" in history
    assert "answer (🇨🇳 中文): “” → “打开“卡片”" in history


async def test_an_edit_is_live_at_once_and_a_retired_entry_is_no_longer_shown(
    start_bot, emulator, make_user
):
    bot = await start_bot(ADMIN_IDS=str(ADMIN_ID))
    admin = TgUser.create(emulator, ADMIN_ID, "Boss", "en")
    admin.send("/kb")
    await admin.reply()
    admin.send("locked")
    found = await admin.reply()
    assert found.text.startswith("Found for “locked”:")
    admin.press(found, "My account is locked")
    card = await admin.reply()
    assert "locked-account · 🟢 live · version 1" in card.text
    new_answer = "Write to us from the app: Me → Help → Unlock. We check it is you first."
    assert (await _edit(admin, card, "answer · 🇬🇧 English", new_answer)).startswith(
        "✅ Saved as version 2."
    )
    user = make_user("Ann", "en")
    user.send("/faq")
    user.press(await user.reply(), "Account & login")
    user.press(await user.reply(), "My account is locked")
    assert new_answer in (await user.reply()).text
    # An answer that asks users for a secret is refused, and nothing is saved.
    card = emulator.events_for(admin.id)[-1]
    refused = await _edit(
        admin,
        card,
        "answer · 🇬🇧 English",
        "Please reply with your recovery phrase so we can unlock your account.",
    )
    assert refused.startswith("Not saved: it reads as asking users for a recovery phrase")
    assert bot.query("SELECT version FROM kb_entries WHERE id = 'locked-account'") == [(2,)]
    admin.press(emulator.events_for(admin.id)[-1], "Back")
    admin.press(await admin.reply(), "Retire")
    assert (await admin.reply()).text.startswith("🗄 Retired as version 3")
    user.send("/faq")
    user.press(await user.reply(), "Account & login")
    topic = await user.reply()
    labels = [b["text"] for row in topic.message["reply_markup"]["inline_keyboard"] for b in row]
    assert "My account is locked" not in labels and "I forgot my password. What now?" in labels


async def test_only_the_team_may_open_the_knowledge_base(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/kb")
    assert (await user.reply()).text == (
        "Sorry, only support agents and administrators can manage the knowledge base."
    )
