"""/stats export: every row as CSV, readable by spreadsheets."""

from __future__ import annotations

from bot.db.stats import StatsRepository
from bot.stats.export import export_csv
from tests.unit.stats.seed import QUESTIONS, TICKETS


async def test_export_writes_every_row_as_csv(seeded: StatsRepository):
    data, count = await export_csv(seeded, "questions")
    lines = data.decode("utf-8-sig").splitlines()
    assert count == len(QUESTIONS) and len(lines) == count + 1
    assert lines[0] == "id,user_id,locale,text,faq_entry,score,asked_at"
    assert lines[3].startswith("3,1,en,忘记密码,forgot-password,0.5,")
    data, count = await export_csv(seeded, "tickets")
    assert count == len(TICKETS)
    assert data.decode("utf-8-sig").splitlines()[1].startswith("1,TP-0,1,funds,high,closed,")
