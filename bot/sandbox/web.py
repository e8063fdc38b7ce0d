"""The sandbox page's server: serves the page and a small JSON API over the emulator, and
pushes a notice on every change (server-sent events) so the page updates live."""

from __future__ import annotations

import asyncio
import itertools
import mimetypes
from importlib import resources
from typing import Any

from aiohttp import web

from bot.sandbox.controls import SandboxControls
from bot.sandbox.emulator import JSON, BotApiEmulator
from bot.sandbox.safe_html import to_safe_html

STATIC = resources.files("bot.sandbox") / "static"
HEARTBEAT_SECONDS = 15.0
MAX_TEXT = 4096
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class SandboxPeople:
    """Who the page can act as: users (created on the page), the admin and the agents."""

    def __init__(self, emulator: BotApiEmulator, *, admin_id: int, agent_ids: list[int]) -> None:
        self.emulator = emulator
        self.admin_id = admin_id
        self.agent_ids = agent_ids
        self._ids = itertools.count(max([*emulator.users, 100_000]) + 1)

    def create_user(self, name: str, language: str) -> JSON:
        return self.emulator.add_user(next(self._ids), name, language_code=language)

    def describe(self) -> list[JSON]:
        people = []
        for user in self.emulator.users.values():
            role = "user"
            if user["id"] == self.admin_id:
                role = "admin"
            elif user["id"] in self.agent_ids:
                role = "agent"
            people.append(
                {
                    "id": user["id"],
                    "name": user["first_name"],
                    "language": user.get("language_code", ""),
                    "role": role,
                }
            )
        return people


def _message_view(emulator: BotApiEmulator, message: JSON) -> JSON:
    chat_id = message["chat"]["id"]
    sender = message.get("from") or {}
    plain = message.get("text") or message.get("caption") or ""
    view: JSON = {
        "id": message["message_id"],
        "from_bot": bool(sender.get("is_bot")),
        "sender": sender.get("first_name", ""),
        "sender_id": sender.get("id"),
        "html": to_safe_html(emulator.message_html.get((chat_id, message["message_id"])), plain),
        "thread": message.get("message_thread_id"),
        "edited": "edit_date" in message,
        "buttons": [
            [{"text": b.get("text", ""), "data": b.get("callback_data", "")} for b in row]
            for row in (message.get("reply_markup") or {}).get("inline_keyboard", [])
        ],
    }
    if message.get("photo"):
        view["photo"] = f"/api/file/{message['photo'][-1]['file_id']}"
    for kind in ("document", "voice", "video", "audio", "animation", "sticker"):
        if message.get(kind):
            item = message[kind]
            view["file"] = {
                "kind": kind,
                "name": item.get("file_name") or kind,
                "url": f"/api/file/{item['file_id']}",
            }
    reply = message.get("reply_to_message")
    if reply:
        view["reply_to"] = {
            "id": reply["message_id"],
            "text": (reply.get("text") or reply.get("caption") or "")[:80],
        }
    return view


