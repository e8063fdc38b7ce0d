"""Login & password: self-service guidance first; a locked account or a lost two-factor
device becomes a HIGH account-security ticket; app errors a NORMAL technical one."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler
from telegram.ext import filters as f

from bot.core import callbacks
from bot.core.callbacks import cb
from bot.core.clock import utc_now
from bot.core.validation import (
    InvalidInput,
    clean_text,
    parse_contact,
    parse_past_moment,
    relative_day,
)
from bot.domain.tickets import Attachment, Category, NewTicket, TicketField
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.flow import Expect, Flow, Step, ask, callback_arg, choice_rows
from bot.ui.ticket_ack import open_and_acknowledge

BRANCH, GUIDE, CONTACT, LAST_LOGIN, DEVICE = (
    "login.branch",
    "login.guide",
    "login.contact",
    "login.last_login",
    "login.device",
)
T_DEVICE, T_OS, T_VERSION, T_ERROR = (
    "login.tech_device",
    "login.tech_os",
    "login.tech_version",
    "login.tech_error",
)
SELF_SERVICE = ("forgot", "code", "crash")
BRANCHES = ("forgot", "code", "locked", "twofa", "crash")
LAST_LOGIN_CHOICES = ("today", "yesterday", "week", "longer", "unknown")
DEVICE_CHOICES = ("iphone", "android", "web")
OS_CHOICES = ("ios", "android", "windows", "macos")
MAX_SHORT = 100
MAX_ERROR = 2000

flow = Flow("login")


# ------------------------------------------------------------------ questions
async def ask_branch(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    rows = choice_rows(ctx, [(f"login-branch-{b}", cb("lg", "branch", b)) for b in BRANCHES])
    await ask(update, ctx, ctx.t("login-branch-prompt"), rows, hint=hint)


async def ask_guide(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    branch = flow.data(ctx).get("branch", "forgot")
    rows = choice_rows(
        ctx,
        [
            ("btn-solved-yes", cb("lg", "solved", "yes")),
            ("btn-solved-no", cb("lg", "solved", "no")),
        ],
        per_row=2,
    )
    text = f"{ctx.t(f'login-guide-{branch}')}\n\n{ctx.t('did-this-solve-it')}"
    await ask(update, ctx, text, rows, hint=hint)


async def ask_contact(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    text = f"{ctx.t('login-contact-prompt')}\n\n{ctx.t('never-ask-secrets')}"
    await ask(update, ctx, text, hint=hint)


async def ask_last_login(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    choices = [(f"last-login-{c}", cb("lg", "last", c)) for c in LAST_LOGIN_CHOICES]
    await ask(
        update, ctx, ctx.t("login-last-prompt"), choice_rows(ctx, choices, per_row=2), hint=hint
    )


async def ask_device(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    choices = [(f"device-{c}", cb("lg", "device", c)) for c in DEVICE_CHOICES]
    await ask(
        update, ctx, ctx.t("login-device-prompt"), choice_rows(ctx, choices, per_row=3), hint=hint
    )


async def ask_tech_device(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    await ask(update, ctx, ctx.t("tech-device-prompt"), hint=hint)


async def ask_tech_os(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    choices = [(f"os-{c}", cb("lg", "os", c)) for c in OS_CHOICES]
    await ask(update, ctx, ctx.t("tech-os-prompt"), choice_rows(ctx, choices, per_row=2), hint=hint)


async def ask_tech_version(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    rows = choice_rows(ctx, [("btn-dont-know", cb("lg", "version", "unknown"))])
    await ask(update, ctx, ctx.t("tech-version-prompt"), rows, hint=hint)


async def ask_tech_error(update: Update, ctx: BotContext, hint: str | None = None) -> None:
    await ask(update, ctx, ctx.t("tech-error-prompt"), hint=hint)


# -------------------------------------------------------------------- answers
async def start(update: Update, ctx: BotContext) -> str:
    flow.clear(ctx)
    return await flow.go(update, ctx, BRANCH)


async def chose_branch(update: Update, ctx: BotContext) -> str:
    branch = callback_arg(update)
    if branch not in BRANCHES:
        return await flow.go(update, ctx, BRANCH)
    flow.data(ctx)["branch"] = branch
    if branch in SELF_SERVICE:
        return await flow.go(update, ctx, GUIDE)
    return await flow.go(update, ctx, CONTACT)


async def answered_guide(update: Update, ctx: BotContext) -> str | int:
    if callback_arg(update) == "yes":
        await update.callback_query.answer()
        return await flow.finish(update, ctx, ctx.t("glad-it-worked"))
    branch = flow.data(ctx).get("branch")
    return await flow.go(update, ctx, T_DEVICE if branch == "crash" else CONTACT)


async def typed_contact(update: Update, ctx: BotContext) -> str:
    try:
        contact = parse_contact(update.effective_message.text or "")
    except InvalidInput as error:
        await ask_contact(update, ctx, hint=ctx.t(error.key))
        return CONTACT
    flow.data(ctx)["contact"] = contact.masked
    return await flow.go(update, ctx, LAST_LOGIN)


async def chose_last_login(update: Update, ctx: BotContext) -> str:
    choice = callback_arg(update)
    if choice not in LAST_LOGIN_CHOICES:
        return await flow.go(update, ctx, LAST_LOGIN)
    now = utc_now().astimezone(ctx.services.settings.zone)
    dated = {"today": 0, "yesterday": 1}
    flow.data(ctx)["last_login"] = (
        [relative_day(dated[choice], now=now), False]
        if choice in dated
        else [f"last-login-{choice}", True]
    )
    return await flow.go(update, ctx, DEVICE)


async def typed_last_login(update: Update, ctx: BotContext) -> str:
    now = utc_now().astimezone(ctx.services.settings.zone)
    try:
        moment = parse_past_moment(update.effective_message.text or "", now=now)
    except InvalidInput as error:
        await ask_last_login(update, ctx, hint=ctx.t(error.key))
        return LAST_LOGIN
    flow.data(ctx)["last_login"] = [moment, False]
    return await flow.go(update, ctx, DEVICE)


async def _account_ticket(update: Update, ctx: BotContext, device: list[object]) -> int:
    data = flow.data(ctx)
    last_value, last_translate = data.get("last_login", ["last-login-unknown", True])
    new = NewTicket(
        user_id=ctx.profile.id,
        category=Category.ACCOUNT_SECURITY,
        subject=f"login-branch-{data.get('branch', 'locked')}",
        details=(
            TicketField("field-problem", f"login-branch-{data.get('branch', 'locked')}", True),
            TicketField("field-contact", data.get("contact", "")),
            TicketField("field-last-login", str(last_value), bool(last_translate)),
            TicketField("field-device", str(device[0]), bool(device[1])),
        ),
    )
    text = await open_and_acknowledge(ctx, new, lead=ctx.t("identity-check-explained"))
    return await flow.finish(update, ctx, text)


async def chose_device(update: Update, ctx: BotContext) -> str | int:
    choice = callback_arg(update)
    if choice not in DEVICE_CHOICES:
        return await flow.go(update, ctx, DEVICE)
    await update.callback_query.answer()
    return await _account_ticket(update, ctx, [f"device-{choice}", True])


async def typed_device(update: Update, ctx: BotContext) -> str | int:
    try:
        device = clean_text(update.effective_message.text, minimum=2, maximum=MAX_SHORT)
    except InvalidInput as error:
        await ask_device(update, ctx, hint=ctx.t(error.key, limit=MAX_SHORT))
        return DEVICE
    return await _account_ticket(update, ctx, [device, False])


async def typed_tech_device(update: Update, ctx: BotContext) -> str:
    try:
        flow.data(ctx)["device"] = clean_text(
            update.effective_message.text, minimum=2, maximum=MAX_SHORT
        )
    except InvalidInput as error:
        await ask_tech_device(update, ctx, hint=ctx.t(error.key, limit=MAX_SHORT))
        return T_DEVICE
    return await flow.go(update, ctx, T_OS)


async def chose_os(update: Update, ctx: BotContext) -> str:
    choice = callback_arg(update)
    if choice not in OS_CHOICES:
        return await flow.go(update, ctx, T_OS)
    flow.data(ctx)["os"] = [f"os-{choice}", True]
    return await flow.go(update, ctx, T_VERSION)


async def typed_os(update: Update, ctx: BotContext) -> str:
    try:
        text = clean_text(update.effective_message.text, minimum=2, maximum=MAX_SHORT)
    except InvalidInput as error:
        await ask_tech_os(update, ctx, hint=ctx.t(error.key, limit=MAX_SHORT))
        return T_OS
    flow.data(ctx)["os"] = [text, False]
    return await flow.go(update, ctx, T_VERSION)


async def chose_unknown_version(update: Update, ctx: BotContext) -> str:
    flow.data(ctx)["version"] = ["btn-dont-know", True]
    return await flow.go(update, ctx, T_ERROR)


async def typed_version(update: Update, ctx: BotContext) -> str:
    text = (update.effective_message.text or "").strip().lstrip("vV")
    parts = text.split(".")
    if not (1 <= len(parts) <= 4 and all(p.isdigit() and len(p) <= 5 for p in parts)):
        await ask_tech_version(update, ctx, hint=ctx.t("invalid-version"))
        return T_VERSION
    flow.data(ctx)["version"] = [text, False]
    return await flow.go(update, ctx, T_ERROR)


async def sent_error(update: Update, ctx: BotContext) -> str | int:
    message = update.effective_message
    attachments: tuple[Attachment, ...] = ()
    description = ""  # a screenshot's caption stays with the screenshot
    if message.photo:
        attachments = (Attachment("photo", message.photo[-1].file_id, message.caption or ""),)
    elif message.document:
        attachments = (Attachment("document", message.document.file_id, message.caption or ""),)
    else:
        try:
            description = clean_text(message.text, minimum=3, maximum=MAX_ERROR)
        except InvalidInput as error:
            await ask_tech_error(update, ctx, hint=ctx.t(error.key, limit=MAX_ERROR))
            return T_ERROR
    data = flow.data(ctx)
    os_value, os_translate = data.get("os", ["", False])
    version, version_translate = data.get("version", ["", False])
    new = NewTicket(
        user_id=ctx.profile.id,
        category=Category.TECHNICAL,
        subject="login-branch-crash",
        details=(
            TicketField("field-device", data.get("device", "")),
            TicketField("field-os", os_value, os_translate),
            TicketField("field-app-version", version, version_translate),
        ),
        description=description[:MAX_ERROR],
        attachments=attachments,
    )
    return await flow.finish(update, ctx, await open_and_acknowledge(ctx, new))


def build_handlers(services: Services) -> list[ConversationHandler[BotContext]]:
    text = f.TEXT & ~f.COMMAND
    pattern = callbacks.pattern
    flow.add(
        Step(
            BRANCH,
            ask_branch,
            None,
            Expect.BUTTONS,
            [CallbackQueryHandler(chose_branch, pattern=pattern("lg", "branch"))],
        )
    )
    flow.add(
        Step(
            GUIDE,
            ask_guide,
            BRANCH,
            Expect.BUTTONS,
            [CallbackQueryHandler(answered_guide, pattern=pattern("lg", "solved"))],
        )
    )
    flow.add(Step(CONTACT, ask_contact, BRANCH, Expect.TEXT, [MessageHandler(text, typed_contact)]))
    flow.add(
        Step(
            LAST_LOGIN,
            ask_last_login,
            CONTACT,
            Expect.TEXT_OR_BUTTONS,
            [
                CallbackQueryHandler(chose_last_login, pattern=pattern("lg", "last")),
                MessageHandler(text, typed_last_login),
            ],
        )
    )
    flow.add(
        Step(
            DEVICE,
            ask_device,
            LAST_LOGIN,
            Expect.TEXT_OR_BUTTONS,
            [
                CallbackQueryHandler(chose_device, pattern=pattern("lg", "device")),
                MessageHandler(text, typed_device),
            ],
        )
    )
    flow.add(
        Step(
            T_DEVICE, ask_tech_device, GUIDE, Expect.TEXT, [MessageHandler(text, typed_tech_device)]
        )
    )
    flow.add(
        Step(
            T_OS,
            ask_tech_os,
            T_DEVICE,
            Expect.TEXT_OR_BUTTONS,
            [
                CallbackQueryHandler(chose_os, pattern=pattern("lg", "os")),
                MessageHandler(text, typed_os),
            ],
        )
    )
    flow.add(
        Step(
            T_VERSION,
            ask_tech_version,
            T_OS,
            Expect.TEXT_OR_BUTTONS,
            [
                CallbackQueryHandler(chose_unknown_version, pattern=pattern("lg", "version")),
                MessageHandler(text, typed_version),
            ],
        )
    )
    flow.add(
        Step(
            T_ERROR,
            ask_tech_error,
            T_VERSION,
            Expect.ANYTHING,
            [MessageHandler(text | f.PHOTO | f.Document.ALL, sent_error)],
        )
    )
    return [
        flow.build(
            [
                CallbackQueryHandler(start, pattern=pattern("m", "login")),
                CommandHandler("login", start, filters=f.ChatType.PRIVATE),
            ],
            timeout_seconds=services.settings.flow_timeout_minutes * 60,
        )
    ]
