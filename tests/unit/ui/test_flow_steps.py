"""Steps declared in a few lines: buttons, typed text read by a parser, attachments. A forged
button, text the parser refuses or the wrong kind of message gets the same question again with
a hint in the user's language; a right answer is kept and the next question asked."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import Message, Update

from bot.core.amounts import parse_money
from bot.core.validation import clean_text
from bot.domain.tickets import Attachment
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.flow import Expect, Flow
from bot.ui.flow_steps import Buttons, Media, Typed, attachment_of, labelled, question
from tests.unit.helpers import (
    PrivateChat,
    RecordingRequest,
    ServicesApplication,
    button_data,
    button_labels,
    start_application,
    texts,
)

TYPE, AMOUNT, NOTE, PROOF = "t_steps.type", "t_steps.amount", "t_steps.note", "t_steps.proof"
flow = Flow("t_steps", namespace="tst", command="tsteps")


def amount_text(text: str, ctx: BotContext) -> str:
    money = parse_money(text)
    return f"{money.amount} {money.currency}"


def short_note(text: str, ctx: BotContext) -> str:
    return clean_text(text, minimum=1, maximum=10)


async def got_proof(update: Update, ctx: BotContext, attachment: Attachment) -> int:
    data = flow.data(ctx)
    summary = f"{data['type']} · {data['amount']} · {data['note']} · {attachment.file_id}"
    return await flow.finish(update, ctx, summary)


question(
    flow,
    TYPE,
    prompt="transfer-type-prompt",
    back=None,
    buttons=Buttons(labelled(("contact", "bank"), "transfer-type-{}"), flow.store("type", AMOUNT)),
)
question(
    flow,
    AMOUNT,
    prompt="transfer-amount-prompt",
    back=TYPE,
    text=Typed(amount_text, flow.store("amount", NOTE)),
)
question(
    flow,
    NOTE,
    prompt=lambda ctx: f"Amount {flow.data(ctx)['amount']}: anything to add?",
    back=AMOUNT,
    text=Typed(
        lambda text, ctx: clean_text(text, minimum=1, maximum=10), flow.store("note", PROOF), 10
    ),
)
question(flow, PROOF, prompt="did-this-solve-it", back=NOTE, media=Media(got_proof))


@pytest.fixture
async def app(services: Services) -> AsyncIterator[tuple[ServicesApplication, RecordingRequest]]:
    application, request = await start_application(services, flow.build(timeout_seconds=600))
    yield application, request
    await application.shutdown()


@pytest.fixture
async def at_amount(app) -> PrivateChat:
    chat = PrivateChat(*app, language="en")
    await chat.text("/tsteps")
    await chat.press("1:tst:type:bank")
    return chat


async def test_choices_are_buttons_whose_action_is_the_step_name(app):
    chat = PrivateChat(*app, language="zh")
    [(_, params)] = await chat.text("/tsteps")
    assert button_labels(params)[:2] == [["转给联系人"], ["转到银行账户"]]
    assert button_data(params)[:2] == [["1:tst:type:contact"], ["1:tst:type:bank"]]


async def test_a_forged_choice_asks_the_same_question_and_keeps_nothing(app):
    chat = PrivateChat(*app, language="en")
    await chat.text("/tsteps")
    calls = await chat.press("1:tst:type:crypto-exchange")
    assert texts(calls) == ["💸 Failed transfer — what kind of transfer was it?"]
    assert "type" not in chat.app.user_data[5].get("t_steps", {})


async def test_text_the_parser_refuses_gets_its_reason_and_the_question_again(at_amount):
    [(method, params)] = await at_amount.text("250")
    assert method == "sendMessage"
    assert params["text"] == (
        "Please add the currency, for example 250 USDT or 88.5 CNY.\n\n"
        "What was the amount and currency? For example 250 USDT, 1,250.50 元 or $20."
    )
    [(_, params)] = await at_amount.text("-5 USDT")
    assert params["text"].startswith("That amount is not valid.")


async def test_a_parsed_answer_is_kept_and_the_next_question_can_use_it(at_amount):
    [(_, params)] = await at_amount.text("1,250.50 usdt")
    assert params["text"] == "Amount 1250.50 USDT: anything to add?"
    assert at_amount.app.user_data[5]["t_steps"] == {"type": "bank", "amount": "1250.50 USDT"}


async def test_a_too_long_answer_is_told_the_limit(at_amount):
    await at_amount.text("250 USDT")
    [(_, params)] = await at_amount.text("far too long for ten")
    assert params["text"].startswith("That is too long: please keep it under 10 characters.")


async def test_text_at_a_photo_step_asks_for_a_photo_and_a_photo_finishes(at_amount):
    await at_amount.text("250 USDT")
    await at_amount.text("urgent")
    [(_, params)] = await at_amount.text("here it is")
    assert params["text"] == (
        "Please send a photo or a file, or use the buttons below.\n\nDid this solve it?"
    )
    calls = await at_amount.photo("ph-9", caption="receipt")
    assert texts(calls)[-1].startswith("bank · 250 USDT · urgent · ph-9\n\n")


def test_what_each_kind_of_step_waits_for():
    waits = {state: step.expect for state, step in flow.steps.items()}
    assert waits == {
        TYPE: Expect.BUTTONS,
        AMOUNT: Expect.TEXT,
        NOTE: Expect.TEXT,
        PROOF: Expect.MEDIA,
    }
    both = Flow("t_steps_kinds", namespace="tsk")
    step = question(
        both,
        "t_steps_kinds.any",
        prompt="did-this-solve-it",
        back=None,
        buttons=Buttons((("done", "btn-done"),), flow.store("x", NOTE)),
        text=Typed(amount_text, flow.store("x", NOTE)),
        media=Media(got_proof),
    )
    assert step.expect is Expect.ANYTHING


def test_labelled_pairs_values_with_their_catalog_keys():
    assert labelled(("ios", "android"), "os-{}") == (("ios", "os-ios"), ("android", "os-android"))


def test_buttons_need_the_flows_callback_namespace():
    bare = Flow("t_steps_bare")
    with pytest.raises(ValueError, match="needs a callback namespace"):
        question(
            bare,
            "t_steps_bare.x",
            prompt="did-this-solve-it",
            back=None,
            buttons=Buttons((("a", "btn-done"),), flow.store("x", NOTE)),
        )


def test_the_attachment_is_the_largest_photo_or_the_document():
    def message(**content: Any) -> Message:
        data = {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"}, **content}
        return Message.de_json(data, None)

    sizes = [
        {"file_id": "small", "file_unique_id": "s", "width": 90, "height": 90},
        {"file_id": "large", "file_unique_id": "l", "width": 800, "height": 800},
    ]
    assert attachment_of(message(photo=sizes, caption="c")) == Attachment("photo", "large", "c")
    document = {"file_id": "doc", "file_unique_id": "d"}
    assert attachment_of(message(document=document)) == Attachment("document", "doc", "")
    assert attachment_of(message(text="hi")) is None
    assert attachment_of(None) is None
