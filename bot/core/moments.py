"""When something happened, as people type it, in the team's timezone: `2026-11-24 14:30`,
`2026年11月24日`, `11月24日下午3点`, `昨天晚上8点`, `前天`, `刚才`, `上周五`, `yesterday 3pm`,
`Nov 24`, `2 hours ago`. dateparser reads the dates and the English; Chinese times of day
(下午3点, 晚上八点半), dates (11月24日) and weeks (上周五) are rewritten first into forms it
reads. The answer keeps the precision the user gave: a clock time when one was typed, the day
otherwise."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from bot.core.validation import InvalidInput

FUTURE_TOLERANCE = timedelta(minutes=5)
MAX_YEARS = 2
_STRICT = ("%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y/%m/%d %H:%M", "%Y/%m/%d", "%Y.%m.%d")

_HOUR = r"(\d{1,2}|[零一二两三四五六七八九十]{1,3})"
_CLOCK = re.compile(
    rf"(?P<part>上午|早上|早晨|凌晨|中午|下午|傍晚|晚上|夜里|半夜|昨晚|今晚)?\s*{_HOUR}\s*[点點时時]"
    rf"\s*(?P<minute>半|\d{{1,2}}|[零一二三四五六七八九十]{{1,3}})?\s*分?"
)
_PARTS_ONLY = re.compile(r"(上午|早上|早晨|凌晨|中午|下午|傍晚|晚上|夜里|半夜|昨晚|今早)")
_EVENING = {"下午", "傍晚", "晚上", "夜里", "昨晚", "今晚"}
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
             "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}  # fmt: skip
_CN_WEEK = re.compile(r"(上|这|本|下)?(?:周|星期|礼拜)([一二三四五六日天])")
_EN_WEEK = re.compile(
    r"\b(last |this |on |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
# Chinese relative times, into English dateparser reads: 两个小时之前 → 2 hours ago.
_CN_RELATIVE = re.compile(
    r"([0-9]+|[一二两三四五六七八九十半]+)\s*个?\s*(小时|钟头|分钟|天)\s*(之|以)?(前|后)"
)
_CN_UNITS = {"小时": "hours", "钟头": "hours", "分钟": "minutes", "天": "days"}
_PARTICLES = re.compile(r"[吧啊呀呢哦嘛的了]+$")
_ISO_LIKE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")
_MONTH_ONLY = re.compile(r"^(\d{1,2}|[一二三四五六七八九十]+)\s*月份?$")
# Days ahead, which dateparser (told to prefer the past) would turn into days behind.
_AHEAD = {"大后天": 3, "后天": 2, "明天": 1, "day after tomorrow": 2, "tomorrow": 1}
_AHEAD_WORDS = re.compile("|".join(_AHEAD), re.IGNORECASE)
# Some sign of a day: a number, a weekday, a day word. "November" or "last month" is too vague.
_DAY_EVIDENCE = re.compile(
    r"\d|today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|noon|ago|now|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|今|昨|前天|明|后天|刚|周|星期|礼拜"
    r"|[零一二两三四五六七八九十半]",
    re.IGNORECASE,
)
_CN_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?")
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_JUST_NOW = re.compile(r"^(刚才|刚刚|just now|right now|now)$")
_CLOCK_CUES = re.compile(
    r"\d{1,2}:\d{2}|\d\s*(am|pm)\b|\b(noon|midnight)\b|(小时|钟头|分钟|分)前"
    r"|\b(hours?|hrs?|minutes?|mins?)\b",
    re.IGNORECASE,
)


def parse_past_moment(text: str, *, now: datetime) -> str:
    """'YYYY-MM-DD HH:MM' (a time was given) or 'YYYY-MM-DD', not in the future, at most two
    years old; `now` is aware, in the team's timezone."""
    cleaned = " ".join(unicodedata.normalize("NFKC", text or "").split())
    local_now = now.replace(tzinfo=None, second=0, microsecond=0)
    moment, with_time = _read(cleaned, local_now)
    if moment > local_now + FUTURE_TOLERANCE:
        raise InvalidInput("invalid-date-future")
    if moment < _years_before(local_now, MAX_YEARS):
        raise InvalidInput("invalid-date-too-old")
    return moment.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def _read(text: str, now: datetime) -> tuple[datetime, bool]:
    for fmt in _STRICT:
        try:
            return datetime.strptime(text, fmt), "%H" in fmt
        except ValueError:
            continue
    if _ISO_LIKE.match(text):
        raise InvalidInput("invalid-date")  # 2026-13-01: a date's shape with no such day
    text = _PARTICLES.sub("", text).strip()
    if _JUST_NOW.match(text.casefold()):
        return now, True
    if not _DAY_EVIDENCE.search(text) or _MONTH_ONLY.match(text):
        raise InvalidInput("invalid-date")
    text = _AHEAD_WORDS.sub(
        lambda m: f" {(now + timedelta(days=_AHEAD[m.group(0).casefold()])).date()} ", text
    )
    text = text.replace("昨晚", "昨天晚上").replace("今晚", "今天晚上").replace("今早", "今天早上")
    text = re.sub(r"half an hour", "30 minutes", text, flags=re.IGNORECASE)
    text = _CN_RELATIVE.sub(_relative, text)
    rewritten, clock = _chinese_clock(text)
    rewritten = _CN_DATE.sub(_english_date, rewritten)
    week = lambda m: _week(m, now)  # noqa: E731
    rewritten = _EN_WEEK.sub(week, _CN_WEEK.sub(week, rewritten))
    rewritten = _PARTS_ONLY.sub(" ", rewritten)
    if not rewritten.strip() or not re.search(r"\d|[a-z]|[天周月日年前]", rewritten, re.I):
        raise InvalidInput("invalid-date")
    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": now,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
        "STRICT_PARSING": False,
    }
    import dateparser  # here: ~12 MB the bot pays only once someone types a date

    found = dateparser.parse(rewritten.strip(), languages=["zh", "en"], settings=settings)
    if found is None:
        raise InvalidInput("invalid-date")
    with_time = clock or bool(_CLOCK_CUES.search(text))
    if not with_time:
        found = found.replace(hour=0, minute=0)
    return found.replace(second=0, microsecond=0), with_time


