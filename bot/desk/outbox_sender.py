"""How each kind of outbox row goes out: relays to a user, and the ticket's traffic in the
agents' group (its forum topic or a reply to its card). Pacing, retries and order are the
worker's business (bot/desk/outbox_worker.py); this module only sends."""

from __future__ import annotations

from typing import Any

from telegram import Bot, InlineKeyboardMarkup, InputFile, Message, ReplyParameters
from telegram.error import BadRequest

from bot.core.config import Settings
from bot.core.i18n import Translator
from bot.core.text_split import MAX_CAPTION, split_text
from bot.db.desk import DeskRepository
from bot.db.outbox import OutboxItem, OutboxKind
from bot.db.tickets import TicketRepository
from bot.db.users import UserRepository
from bot.db.web_desk import WebDeskRepository
from bot.desk.card import EntryTitle, card_markup, card_text, topic_name
from bot.desk.relay_text import joined


class OutboxSender:
    def __init__(
        self,
        bot: Bot,
        *,
        tickets: TicketRepository,
        users: UserRepository,
        desk_store: DeskRepository,
        translator: Translator,
        settings: Settings,
        uploads: WebDeskRepository | None = None,
        entry_title: EntryTitle = lambda entry_id, locale: None,
    ) -> None:
        self._bot = bot
        self._uploads = uploads
        self._entry_title = entry_title
        self._tickets = tickets
        self._users = users
        self._desk_store = desk_store
        self._translator = translator
        self._settings = settings
        self.forum_chats: set[int] = set()  # agents' groups with topics (the rest: replies)

    def is_forum_chat(self, chat_id: int) -> bool:
        return chat_id in self.forum_chats

    async def send(self, batch: list[OutboxItem]) -> None:
        """Send one row, or a user's coalesced texts for one ticket, as one message."""
        item = batch[0]
        bot = self._bot
        if item.kind in (OutboxKind.USER_COPY, OutboxKind.USER_TEXT, OutboxKind.USER_UPLOAD):
            await self._send_to_user(item)
            return
        if item.kind is OutboxKind.TOPIC and await self._rename_topic(item):
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
                await self._remember(item.chat_id, sent.message_id, item.ticket_id)
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
        await self._remember(item.chat_id, sent.message_id, item.ticket_id)

    async def _remember(self, chat_id: int, message_id: int, ticket_id: int | None) -> None:
        """Agents reply to what the bot posted: remember which ticket each message belongs to."""
        route = self._settings.route_of_chat(chat_id)
        if ticket_id is not None and route is not None:
            await self._desk_store.remember_group_message(route, message_id, ticket_id)

    async def _send_to_user(self, item: OutboxItem) -> None:
        bot, payload = self._bot, item.payload
        if item.kind is OutboxKind.USER_UPLOAD:
            await self._send_upload(item)
            return
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

    async def _send_upload(self, item: OutboxItem) -> None:
        """A file an agent attached in the web desk, read from where the desk stored it."""
        upload = await self._uploads.upload(item.payload["upload_id"]) if self._uploads else None
        if upload is None:
            return  # erased since: nothing left to send
        document = InputFile(upload.data, filename=upload.filename)
        caption = item.payload.get("caption") or None
        if caption is not None and len(caption) > MAX_CAPTION:
            caption = caption[: MAX_CAPTION - 1] + "…"
        if upload.content_type == "photo":
            await self._bot.send_photo(item.chat_id, photo=document, caption=caption)
        else:
            await self._bot.send_document(item.chat_id, document=document, caption=caption)

    async def _rename_topic(self, item: OutboxItem) -> bool:
        """An open topic takes the ticket's name as it is now (state, priority, category);
        False when there is no topic yet (routing opens it with the right name)."""
        ticket = await self._tickets.get(item.ticket_id) if item.ticket_id else None
        if not self.is_forum_chat(item.chat_id) or ticket is None or ticket.topic_id is None:
            return False
        name = topic_name(self._translator, self._settings.desk_language, ticket)
        try:
            await self._bot.edit_forum_topic(item.chat_id, ticket.topic_id, name=name)
        except BadRequest as error:
            if "not_modified" not in str(error).lower().replace(" ", "_"):
                raise
        return True

    async def _routing(self, item: OutboxItem) -> dict[str, Any]:
        """Where a ticket's traffic goes: its forum topic, or a reply to its card."""
        chat_id = item.chat_id
        ticket = await self._tickets.get(item.ticket_id) if item.ticket_id else None
        if ticket is None:
            return {"chat_id": chat_id}
        if self.is_forum_chat(chat_id):
            topic_id = ticket.topic_id
            if topic_id is None:
                topic = await self._bot.create_forum_topic(
                    chat_id,
                    topic_name(self._translator, self._settings.desk_language, ticket),
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
        locale = self._settings.desk_language
        ticket = await self._tickets.get(item.ticket_id or 0)
        if ticket is None:
            return
        user = await self._users.get(ticket.user_id)
        titles = [self._entry_title(e, locale) for e in ticket.suggested]
        suggestions = [(n, title) for n, title in enumerate(titles) if title]
        text = card_text(self._translator, locale, ticket, user, suggestions=suggestions)
        markup = card_markup(self._translator, locale, ticket, suggestions)
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
        await self._remember(routing["chat_id"], sent.message_id, ticket.id)

    def _relay_text(self, batch: list[OutboxItem]) -> str:
        locale = self._settings.desk_language

        def t(key: str, **params: object) -> str:
            return self._translator.t(locale, key, **params)

        return joined([item.payload for item in batch], t)
