"""Several agents' groups (AGENT_ROUTES): each ticket goes to the group its rules pick, by
language, category and priority; each group works in its own mode (topics or replies), with
its own agents and SLA reminders; /stats shows every group's share."""

from __future__ import annotations

import asyncio

from bot.sandbox.people import GROUP_ID, TgAgent, TgUser

URGENT_GROUP = -100_222_000_0001  # a forum: one topic per ticket
COMPLAINTS_GROUP = -100_222_000_0002  # a plain group: replies
ENGLISH_GROUP = -100_222_000_0003  # a plain group
ENGLISH_AGENT = 9_300_001  # may act in the English group only (agents=)
ADMIN_ID = 9_300_009
RULES = (
    f"urgent {URGENT_GROUP} priority=high;"
    f" complaints {COMPLAINTS_GROUP} category=complaint;"
    f" english {ENGLISH_GROUP} language=en agents={ENGLISH_AGENT} sla=0.02"
)
THEFT = "someone logged into my account last night and withdrew all my USDT, it wasn't me"


def _groups(emulator) -> None:
    emulator.add_group(GROUP_ID, "Support desk", is_forum=True)
    emulator.add_group(URGENT_GROUP, "Urgent desk", is_forum=True)
    emulator.add_group(COMPLAINTS_GROUP, "Complaints desk", is_forum=False)
    emulator.add_group(ENGLISH_GROUP, "English desk", is_forum=False)


def _agent(emulator, user_id: int, name: str, group: int, *, member: bool = True) -> TgAgent:
    emulator.add_user(user_id, name, language_code="en")
    if member:
        emulator.members.setdefault(group, set()).add(user_id)
    return TgAgent(emulator, user_id, name, group_id=group)


async def _feedback(user, text: str) -> str:
    user.send("/feedback")
    user.press(await user.reply(), "4")
    await user.reply()
    user.send(text)
    return (await user.reply()).text


async def _complaint(user) -> str:
    user.send("/complaint")
    user.press(await user.reply(), "费用")
    await user.reply()
    user.send("手续费收得太高了，不合理")
    user.press(await user.reply(), "完成")
    await user.reply()
    user.send("退回一笔手续费")
    user.press(await user.reply(), "提交")
    return (await user.reply()).text


async def _urgent(user) -> str:
    user.send("/agent")
    await user.reply()
    user.send(THEFT)
    return (await user.reply()).text


