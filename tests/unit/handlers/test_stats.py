"""/stats and /export for the team, over the real bot: figures, the chart, the CSV file."""

from __future__ import annotations

from bot.sandbox.people import TgUser

ADMIN_ID = 555_002


async def test_agent_gets_stats_and_chart_in_the_group(
    forum, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot()
    user = make_user("Ann")
    user.send("/faq")
    await user.reply()
    user.send("I forgot my password")
    await user.reply()
    user.send("qwzx plok")
    await user.reply()
    agent = make_agent("Lin")
    mark = emulator.last_seq
    agent.write("/stats")
    text = await agent.group_event(lambda e: "客服统计" in e.text, after=mark)
    assert "👥 用户：共 1 位 · 近 7 天活跃 1 位 · 已屏蔽机器人 0 位" in text.text
    assert "❓ 被问最多的常见问题：\n1. 忘记登录密码怎么办？ —— 1\n" in text.text
    assert text.text.endswith(
        "💡 常见问题候选：常见问题未能回答的提问，按意思归类：\n1. qwzx plok —— 1"
    )
    chart = await agent.group_event(lambda e: e.method == "sendPhoto", after=mark)
    png = emulator.files[chart.message["photo"][-1]["file_id"]]
    assert png.startswith(b"\x89PNG")
    assert bot.query("SELECT COUNT(*) FROM questions") == [(2,)]


async def test_admin_exports_csv_and_strangers_in_groups_are_refused(start_bot, emulator):
    await start_bot(ADMIN_IDS=str(ADMIN_ID))
    admin = TgUser.create(emulator, ADMIN_ID, "Boss", "en")
    admin.send("/start")
    await admin.reply()
    admin.send("/export")
    assert (await admin.reply()).text == "Use /export tickets or /export questions."
    admin.send("/export questions")
    document = await admin.reply()
    assert document.method == "sendDocument"
    assert document.text == "Questions: 0 rows."
    data = emulator.files[document.message["document"]["file_id"]].decode("utf-8-sig")
    assert data.splitlines() == ["id,user_id,locale,text,faq_entry,score,asked_at"]
    admin.send("/stats")
    stats = await admin.reply()
    assert stats.text.startswith("📊 Support statistics — 30 days")
    assert "⭐ Satisfaction: no ratings yet." in stats.text
    assert (await admin.reply()).method == "sendPhoto"
