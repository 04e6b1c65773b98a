"""The member register: import, export, and the indicators it gives."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from digital_family.base import db, table_import
from digital_family.base.formatting import format_int, format_percent
from digital_family.base.i18n import t
from digital_family.base.wards import ward_of
from digital_family.campaign import figures, register, register_export
from digital_family.cli.common import (
    PROGRESS_THRESHOLD,
    FileFormat,
    TableOrJson,
    app,
    console,
    err_console,
    fail,
    group_code,
    ready_engine,
    system_in,
    ward_option,
)
from digital_family.ward.indicators import IndicatorResult

# import


@app.command("import")
def import_file(
    file: Path = typer.Argument(..., help="Sổ nhân khẩu .csv (UTF-8) hoặc .xlsx (trang tính đầu)."),
    ward: str | None = ward_option(),
) -> None:
    """Nhập sổ nhân khẩu; tệp có dòng sai thì không ghi gì."""
    with ready_engine() as engine:
        try:
            with console.status(t("cli.import_file.1")):
                table = table_import.read_table(file)
            rows = max(len(table) - 1, 0)
            with db.session_scope(engine) as session:
                actor = system_in(session, ward)
                if rows > PROGRESS_THRESHOLD:
                    with Progress(
                        TextColumn("{task.description}"),
                        BarColumn(),
                        MofNCompleteColumn(),
                        TimeElapsedColumn(),
                        console=console,
                    ) as bar:
                        task = bar.add_task(t("cli.import_file.2"), total=2 * rows)
                        summary = register.import_table(
                            session,
                            actor,
                            table,
                            progress=lambda done, total: bar.update(
                                task, completed=done, total=total
                            ),
                        )
                else:
                    summary = register.import_table(session, actor, table)
        except table_import.ImportRefused as exc:
            for error in exc.errors:
                err_console.print(str(error), markup=False, soft_wrap=True)
            raise fail(t("cli.import_file.3", errors=len(exc.errors))) from None

    result = Table(title=t("cli.import_file.4", name=file.name), show_header=False)
    result.add_column(t("cli.import_file.5"))
    result.add_column(t("cli.import_file.6"), justify="right")
    for label, value in (
        (t("cli.import_file.7"), summary.rows),
        (t("cli.import_file.8"), summary.groups_created),
        (t("cli.import_file.9"), summary.households_created),
        (t("cli.import_file.10"), summary.households_updated),
        (t("cli.import_file.11"), summary.members_created),
        (t("cli.import_file.12"), summary.members_updated),
        (t("cli.import_file.13"), summary.members_unchanged),
    ):
        result.add_row(label, format_int(value))
    console.print(result)


# indicators


def _met_label(result: IndicatorResult) -> str:
    if result.met is None:
        return "—"
    if result.met:
        return f"[green]{t('cli.met_label.1')}[/green]"
    return f"[red]{t('cli.met_label.2')}[/red]"


@app.command("indicators")
def indicators_cmd(
    group: str | None = typer.Option(None, "--group", help="Mã tổ dân phố (mặc định: cả phường)."),
    year: int | None = typer.Option(
        None, "--year", min=1900, max=2100, help="Năm tính tuổi (mặc định: năm nay)."
    ),
    output: TableOrJson = typer.Option(TableOrJson.table, "--format", help="table hoặc json."),
    ward: str | None = ward_option(),
) -> None:
    """Các chỉ số của phường hoặc của một tổ dân phố."""

    with ready_engine() as engine, db.session_scope(engine) as session:
        actor = system_in(session, ward)
        code = group_code(session, group, actor)
        ward_id = ward_of(session, actor)
        if code is None:
            report = figures.ward_report(session, ward_id, reference_year=year)
        else:
            report = figures.group_report(session, ward_id, code, reference_year=year)

    if output is TableOrJson.json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        return

    scope = t("cli.indicators_cmd.1") if code is None else t("cli.indicators_cmd.2", code=code)
    table = Table(title=t(
        "cli.indicators_cmd.3",
        scope=scope,
        reference_year=report.reference_year,
    ))
    table.add_column(t("cli.indicators_cmd.4"), overflow="fold")
    table.add_column(t("cli.indicators_cmd.5"), justify="right")
    table.add_column(t("cli.indicators_cmd.6"), justify="right")
    table.add_column(t("cli.indicators_cmd.7"), justify="right")
    table.add_column(t("cli.indicators_cmd.8"))
    for result in report.indicators:
        table.add_row(
            t(f"indicator.{result.code}"),
            f"{format_int(result.numerator)}/{format_int(result.denominator)}",
            format_percent(result.value),
            format_percent(result.target),
            _met_label(result),
        )
    console.print(table)

    completion = report.completion
    done = Table(title=t("cli.indicators_cmd.9"), show_header=False)
    done.add_column(t("cli.import_file.5"))
    done.add_column(t("cli.import_file.6"), justify="right")
    done.add_column(t("cli.indicators_cmd.6"), justify="right")

    def share(n: int) -> str:
        return format_percent(n / completion.households if completion.households else None)

    done.add_row(t("completion.households"), format_int(completion.households), "")
    done.add_row(t("completion.members"), format_int(completion.members), "")
    done.add_row(
        t("completion.confirmed"), format_int(completion.confirmed), share(completion.confirmed)
    )
    done.add_row(
        t("completion.confirmed_recent"),
        format_int(completion.confirmed_recent),
        share(completion.confirmed_recent),
    )
    console.print(done)


# export


@app.command("export")
def export_cmd(
    out: Path = typer.Option(..., "--out", help="Tệp sẽ ghi."),
    file_format: FileFormat | None = typer.Option(
        None, "--format", help="csv hoặc xlsx (mặc định: theo đuôi tệp)."
    ),
    group: str | None = typer.Option(None, "--group", help="Mã tổ dân phố (mặc định: cả phường)."),
    ward: str | None = ward_option(),
) -> None:
    """Xuất sổ nhân khẩu theo mẫu nhập (xlsx có thêm trang Chỉ số)."""
    fmt = file_format.value if file_format else out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        raise fail(t("cli.export_cmd.1"))
    with ready_engine() as engine, db.session_scope(engine) as session:
        actor = system_in(session, ward)
        code = group_code(session, group, actor)
        count = register_export.export_register(session, actor, out, fmt=fmt, group_code=code)
    console.print(t("cli.export_cmd.2", count=format_int(count), out=out), markup=False)
