"""/kb: the team grows the knowledge base from Telegram. Search or browse by topic, open an
entry, edit its question, answer or phrasings per language, publish or retire it, read its
history, or start a new one. Each change is a version, live at once (bot.faq.knowledge_base)."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from telegram import InlineKeyboardButton, Update
from telegram.ext import BaseHandler, CommandHandler, MessageHandler
from telegram.ext import filters as f

from bot.core import callbacks
from bot.core.callbacks import cb, parse_id
from bot.db.audit import AuditAction
from bot.db.knowledge import StaleVersion
from bot.domain.knowledge import EntryField, EntryStatus, KbEntry
from bot.faq.knowledge_base import KnowledgeError
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui import kb_views
from bot.ui.access import is_staff
from bot.ui.candidates import candidate
from bot.ui.flow import Expect, Flow, Step
from bot.ui.parts import chat_of, message_of, query_of, user_of
from bot.ui.prompts import ask, callback_arg

ORDER = 15  # where its handlers stand: see handlers/__init__.py

HOME, LIST, ENTRY, EDIT, HISTORY, NEW_TOPIC, NEW_ID = (
    "kb.home",
    "kb.list",
    "kb.entry",
    "kb.edit",
    "kb.history",
    "kb.new_topic",
    "kb.new_id",
)
EDITABLE = (EntryField.QUESTION, EntryField.ANSWER, EntryField.PHRASINGS)
MAX_LISTED = 30

flow = Flow("kb", namespace="kb")
NS = "kb"


def _entry(ctx: BotContext) -> KbEntry | None:
    return ctx.services.faq.any_entry(flow.data(ctx).get("entry", ""))


# ------------------------------------------------------------------ home and lists
async def start(update: Update, ctx: BotContext) -> str | int:
    if not await is_staff(ctx, user_of(update).id):
        await message_of(update).reply_text(ctx.t("kb-staff-only"))
        return Flow.END
    flow.clear(ctx)
    return await flow.go(update, ctx, HOME)


async def ask_home(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    knowledge = ctx.services.faq
    rows = [
        [
            InlineKeyboardButton(
                ctx.t(
                    "kb-topic-button", topic=kb_views.topic_name(ctx, c.id), count=len(c.entry_ids)
                ),
                callback_data=cb(NS, "topic", c.id),
            )
        ]
        for c in knowledge.categories
    ]
    unpublished = len(knowledge.all_entries) - len(knowledge.entries)
    rows.append([_button(ctx.t("kb-drafts-button", count=unpublished), cb(NS, "drafts"))])
    rows.append([_button(ctx.t("kb-new-button"), cb(NS, "new"))])
    text = ctx.t("kb-home", live=len(knowledge.entries), drafts=unpublished)
    await ask(update, ctx, text, rows, hint=hint)


def _button(label: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=data)


def _listed(ctx: BotContext) -> tuple[str, list[KbEntry]]:
    """The list the user is browsing (a topic, the drafts or a search) and its title."""
    kind, arg = flow.data(ctx).get("list", ["drafts", ""])
    knowledge = ctx.services.faq
    if kind == "topic":
        category = knowledge.category(arg)
        entries = [e for i in (category.entry_ids if category else ()) if (e := knowledge.entry(i))]
        return ctx.t("kb-list-topic", topic=kb_views.topic_name(ctx, arg)), entries
    if kind == "search":
        found = knowledge.search(arg, limit=MAX_LISTED)
        return ctx.t("kb-list-search", words=arg, count=len(found)), found
    unpublished = [e for e in knowledge.all_entries if e.status is not EntryStatus.LIVE]
    return ctx.t("kb-list-drafts"), unpublished


async def ask_list(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    title, entries = _listed(ctx)
    rows = [[_button(_label(ctx, entry), cb(NS, "e", entry.id))] for entry in entries[:MAX_LISTED]]
    text = title if entries else f"{title}\n\n{ctx.t('kb-list-empty')}"
    await ask(update, ctx, text, rows, hint=hint)


def _label(ctx: BotContext, entry: KbEntry) -> str:
    question = entry.text(ctx.locale).question or entry.id
    marker = "" if entry.status is EntryStatus.LIVE else ctx.t(f"kb-status-{entry.status.value}")
    return kb_views.clip(f"{marker} {question}".strip(), 60)


async def chose_topic(update: Update, ctx: BotContext) -> str:
    flow.data(ctx)["list"] = ["topic", callback_arg(update) or ""]
    return await flow.go(update, ctx, LIST)


async def chose_drafts(update: Update, ctx: BotContext) -> str:
    flow.data(ctx)["list"] = ["drafts", ""]
    return await flow.go(update, ctx, LIST)


async def searched(update: Update, ctx: BotContext) -> str:
    words = (message_of(update).text or "").strip()[:100]
    if not ctx.services.faq.search(words, limit=1):
        await ask_home(update, ctx, hint=ctx.t("kb-search-none", words=words))
        return HOME
    flow.data(ctx)["list"] = ["search", words]
    return await flow.go(update, ctx, LIST)


# ------------------------------------------------------------------ one entry
async def ask_entry(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    entry = _entry(ctx)
    if entry is None:
        await ask_list(update, ctx, hint=hint)
        return
    rows = [
        [
            _button(
                ctx.t(
                    "kb-edit-button",
                    field=kb_views.field_name(ctx, what),
                    language=ctx.t(f"lang-{locale}"),
                ),
                cb(NS, "f", what.value, locale),
            )
            for locale in ctx.services.knowledge.locales
        ]
        for what in EDITABLE
    ]
    status = "ret" if entry.status is EntryStatus.LIVE else "pub"
    rows.append(
        [
            _button(ctx.t("kb-history-button"), cb(NS, "hist")),
            _button(
                ctx.t(f"kb-{'retire' if status == 'ret' else 'publish'}-button"),
                cb(NS, status),
            ),
        ]
    )
    await ask(update, ctx, kb_views.card(ctx, entry), rows, hint=hint)


async def chose_entry(update: Update, ctx: BotContext) -> str:
    entry_id = callback_arg(update) or ""
    if ctx.services.faq.any_entry(entry_id) is None:
        await query_of(update).answer()
        return await flow.go(update, ctx, LIST, hint=ctx.t("kb-error-unknown-entry", id=entry_id))
    flow.data(ctx)["entry"] = entry_id
    return await flow.go(update, ctx, ENTRY)


async def _changed(
    update: Update, ctx: BotContext, change: Awaitable[KbEntry], done_key: str
) -> str:
    """Apply a change; on success show the entry with `done_key`, else say why."""
    try:
        entry = await change
    except KnowledgeError as error:
        return await flow.go(update, ctx, ENTRY, hint=ctx.t(error.key, **error.params))
    except StaleVersion:
        return await flow.go(update, ctx, ENTRY, hint=ctx.t("kb-error-stale"))
    return await flow.go(update, ctx, ENTRY, hint=ctx.t(done_key, version=str(entry.version)))


async def set_status(update: Update, ctx: BotContext) -> str:
    parsed = callbacks.parse(query_of(update).data)
    status = EntryStatus.LIVE if parsed and parsed.action == "pub" else EntryStatus.RETIRED
    done = "kb-published" if status is EntryStatus.LIVE else "kb-retired"
    await query_of(update).answer()
    entry_id = flow.data(ctx).get("entry", "")
    change = ctx.services.knowledge.set_status(entry_id, status, ctx.profile.id)
    await ctx.services.audit.record(
        ctx.profile.id, AuditAction.KB_EDIT, detail=f"{entry_id} {status.value}"
    )
    return await _changed(update, ctx, change, done)


async def chose_field(update: Update, ctx: BotContext) -> str:
    parsed = callbacks.parse(query_of(update).data)
    args = parsed.args if parsed else ()
    if len(args) != 2 or args[0] not in {w.value for w in EDITABLE} or _entry(ctx) is None:
        return await flow.go(update, ctx, ENTRY, hint=ctx.t("flow-stale-button"))
    flow.data(ctx)["field"] = list(args)
    return await flow.go(update, ctx, EDIT)


async def ask_edit(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    entry = _entry(ctx)
    what, locale = flow.data(ctx).get("field", ["question", ctx.locale])
    text = entry.texts.get(locale) if entry else None
    language = ctx.t(f"lang-{locale}")
    missing = ctx.t("kb-not-written")
    if what == EntryField.PHRASINGS.value:
        current = "\n".join(text.phrasings) if text and text.phrasings else missing
        prompt = ctx.t("kb-edit-phrasings-prompt", language=language, current=_plain(current))
    else:
        now = getattr(text, what, "") if text else ""
        field = kb_views.field_name(ctx, EntryField(what))
        prompt = ctx.t(
            "kb-edit-prompt", field=field, language=language, current=_plain(now or missing)
        )
    await ask(update, ctx, prompt, hint=hint)


def _plain(text: str) -> str:
    return kb_views.clip(text, 1500)


async def edited(update: Update, ctx: BotContext) -> str:
    what, locale = flow.data(ctx).get("field", ["question", ctx.locale])
    value = message_of(update).text or ""
    entry_id = flow.data(ctx).get("entry", "")
    try:
        entry = await ctx.services.knowledge.edit(
            entry_id, EntryField(what), locale, value, ctx.profile.id
        )
    except KnowledgeError as error:
        await ask_edit(update, ctx, hint=ctx.t(error.key, **error.params))
        return EDIT
    except StaleVersion:
        return await flow.go(update, ctx, ENTRY, hint=ctx.t("kb-error-stale"))
    await ctx.services.audit.record(
        ctx.profile.id, AuditAction.KB_EDIT, detail=f"{entry_id} {what} {locale}"
    )
    return await flow.go(update, ctx, ENTRY, hint=ctx.t("kb-saved", version=str(entry.version)))


async def ask_history(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    entry = _entry(ctx)
    if entry is None:
        await ask_list(update, ctx, hint=hint)
        return
    changes = await ctx.services.knowledge.history(entry.id)
    await ask(update, ctx, kb_views.history(ctx, entry, changes), hint=hint)


async def chose_history(update: Update, ctx: BotContext) -> str:
    return await flow.go(update, ctx, HISTORY)


# ------------------------------------------------------------------ a new entry
async def draft_candidate(update: Update, ctx: BotContext) -> str | int:
    """From /stats: a FAQ candidate's questions become the phrasings of a new draft."""
    query = query_of(update)
    if not await is_staff(ctx, user_of(update).id):
        await query.answer(ctx.t("kb-staff-only"), show_alert=True)
        return Flow.END
    found = await candidate(ctx.services, parse_id(callback_arg(update)) or 0)
    if found is None:
        await query.answer(ctx.t("kb-candidate-gone"), show_alert=True)
        return Flow.END
    await query.answer()
    flow.clear(ctx)
    flow.data(ctx).update(draft_from=list(found.examples), drafted=list(found.question_ids))
    await ctx.bot.send_message(
        chat_of(update).id, ctx.t("kb-candidate-drafting", count=found.count)
    )
    return await flow.go(update, ctx, NEW_TOPIC)


