"""The page shell every web-desk page shares: head, style, the top bar, and escaping. Every
text comes from the catalogs (locales/*/webdesk.ftl) through `t`; every value is escaped."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

Translate = Callable[..., str]

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;background:#f5f6f8;color:#1d2430}
header{display:flex;gap:1rem;align-items:center;padding:.6rem 1rem;background:#1f3b63;color:#fff}
header a,header button{color:#fff;background:none;border:0;font:inherit;cursor:pointer}
header .grow{flex:1}main{max-width:1100px;margin:1rem auto;padding:0 1rem}
table{width:100%;border-collapse:collapse;background:#fff}
th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid #e3e6ea;vertical-align:top}
tr.high td:first-child{border-left:4px solid #c62828}.breached{color:#c62828;font-weight:600}
.card{background:#fff;border:1px solid #e3e6ea;border-radius:6px;padding:.8rem 1rem;margin:0 0 1rem}
.msg{margin:.4rem 0;padding:.5rem .7rem;border-radius:6px;white-space:pre-wrap}
.msg.in{background:#eef3fb}.msg.out{background:#e9f7ee}.msg.note{background:#fff8e1}
.msg small{display:block;color:#5b6473;white-space:normal}.msg img{max-width:320px;display:block}
.flash{padding:.6rem .8rem;border-radius:6px;background:#e3f2fd;margin-bottom:1rem}
.flash.warn{background:#ffebee}.actions form{display:inline}
textarea{width:100%;min-height:5rem;box-sizing:border-box;font:inherit}
.live{font-size:.8rem;color:#9fc3ff}
"""


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who reads the page, and in which language."""

    name: str
    locale: str
    csrf: str


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def csrf_field(viewer: Viewer) -> str:
    return f'<input type="hidden" name="csrf" value="{esc(viewer.csrf)}">'


def page(t: Translate, locale: str, title: str, body: str, viewer: Viewer | None = None) -> str:
    bar = ""
    if viewer is not None:
        other = "en" if locale == "zh" else "zh"
        bar = (
            f'<header><a href="/">{esc(t("web-title"))}</a>'
            f'<span class="live" id="live-state"></span><span class="grow"></span>'
            f"<span>{esc(t('web-signed-in-as', name=viewer.name))}</span>"
            f'<form method="post" action="/language">{csrf_field(viewer)}'
            f'<input type="hidden" name="locale" value="{other}">'
            f'<button type="submit">{esc(t("web-language"))}</button></form>'
            f'<form method="post" action="/signout">{csrf_field(viewer)}'
            f'<button type="submit">{esc(t("web-sign-out"))}</button></form></header>'
        )
    script = '<script src="/static/desk.js" defer></script>' if viewer is not None else ""
    return (
        f'<!doctype html><html lang="{esc(locale)}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{STYLE}</style>{script}</head>"
        f"<body>{bar}<main>{body}</main></body></html>"
    )


def notice_page(t: Translate, locale: str, title: str, text: str) -> str:
    body = f'<div class="card"><h1>{esc(title)}</h1><p>{esc(text)}</p></div>'
    return page(t, locale, title, body)
