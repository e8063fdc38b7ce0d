"""Payment card numbers: 13-19 digits in any grouping (spaces, dashes, dots, none), glued to
Chinese text or not, fullwidth digits included (normalized before this runs), with a real
issuer prefix and length and a valid Luhn check digit. A number introduced as an order,
serial or bank-statement reference is not a card."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Digits in groups joined by at most one separator; letters on either side make it a code.
_DIGIT_GROUPS = re.compile(r"(?<![0-9a-z])[0-9]+(?:[ \-.]{1,3}[0-9]+)*(?![0-9a-z])")
_GROUP = re.compile(r"[0-9]+")
_ISSUER_FIRST_DIGITS = frozenset("2345678")
MAX_CANDIDATES = 200  # a message is a few numbers, not a spreadsheet: bounded work on any input
_REFERENCE_BEFORE = re.compile(
    r"(?:订单|单号|流水|交易号|交易编号|编号|序列号|追踪|快递|运单|工单|账单|发票|凭证|参考号|"
    r"\border|\bref\b|\breference|\bserial|\btracking|\binvoice|\btxn|\bimei|\bid\b|\bno\b|#)"
    r"[^\n。.!?！？]{0,12}$"
)
_CARD_BEFORE = re.compile(
    r"(?:卡号|卡號|银行卡|信用卡|借记卡|储蓄卡|\bcard|\bvisa|\bmaster)[^\n]{0,16}$"
)


@dataclass(frozen=True, slots=True)
class CardMatch:
    start: int  # in the normalized text
    end: int


_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn_valid(digits: str) -> bool:
    reverse = digits[::-1]
    total = sum(map(int, reverse[0::2])) + sum(_DOUBLED[int(d)] for d in reverse[1::2])
    return total % 10 == 0


def issuer_accepts(digits: str) -> bool:
    """A prefix some card network issues, at a length that network uses."""
    if digits[0] not in _ISSUER_FIRST_DIGITS:
        return False
    length = len(digits)
    two, three, four = int(digits[:2]), int(digits[:3]), int(digits[:4])
    if digits[0] == "4":
        return length in (13, 16, 19)  # Visa
    if 51 <= two <= 55 or 2221 <= four <= 2720 or 2200 <= four <= 2204:
        return length == 16  # Mastercard, Mir
    if two in (34, 37):
        return length == 15  # American Express
    if digits[0] == "6" or two == 81:
        return 16 <= length <= 19  # UnionPay, Discover, RuPay, Bank of China (601382...)
    if 3528 <= four <= 3589:
        return 16 <= length <= 19  # JCB
    if 300 <= three <= 305 or two in (36, 38, 39):
        return 14 <= length <= 19  # Diners
    return False


def _candidates(groups: list[str]) -> Iterator[tuple[int, int]]:
    """Consecutive groups holding 13-19 digits, from each starting group (a card followed by its
    expiry or CVV, or two numbers in a row)."""
    for first in range(len(groups)):
        count = 0
        for last in range(first, len(groups)):
            if last > first and len(groups[last - 1]) < 3:
                break  # cards are grouped in threes to sixes; "1 2 3 4" is not a card
            count += len(groups[last])
            if count > 19:
                break
            if count >= 13:
                yield first, last


def find_cards(folded: str) -> list[CardMatch]:
    found: list[CardMatch] = []
    budget = MAX_CANDIDATES
    for match in _DIGIT_GROUPS.finditer(folded):
        if len(match.group(0)) < 13:
            continue
        spans = [g.span() for g in _GROUP.finditer(folded, match.start(), match.end())]
        groups = [folded[a:b] for a, b in spans]
        taken_until = -1
        for first, last in _candidates(groups):
            budget -= 1
            if budget < 0:
                return found
            start, end = spans[first][0], spans[last][1]
            if start < taken_until or groups[first][0] not in _ISSUER_FIRST_DIGITS:
                continue
            digits = "".join(groups[first : last + 1])
            if not (issuer_accepts(digits) and luhn_valid(digits)):
                continue
            before = folded[max(0, start - 24) : start]
            if _REFERENCE_BEFORE.search(before) and not _CARD_BEFORE.search(before):
                continue
            found.append(CardMatch(start, end))
            taken_until = end
    return found