async def chose_new(update: Update, ctx: BotContext) -> str:
    return await flow.go(update, ctx, NEW_TOPIC)


async def ask_new_topic(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    rows = [
        [_button(kb_views.topic_name(ctx, c.id), cb(NS, "nt", c.id))]
        for c in ctx.services.faq.categories
    ]
    await ask(update, ctx, ctx.t("kb-new-topic-prompt"), rows, hint=hint)


async def chose_new_topic(update: Update, ctx: BotContext) -> str:
    topic = callback_arg(update) or ""
    if ctx.services.faq.category(topic) is None:
        return await flow.go(update, ctx, NEW_TOPIC, hint=ctx.t("kb-error-unknown-category"))
    flow.data(ctx)["topic"] = topic
    return await flow.go(update, ctx, NEW_ID)


async def ask_new_id(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    await ask(update, ctx, ctx.t("kb-new-id-prompt"), hint=hint)


async def named_new(update: Update, ctx: BotContext) -> str:
    data = flow.data(ctx)
    try:
        entry = await ctx.services.knowledge.add(
            message_of(update).text or "",
            data.get("topic", ""),
            ctx.profile.id,
            draft_from=data.get("draft_from", []),
        )
    except KnowledgeError as error:
        await ask_new_id(update, ctx, hint=ctx.t(error.key, **error.params))
        return NEW_ID
    await ctx.services.questions.mark_drafted(data.get("drafted", []), entry.id)
    await ctx.services.audit.record(ctx.profile.id, AuditAction.KB_EDIT, detail=f"{entry.id} added")
    data.update(entry=entry.id, list=["drafts", ""])
    return await flow.go(update, ctx, ENTRY, hint=ctx.t("kb-created", id=entry.id))


# ------------------------------------------------------------------ wiring
def _steps() -> None:
    text = f.TEXT & ~f.COMMAND
    on = flow.button_handler
    steps = (
        Step(HOME, ask_home, None, Expect.TEXT_OR_BUTTONS, [
            on(chose_topic, "topic"), on(chose_drafts, "drafts"), on(chose_new, "new"),
            MessageHandler(text, searched),
        ]),
        Step(LIST, ask_list, HOME, Expect.TEXT_OR_BUTTONS, [
            on(chose_entry, "e"), MessageHandler(text, searched),
        ]),
        Step(ENTRY, ask_entry, LIST, Expect.BUTTONS, [
            on(chose_field, "f"), on(chose_history, "hist"), on(set_status, "pub"),
            on(set_status, "ret"),
        ]),
        Step(EDIT, ask_edit, ENTRY, Expect.TEXT, [MessageHandler(text, edited)]),
        Step(HISTORY, ask_history, ENTRY, Expect.BUTTONS),
        Step(NEW_TOPIC, ask_new_topic, HOME, Expect.BUTTONS, [on(chose_new_topic, "nt")]),
        Step(NEW_ID, ask_new_id, NEW_TOPIC, Expect.TEXT, [MessageHandler(text, named_new)]),
    )  # fmt: skip
    for step in steps:
        flow.add(step)


_steps()


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    entries = [
        CommandHandler("kb", start, filters=f.ChatType.PRIVATE),
        flow.button_handler(draft_candidate, "cand"),
    ]
    return [flow.build(entries, timeout_seconds=services.settings.flow_timeout_minutes * 60)]
