"""Simulated users for the throughput benchmark: their scripts (what each kind of user does,
step by step), a driver that plays them against whichever bot polls the emulator and times
each step from injection to the bot's first visible answer, and the two ways of loading the
bot (closed loop: as fast as answered; open loop: a steady rate)."""

from __future__ import annotations

import asyncio
import gc
import os
import random
import re
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field

from bot.sandbox.emulator import JSON, BotApiEmulator, BotEvent
from bot.sandbox.people import GROUP_ID

AGENT_ID = 9_000_001
FIRST_USER = 1_000_000
TICKET_REF = re.compile(r"TP-\d{6}")
STEP_TIMEOUT = float(os.environ.get("STEP_TIMEOUT", "60"))
TOPIC_KEY_BASE = 10**12  # waiters for a ticket's topic are keyed below -TOPIC_KEY_BASE


@dataclass(frozen=True, slots=True)
class Step:
    # say (user types), press (user taps a button), follow (user writes on an open ticket:
    # answered when it reaches the ticket's topic), agent (agent answers in the topic)
    action: str
    value: str  # the text, or part of the button's label
    done: str  # the step is over when the bot shows a message containing this
    kind: str  # what the step is, for latency by kind


@dataclass(frozen=True, slots=True)
class Script:
    name: str
    language: str
    steps: tuple[Step, ...]


SCRIPTS = (
    Script(
        "faq_buttons_en",
        "en",
        (
            Step("say", "/start", "How can I help?", "start"),
            Step("press", "FAQ", "topic", "menu"),
            Step("press", "Account & login", "question", "menu"),
            Step("press", "I forgot my password", "Forgot password", "menu"),
        ),
    ),
    Script(
        "faq_text_zh",
        "zh-hans",
        (
            Step("say", "/start", "请选择你需要的帮助", "start"),
            Step("say", "忘记密码怎么办", "忘记密码", "faq text"),
            Step("say", "转账一直没有到账怎么办", "转账", "faq text"),
        ),
    ),
    Script(
        "feedback_en",
        "en",
        (
            Step("say", "/start", "How can I help?", "start"),
            Step("press", "Feedback", "How would you rate", "flow step"),
            Step("press", "4", "Anything you would like", "flow step"),
            Step(
                "say", "The app is great, the fees page could be clearer.", "Thank you", "flow step"
            ),
        ),
    ),
    Script(
        "agent_zh",
        "zh-hans",
        (
            Step("say", "/start", "请选择你需要的帮助", "start"),
            Step("say", "/agent", "请简要描述", "flow step"),
            Step("say", "我的账户余额显示不正确，请帮我看看", "已为你创建工单", "ticket creation"),
            Step("follow", "补充一下：是昨天下午开始不对的", "昨天下午开始不对", "relay"),
            Step("agent", "您好，我们正在核查你的账户余额。", "我们正在核查", "agent reply"),
        ),
    ),
)
KINDS = ("start", "menu", "faq text", "flow step", "ticket creation", "relay", "agent reply")


@dataclass(slots=True)
class Waiter:
    after: int
    marker: str
    injected: float
    first: float | None = None
    done: asyncio.Future[BotEvent] = field(default_factory=asyncio.Future)


class Driver:
    """Plays users' scripts against whichever bot is polling the emulator."""

    def __init__(self, emulator: BotApiEmulator, *, echo: bool) -> None:
        self.emulator = emulator
        self.echo = echo
        self.waiters: dict[int, Waiter] = {}
        self.last_bot_message: dict[int, JSON] = {}
        self.latencies: defaultdict[str, list[float]] = defaultdict(list)  # by step kind
        emulator.listeners.append(self._on_event)

    def _on_event(self, event: BotEvent) -> None:
        if event.message is None or event.chat_id is None:
            return
        if event.chat_id != GROUP_ID:
            self.last_bot_message[event.chat_id] = event.message
            self._arrived(event.chat_id, event)
            return
        replied = (event.message.get("reply_to_message") or {}).get("message_id")
        self._arrived(-(replied or 0), event)
        thread = event.message.get("message_thread_id")
        if thread:
            self._arrived(-(TOPIC_KEY_BASE + int(thread)), event)

    def _arrived(self, key: int, event: BotEvent) -> None:
        waiter = self.waiters.get(key)
        if waiter is None or event.seq <= waiter.after:
            return
        if waiter.first is None:
            waiter.first = event.at
        if (self.echo or waiter.marker in event.text) and not waiter.done.done():
            waiter.done.set_result(event)

    async def run_step(self, user_id: int, step: Step) -> None:
        emulator = self.emulator
        after = emulator.last_seq
        key = user_id
        if step.action == "press":
            message = self.last_bot_message[user_id]
            emulator.press_button(user_id, message, self._button(message, step.value))
        elif step.action == "agent":  # the echo bot answers in the group, as a reply
            thread = None if self.echo else self._topic_for(user_id)
            sent = emulator.user_message(
                AGENT_ID, step.value, chat_id=GROUP_ID, message_thread_id=thread
            )
            if self.echo:
                key = -sent["message_id"]
        else:
            if step.action == "follow" and not self.echo:
                key = -(TOPIC_KEY_BASE + self._topic_for(user_id))
            emulator.user_message(user_id, step.value)
        waiter = Waiter(after, step.done, time.monotonic())
        self.waiters[key] = waiter
        try:
            await asyncio.wait_for(waiter.done, STEP_TIMEOUT)
        except TimeoutError:
            seen = [e.text[:60] for e in emulator.events if e.chat_id == user_id][-3:]
            raise TimeoutError(f"user {user_id}: no answer to {step}; last seen {seen}") from None
        finally:
            self.waiters.pop(key, None)
        self.latencies[step.kind].append((waiter.first or time.monotonic()) - waiter.injected)

    def _button(self, message: JSON, label: str) -> str:
        rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
        for row in rows:
            for button in row:
                if label in button["text"]:
                    return str(button["callback_data"])
        if self.echo:
            return "1:x:y"
        raise AssertionError(f"no button {label!r} in {[b['text'] for r in rows for b in r]}")

    def topic(self, user_id: int) -> int | None:
        """The forum topic of the ticket this user was given (TP-000123 in its name)."""
        text = (self.last_bot_message.get(user_id) or {}).get("text", "")
        found = TICKET_REF.search(text)
        assert found, f"no ticket reference in {text!r}"
        for thread, name in self.emulator.topics.get(GROUP_ID, {}).items():
            if found.group(0) in name:
                return thread
        return None

    def _topic_for(self, user_id: int) -> int:
        thread = self.topic(user_id)
        assert thread is not None, f"no topic for user {user_id}"
        return thread

    async def ready_for(self, user_id: int, step: Step) -> None:
        """A follow-up or an agent's answer needs the ticket's topic to exist."""
        if self.echo or step.action not in ("agent", "follow"):
            return
        try:
            await self.emulator.wait_until(
                lambda: self.topic(user_id) is not None, timeout=STEP_TIMEOUT
            )
        except TimeoutError:
            raise TimeoutError(f"no topic for user {user_id}") from None


