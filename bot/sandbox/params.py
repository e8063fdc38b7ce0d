"""Decode Bot API request parameters the way Telegram does: query string, form, multipart or
JSON body; complex values arrive JSON-encoded inside form fields."""

from __future__ import annotations

import json
from dataclasses import dataclass

from aiohttp import BodyPartReader, web

# Fields whose value is a JSON structure when sent as a form field.
_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "commands",
        "scope",
        "allowed_updates",
        "media",
        "link_preview_options",
        "reply_parameters",
        "reaction",
        "permissions",
    }
)
_BOOL_FIELDS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "show_alert",
        "drop_pending_updates",
        "is_anonymous",
        "show_caption_above_media",
        "allow_sending_without_reply",
        "has_spoiler",
        "disable_content_type_detection",
        "remove_caption",
    }
)


@dataclass(frozen=True, slots=True)
class Upload:
    filename: str
    content_type: str
    data: bytes


def _decode(name: str, value: str) -> object:
    if name in _JSON_FIELDS or name in _BOOL_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            return value
    if name.endswith("_id") or name in {"offset", "limit", "timeout", "cache_time", "duration"}:
        try:
            return int(value)
        except ValueError:
            return value
    return value


async def read_params(request: web.Request) -> dict[str, object]:
    params: dict[str, object] = {k: _decode(k, v) for k, v in request.query.items()}
    if request.method != "POST" or not request.can_read_body:
        return params
    content_type = request.content_type
    if content_type == "application/json":
        body = await request.json()
        if isinstance(body, dict):
            # Telegram takes objects either inline or as JSON-encoded strings.
            params.update({k: _decode(k, v) if isinstance(v, str) else v for k, v in body.items()})
    elif content_type.startswith("multipart/"):
        reader = await request.multipart()
        async for part in reader:
            # Bot API clients send one flat multipart body: every part is a field or a file.
            assert isinstance(part, BodyPartReader), "nested multipart is not a Bot API request"
            if part.name is None:  # a part without a name is no parameter
                continue
            if part.filename:
                data = await part.read(decode=False)
                params[part.name] = Upload(
                    part.filename, part.headers.get("Content-Type", ""), bytes(data)
                )
            else:
                params[part.name] = _decode(part.name, await part.text())
    else:
        form = await request.post()
        params.update({k: _decode(k, str(v)) for k, v in form.items()})
    return params
