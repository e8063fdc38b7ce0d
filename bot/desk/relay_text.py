"""How a user's text looks in the agents' group: rendered when it is queued, in the agents'
language, so that delivery only joins what is already written."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from bot.safety.marks import render_marks

Translate = Callable[..., str]  # t(key, **params) in the agents' language


def relay_payload(t: Translate, *, author: str, text: str, edited: bool) -> dict[str, Any]:
    """The outbox payload of one relayed text: raw text (for sizing), header and HTML line."""
    line = render_marks(html.escape(text, quote=False), lambda key: t(key))
    if edited:
        line = f"{t('desk-edited')} {line}"
    header = t("desk-from-user", name=author)
    return {"author": author, "text": text, "edited": edited, "header": header, "line": line}


def joined(payloads: Sequence[dict[str, Any]], t: Translate) -> str:
    """One message for a user's queued texts: the header once, then each text (quoted when
    there are several). Rows queued before texts were rendered at enqueue are rendered here."""
    rendered = [
        p
        if "line" in p
        else relay_payload(
            t, author=p.get("author", ""), text=p.get("text", ""), edited=bool(p.get("edited"))
        )
        for p in payloads
    ]
    header: str = rendered[0]["header"]
    lines: list[str] = [p["line"] for p in rendered]
    if len(lines) == 1:
        return f"{header}\n{lines[0]}"
    return header + "\n" + "\n".join(f"<blockquote>{line}</blockquote>" for line in lines)
