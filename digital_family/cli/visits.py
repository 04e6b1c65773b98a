"""``digital-family visits``: the leaders' and ambassadors' recorded visits (SPEC §4)."""

from __future__ import annotations

import json
from typing import Any

import typer
from rich.table import Table

from digital_family.base import db
from digital_family.base.i18n import t
from digital_family.base.validation import ValidationError
from digital_family.cli.common import (
    TableOrJson,
    app,
    console,
    fail,
    ready_engine,
    system_in,
    ward_option,
)
from digital_family.households import visits


def entry(visit: visits.Visit) -> dict[str, Any]:
    """A visit as SPEC §4's JSON entry."""
    return {
        "at": visit.visited_on.isoformat(),
        "leader": visit.visitor_name or None,
        "household": visit.household_code,
        "outcome": visit.outcome,
        "helped": [{"member": name, "topic": topic} for _id, name, topic in visit.helped],
        "note": visit.note or None,
        "follow_up": visit.follow_up_on.isoformat() if visit.follow_up_on else None,
    }


def _topic(code: str) -> str:
    return t(f"visit.topic.{code}")


@app.command("visits")
def visits_cmd(
    group: str | None = typer.Option(None, "--group", help="Mã tổ dân phố."),
    since: str | None = typer.Option(None, "--since", help="Từ ngày (YYYY-MM-DD)."),
    output: TableOrJson = typer.Option(TableOrJson.table, "--format", help="table hoặc json."),
    ward: str | None = ward_option(),
) -> None:
    """Các lần tổ trưởng và đại sứ số đến thăm hộ, mới nhất trước."""
    with ready_engine() as engine, db.session_scope(engine) as session:
        try:
            found = visits.visit_list(session, system_in(session, ward), group_code=group,
                                      since=since, limit=5000)
        except ValidationError as exc:
            raise fail(exc.message, 2) from None
        entries = [entry(v) for v in found]
    if output is TableOrJson.json:
        typer.echo(json.dumps(entries, ensure_ascii=False))
        return
    table = Table(title=t("cli.visits.title"))
    for key in ("day", "who", "household", "outcome", "helped", "follow_up", "note"):
        table.add_column(t(f"cli.visits.{key}"), overflow="fold")
    for e in entries:
        table.add_row(
            e["at"], e["leader"] or "", e["household"], t(f"visit.outcome.{e['outcome']}"),
            ", ".join(f"{h['member']}: {_topic(h['topic'])}" for h in e["helped"]),
            e["follow_up"] or "", e["note"] or "")
    console.print(table)
    console.print(t("cli.visits.count", n=len(entries)))
