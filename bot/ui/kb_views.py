"""What /kb shows the team: an entry's card (both languages, status, version) and its history.
Entry texts are plain text written by people; the translator escapes them as parameters."""

from __future__ import annotations

from bot.domain.knowledge import EntryField, KbChange, KbEntry
from bot.runtime.context import BotContext

PREVIEW = 300  # characters of an answer shown on the card
HISTORY_LINES = 10
HISTORY_PREVIEW = 60


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def topic_name(ctx: BotContext, category_id: str) -> str:
    return ctx.t(f"faq-cat-{category_id}")


def card(ctx: BotContext, entry: KbEntry) -> str:
    missing = ctx.t("kb-not-written")
    parts = [
        ctx.t(
            "kb-card",
            id=entry.id,
            status=ctx.t(f"kb-status-{entry.status.value}"),
            version=str(entry.version),
            topic=topic_name(ctx, entry.category_id),
        )
    ]
    for locale in ctx.services.knowledge.locales:
        text = entry.texts.get(locale)
        question = text.question if text and text.question else missing
        answer = clip(text.answer, PREVIEW) if text and text.answer else missing
        parts.append(
            ctx.t(
                "kb-card-language",
                language=ctx.t(f"lang-{locale}"),
                question=question,
                answer=answer,
                count=str(len(text.phrasings) if text else 0),
            )
        )
    return "\n\n".join(parts)


def field_name(ctx: BotContext, what: EntryField) -> str:
    return ctx.t(f"kb-field-{what.value}")


def history(ctx: BotContext, entry: KbEntry, changes: list[KbChange]) -> str:
    lines = [ctx.t("kb-history-title", id=entry.id)]
    if not changes:
        lines.append(ctx.t("kb-history-empty"))
    for change in reversed(changes[-HISTORY_LINES:]):
        what = field_name(ctx, change.what)
        if change.locale:
            what = f"{what} ({ctx.t(f'lang-{change.locale}')})"
        lines.append(
            ctx.t(
                "kb-history-line",
                version=str(change.version),
                when=change.at.strftime("%Y-%m-%d %H:%M UTC"),
                actor=str(change.actor_id),
                what=what,
                before=clip(change.before, HISTORY_PREVIEW),
                after=clip(change.after, HISTORY_PREVIEW),
            )
        )
    return "\n".join(lines)
