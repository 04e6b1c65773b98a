"""``digital-family classes`` and ``digital-family learning import FILE`` (SPEC §4): the
ward's classes, and course completions from a spreadsheet."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.table import Table

from digital_family.base import db
from digital_family.base.i18n import t
from digital_family.base.validation import ValidationError
from digital_family.cli.common import (
    TableOrJson,
    app,
    console,
    err_console,
    fail,
    ready_engine,
    system_in,
    ward_option,
)

if TYPE_CHECKING:
    from digital_family.programmes.classes import ClassInfo

learning_app = typer.Typer(help="Học tập: khoá học đã hoàn thành.", no_args_is_help=True)


def entry(info: ClassInfo) -> dict[str, Any]:
    """A class (``classes.ClassInfo``) as SPEC §4's JSON entry."""
    return {
        "code": info.code,
        "title": info.title,
        "topics": list(info.topics),
        "sessions": [{"day": s.day.isoformat(), "start": s.starts_at.strftime("%H:%M"),
                      "minutes": s.minutes, "place": s.place} for s in info.sessions],
        "capacity": info.capacity,
        "signed_up": info.signed_up,
        "attended": info.attended,
        "completed": info.completed,
    }


@app.command("classes")
def classes_cmd(
    since: str | None = typer.Option(None, "--since", help="Có buổi học từ ngày (YYYY-MM-DD)."),
    output: TableOrJson = typer.Option(TableOrJson.table, "--format", help="table hoặc json."),
    ward: str | None = ward_option(),
) -> None:
    """Các lớp học kỹ năng số của phường."""
    from digital_family.programmes import classes

    with ready_engine() as engine, db.session_scope(engine) as session:
        try:
            entries = [entry(c) for c in classes.list_classes(session, system_in(session, ward),
                                                              since=since)]
        except ValidationError as exc:
            raise fail(exc.message, 2) from None
    if output is TableOrJson.json:
        typer.echo(json.dumps(entries, ensure_ascii=False))
        return
    table = Table(title=t("cli.classes.title"))
    for key in ("code", "class_title", "topics", "sessions", "capacity", "signed_up",
                "attended", "completed"):
        table.add_column(t(f"cli.classes.{key}"), overflow="fold")
    for e in entries:
        table.add_row(
            e["code"], e["title"], ", ".join(e["topics"]),
            "\n".join(f"{s['day']} {s['start']} {s['place']}" for s in e["sessions"]),
            str(e["capacity"]), str(e["signed_up"]), str(e["attended"]), str(e["completed"]))
    console.print(table)
    console.print(t("cli.classes.count", n=len(entries)))


@learning_app.command("import")
def import_cmd(
    file: Path = typer.Argument(..., help="Tệp .csv (UTF-8) hoặc .xlsx: household_code, "
                                          "full_name, birth_year, course, completed_on."),
    ward: str | None = ward_option(),
) -> None:
    """Nhập danh sách khoá học đã hoàn thành; tệp có dòng sai thì không ghi gì."""
    from digital_family.base.table_import import ImportRefused
    from digital_family.programmes import classes

    with ready_engine() as engine:
        try:
            with db.session_scope(engine) as session, console.status(
                    t("cli.learning_import.reading")):
                summary = classes.import_completions(session, system_in(session, ward), file)
        except ImportRefused as exc:
            for error in exc.errors:
                err_console.print(str(error), markup=False, soft_wrap=True)
            raise fail(t("cli.learning_import.refused", errors=len(exc.errors))) from None
    console.print(t("cli.learning_import.done", rows=summary.rows,
                    members=summary.members_completed))
