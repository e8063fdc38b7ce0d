"""Recovery phrases (BIP-39) in what a user typed, English (bot/safety/phrases_en.py) and
Chinese (bot/safety/phrases_zh.py), and whether a message is a part of one."""

from __future__ import annotations

from bot.safety.normalize import Normalized
from bot.safety.phrase_runs import PhraseScan
from bot.safety.phrases_en import find_english
from bot.safety.phrases_zh import find_chinese


def find_phrases(normalized: Normalized) -> PhraseScan:
    english_runs, english_fragment, english_strong = find_english(normalized)
    chinese_runs, chinese_fragment, chinese_strong = find_chinese(normalized)
    runs = tuple(sorted([*english_runs, *chinese_runs], key=lambda r: r.start))
    if runs or (english_fragment and chinese_fragment):
        return PhraseScan(runs, None)  # a message of both scripts is not half of one phrase
    if english_fragment:
        return PhraseScan(runs, english_fragment, english_strong)
    return PhraseScan(runs, chinese_fragment, chinese_strong)
