"""How a ticket reads to agents: the card (edited in place), the topic name, queue lines."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core.callbacks import cb
from bot.core.clock import utc_now
from bot.core.i18n import Translator
from bot.db.users import UserProfile
from bot.domain.tickets import Priority, Ticket

PRIORITY_MARK = {Priority.HIGH: "🔴", Priority.NORMAL: "🟡", Priority.LOW: "🟢"}
TOPIC_NAME_LIMIT = 128
SUGGESTION_LABEL = 48  # characters of an entry's question on its button

EntryTitle = Callable[[str, str], str | None]  # (entry id, locale) → its question, if live
Suggestion = tuple[int, str]  # (index in ticket.suggested, the entry's question)


def _minutes(since: datetime, now: datetime) -> float:
    return (now - since).total_seconds() / 60


def topic_name(translator: Translator, locale: str, ticket: Ticket) -> str:
    """'TP-000123 · HIGH · Funds', with ✅ in front once the ticket is closed or resolved."""
    name = " · ".join(
        (
            ticket.reference,
            translator.t(locale, f"priority-{ticket.priority.value}").upper(),
            translator.t(locale, f"category-{ticket.category.value}"),
        )
    )
    if not ticket.is_open:
        name = f"✅ {name}"
    return name[:TOPIC_NAME_LIMIT]


def card_text(
    translator: Translator,
    locale: str,
    ticket: Ticket,
    user: UserProfile | None,
    now: datetime | None = None,
    *,
    suggestions: Sequence[Suggestion] = (),
) -> str:
    t = translator.t
    now = now or utc_now()
    lines = [
        f"{PRIORITY_MARK[ticket.priority]} <b>{ticket.reference}</b> · "
        f"{t(locale, f'priority-{ticket.priority.value}')} · "
        f"{t(locale, f'category-{ticket.category.value}')}",
        t(
            locale,
            "card-user",
            name=user.first_name if user else "?",
            id=str(ticket.user_id),
            language=user.locale if user else "?",
        ),
        t(
            locale,
            "card-state",
            status=t(locale, f"status-{ticket.status.value}"),
            agent=ticket.claimed_by_name or t(locale, "card-unclaimed"),
            age=translator.duration(locale, _minutes(ticket.created_at, now)),
        ),
        t(locale, "card-subject", subject=t(locale, ticket.subject)),
    ]
    for item in ticket.details:
        value = t(locale, item.value) if item.translate else item.value
        lines.append(t(locale, "card-field", label=t(locale, item.label), value=value))
    if ticket.secret_flag:
        lines.append(t(locale, "card-secret-flag"))
    if ticket.erased_at is not None:
        lines.append(t(locale, "card-erased", at=ticket.erased_at.strftime("%Y-%m-%d %H:%M UTC")))
    if ticket.close_reason:
        lines.append(t(locale, "card-close-reason", reason=ticket.close_reason))
    if ticket.rating:
        lines.append(t(locale, "card-rating", rating=ticket.rating))
    if suggestions and ticket.is_open:
        titles = " · ".join(f"{n + 1}. {title}" for n, title in suggestions)
        lines.append(t(locale, "card-suggestions", titles=titles))
    return "\n".join(lines)


def card_markup(
    translator: Translator,
    locale: str,
    ticket: Ticket,
    suggestions: Sequence[Suggestion] = (),
) -> InlineKeyboardMarkup:
    def button(key: str, action: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(
            translator.t(locale, key), callback_data=cb("dk", action, str(ticket.id))
        )

    if not ticket.is_open:
        return InlineKeyboardMarkup([[button("card-reopen", "reopen")]])
    send = [
        InlineKeyboardButton(
            translator.t(locale, "card-send-suggestion", n=n + 1, title=_clip(title)),
            callback_data=cb("dk", "sg", str(ticket.id), str(n + 1)),  # 1-based: an id
        )
        for n, title in suggestions
    ]
    return InlineKeyboardMarkup(
        [
            [button("card-claim", "claim"), button("card-up", "up"), button("card-down", "down")],
            [
                button("card-category", "cat"),
                button("card-resolve", "resolve"),
                button("card-close", "close"),
            ],
            *([b] for b in send),
        ]
    )


def _clip(title: str) -> str:
    return title if len(title) <= SUGGESTION_LABEL else title[: SUGGESTION_LABEL - 1] + "…"


def sla_state(
    translator: Translator, locale: str, ticket: Ticket, target_minutes: float, now: datetime
) -> str:
    if ticket.first_response_at is not None:
        return translator.t(locale, "sla-answered")
    left = target_minutes - _minutes(ticket.created_at, now)
    if left >= 0:
        return translator.t(locale, "sla-left", left=translator.duration(locale, left))
    return translator.t(locale, "sla-breached", over=translator.duration(locale, -left))
