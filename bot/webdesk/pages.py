"""The workspace's two pages as HTML: the queue (by priority, with each ticket's first-response
state) and a ticket (its facts, history as agents see it, and the forms that act on it). The
part inside #live is what the live view refreshes; the forms stay as the agent left them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.db.desk import Snippet
from bot.db.users import UserProfile
from bot.db.web_desk import QueueFilter
from bot.desk.web_replies import UPLOAD_PREFIX
from bot.domain.tickets import Direction, Status, Ticket, TicketMessage
from bot.safety.marks import render_marks
from bot.webdesk.layout import Translate, Viewer, csrf_field, esc

FLASH_WARNINGS = frozenset({"held", "empty", "too-long", "too-big", "closed", "gone", "bad-form"})


@dataclass(frozen=True, slots=True)
class QueueRow:
    ticket: Ticket
    user_name: str
    due_at: datetime | None  # first response due (None: answered or closed)


@dataclass(frozen=True, slots=True)
class TicketView:
    ticket: Ticket
    user: UserProfile | None
    messages: list[TicketMessage]
    due_at: datetime | None
    suggestions: list[tuple[int, str]]  # (number on the card, question)
    snippets: list[Snippet]


def sla_text(t: Translate, ticket: Ticket, due_at: datetime | None, now: datetime) -> str:
    if not ticket.is_open:
        return esc(t("web-sla-closed"))
    if due_at is None:
        return esc(t("web-sla-met"))
    minutes = int(abs((due_at - now).total_seconds()) // 60)
    if due_at <= now:
        return f'<span class="breached">{esc(t("web-sla-breached", minutes=minutes))}</span>'
    return esc(t("web-sla-ok", minutes=minutes))


def _select(name: str, current: str | None, options: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<option value="{esc(value)}"{" selected" if value == (current or "") else ""}>'
        f"{esc(label)}</option>"
        for value, label in options
    )
    return f'<select name="{name}">{items}</select>'


def queue_filters(t: Translate, wanted: QueueFilter, routes: list[str]) -> str:
    status = _select(
        "status",
        wanted.status,
        [("open", t("web-filter-open")), ("closed", t("web-filter-closed")),
         ("all", t("web-filter-all"))],
    )
    route = _select("route", wanted.route, [("", t("web-filter-any"))] + [(r, r) for r in routes])
    assignee = _select(
        "assignee",
        wanted.assignee,
        [("", t("web-filter-any")), ("me", t("web-filter-mine")),
         ("none", t("web-filter-unclaimed"))],
    )
    return (
        f'<form method="get" action="/" class="card">'
        f"<label>{esc(t('web-filter-status'))} {status}</label> "
        f"<label>{esc(t('web-filter-route'))} {route}</label> "
        f"<label>{esc(t('web-filter-assignee'))} {assignee}</label> "
        f'<button type="submit">{esc(t("web-filter-apply"))}</button></form>'
    )


def queue_table(t: Translate, rows: list[QueueRow], now: datetime) -> str:
    if not rows:
        return f'<p class="card">{esc(t("web-queue-empty"))}</p>'
    heads = ("ticket", "priority", "status", "category", "user", "assignee", "sla", "updated")
    head = "".join(f"<th>{esc(t(f'web-col-{h}'))}</th>" for h in heads)
    body = []
    for row in rows:
        ticket = row.ticket
        body.append(
            f'<tr class="{esc(ticket.priority.value)}" data-ticket="{ticket.id}">'
            f'<td><a href="/t/{ticket.id}">{esc(ticket.reference)}</a></td>'
            f"<td>{esc(t(f'priority-{ticket.priority.value}'))}</td>"
            f"<td>{esc(t(f'status-{ticket.status.value}'))}</td>"
            f"<td>{esc(t(f'category-{ticket.category.value}'))}</td>"
            f"<td>{esc(row.user_name)}</td>"
            f"<td>{esc(ticket.claimed_by_name or t('web-nobody'))}</td>"
            f"<td>{sla_text(t, ticket, row.due_at, now)}</td>"
            f"<td>{esc(ticket.updated_at.strftime('%Y-%m-%d %H:%M'))}</td></tr>"
        )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def flash(t: Translate, key: str | None, **params: object) -> str:
    if not key:
        return ""
    css = "flash warn" if key in FLASH_WARNINGS else "flash"
    return f'<div class="{css}" role="status">{esc(t(f"web-flash-{key}", **params))}</div>'


def _message(t: Translate, message: TicketMessage) -> str:
    label = {
        Direction.IN: "web-from-user",
        Direction.OUT: "web-from-agent",
        Direction.NOTE: "web-from-note",
    }[message.direction]
    stamp = message.created_at.strftime("%Y-%m-%d %H:%M:%S")
    media = ""
    if message.file_id:
        source = f"/file/{message.id}"
        if message.content_type == "photo":
            media = f'<a href="{source}"><img src="{source}" alt="{esc(t("web-attachment"))}"></a>'
        else:
            media = f'<a href="{source}">📎 {esc(t("web-attachment"))}</a>'
    elif message.content_type != "text":
        media = f"<em>[{esc(message.content_type)}]</em> "
    return (
        f'<div class="msg {message.direction.value}" data-message="{message.id}">'
        f"<small>{esc(t(label))} · {esc(stamp)}</small>{media}"
        f"{esc(render_marks(message.text, t))}</div>"
    )


def ticket_live(t: Translate, view: TicketView, now: datetime) -> str:
    """The part of the ticket page that changes while an agent looks at it."""
    ticket = view.ticket
    facts = t(
        "web-ticket-facts",
        category=t(f"category-{ticket.category.value}"),
        priority=t(f"priority-{ticket.priority.value}"),
        status=t(f"status-{ticket.status.value}"),
        route=ticket.route,
    )
    user = view.user
    who = t(
        "web-ticket-user",
        name=user.first_name if user else "?",
        id=ticket.user_id,
        language=user.locale if user else "?",
    )
    claimed = (
        t("web-ticket-claimed", name=ticket.claimed_by_name)
        if ticket.claimed_by_name
        else t("web-ticket-unclaimed")
    )
    secret = ""
    if ticket.secret_flag:
        secret = f'<p class="flash warn">{esc(t("web-ticket-secret"))}</p>'
    if ticket.erased_at is not None:
        at = ticket.erased_at.strftime("%Y-%m-%d %H:%M UTC")
        secret += f'<p class="flash warn">{esc(t("card-erased", at=at))}</p>'
    details = "".join(
        f"<li>{esc(t(d.label))}: {esc(t(d.value) if d.translate else d.value)}</li>"
        for d in ticket.details
    )
    history = "".join(_message(t, m) for m in view.messages) or esc(t("web-history-empty"))
    title = t("web-ticket-title", reference=ticket.reference, subject=t(ticket.subject))
    return (
        f'<div class="card"><h1>{esc(title)}</h1>'
        f"<p>{esc(facts)}</p><p>{esc(who)}</p><p>{esc(claimed)} · "
        f"{esc(t('web-col-sla'))}: {sla_text(t, ticket, view.due_at, now)}</p>{secret}"
        + (f"<h2>{esc(t('web-details'))}</h2><ul>{details}</ul>" if details else "")
        + f'</div><div class="card"><h2>{esc(t("web-history"))}</h2>'
        f'<div id="history">{history}</div></div>'
    )


def _button(viewer: Viewer, action: str, label: str, **fields: str) -> str:
    hidden = "".join(
        f'<input type="hidden" name="{esc(k)}" value="{esc(v)}">' for k, v in fields.items()
    )
    return (
        f'<form method="post" action="{esc(action)}">{csrf_field(viewer)}{hidden}'
        f'<button type="submit">{esc(label)}</button></form> '
    )


def ticket_forms(t: Translate, view: TicketView, viewer: Viewer) -> str:
    ticket = view.ticket
    base = f"/t/{ticket.id}"
    actions = [_button(viewer, f"{base}/claim", t("web-claim"))]
    actions.append(_button(viewer, f"{base}/priority", t("web-priority-up"), step="up"))
    actions.append(_button(viewer, f"{base}/priority", t("web-priority-down"), step="down"))
    if ticket.is_open:
        actions.append(_button(viewer, f"{base}/close", t("web-resolve"), status="resolved"))
        actions.append(_button(viewer, f"{base}/close", t("web-close"), status="closed"))
    else:
        actions.append(_button(viewer, f"{base}/reopen", t("web-reopen")))
    suggestions = "".join(
        f"<li>{esc(title)} "
        f"{_button(viewer, f'{base}/suggestion', t('web-suggestion-send'), number=str(number))}"
        "</li>"
        for number, title in view.suggestions
    )
    snippet_names = sorted({s.name for s in view.snippets})
    snippets = ""
    if snippet_names:
        options = _select("name", None, [(n, n) for n in snippet_names])
        snippets = (
            f'<form method="post" action="{base}/snippet">{csrf_field(viewer)}'
            f"<label>{esc(t('web-snippet'))} {options}</label> "
            f'<button type="submit">{esc(t("web-snippet-send"))}</button></form>'
        )
    return (
        f'<div class="card actions">{"".join(actions)}</div>'
        f'<div class="card"><h2>{esc(t("web-reply"))}</h2>'
        f'<form method="post" action="{base}/reply" enctype="multipart/form-data">'
        f'{csrf_field(viewer)}<textarea name="text" id="reply-text" '
        f'placeholder="{esc(t("web-reply-placeholder"))}"></textarea>'
        f'<label>{esc(t("web-attach"))} <input type="file" name="file" id="reply-file"></label> '
        f'<button type="submit" id="reply-send">{esc(t("web-send"))}</button></form>{snippets}'
        + (f"<h3>{esc(t('web-suggested'))}</h3><ul>{suggestions}</ul>" if suggestions else "")
        + f'</div><div class="card"><h2>{esc(t("web-note"))}</h2>'
        f'<form method="post" action="{base}/note">{csrf_field(viewer)}'
        f'<textarea name="text" id="note-text" placeholder="{esc(t("web-note-placeholder"))}">'
        f'</textarea><button type="submit" id="note-add">{esc(t("web-add-note"))}</button>'
        "</form></div>"
    )


def closed_for_replies(ticket: Ticket) -> bool:
    return ticket.status in (Status.CLOSED, Status.RESOLVED)


def is_upload(file_id: str) -> bool:
    return file_id.startswith(UPLOAD_PREFIX)
