"""The frame every guided flow shares, driven through a real PTB Application with a small flow
of its own: the question with Back and Cancel, the same question again on a wrong kind of
answer or a stale button, Back to the previous step, Cancel to the menu; the step written to
the database before the user sees it acknowledged."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Update
from telegram.ext import CallbackQueryHandler, ConversationHandler, MessageHandler
from telegram.ext import filters as f

import handlers
from bot.core import callbacks
from bot.core.callbacks import cb
from bot.core.config import SUPPORTED_LOCALES
from bot.plumbing.persistence import SQLitePersistence
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.safety.guard import Permit
from bot.ui.flow import STEP_KEY, Expect, Flow, Step, allowed_at
from bot.ui.prompts import ask, choice_rows
from tests.unit.helpers import (
    PrivateChat,
    RecordingRequest,
    ServicesApplication,
    button_data,
    button_labels,
    start_application,
    translator,
)

SOLVED, AMOUNT = "t_flow.solved", "t_flow.amount"
NS = "tfl"
flow = Flow("t_flow", namespace=NS, command="tflow")


async def ask_solved(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    choices = [
        ("btn-solved-yes", cb(NS, "solved", "yes")),
        ("btn-solved-no", cb(NS, "solved", "no")),
    ]
    await ask(
        update, ctx, ctx.t("did-this-solve-it"), choice_rows(ctx, choices, per_row=2), hint=hint
    )


async def ask_amount(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    await ask(update, ctx, ctx.t("transfer-amount-prompt"), hint=hint)


async def chose_solved(update: Update, ctx: BotContext) -> str | int:
    if update.callback_query is not None and update.callback_query.data.endswith(":yes"):
        await update.callback_query.answer()
        return await flow.finish(update, ctx, "Glad it helped.")
    flow.data(ctx)["solved"] = "no"
    return await flow.go(update, ctx, AMOUNT)


async def typed_amount(update: Update, ctx: BotContext) -> int:
    return await flow.finish(update, ctx, f"Noted: {update.effective_message.text}")


flow.add(
    Step(
        SOLVED,
        ask_solved,
        None,
        Expect.BUTTONS,
        [CallbackQueryHandler(chose_solved, pattern=callbacks.pattern(NS, "solved"))],
    )
)
flow.add(
    Step(
        AMOUNT,
        ask_amount,
        SOLVED,
        Expect.TEXT,
        [MessageHandler(f.TEXT & ~f.COMMAND, typed_amount)],
        allows=frozenset({Permit.HASHES}),
    )
)


@pytest.fixture
async def app(services: Services) -> AsyncIterator[tuple[ServicesApplication, RecordingRequest]]:
    application, request = await start_application(services, flow.build(timeout_seconds=600))
    yield application, request
    await application.shutdown()


@pytest.fixture
def en(app) -> PrivateChat:
    return PrivateChat(*app, language="en")


# ------------------------------------------------------------------- tests
async def test_the_first_question_comes_with_its_buttons_and_back_and_cancel(en: PrivateChat):
    [(method, params)] = await en.text("/tflow")
    assert (method, params["chat_id"], params["text"]) == ("sendMessage", 5, "Did this solve it?")
    assert button_labels(params) == [["✅ Yes, solved", "❌ No, not yet"], ["⬅️ Back", "✖️ Cancel"]]
    back, cancel = button_data(params)[-1]
    assert (back, cancel) == ("1:flow:back", "1:flow:cancel")


async def test_in_chinese_the_question_and_buttons_are_chinese(app):
    zh = PrivateChat(*app, language="zh-hans")
    [(_, params)] = await zh.text("/tflow")
    assert params["text"] == "这样能解决你的问题吗？"
    assert button_labels(params)[-1] == ["⬅️ 返回", "✖️ 取消"]


async def test_text_where_buttons_are_expected_asks_the_same_question_again(en: PrivateChat):
    await en.text("/tflow")
    [(method, params)] = await en.text("no idea")
    assert method == "sendMessage"  # a new message, under the user's text
    assert params["text"] == "Please choose with the buttons below.\n\nDid this solve it?"
    assert button_labels(params)[-1] == ["⬅️ Back", "✖️ Cancel"]
    # Still at the same step: the right answer is taken.
    method, params = (await en.press(cb(NS, "solved", "no")))[-1]
    assert params["text"].startswith("What was the amount and currency?")


async def test_a_button_answer_moves_on_in_place_and_back_returns(en: PrivateChat):
    await en.text("/tflow")
    calls = await en.press(cb(NS, "solved", "no"), message_id=1000)
    assert [m for m, _ in calls] == ["answerCallbackQuery", "editMessageText"]
    assert calls[1][1]["message_id"] == 1000
    assert calls[1][1]["text"] == (
        "What was the amount and currency? For example 250 USDT, 1,250.50 元 or $20."
    )
    calls = await en.press(cb("flow", "back"), message_id=1000)
    assert calls[-1][0] == "editMessageText"
    assert calls[-1][1]["text"] == "Did this solve it?"


async def test_a_stale_button_is_answered_and_the_question_asked_again(en: PrivateChat):
    await en.text("/tflow")
    await en.press(cb(NS, "solved", "no"))  # now at the amount step
    calls = await en.press(cb(NS, "solved", "yes"))  # the earlier step's button
    answer = [p for m, p in calls if m == "answerCallbackQuery"]
    assert answer[0]["text"].startswith("That button belongs to an earlier step")
    asked = [p for m, p in calls if m == "sendMessage"]
    assert asked[-1]["text"].endswith(
        "What was the amount and currency? For example 250 USDT, 1,250.50 元 or $20."
    )
    [(_, params)] = await en.text("250 USDT")  # still at the amount step
    assert params["text"].startswith("Noted: 250 USDT")


async def test_back_at_the_first_step_leaves_for_the_menu(en: PrivateChat):
    await en.text("/tflow")
    calls = await en.press(cb("flow", "back"))
    sent = [p for m, p in calls if m == "sendMessage"]
    assert sent[-1]["text"].startswith("You are back at the main menu.\n\n")


async def test_cancel_ends_the_flow_and_forgets_its_data(en: PrivateChat, services: Services):
    await en.text("/tflow")
    await en.press(cb(NS, "solved", "no"))
    calls = await en.press(cb("flow", "cancel"))
    sent = [p for m, p in calls if m == "sendMessage"]
    assert sent[-1]["text"] == (
        "Stopped. You are back at the start.\n\n"
        "How can I help? Choose below or just type your question:"
    )
    assert "t_flow" not in en.app.user_data[5] and STEP_KEY not in en.app.user_data[5]
    assert await en.text("250 USDT") == []  # the flow no longer answers


async def test_each_step_is_in_the_database_as_soon_as_it_is_handled(
    en: PrivateChat, services: Services
):
    await en.text("/tflow")
    await en.press(cb(NS, "solved", "no"))
    stored = SQLitePersistence(services.state, update_interval=60)  # as after a restart
    assert await stored.get_conversations("t_flow") == {(5, 5): AMOUNT}
    assert (await stored.get_user_data())[5]["t_flow"] == {"solved": "no"}
    await en.text("250 USDT")
    assert await stored.get_conversations("t_flow") == {}


async def test_an_idle_flow_ends_with_a_message_in_the_users_language(app):
    application, request = app
    zh = PrivateChat(application, request, language="zh")
    await zh.text("/tflow")
    await zh.press(cb(NS, "solved", "no"))
    # What the conversation's timeout job runs, with the fresh context a job gets.
    update = Update.de_json(
        {
            "update_id": 99,
            "message": {"message_id": 11, "date": 0, "chat": zh.chat, "from": zh.user, "text": "x"},
        },
        application.bot,
    )
    ctx = BotContext.from_update(update, application)
    [timeout] = flow.build(timeout_seconds=600).states[ConversationHandler.TIMEOUT]
    await timeout.callback(update, ctx)
    [(method, params)] = request.sent()
    assert (method, params["chat_id"]) == ("sendMessage", 5)
    assert params["text"].startswith("⏰ 由于长时间没有操作，本次流程已结束")
    assert "t_flow" not in application.user_data[5]


def test_what_a_step_lets_past_the_secret_guard():
    assert allowed_at(AMOUNT) == {Permit.HASHES}
    assert allowed_at(SOLVED) == frozenset()
    assert allowed_at(None) == frozenset()


def test_the_conversation_is_named_persistent_and_every_step_has_the_ways_out():
    built = flow.build(timeout_seconds=600)
    assert (built.name, built.persistent) == ("t_flow", True)
    assert built.conversation_timeout == 600
    for state in (SOLVED, AMOUNT):
        kinds = [type(h).__name__ for h in built.states[state]]
        # The step's own answers first, then Back, Cancel, any other button, any other message.
        assert kinds == [
            type(flow.steps[state].handlers[0]).__name__,
            "CallbackQueryHandler",
            "CallbackQueryHandler",
            "CallbackQueryHandler",
            "MessageHandler",
        ]
    assert ConversationHandler.TIMEOUT in built.states


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_hint_for_a_wrong_answer_exists_in_each_language(locale):
    for expect in Expect:
        assert translator().has(locale, expect.value), (locale, expect)


def real_flows(services: Services) -> list[Flow]:
    found = []
    for module in handlers.discover():
        module.build_handlers(services)  # some flows add their steps here
        flow_ = getattr(module, "flow", None)
        if isinstance(flow_, Flow):
            found.append(flow_)
    return found


def test_no_two_flows_share_a_step_name(services: Services):
    # What the secret guard allows is looked up by the step's name alone, and a question's
    # button action is the part after the dot: a shared name would mix two flows' steps.
    owners: dict[str, str] = {}
    for found in real_flows(services):
        for state in found.steps:
            prefix, dot, step = state.partition(".")
            assert prefix and dot and step, (found.name, state)
            assert state not in owners, (state, owners.get(state), found.name)
            owners[state] = found.name
    assert len(owners) > 10


@pytest.mark.xfail(
    strict=True,
    reason="handlers/agent_request.py: flow agent_request names its step agent.describe",
)
def test_every_step_is_named_after_its_flow(services: Services):
    misnamed = [
        (found.name, state)
        for found in real_flows(services)
        for state in found.steps
        if not state.startswith(f"{found.name}.")
    ]
    assert misnamed == []
