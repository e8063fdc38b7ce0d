"""My tickets, Talk to an agent, and the idle timeout of a flow."""

from __future__ import annotations

import asyncio

from bot.sandbox.people import button_labels


async def test_talk_to_agent_creates_ticket_listed_in_my_tickets_with_history(bot, make_user):
    user = make_user("Ann", "en")
    user.send("/tickets")
    assert (await user.reply()).text.startswith("You have no tickets yet.")
    user.send("/agent")
    prompt = await user.reply()
    assert prompt.text.startswith("🙋 Please describe your problem briefly")
    user.send("My card top-up shows twice in my history.")
    ack = await user.reply()
    assert "Ticket TP-000001 created (priority: Low)" in ack.text and "within 24 hours" in ack.text

    user.send("/tickets")
    listing = await user.reply()
    assert listing.text == "🎫 Your tickets (tap one for details):"
    assert button_labels(listing)[0] == "TP-000001 · Open · 1 minute ago"
    user.press(listing, "TP-000001")
    history = await user.reply()
    assert history.text.startswith("🎫 TP-000001 — Question\nStatus: Open · Priority: Low")
    assert "You: My card top-up shows twice in my history." in history.text
    user.press(history, "Add a message")
    assert (await user.reply()).text.startswith("Send the text, photo or file to add to ticket")
    user.send_media("photo", caption="screenshot of history")
    added = await user.reply()
    assert added.text == "✅ Added to ticket TP-000001; the agent will see it."
    user.press(added, "View ticket")
    history = await user.reply()
    assert "You: [photo] screenshot of history" in history.text
    assert bot.query("SELECT direction, content_type FROM ticket_messages ORDER BY id") == [
        ("in", "text"),
        ("in", "photo"),
    ]


async def test_someone_elses_ticket_cannot_be_opened(bot, make_user):
    owner, other = make_user("Ann", "en"), make_user("Bob", "en")
    owner.send("/agent")
    await owner.reply()
    owner.send("Please help with my account")
    await owner.reply()
    other.send("/start")
    menu = await other.reply()
    other.press_data(menu, "1:tk:view:1")
    assert (await other.callback_answer()).params["text"] == "That ticket could not be found."
    assert (await other.reply()).text.startswith("You have no tickets yet.")
    other.press_data(menu, "1:tk:add:1")
    assert (await other.reply()).text.startswith("That ticket could not be found.")
    assert bot.query("SELECT COUNT(*) FROM ticket_messages") == [(1,)]


async def test_idle_flow_times_out_with_a_message(start_bot, make_user):
    bot = await start_bot(FLOW_TIMEOUT_MINUTES="0.02")
    user = make_user("Ann", "en")
    user.send("/complaint")
    category = await user.reply()
    user.press(category, "Fees")
    await user.reply()
    await asyncio.sleep(0.5)
    timed_out = await user.reply(timeout=10)
    assert timed_out.text.startswith("⏰ This conversation ended because it was idle")
    # The flow is over: text now goes to the FAQ matcher, not the complaint description.
    user.send("how do I get a refund")
    assert (await user.reply()).text.startswith("Here is the closest answer I found")
    assert bot.query("SELECT COUNT(*) FROM tickets") == [(0,)]
