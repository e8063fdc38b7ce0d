"""First-response targets: how long each priority may wait for an agent (settings)."""

from __future__ import annotations

from bot.core.config import Settings
from bot.domain.tickets import Priority


def first_response_minutes(settings: Settings, priority: Priority) -> float:
    return {
        Priority.HIGH: settings.sla_high_minutes,
        Priority.NORMAL: settings.sla_normal_minutes,
        Priority.LOW: settings.sla_low_minutes,
    }[priority]
