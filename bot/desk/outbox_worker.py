"""Sends what the outbox holds, in order per chat, within Telegram's budgets.

- One send in flight per ticket (and per private chat) keeps each ticket's messages in order;
  different tickets' sends into the agents' group go side by side, within its budget.
- Per-group (GROUP_MAX_MESSAGES per GROUP_WINDOW_SECONDS) and per-private-chat budgets keep
  the bot under Telegram's limits; while a group is out of budget its queued text relays for
  one ticket pile up and go out as one message that quotes them in order.
- 429 waits as told; network errors and 5xx retry with backoff; 403 from a user is final and
  reported in the ticket's thread; rows stay pending until sent, so a restart resumes them.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import random
from collections import Counter, deque
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.core.clock import seconds, utc_now
from bot.core.config import Settings
from bot.core.i18n import Translator
from bot.core.text_split import MAX_CAPTION, split_text
from bot.db.desk import DeskRepository
from bot.db.outbox import GROUP_KINDS, NewOutboxItem, OutboxItem, OutboxKind, OutboxRepository
from bot.db.tickets import TicketRepository
from bot.db.users import UserRepository
from bot.desk.card import card_markup, card_text, topic_name
from bot.safety.marks import render_marks

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 25
MAX_BACKOFF_SECONDS = 60.0
COALESCE_TEXT_LIMIT = 3500
IDLE_WAIT_SECONDS = 0.5
MAX_LANES_PER_GROUP = 8  # sends in flight at once into the agents' group (different tickets)


Lane = tuple[int, int | None]  # (chat, ticket in the agents' group or None)


def _lane(item: OutboxItem) -> Lane:
    """Order matters within a ticket, not across tickets: in the agents' group each ticket is
    its own lane, so one slow topic does not hold up the others. A private chat is one lane."""
    if item.chat_id < 0 and item.ticket_id is not None:
        return (item.chat_id, item.ticket_id)
    return (item.chat_id, None)


def _lanes_allowed(chat_id: int) -> int:
    return MAX_LANES_PER_GROUP if chat_id < 0 else 1


class SlidingWindow:
    """At most `limit` sends per `window` seconds, plus an optional hold (after a 429)."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window = limit, window
        self.sent: deque[float] = deque()
        self.hold_until = 0.0

    def available(self, now: float, in_flight: int = 0) -> bool:
        while self.sent and self.sent[0] <= now - self.window:
            self.sent.popleft()
        return now >= self.hold_until and len(self.sent) + in_flight < self.limit

    def ready_at(self, now: float) -> float:
        if len(self.sent) < self.limit:
            return max(now, self.hold_until)
        return max(self.sent[0] + self.window, self.hold_until)