def _chinese_clock(text: str) -> tuple[str, bool]:
    """下午3点半 → 15:30, so dateparser reads it; True when a clock time was found."""
    match = _CLOCK.search(text)
    if match is None:
        return text, False
    hour = _number(match.group(2))
    minute_text = match.group("minute")
    minute = 30 if minute_text == "半" else _number(minute_text) if minute_text else 0
    part = match.group("part")
    if (part in _EVENING and hour < 12) or (part == "中午" and hour < 6):
        hour += 12
    if hour > 23 or minute > 59:
        raise InvalidInput("invalid-date")
    return f"{text[: match.start()]} {hour:02d}:{minute:02d} {text[match.end() :]}", True


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    import cn2an  # here: ~5 MB the bot pays only once someone types Chinese numerals

    return int(cn2an.cn2an(text, "smart"))


def _week(match: re.Match[str], now: datetime) -> str:
    """上周五 / last Friday: the previous week's; 这周二 / this Tuesday: this week's (Monday
    first); 周一 / Monday alone: the most recent one, today included. As a date."""
    which = (match.group(1) or "").strip().casefold()
    weekday = _WEEKDAYS[match.group(2).casefold()]
    monday = now.date() - timedelta(days=now.weekday())
    if which in ("上", "last"):
        day = monday - timedelta(days=7 - weekday)
    elif which in ("下", "next"):
        day = monday + timedelta(days=7 + weekday)
    elif which in ("这", "本", "this"):
        day = monday + timedelta(days=weekday)
    else:
        day = now.date() - timedelta(days=(now.weekday() - weekday) % 7)
    return f" {day.isoformat()} "


def _relative(match: re.Match[str]) -> str:
    count, unit, _, direction = match.groups()
    if count == "半":  # 半小时 is 30 minutes; 半天 is too vague to place, read as 12 hours
        words = "30 minutes" if unit in ("小时", "钟头") else "12 hours"
    else:
        words = f"{_number(count)} {_CN_UNITS[unit]}"
    return f" {words} ago " if direction == "前" else f" in {words} "


def _english_date(match: re.Match[str]) -> str:
    """2026年11月24日 / 11月24日 → '24 Nov 2026' / '24 Nov' (read the same in both languages)."""
    year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
    if not 1 <= month <= 12:
        raise InvalidInput("invalid-date")
    return f" {day} {_MONTHS[month - 1]} {year or ''} "


def _years_before(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year - years, day=28)