class SandboxWeb:
    def __init__(
        self,
        emulator: BotApiEmulator,
        people: SandboxPeople,
        group_id: int,
        controls: SandboxControls | None = None,
    ) -> None:
        self.controls = controls
        self.emulator = emulator
        self.people = people
        self.group_id = group_id
        self._runner: web.AppRunner | None = None
        self.url = ""

    def app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_UPLOAD_BYTES + 1024 * 1024)
        app.router.add_get("/", self._index)
        app.router.add_get("/static/{name}", self._static)
        app.router.add_get("/favicon.ico", self._favicon)  # browsers ask for it regardless
        if self.controls is not None:
            self.controls.register(app)
        app.router.add_get("/api/state", self._state)
        app.router.add_post("/api/users", self._create_user)
        app.router.add_get("/api/chat", self._chat)
        app.router.add_post("/api/send", self._send)
        app.router.add_post("/api/upload", self._upload)
        app.router.add_post("/api/press", self._press)
        app.router.add_get("/api/events", self._events)
        app.router.add_get("/api/file/{file_id}", self._file)
        return app

    async def start(self, host: str, port: int) -> str:
        self._runner = web.AppRunner(self.app(), shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, host, port).start()
        bound_host, bound_port = self._runner.addresses[0][:2]
        self.url = f"http://{bound_host}:{bound_port}"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # ------------------------------------------------------------------ pages
    async def _index(self, request: web.Request) -> web.Response:
        return web.Response(
            text=(STATIC / "index.html").read_text("utf-8"), content_type="text/html"
        )

    async def _favicon(self, request: web.Request) -> web.Response:
        icon = (STATIC / "favicon.svg").read_bytes()
        return web.Response(body=icon, content_type="image/svg+xml")

    async def _static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        kinds = {"app.js": "application/javascript", "style.css": "text/css"}
        if name == "favicon.svg":
            return await self._favicon(request)
        if name not in kinds:
            raise web.HTTPNotFound()
        return web.Response(text=(STATIC / name).read_text("utf-8"), content_type=kinds[name])

    # ------------------------------------------------------------------ reading
    async def _state(self, request: web.Request) -> web.Response:
        group = self.emulator.chats.get(self.group_id, {})
        topics = self.emulator.topics.get(self.group_id, {})
        return web.json_response(
            {
                "version": self.emulator.version,
                "admin_id": self.people.admin_id,
                "group": {
                    "id": self.group_id,
                    "title": group.get("title", ""),
                    "is_forum": bool(group.get("is_forum")),
                    "topics": [{"id": tid, "name": name} for tid, name in sorted(topics.items())],
                },
                "people": self.people.describe(),
            }
        )

    async def _chat(self, request: web.Request) -> web.Response:
        chat_id = _int(request.query.get("chat_id"))
        thread = _int(request.query.get("thread"))
        after = _int(request.query.get("toasts_after")) or 0
        if chat_id is None or chat_id not in self.emulator.chats:
            raise web.HTTPBadRequest(text="unknown chat")
        messages = [
            m
            for (cid, _), m in sorted(self.emulator.messages.items(), key=lambda kv: kv[0][1])
            if cid == chat_id
        ]
        if chat_id == self.group_id and self.emulator.chats[chat_id].get("is_forum"):
            messages = [m for m in messages if m.get("message_thread_id") == thread]
        toasts = [
            {"seq": e.seq, "text": str(e.params.get("text"))}
            for e in self.emulator.events
            if e.seq > after and e.method == "answerCallbackQuery" and e.params.get("text")
        ]
        return web.json_response(
            {
                "version": self.emulator.version,
                "last_seq": self.emulator.last_seq,
                "messages": [_message_view(self.emulator, m) for m in messages],
                "toasts": toasts,
            }
        )

    async def _file(self, request: web.Request) -> web.Response:
        file_id = request.match_info["file_id"]
        data = self.emulator.files.get(file_id)
        if data is None:
            raise web.HTTPNotFound()
        kind = "image/png" if data.startswith(b"\x89PNG") else None
        kind = kind or mimetypes.guess_type(file_id)[0] or "application/octet-stream"
        return web.Response(body=data, content_type=kind)

    async def _events(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
        )
        await response.prepare(request)
        seen = -1
        try:
            while True:
                version = await self.emulator.wait_changed(seen, HEARTBEAT_SECONDS)
                if version != seen:
                    await response.write(f"data: {version}\n\n".encode())
                    seen = version
                else:
                    await response.write(b": heartbeat\n\n")
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        return response

    # ------------------------------------------------------------------ acting
    async def _create_user(self, request: web.Request) -> web.Response:
        body = await _json(request)
        name = str(body.get("name") or "").strip()[:64]
        language = str(body.get("language") or "zh")
        if not name or language not in ("zh", "en"):
            raise web.HTTPBadRequest(text="a name and a language (zh or en) are needed")
        user = self.people.create_user(name, "zh-hans" if language == "zh" else "en")
        return web.json_response({"id": user["id"], "name": user["first_name"]})

    def _sender(self, body: dict[str, Any]) -> tuple[int, int]:
        sender = _int(body.get("from_id"))
        chat_id = _int(body.get("chat_id"))
        if sender not in self.emulator.users or chat_id not in self.emulator.chats:
            raise web.HTTPBadRequest(text="unknown sender or chat")
        return sender, chat_id

    async def _send(self, request: web.Request) -> web.Response:
        body = await _json(request)
        sender, chat_id = self._sender(body)
        text = str(body.get("text") or "")
        if not text.strip() or len(text) > MAX_TEXT:
            raise web.HTTPBadRequest(text="text must be 1 to 4096 characters")
        message = self.emulator.user_message(
            sender,
            text,
            chat_id=chat_id,
            message_thread_id=_int(body.get("thread")),
            reply_to=self._reply_target(chat_id, body.get("reply_to")),
        )
        return web.json_response({"id": message["message_id"]})

    async def _upload(self, request: web.Request) -> web.Response:
        form = await request.post()
        sender, chat_id = self._sender(dict(form))
        upload = form.get("file")
        if not isinstance(upload, web.FileField):
            raise web.HTTPBadRequest(text="no file")
        data = upload.file.read()
        kind = "photo" if str(form.get("kind")) == "photo" else "document"
        message = self.emulator.user_message(
            sender,
            chat_id=chat_id,
            message_thread_id=_int(form.get("thread")),
            media=kind,
            caption=str(form.get("caption") or "") or None,
            data=data,
            file_name=upload.filename,
            reply_to=self._reply_target(chat_id, form.get("reply_to")),
        )
        return web.json_response({"id": message["message_id"]})

    async def _press(self, request: web.Request) -> web.Response:
        body = await _json(request)
        sender, chat_id = self._sender(body)
        message = self.emulator.messages.get((chat_id, _int(body.get("message_id")) or 0))
        if message is None:
            raise web.HTTPBadRequest(text="that message is gone")
        self.emulator.press_button(sender, message, str(body.get("data") or ""))
        return web.json_response({"ok": True})

    def _reply_target(self, chat_id: int, value: object) -> JSON | None:
        message_id = _int(value)
        return self.emulator.messages.get((chat_id, message_id)) if message_id else None


def _int(value: object) -> int | None:
    try:
        return int(str(value)) if value not in (None, "") else None
    except ValueError:
        return None


async def _json(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise web.HTTPBadRequest(text="JSON expected") from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text="JSON object expected")
    return body
