"""An urgent report is recognized where it is typed, not only as free text: in the complaint
description and in "Talk to an agent", the user gets the security steps and a HIGH ticket."""

from __future__ import annotations

import asyncio

import pytest

REPORT = "someone logged into my account last night and withdrew all my USDT, it wasn't me"


async def test_a_theft_typed_as_a_complaint_description_gets_the_steps_and_a_high_ticket(
    bot, make_user
):
    user = make_user("Ann", "en")
    user.send("/complaint")
    category = await user.reply()
    user.press(category, "A transaction")
    await user.reply()  # the description prompt
    user.send(REPORT)
    reply = await user.reply()
    assert reply.text.startswith("🚨 Act now to protect your funds:")
    assert "(priority: High)" in reply.text
    rows = bot.query("SELECT category, priority, subject FROM tickets")
    assert rows == [("account_security", "high", "subject-urgent-report")]


@pytest.mark.parametrize(
    "description",
    [
        "I was charged a 5 USDT fee twice for one transfer on Monday.",
        # Once scored 0.24 "urgent" (model v5): enough to flag free text, not to cut a complaint
        # short.
        "I was charged twice, complaint of user 14",
    ],
)
async def test_an_ordinary_complaint_description_goes_on_to_the_attachments(
    bot, make_user, description
):
    user = make_user("Ann", "en")
    user.send("/complaint")
    category = await user.reply()
    user.press(category, "Fees")
    await user.reply()
    user.send(description)
    assert "Received so far: 0" in (await user.reply()).text
    assert bot.query("SELECT COUNT(*) FROM tickets") == [(0,)]


async def test_talk_to_an_agent_files_by_what_the_user_wrote(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/agent")
    await user.reply()
    user.send(REPORT)
    reply = await user.reply()
    assert reply.text.startswith("🚨 Act now to protect your funds:")
    other = make_user("Bo", "en")
    other.send("/agent")
    await other.reply()
    other.send("my bank transfer has been pending for two days")
    await other.reply()
    rows = bot.query("SELECT user_id, category, priority FROM tickets ORDER BY id")
    assert rows == [(user.id, "account_security", "high"), (other.id, "funds", "high")]


# Worries that may or may not be a theft; the model in force scores at least one of them
# between URGENT_AT and INTERRUPT_AT (which one moves as the corpus grows).
MAYBE_URGENT = (
    "not sure but my balance seems wrong",
    "I was charged twice, complaint of user 14",
    "there is a charge I did not expect on my account",
    "money missing from my balance?",
    "my balance looks lower than it should",
    "where did 20 USDT go",
    "why is my balance smaller",
    "balance went down without reason",
    "余额好像不对",
)


async def test_a_complaint_that_may_be_urgent_is_filed_high_without_being_cut_short(bot, make_user):
    understanding = bot.application.services.understanding
    scores = await asyncio.gather(*(understanding.understand(t) for t in MAYBE_URGENT))
    in_between = [
        text
        for text, seen in zip(MAYBE_URGENT, scores, strict=True)
        if seen.urgent and not seen.interrupts_flow
    ]
    assert in_between, [round(s.urgent_probability, 2) for s in scores]
    user = make_user("Ann", "en")
    user.send("/complaint")
    user.press(await user.reply(), "Fees")
    await user.reply()
    user.send(in_between[0])  # urgent enough to flag, not to cut the complaint short
    user.press(await user.reply(), "Done")
    await user.reply()
    user.send("Refund the second fee")
    user.press(await user.reply(), "Submit")
    assert "(priority: High)" in (await user.reply()).text
    assert bot.query("SELECT category, priority FROM tickets") == [("complaint", "high")]


async def test_a_theft_typed_where_an_amount_is_asked_goes_first(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/transfer")
    flow = await user.reply()
    while "amount" not in flow.text.lower():  # the transfer flow's questions before the amount
        labels = [b["text"] for row in flow.message["reply_markup"]["inline_keyboard"] for b in row]
        user.press(flow, labels[0])
        flow = await user.reply()
    user.send(REPORT)
    reply = await user.reply()
    assert reply.text.startswith("🚨 Act now to protect your funds:")
    assert bot.query("SELECT category, priority FROM tickets") == [("account_security", "high")]


async def test_feedback_that_reports_a_takeover_gets_the_steps_not_a_thank_you(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/feedback")
    user.press(await user.reply(), "2")
    await user.reply()
    user.send(REPORT)
    assert (await user.reply()).text.startswith("🚨 Act now to protect your funds:")
    assert bot.query("SELECT priority FROM tickets") == [("high",)]
