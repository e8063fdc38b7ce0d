"""Login & password: self-service guidance first; a locked account or a lost two-factor
device becomes a HIGH account-security ticket; app errors a NORMAL technical one."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler

from bot.core.clock import utc_now
from bot.core.moments import parse_past_moment
from bot.core.validation import (
    InvalidInput,
    clean_text,
    parse_contact,
    relative_day,
)
from bot.domain.tickets import Attachment, Category, TicketField
from bot.runtime.context import BotContext
from bot.runtime.services import Services
from bot.ui.flow import Flow
from bot.ui.flow_steps import Buttons, Media, Parse, Typed, labelled, question
from bot.ui.parts import query_of
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
DATED = {"today": 0, "yesterday": 1}
DEVICE_CHOICES = ("iphone", "android", "web")
OS_CHOICES = ("ios", "android", "windows", "macos")
MAX_SHORT = 100
MAX_ERROR = 2000
ORDER = 30

flow = Flow(
    "login",
    namespace="lg",
    command="login",
    menu=("menu-login", 10),
    category=Category.ACCOUNT_SECURITY,
)


# ------------------------------------------------------------------- prompts
def _guide(ctx: BotContext) -> str:
    branch = flow.data(ctx).get("branch", "forgot")
    return f"{ctx.t(f'login-guide-{branch}')}\n\n{ctx.t('did-this-solve-it')}"


def _contact_prompt(ctx: BotContext) -> str:
    return f"{ctx.t('login-contact-prompt')}\n\n{ctx.t('never-ask-secrets')}"


# ------------------------------------------------------------- typed answers
def _short(text: str, ctx: BotContext) -> str:
    return clean_text(text, minimum=2, maximum=MAX_SHORT)


def _contact(text: str, ctx: BotContext) -> str:
    return parse_contact(text).masked


def _moment(text: str, ctx: BotContext) -> list[object]:
    return [parse_past_moment(text, now=utc_now().astimezone(ctx.services.settings.zone)), False]


def _version(text: str, ctx: BotContext) -> list[object]:
    value = text.strip().lstrip("vV")
    parts = value.split(".")
    if not (1 <= len(parts) <= 4 and all(p.isdigit() and len(p) <= 5 for p in parts)):
        raise InvalidInput("invalid-version")
    return [value, False]


def _free_text(parse: Parse) -> Parse:
    """A typed answer kept as [text, False]: a value, not a catalog key."""
    return lambda text, ctx: [parse(text, ctx), False]


# -------------------------------------------------------------------- answers
async def chose_branch(update: Update, ctx: BotContext, branch: str) -> str:
    flow.data(ctx)["branch"] = branch
    return await flow.go(update, ctx, GUIDE if branch in SELF_SERVICE else CONTACT)


async def answered_guide(update: Update, ctx: BotContext, answer: str) -> str | int:
    if answer == "yes":
        await query_of(update).answer()
        return await flow.finish(update, ctx, ctx.t("glad-it-worked"))
    branch = flow.data(ctx).get("branch")
    return await flow.go(update, ctx, T_DEVICE if branch == "crash" else CONTACT)


async def chose_last_login(update: Update, ctx: BotContext, choice: str) -> str:
    now = utc_now().astimezone(ctx.services.settings.zone)
    flow.data(ctx)["last_login"] = (
        [relative_day(DATED[choice], now=now), False]
        if choice in DATED
        else [f"last-login-{choice}", True]
    )
    return await flow.go(update, ctx, DEVICE)


async def _account_ticket(update: Update, ctx: BotContext, device: list[object]) -> int:
    data = flow.data(ctx)
    last_value, last_translate = data.get("last_login", ["last-login-unknown", True])
    branch = f"login-branch-{data.get('branch', 'locked')}"
    new = flow.ticket(
        ctx,
        subject=branch,
        details=(
            TicketField("field-problem", branch, True),
            TicketField("field-contact", data.get("contact", "")),
            TicketField("field-last-login", str(last_value), bool(last_translate)),
            TicketField("field-device", str(device[0]), bool(device[1])),
        ),
    )
    text = await open_and_acknowledge(ctx, new, lead=ctx.t("identity-check-explained"))
    return await flow.finish(update, ctx, text)


async def chose_device(update: Update, ctx: BotContext, choice: str) -> int:
    await query_of(update).answer()
    return await _account_ticket(update, ctx, [f"device-{choice}", True])


async def typed_device(update: Update, ctx: BotContext, device: str) -> int:
    return await _account_ticket(update, ctx, [device, False])


async def chose_os(update: Update, ctx: BotContext, choice: str) -> str:
    return await flow.store("os", T_VERSION)(update, ctx, [f"os-{choice}", True])


async def unknown_version(update: Update, ctx: BotContext, value: str) -> str:
    return await flow.store("version", T_ERROR)(update, ctx, ["btn-dont-know", True])


async def _technical_ticket(
    update: Update, ctx: BotContext, description: str, attachments: tuple[Attachment, ...]
) -> int:
    data = flow.data(ctx)
    os_value, os_translate = data.get("os", ["", False])
    version, version_translate = data.get("version", ["", False])
    new = flow.ticket(
        ctx,
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


async def error_described(update: Update, ctx: BotContext, text: str) -> int:
    return await _technical_ticket(update, ctx, text, ())


async def error_shown(update: Update, ctx: BotContext, attachment: Attachment) -> int:
    # A screenshot's caption stays with the screenshot.
    return await _technical_ticket(update, ctx, "", (attachment,))


# --------------------------------------------------------------------- steps
question(
    flow,
    BRANCH,
    prompt="login-branch-prompt",
    back=None,
    buttons=Buttons(labelled(BRANCHES, "login-branch-{}"), chose_branch),
)
question(
    flow,
    GUIDE,
    prompt=_guide,
    back=BRANCH,
    buttons=Buttons(
        (("yes", "btn-solved-yes"), ("no", "btn-solved-no")), answered_guide, per_row=2
    ),
)
question(
    flow,
    CONTACT,
    prompt=_contact_prompt,
    back=BRANCH,
    text=Typed(_contact, flow.store("contact", LAST_LOGIN)),
)
question(
    flow,
    LAST_LOGIN,
    prompt="login-last-prompt",
    back=CONTACT,
    buttons=Buttons(labelled(LAST_LOGIN_CHOICES, "last-login-{}"), chose_last_login, per_row=2),
    text=Typed(_moment, flow.store("last_login", DEVICE)),
)
question(
    flow,
    DEVICE,
    prompt="login-device-prompt",
    back=LAST_LOGIN,
    buttons=Buttons(labelled(DEVICE_CHOICES, "device-{}"), chose_device, per_row=3),
    text=Typed(_short, typed_device, MAX_SHORT),
)
question(
    flow,
    T_DEVICE,
    prompt="tech-device-prompt",
    back=GUIDE,
    text=Typed(_short, flow.store("device", T_OS), MAX_SHORT),
)
question(
    flow,
    T_OS,
    prompt="tech-os-prompt",
    back=T_DEVICE,
    buttons=Buttons(labelled(OS_CHOICES, "os-{}"), chose_os, per_row=2),
    text=Typed(_free_text(_short), flow.store("os", T_VERSION), MAX_SHORT),
)
question(
    flow,
    T_VERSION,
    prompt="tech-version-prompt",
    back=T_OS,
    buttons=Buttons((("unknown", "btn-dont-know"),), unknown_version),
    text=Typed(_version, flow.store("version", T_ERROR)),
)
question(
    flow,
    T_ERROR,
    prompt="tech-error-prompt",
    back=T_VERSION,
    text=Typed(
        lambda text, ctx: clean_text(text, minimum=3, maximum=MAX_ERROR), error_described, MAX_ERROR
    ),
    media=Media(error_shown),
)


def build_handlers(services: Services) -> list[BaseHandler[Update, BotContext, Any]]:
    return [flow.build(timeout_seconds=services.settings.flow_timeout_minutes * 60)]