class OutboxWorker:
    def __init__(
        self,
        bot: Bot,
        *,
        outbox: OutboxRepository,
        tickets: TicketRepository,
        users: UserRepository,
        desk_store: DeskRepository,
        translator: Translator,
        settings: Settings,
    ) -> None:
        self._bot = bot
        self._outbox = outbox
        self._tickets = tickets
        self._users = users
        self._desk_store = desk_store
        self._translator = translator
        self._settings = settings
        self._wake = asyncio.Event()
        self._stopping = False
        self._in_flight: dict[Lane, asyncio.Task[None]] = {}
        self._windows: dict[int, SlidingWindow] = {}
        self._task: asyncio.Task[None] | None = None
        self.is_forum = False

    # ------------------------------------------------------------------ life
    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="outbox")

    def wake(self) -> None:
        self._wake.set()

    async def stop(self, timeout: float = 10.0) -> None:
        """Finish what is in flight; pending rows stay for the next start."""
        self._stopping = True
        self._wake.set()
        if self._in_flight:
            await asyncio.wait(list(self._in_flight.values()), timeout=timeout)
        if self._task is not None:
            self._task.cancel()

    # ------------------------------------------------------------------ loop
    def _window(self, chat_id: int) -> SlidingWindow:
        window = self._windows.get(chat_id)
        if window is None:
            if chat_id == self._settings.agent_chat_id or chat_id < 0:
                window = SlidingWindow(
                    self._settings.group_max_messages, self._settings.group_window_seconds
                )
            else:
                interval = self._settings.private_chat_interval_seconds
                window = SlidingWindow(1, interval) if interval > 0 else SlidingWindow(10**9, 1)
            self._windows[chat_id] = window
        return window

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while not self._stopping:
            wait = IDLE_WAIT_SECONDS
            try:
                # Lanes busy before the rows are read stay busy this round: a send finishing
                # while we read would otherwise leave a stale "pending" row to send twice.
                busy: set[Lane] = set(self._in_flight)
                sending: Counter[int] = Counter(chat for chat, _ in busy)
                full = {chat for chat, n in sending.items() if n >= _lanes_allowed(chat)}
                items = await self._outbox.pending(skip_chats=full)
                now, wall = loop.time(), utc_now()
                taken: set[int] = set()
                for item in items:
                    lane = _lane(item)
                    if item.id in taken or lane in busy or item.chat_id in full:
                        continue
                    if item.next_attempt_at > wall:
                        busy.add(lane)  # waiting for its retry; later rows of its lane wait too
                        wait = min(wait, (item.next_attempt_at - wall).totalseconds())
                        continue
                    window = self._window(item.chat_id)
                    if not window.available(now, sending[item.chat_id]):
                        # Keep the order: nothing later for this chat goes before this one.
                        full.add(item.chat_id)
                        wait = min(wait, max(0.01, window.ready_at(now) - now))
                        continue
                    batch = self._batch(item, items, taken)
                    taken.update(i.id for i in batch)
                    self._in_flight[lane] = loop.create_task(self._deliver(batch, lane))
                    busy.add(lane)
                    sending[item.chat_id] += 1
                    if sending[item.chat_id] >= _lanes_allowed(item.chat_id):
                        full.add(item.chat_id)
            except Exception:  # the loop must survive anything one round throws
                log.exception("outbox round failed")
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), wait)

    @staticmethod
    def _batch(first: OutboxItem, items: Sequence[OutboxItem], taken: set[int]) -> list[OutboxItem]:
        """A user's queued texts for one ticket go out together, in order."""
        if first.kind is not OutboxKind.GROUP_TEXT:
            return [first]
        batch, size = [first], len(first.payload.get("text", ""))
        for item in items:
            if item.id <= first.id or item.id in taken or item.ticket_id != first.ticket_id:
                continue
            if item.chat_id != first.chat_id or item.kind is not OutboxKind.GROUP_TEXT:
                break  # never jump over another kind of message for the same ticket
            size += len(item.payload.get("text", ""))
            if size > COALESCE_TEXT_LIMIT:
                break
            batch.append(item)
        return batch

    async def _deliver(self, batch: list[OutboxItem], lane: Lane) -> None:
        first = batch[0]
        ids = [item.id for item in batch]
        outbox = self._outbox
        try:
            await self._send(batch)
            await outbox.mark_sent(ids)
        except RetryAfter as error:
            delay = seconds(error.retry_after)
            self._window(first.chat_id).hold_until = asyncio.get_running_loop().time() + delay
            await outbox.retry_later(ids, utc_now() + timedelta(seconds=delay), str(error))
        except Forbidden as error:
            await outbox.fail(ids, str(error))
            await self._report_undeliverable(first, str(error))
        except BadRequest as error:
            if "not modified" in str(error).lower():
                await outbox.mark_sent(ids)
            else:
                log.warning("outbox item %s refused: %s", first.id, error)
                await self._retry_or_fail(batch, str(error), permanent=True)
        except (NetworkError, TelegramError) as error:
            await self._retry_or_fail(batch, str(error), permanent=False)
        except Exception as error:
            log.exception("outbox item %s failed", first.id)
            await self._retry_or_fail(batch, repr(error), permanent=False)
        finally:
            # Stamped on completion, not launch: the server counted the request on arrival,
            # which is earlier, so the window here can never run ahead of Telegram's.
            self._window(first.chat_id).sent.append(asyncio.get_running_loop().time())
            self._in_flight.pop(lane, None)
            self._wake.set()

    async def _retry_or_fail(self, batch: list[OutboxItem], error: str, *, permanent: bool) -> None:
        ids = [item.id for item in batch]
        attempts = max(item.attempts for item in batch) + 1
        if permanent or attempts >= MAX_ATTEMPTS:
            await self._outbox.fail(ids, error)
            return
        backoff = min(MAX_BACKOFF_SECONDS, 0.5 * 2 ** min(attempts, 8)) * random.uniform(0.8, 1.2)
        await self._outbox.retry_later(ids, utc_now() + timedelta(seconds=backoff), error)

    async def _report_undeliverable(self, item: OutboxItem, error: str) -> None:
        if item.kind in GROUP_KINDS or item.ticket_id is None:
            log.error("could not post to the agents' group: %s", error)
            return
        await self._users.set_blocked(item.chat_id, True)
        text = self._translator.t(self._settings.default_locale, "desk-undeliverable")
        await self._outbox.enqueue(
            [
                NewOutboxItem(
                    OutboxKind.GROUP_NOTICE,
                    self._settings.agent_chat_id or 0,
                    item.ticket_id,
                    None,
                    {"text": text},
                )
            ]
        )

    # ------------------------------------------------------------- sending
    async def _send(self, batch: list[OutboxItem]) -> None:
        item = batch[0]
        bot = self._bot
        if item.kind in (OutboxKind.USER_COPY, OutboxKind.USER_TEXT):
            await self._send_to_user(item)
            return
        routing = await self._routing(item)
        if item.kind is OutboxKind.TOPIC:
            return  # _routing opened it
        if item.kind is OutboxKind.CARD:
            await self._send_card(item, routing)
            return
        payload = item.payload
        sent: Message | Any
        if item.kind in (OutboxKind.GROUP_TEXT, OutboxKind.GROUP_NOTICE):
            grouped = item.kind is OutboxKind.GROUP_TEXT
            text = self._relay_text(batch) if grouped else payload["text"]
            for part in split_text(text):
                sent = await bot.send_message(text=part, **routing)
                await self._desk_store.remember_group_message(sent.message_id, item.ticket_id)
            return
        if item.kind is OutboxKind.GROUP_COPY:
            caption = payload.get("caption")
            if caption is not None and len(caption) > MAX_CAPTION:
                caption = None  # keep the user's own caption; the author header is dropped
            sent = await bot.copy_message(
                from_chat_id=payload["from_chat_id"],
                message_id=payload["message_id"],
                **({"caption": caption} if caption is not None else {}),
                **routing,
            )
        else:  # GROUP_FILE
            method = bot.send_photo if payload["content_type"] == "photo" else bot.send_document
            field = "photo" if payload["content_type"] == "photo" else "document"
            sent = await method(
                **{field: payload["file_id"]}, caption=payload.get("caption") or None, **routing
            )
        await self._desk_store.remember_group_message(sent.message_id, item.ticket_id)

    async def _send_to_user(self, item: OutboxItem) -> None:
        bot, payload = self._bot, item.payload
        if item.kind is OutboxKind.USER_COPY:
            await bot.copy_message(
                chat_id=item.chat_id,
                from_chat_id=payload["from_chat_id"],
                message_id=payload["message_id"],
            )
            return
        markup = payload.get("reply_markup")
        parts = split_text(payload["text"])
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            await bot.send_message(
                chat_id=item.chat_id,
                text=part,
                reply_markup=InlineKeyboardMarkup.de_json(markup, bot) if markup and last else None,
            )

    async def _routing(self, item: OutboxItem) -> dict[str, Any]:
        """Where a ticket's traffic goes: its forum topic, or a reply to its card."""
        chat_id = item.chat_id
        ticket = await self._tickets.get(item.ticket_id) if item.ticket_id else None
        if ticket is None:
            return {"chat_id": chat_id}
        if self.is_forum:
            topic_id = ticket.topic_id
            if topic_id is None:
                topic = await self._bot.create_forum_topic(
                    chat_id,
                    topic_name(self._translator, self._settings.default_locale, ticket),
                )
                topic_id = topic.message_thread_id
                await self._tickets.set_topic(ticket.id, topic_id)
            return {"chat_id": chat_id, "message_thread_id": topic_id}
        if ticket.card_message_id and item.kind is not OutboxKind.CARD:
            return {
                "chat_id": chat_id,
                "reply_parameters": ReplyParameters(
                    ticket.card_message_id, allow_sending_without_reply=True
                ),
            }
        return {"chat_id": chat_id}

    async def _send_card(self, item: OutboxItem, routing: dict[str, Any]) -> None:
        locale = self._settings.default_locale
        ticket = await self._tickets.get(item.ticket_id or 0)
        if ticket is None:
            return
        user = await self._users.get(ticket.user_id)
        text = card_text(self._translator, locale, ticket, user)
        markup = card_markup(self._translator, locale, ticket)
        if ticket.card_message_id:
            await self._bot.edit_message_text(
                text,
                chat_id=routing["chat_id"],
                message_id=ticket.card_message_id,
                reply_markup=markup,
            )
            return
        sent = await self._bot.send_message(text=text, reply_markup=markup, **routing)
        await self._tickets.set_card(ticket.id, sent.message_id)
        await self._desk_store.remember_group_message(sent.message_id, ticket.id)

    def _relay_text(self, batch: list[OutboxItem]) -> str:
        locale = self._settings.default_locale
        t = self._translator.t
        author = batch[0].payload.get("author", "")
        lines = []
        for item in batch:
            text = html.escape(item.payload.get("text", ""), quote=False)
            text = render_marks(text, lambda key: t(locale, key))
            if item.payload.get("edited"):
                text = f"{t(locale, 'desk-edited')} {text}"
            lines.append(text)
        header = t(locale, "desk-from-user", name=author)
        if len(lines) == 1:
            return f"{header}\n{lines[0]}"
        return header + "\n" + "\n".join(f"<blockquote>{line}</blockquote>" for line in lines)