def prepare(emulator: BotApiEmulator, users: int) -> list[tuple[int, Script]]:
    emulator.add_user(AGENT_ID, "Agent", language_code="zh")
    emulator.add_group(GROUP_ID, "Support desk", is_forum=True, members={AGENT_ID})
    plan = []
    for n in range(users):
        script = SCRIPTS[n % len(SCRIPTS)]
        user_id = FIRST_USER + n
        emulator.add_user(user_id, f"user{n}", language_code=script.language)
        plan.append((user_id, script))
    return plan


def users_for(rate: float, seconds: float) -> int:
    """Fresh users enough to keep `rate` updates a second going for `seconds`."""
    steps = sum(len(s.steps) for s in SCRIPTS) / len(SCRIPTS)
    return int(rate * seconds / steps) + 2 * len(SCRIPTS)


async def closed_loop(
    driver: Driver, plan: list[tuple[int, Script]], concurrency: int
) -> tuple[int, float]:
    """`concurrency` people at a time, each playing a fresh user's script to the end (waiting
    for every answer) before the next person starts. Returns (updates, seconds) over the steady
    middle of the run (from 10 % to 90 % of the steps done), so start-up and the last
    stragglers do not count."""
    queue: asyncio.Queue[tuple[int, Script]] = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)
    done_at: list[float] = []

    async def person() -> None:
        while not queue.empty():
            user_id, script = queue.get_nowait()
            for step in script.steps:
                await driver.ready_for(user_id, step)
                await driver.run_step(user_id, step)
                done_at.append(time.monotonic())

    await asyncio.gather(*(person() for _ in range(concurrency)))
    done_at.sort()
    first, last = int(len(done_at) * 0.1), int(len(done_at) * 0.9)
    return last - first, done_at[last] - done_at[first]


async def open_loop(
    driver: Driver, plan: list[tuple[int, Script]], rate: float, seconds: float
) -> dict[str, list[float]]:
    """Updates injected at a steady `rate` per second; returns the latencies by step kind in
    that window. A user's next step comes only after the bot answered the previous one, and
    goes before any new user's first: people finish what they started, as in a real session,
    so tickets, relays and agents' answers are all in the mix."""
    driver.latencies.clear()
    # Everything the emulator has recorded so far stays out of this process's full garbage
    # collections: walking tens of thousands of events stalled the emulator for 100 ms and
    # more, and the stall was counted against whichever bot was being measured.
    gc.collect()
    gc.freeze()
    arrivals = list(plan)
    random.Random(1).shuffle(arrivals)
    continuing: deque[tuple[int, Script, int]] = deque()
    tasks: set[asyncio.Task[None]] = set()

    async def one(user_id: int, script: Script, index: int) -> None:
        step = script.steps[index]
        await driver.ready_for(user_id, step)
        await driver.run_step(user_id, step)
        if index + 1 < len(script.steps):
            continuing.append((user_id, script, index + 1))

    interval = 1.0 / rate
    start = time.monotonic()
    sent = 0
    while time.monotonic() - start < seconds:
        delay = start + sent * interval - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        if continuing:
            step = continuing.popleft()
        elif arrivals:
            user_id, script = arrivals.pop()
            step = (user_id, script, 0)
        else:
            await asyncio.sleep(0.001)
            continue
        task = asyncio.get_running_loop().create_task(one(*step))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        sent += 1
    if tasks:
        await asyncio.wait(tasks, timeout=STEP_TIMEOUT)
    return {kind: list(values) for kind, values in driver.latencies.items()}
