"""Hostile and strange updates through every handler: nothing crashes, everything is handled
(answered, or ignored on purpose), and the bot keeps serving."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.sandbox import peek
from tests.e2e.harness import GROUP_ID

SQLISH = ["'; DROP TABLE tickets; --", '" OR 1=1 --', "Robert'); DELETE FROM users;--"]
RTL = ["مرحبا كيف حالك", "שלום עולם", "\u202eevil\u202c", "\u200f\u200e"]
CONTROL = ["\x00", "\x07", "\u0085", "\ufeff", "\u2028"]
FORGED = [
    "1:dk:claim:999",
    "1:tk:view:-1",
    "1:csat:rate:1:9",
    "1:rem:no:abc",
    "1:faq:e:" + "z" * 40,
    "1:lg:branch:nope",
    "1:flow:back",
    "1:m:nothing",
    "2:m:faq",
    "",
    "💥",
]
COMMANDS = [
    "/start",
    "/menu",
    "/help",
    "/cancel",
    "/faq",
    "/login",
    "/transfer",
    "/complaint",
    "/feedback",
    "/tickets",
    "/agent",
    "/language",
    "/claim",
    "/note x",
    "/s nope",
    "/unknown",
]
UNKNOWN_CONTENT = [
    {"dice": {"emoji": "🎲", "value": 3}},
    {"location": {"latitude": 31.2, "longitude": 121.5}},
    {"contact": {"phone_number": "+8613800000000", "first_name": "X"}},
    {"venue": {"location": {"latitude": 1.0, "longitude": 2.0}, "title": "t", "address": "a"}},
]

texts = st.one_of(
    st.text(min_size=1, max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=50),
    st.sampled_from(SQLISH + RTL + COMMANDS),
    st.builds(lambda c, t: c + t, st.sampled_from(CONTROL), st.text(min_size=1, max_size=20)),
    st.builds(lambda n: "长" * n, st.integers(1000, 5000)),
)
actions = st.one_of(
    st.tuples(st.just("text"), texts),
    st.tuples(st.just("button"), st.one_of(st.sampled_from(FORGED), st.text(max_size=64))),
    st.tuples(
        st.just("media"),
        st.tuples(
            st.sampled_from(["photo", "document", "sticker", "voice"]),
            st.one_of(st.none(), st.text(max_size=1500)),
        ),
    ),
    st.tuples(st.just("raw"), st.sampled_from(UNKNOWN_CONTENT)),
    st.tuples(st.just("group"), texts),
)


def collect(count: int) -> list[tuple[str, object]]:
    """Let Hypothesis draw `count` varied actions (its engine, not random.choice)."""
    drawn: list[tuple[str, object]] = []

    @settings(
        max_examples=count,
        database=None,
        derandomize=True,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(actions)
    def draw(action: tuple[str, object]) -> None:
        drawn.append(action)

    draw()
    return drawn


async def test_fuzzed_updates_are_all_handled_without_errors(
    forum, desk_bot, emulator, make_user, make_agent
):
    bot = await desk_bot()
    make_agent("Lin")  # a member of the agents group exists, as in a real deployment
    user = make_user("Fuzz", "en")
    stranger = make_agent("Stranger", member=False)
    user.send("/start")
    menu = (await user.reply()).message
    actions_drawn = collect(300)
    assert len(actions_drawn) >= 250
    for kind, value in actions_drawn:
        if kind == "text":
            emulator.user_message(user.id, str(value)[:4096])
        elif kind == "button":
            data = str(value)
            if len(data.encode()) <= 64:
                emulator.press_button(user.id, menu, data)
        elif kind == "media":
            media, caption = value  # type: ignore[misc]
            emulator.user_message(user.id, media=media, caption=caption)
        elif kind == "raw":
            emulator.raw_message(user.id, value)  # type: ignore[arg-type]
        else:
            emulator.user_message(stranger.id, str(value)[:4096], chat_id=GROUP_ID)
    last = emulator.last_update_id
    await emulator.wait_until(
        lambda: bot.query("SELECT COUNT(*) FROM inbox WHERE status = 'done'")[0][0] >= last - 1,
        timeout=120,
    )
    assert bot.query("SELECT COUNT(*) FROM inbox WHERE status = 'pending'") == [(0,)]
    log = bot.log()
    assert "Traceback" not in log and "ERROR" not in log, log[-3000:]
    # Still serving: a plain /start gets the greeting.
    user.send("/start")
    assert (await user.reply(timeout=20)).text.startswith("Hi Fuzz!")
    assert peek.integrity_ok(bot.database)
