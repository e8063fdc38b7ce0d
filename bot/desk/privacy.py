"""A user's data on request: a copy of everything stored about them (/mydata), and its erasure
(/forget, or an admin's /erase for a user who lost their account), recorded in the audit
trail, with the agents' cards showing the tickets as erased."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from bot.core.clock import iso, utc_now
from bot.core.i18n import Translator
from bot.db.audit import AuditAction, AuditRepository
from bot.db.privacy import Erased, PrivacyRepository, UserData
from bot.db.store import Store
from bot.db.tickets import TicketRepository
from bot.desk.active import ActiveTickets
from bot.desk.queue import DeskQueue


@dataclass(frozen=True, slots=True)
class DataExport:
    filename: str
    data: bytes  # JSON, UTF-8
    summary: str  # readable, in the user's language


class PrivacyService:
    def __init__(
        self,
        store: PrivacyRepository,
        *,
        db: Store,
        audit: AuditRepository,
        tickets: TicketRepository,
        active: ActiveTickets,
        queue: DeskQueue,
        translator: Translator,
    ) -> None:
        self._store = store
        self._db = db
        self._audit = audit
        self._tickets = tickets
        self._active = active
        self._queue = queue
        self._translator = translator

    async def export(self, user_id: int, locale: str) -> DataExport | None:
        found = await self._store.user_data(user_id)
        if found is None:
            return None
        document = {"exported_at": iso(utc_now()), **asdict(found)}
        data = json.dumps(document, ensure_ascii=False, indent=2).encode()
        return DataExport(
            f"tpwallet-support-data-{user_id}.json", data, self._summary(found, locale)
        )

    def _summary(self, found: UserData, locale: str) -> str:
        t = self._translator.t
        lines = [
            t(
                locale,
                "privacy-export-summary",
                name=found.first_name,  # the translator escapes it for HTML
                since=found.first_seen_at[:10],
                tickets=len(found.tickets),
                messages=sum(len(ticket.messages) for ticket in found.tickets),
                questions=len(found.questions),
                feedback=len(found.feedback),
                notices=t(
                    locale, "privacy-notices-off" if found.notices_opt_out else "privacy-notices-on"
                ),
            )
        ]
        for ticket in found.tickets:
            lines.append(
                t(
                    locale,
                    "privacy-export-ticket",
                    reference=ticket.reference,
                    status=t(locale, f"status-{ticket.status}"),
                    created=ticket.created_at[:10],
                    messages=len(ticket.messages),
                )
            )
        return "\n".join(lines)

    async def erase(self, user_id: int, *, actor_id: int) -> Erased:
        erased = await self._store.erase(user_id)
        await self._active.refresh(user_id)
        cards = []
        for ticket in await self._tickets.for_user(user_id, limit=1000):
            if ticket.card_message_id is not None and self._queue.enabled:
                cards.append(self._queue.card(ticket))
        await self._queue.enqueue(cards)
        await self._audit.record(actor_id, AuditAction.ERASE, detail=f"user {user_id}")
        await self._db.checkpoint()  # the erased words leave the write-ahead log's bytes too
        return erased
