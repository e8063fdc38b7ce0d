"""How a broadcast looks to its recipient; the admin's preview goes through the same code."""

from __future__ import annotations

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.core.callbacks import cb
from bot.core.i18n import Translator
from bot.domain.broadcasts import Content, ContentType


def notice_markup(
    translator: Translator, locale: str, *, security_critical: bool
) -> InlineKeyboardMarkup | None:
    """Ordinary announcements carry a one-press opt-out; security notices reach everyone."""
    return None if security_critical else notices_toggle(translator, locale, opted_out=False)


def notices_toggle(translator: Translator, locale: str, *, opted_out: bool) -> InlineKeyboardMarkup:
    """One button: stop announcements, or (once stopped) resume them."""
    if opted_out:
        label, data = translator.t(locale, "notices-resume-button"), cb("notice", "on")
    else:
        label, data = translator.t(locale, "notices-stop-button"), cb("notice", "off")
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data)]])


async def send_notice(
    bot: Bot,
    chat_id: int,
    content: Content,
    markup: InlineKeyboardMarkup | None,
    *,
    paid: bool = False,
) -> Message:
    """One notice. A paid one sets allow_paid_broadcast: Telegram then allows up to 1,000 a
    second and charges the bot's Stars (None leaves the parameter out of the request)."""
    allow_paid = True if paid else None
    if content.type is not ContentType.TEXT and content.file_id is None:
        raise ValueError(f"a {content.type} notice without its file")
    if content.type is ContentType.PHOTO and content.file_id is not None:
        return await bot.send_photo(
            chat_id,
            content.file_id,
            caption=content.text or None,
            reply_markup=markup,
            allow_paid_broadcast=allow_paid,
        )
    if content.type is ContentType.DOCUMENT and content.file_id is not None:
        return await bot.send_document(
            chat_id,
            content.file_id,
            caption=content.text or None,
            reply_markup=markup,
            allow_paid_broadcast=allow_paid,
        )
    return await bot.send_message(
        chat_id, content.text, reply_markup=markup, allow_paid_broadcast=allow_paid
    )
