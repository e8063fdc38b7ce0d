"""Parsing what users type into typed values, with masks for anything identifying.

Each parser raises InvalidInput carrying the catalog key of the explanation to show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import phonenumbers
from email_validator import EmailNotValidError, validate_email


class InvalidInput(ValueError):
    """`key` names the explanation; `params` say what was understood, for the re-ask."""

    def __init__(self, key: str, **params: str) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True, slots=True)
class Contact:
    kind: str  # "email" or "phone"
    masked: str


def mask_email(address: str) -> str:
    local, _, domain = address.partition("@")
    return f"{local[:1]}***@{domain}"


def mask_phone(number: phonenumbers.PhoneNumber) -> str:
    national = phonenumbers.national_significant_number(number)
    if len(national) <= 6:
        hidden = national[:1] + "*" * (len(national) - 2) + national[-1:]
    else:
        hidden = national[:3] + "*" * (len(national) - 7) + national[-4:]
    return f"+{number.country_code} {hidden}"


def parse_contact(text: str, *, default_region: str = "CN") -> Contact:
    """A registered email address or phone number, returned only in masked form."""
    text = text.strip()
    if "@" in text:
        try:
            email = validate_email(text, check_deliverability=False).normalized
        except EmailNotValidError:
            raise InvalidInput("invalid-contact") from None
        return Contact("email", mask_email(email))
    digits = re.sub(r"[\s\-()]", "", text)
    if not re.fullmatch(r"\+?\d{6,16}", digits):
        raise InvalidInput("invalid-contact")
    try:
        number = phonenumbers.parse(digits, None if digits.startswith("+") else default_region)
    except phonenumbers.NumberParseException:
        raise InvalidInput("invalid-contact") from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidInput("invalid-contact")
    return Contact("phone", mask_phone(number))


def relative_day(days_ago: int, *, now: datetime) -> str:
    return (now.date() - timedelta(days=days_ago)).isoformat()


_TX_HASH = re.compile(r"^(0x)?[0-9a-fA-F]{64}$")
_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{5,63}$")


def parse_transaction_id(text: str) -> str:
    """A transaction hash (64 hex, optional 0x) or a reference number (6–64 letters/digits)."""
    value = (text or "").strip()
    if _TX_HASH.match(value) or _REFERENCE.match(value):
        return value
    raise InvalidInput("invalid-transaction-id")


# What identifies a recipient inside what was typed: emails, long digit runs (account and card
# numbers, phone numbers; spaces and dashes inside), and long letters-and-digits runs (wallet
# addresses). Bank names and holders' names around them stay as typed.
_EMAIL_IN_TEXT = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
_DIGIT_RUN = re.compile(r"\+?\d(?:[\s-]?\d){5,}")
_ADDRESS = re.compile(r"\b(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{20,}\b")


def _lower_domain(address: str) -> str:
    local, _, domain = address.partition("@")
    return f"{local}@{domain.lower()}"


def _mask_run(value: str) -> str:
    compact = re.sub(r"[\s-]", "", value)
    keep = 4 if len(compact) >= 10 else 2
    return f"{compact[:keep]}…{compact[-keep:]}"


def mask_recipient(text: str) -> str:
    """Recipient details stored masked, keeping the shape of what was typed:
    '工商银行 6222021234567890128 张三' → '工商银行 6222…0128 张三'."""
    value = " ".join((text or "").split())
    try:
        return parse_contact(value).masked
    except InvalidInput:
        pass
    masked = _EMAIL_IN_TEXT.sub(lambda m: mask_email(_lower_domain(m.group(0))), value)
    masked = _ADDRESS.sub(lambda m: _mask_run(m.group(0)), masked)
    masked = _DIGIT_RUN.sub(lambda m: _mask_run(m.group(0)), masked)
    if masked != value:
        return masked
    compact = re.sub(r"\s", "", value)
    if len(compact) >= 4:  # a user name: its first and last characters
        return f"{compact[:1]}{'*' * (len(compact) - 3)}{compact[-2:]}"
    raise InvalidInput("invalid-recipient")


def clean_text(text: str | None, *, minimum: int, maximum: int) -> str:
    value = (text or "").strip()
    if len(value) < minimum:
        raise InvalidInput("text-too-short")
    if len(value) > maximum:
        raise InvalidInput("text-too-long-field")
    return value


def today(now: datetime) -> date:
    return now.date()
