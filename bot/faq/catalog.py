"""Which FAQ entries exist and how they are grouped. Their texts live in locales/*/faq.ftl:
message `faq-<entry>` is the question, `.answer` the answer, `.keywords` extra phrasings.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FaqCategory:
    id: str
    entry_ids: tuple[str, ...]

    @property
    def title_key(self) -> str:
        return f"faq-cat-{self.id}"


@dataclass(frozen=True, slots=True)
class FaqEntry:
    id: str
    category_id: str

    @property
    def message_key(self) -> str:
        return f"faq-{self.id}"


CATEGORIES: tuple[FaqCategory, ...] = (
    FaqCategory(
        "account",
        (
            "forgot-password",
            "reset-code-missing",
            "locked-account",
            "login-problems",
            "register-account",
            "update-account-info",
        ),
    ),
    FaqCategory(
        "security",
        ("wallet-safety", "two-factor", "lost-2fa-device", "never-share-secrets", "suspicious"),
    ),
    FaqCategory(
        "transfers",
        (
            "how-to-transfer",
            "transfer-failed",
            "transfer-delayed",
            "wrong-recipient",
            "cross-border",
            "transfer-limits",
        ),
    ),
    FaqCategory("payments", ("payment-methods", "fees", "refunds", "promotions")),
    FaqCategory("support", ("contact-support", "response-time", "complaints", "feedback")),
)


class FaqCatalog:
    def __init__(self, categories: tuple[FaqCategory, ...] = CATEGORIES) -> None:
        self.categories = categories
        self._categories = {c.id: c for c in categories}
        self._entries = {
            entry_id: FaqEntry(entry_id, category.id)
            for category in categories
            for entry_id in category.entry_ids
        }

    def category(self, category_id: str) -> FaqCategory | None:
        return self._categories.get(category_id)

    def entry(self, entry_id: str) -> FaqEntry | None:
        return self._entries.get(entry_id)

    @property
    def entries(self) -> list[FaqEntry]:
        return list(self._entries.values())
