"""Bot API methods on media and files: sendPhoto, sendDocument and the like, and getFile."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable

from bot.sandbox.params import Upload
from bot.sandbox.records import JSON, MAX_CAPTION, ApiError, checked_text
from bot.sandbox.state import EmulatorState


def media_payload(kind: str, *, file_id: str | None, size: int = 1024) -> JSON:
    """The message fields Telegram fills in for one media item of `kind`."""
    file_id = file_id or f"{kind}-{uuid.uuid4().hex[:12]}"
    item = {"file_id": file_id, "file_unique_id": file_id[-12:], "file_size": size}
    if kind == "photo":
        return {"photo": [{**item, "width": 800, "height": 600}]}
    if kind == "sticker":
        return {
            "sticker": {
                **item,
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
            }
        }
    if kind in ("video", "animation"):
        return {kind: {**item, "width": 640, "height": 360, "duration": 3}}
    if kind in ("voice", "audio"):
        return {kind: {**item, "duration": 3}}
    return {"document": {**item, "file_name": "file.bin"}}


class MediaMethods(EmulatorState):
    def _send_media(self, kind: str) -> Callable[[JSON], Awaitable[JSON]]:
        async def send(params: JSON) -> JSON:
            chat = self._chat(params.get("chat_id"))
            payload = params.get(kind)
            if payload is None or payload == "":
                raise ApiError(400, f"Bad Request: there is no {kind} in the request")
            caption = checked_text(params, "caption", MAX_CAPTION, required=False)
            message = self._bot_message(chat, params)
            if isinstance(payload, Upload):
                file_id = f"{kind}-{uuid.uuid4().hex[:12]}"
                self.files[file_id] = payload.data
                message.update(media_payload(kind, file_id=file_id, size=len(payload.data)))
            else:
                message.update(media_payload(kind, file_id=str(payload)))
            if caption:
                message["caption"] = caption
            self.messages[(chat["id"], message["message_id"])] = message
            self._record(f"send{kind.capitalize()}", chat["id"], message, params)
            return message

        return send

    async def _get_file(self, params: JSON) -> JSON:
        file_id = str(params.get("file_id") or "")
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": file_id[-12:],
            "file_size": len(self.files[file_id]),
            "file_path": file_id,
        }