async def test_tickets_go_to_their_routes_groups_and_agents_work_them_there(
    desk_bot, emulator, make_user
):
    _groups(emulator)
    bot = await desk_bot(AGENT_ROUTES=RULES)
    zh_feedback, en_feedback = make_user("Wei", "zh"), make_user("Ann", "en")
    zh_complaint, en_theft = make_user("Li", "zh"), make_user("Bob", "en")
    assert "🙏" in await _feedback(zh_feedback, "希望增加深色模式")  # LOW, zh: default
    assert "🙏" in await _feedback(en_feedback, "Dark mode please")  # en: English group
    assert "TP-000003" in await _complaint(zh_complaint)  # complaint: complaints group
    assert "🚨" in await _urgent(en_theft)  # HIGH beats English: the first rule wins

    rows = bot.query("SELECT reference, route, priority, category FROM tickets ORDER BY id")
    assert rows == [
        ("TP-000001", "default", "low", "feedback"),
        ("TP-000002", "english", "low", "feedback"),
        ("TP-000003", "complaints", "normal", "complaint"),
        ("TP-000004", "urgent", "high", "account_security"),
    ]
    await emulator.wait_until(lambda: bot.outbox_empty(), timeout=20)
    seen = {
        chat: [e.text for e in emulator.events_for(chat) if "TP-" in e.text]
        for chat in (GROUP_ID, URGENT_GROUP, COMPLAINTS_GROUP, ENGLISH_GROUP)
    }
    for chat, reference in (
        (GROUP_ID, "TP-000001"),
        (ENGLISH_GROUP, "TP-000002"),
        (COMPLAINTS_GROUP, "TP-000003"),
        (URGENT_GROUP, "TP-000004"),
    ):
        assert seen[chat] and all(reference in text for text in seen[chat]), (chat, seen[chat])
    # Topics only where the group has them: the default and the urgent group.
    assert {e.chat_id for e in emulator.events if e.method == "createForumTopic"} == {
        GROUP_ID,
        URGENT_GROUP,
    }

    # The English group works by replies; its own agent (agents=) answers there.
    english = _agent(emulator, ENGLISH_AGENT, "Eve", ENGLISH_GROUP, member=False)
    card = await english.group_event(lambda e: "TP-000002" in e.text and e.buttons)
    english.write("Thanks, dark mode is on our list.", reply_to=card.message)
    assert (await en_feedback.reply()).text == "Thanks, dark mode is on our list."

    # The same person is no agent in the urgent group (not a member, not in its agents=).
    urgent_card = await TgAgent(emulator, ENGLISH_AGENT, "Eve", group_id=URGENT_GROUP).group_event(
        lambda e: "TP-000004" in e.text and e.buttons
    )
    thread = urgent_card.message["message_thread_id"]
    mark = emulator.last_seq
    emulator.user_message(ENGLISH_AGENT, "hello?", chat_id=URGENT_GROUP, message_thread_id=thread)
    refusal = await emulator.wait_for_event(
        lambda e: e.chat_id == URGENT_GROUP and "only support agents" in e.text, after=mark
    )
    assert refusal.message["message_thread_id"] == thread

    # A member of the urgent group answers in the ticket's topic: it reaches the user.
    lin = _agent(emulator, 9_300_002, "Lin", URGENT_GROUP)
    lin.write("We froze the account. Please change your password now.", thread=thread)
    reply = await en_theft.reply()
    assert reply.text == "We froze the account. Please change your password now."
    # Message ids are counted per chat: the complaints group has a message with the id of the
    # English card too (its own ticket's); a reply there is that ticket's, not the English one.
    complaints = _agent(emulator, 9_300_003, "Mo", COMPLAINTS_GROUP)
    own = await complaints.group_event(
        lambda e: e.message["message_id"] == card.message["message_id"]
    )
    assert "TP-000003" in own.text or own.message.get("reply_to_message")
    mark = emulator.last_seq
    complaints.write("我们会退回多收的手续费。", reply_to=own.message)
    assert (await zh_complaint.reply()).text == "我们会退回多收的手续费。"
    assert not [e for e in emulator.events_for(en_feedback.id) if e.seq > mark]

    # A user who blocked the bot: the English group hears it, under the ticket's card.
    emulator.block_bot(en_feedback.id)
    mark = emulator.last_seq
    english.write("Are you still there?", reply_to=card.message)
    report = await english.group_event(lambda e: "无法送达" in e.text, after=mark)
    assert report.message["reply_to_message"]["message_id"] == card.message["message_id"]


async def test_sla_reminders_follow_each_route_and_stats_show_every_group(
    desk_bot, emulator, make_user
):
    _groups(emulator)
    bot = await desk_bot(
        AGENT_ROUTES=RULES,
        SLA_CHECK_SECONDS="0.3",
        ADMIN_IDS=str(ADMIN_ID),
    )
    en_user, zh_user = make_user("Ann", "en"), make_user("Wei", "zh")
    await _feedback(en_user, "Dark mode please")  # English route: sla=0.02 min
    await _feedback(zh_user, "希望增加深色模式")  # default: LOW, a day
    english = _agent(emulator, 9_300_004, "Eve", ENGLISH_GROUP)
    reminder = await english.group_event(lambda e: "SLA 提醒：TP-000001" in e.text, timeout=20)
    assert reminder.message["reply_to_message"]["message_id"]  # under the ticket's card
    await asyncio.sleep(1.5)  # several more checks
    reminders = [e for e in emulator.events if "SLA 提醒" in e.text]
    assert [e.chat_id for e in reminders] == [ENGLISH_GROUP]
    assert bot.query("SELECT reference, sla_reminded_at IS NOT NULL FROM tickets ORDER BY id") == [
        ("TP-000001", 1),
        ("TP-000002", 0),
    ]

    admin = TgUser.create(emulator, ADMIN_ID, "Boss", "en")
    admin.send("/start")
    await admin.reply()
    admin.send("/stats")
    stats = (await admin.reply(timeout=30)).text
    assert "🧭 By agents' group (AGENT_ROUTES):" in stats
    lines = stats.split("🧭 By agents' group (AGENT_ROUTES):\n")[1].splitlines()
    assert lines[0].startswith("default: 1 open · 1 new / 0 resolved")
    assert lines[0].endswith("target missed 0")
    assert lines[1].startswith("urgent: 0 open · 0 new / 0 resolved")
    assert lines[2].startswith("complaints: 0 open · 0 new")
    assert lines[3].startswith("english: 1 open · 1 new / 0 resolved")
    assert lines[3].endswith("target missed 1")
