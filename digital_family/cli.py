"""The ``digital-family`` command (SPEC §4): a thin shell over the domain modules."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

import sqlalchemy as sa
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from digital_family.access import accounts
from digital_family.access.permissions import SYSTEM
from digital_family.base import clock, db
from digital_family.base.codes import ROLE_LABELS, ROLES
from digital_family.base.formatting import format_int, format_percent
from digital_family.base.groups import find_group
from digital_family.base.i18n import t
from digital_family.base.validation import (
    ValidationError,
    validate_group_code,
    validate_household_code,
)
from digital_family.campaign import figures, register, ward_settings

app = typer.Typer(
    help="Gia Đình Số — quản lý sổ nhân khẩu và chỉ số kỹ năng số của phường.",
    no_args_is_help=True,
    add_completion=False,
)
db_app = typer.Typer(help="Lược đồ cơ sở dữ liệu (Alembic).", no_args_is_help=True)
user_app = typer.Typer(help="Tài khoản người dùng.", no_args_is_help=True)
rollups_app = typer.Typer(
    help="Số liệu cộng dồn theo tổ (cập nhật theo từng thay đổi).", no_args_is_help=True
)
app.add_typer(db_app, name="db")
app.add_typer(user_app, name="user")
app.add_typer(rollups_app, name="rollups")
household_app = typer.Typer(
    help="Dữ liệu cá nhân của một hộ: tải về, xoá (Luật Bảo vệ dữ liệu cá nhân).",
    no_args_is_help=True,
)
app.add_typer(household_app, name="household")

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

PROGRESS_THRESHOLD = 1000  # rows; bigger files get a progress bar


class TableOrJson(str, Enum):
    table = "table"
    json = "json"


class FileFormat(str, Enum):
    csv = "csv"
    xlsx = "xlsx"


Role = Enum("Role", {role: role for role in ROLES}, type=str)


def _fail(message: str, code: int = 1) -> typer.Exit:
    err_console.print(message, markup=False, soft_wrap=True)
    return typer.Exit(code)


@contextmanager
def _engine() -> Iterator[sa.Engine]:
    engine = db.make_engine()
    try:
        yield engine
    finally:
        engine.dispose()


@contextmanager
def _ready_engine() -> Iterator[sa.Engine]:
    """The engine, once the schema is known to be current (else exit 2)."""
    with _engine() as engine:
        try:
            db.require_current_schema(engine)
        except db.SchemaBehindError as exc:
            raise _fail(str(exc), 2) from None
        yield engine


def _group_code(session, code: str | None) -> str | None:
    """The group code, upper-cased, or exit 1 when no group has it."""
    if code is None:
        return None

    try:
        code, group_id = find_group(session, code)
    except ValidationError:
        raise _fail(t("cli.group_code.1", code=code)) from None
    if group_id is None:
        raise _fail(t("cli.group_code.1", code=code))
    return code


# db


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Nâng lược đồ cơ sở dữ liệu lên phiên bản mới nhất."""
    from digital_family.base.settings import database_url

    db.upgrade(database_url())
    with _engine() as engine:
        current = db.current_revision(engine)
    console.print(t("cli.db_upgrade.1", current=current), markup=False)


@db_app.command("status")
def db_status() -> None:
    """Cho biết cơ sở dữ liệu đang ở phiên bản nào (thoát 1 khi cần nâng cấp)."""
    with _engine() as engine:
        current = db.current_revision(engine)
    head = db.head_revision()
    console.print(t("cli.db_status.1", current=current or t("cli.db_status.none")), markup=False)
    console.print(t("cli.db_status.2", head=head), markup=False)
    if current == head:
        console.print(t("cli.db_status.3"))
        return
    console.print(t("cli.db_status.4", upgrade_command=db.UPGRADE_COMMAND), markup=False)
    raise typer.Exit(1)


# backup and restore


@app.command("backup")
def backup_cmd(
    out: Path = typer.Option(..., "--out", help="Tệp sao lưu sẽ ghi (ghi đè nếu đã có)."),
) -> None:
    """Sao lưu toàn bộ cơ sở dữ liệu ra một tệp.

    SQLite: API sao lưu trực tuyến; PostgreSQL: pg_dump -Fc.
    """
    from digital_family.records import backup

    try:
        made = backup.backup(out)
    except backup.BackupError as exc:
        raise _fail(str(exc)) from None
    console.print(
        t(
            "cli.backup_cmd.1",
            kind=made.kind,
            path=made.path,
            size=format_int(made.size // 1024),
        ), markup=False)


@app.command("restore")
def restore_cmd(
    file: Path = typer.Argument(..., help="Tệp sao lưu (từ digital-family backup)."),
    yes: bool = typer.Option(False, "--yes", help="Không hỏi lại trước khi ghi đè."),
) -> None:
    """Khôi phục cơ sở dữ liệu từ một bản sao lưu: GHI ĐÈ toàn bộ dữ liệu hiện có."""
    from digital_family.base.settings import database_url
    from digital_family.records import backup

    where = sa.engine.make_url(database_url()).render_as_string(hide_password=True)
    if not yes and not typer.confirm(
        t("cli.restore_cmd.1", where=where, file=file),
        default=False,
    ):
        raise _fail(t("cli.restore_cmd.2"), 1)
    try:
        revision = backup.restore(file)
    except backup.BackupError as exc:
        raise _fail(str(exc)) from None
    console.print(t("cli.restore_cmd.3", where=where, file=file, revision=revision), markup=False)
    if revision != db.head_revision():
        console.print(t("cli.restore_cmd.4", upgrade_command=db.UPGRADE_COMMAND), markup=False)


# health


@app.command("health")
def health_cmd() -> None:
    """Cơ sở dữ liệu, phiên bản lược đồ và Redis có sẵn sàng không.

    JSON như /healthz; thoát 1 khi không.
    """
    from digital_family.records import health

    with _engine() as engine:
        result = health.check(engine)
    typer.echo(json.dumps(result, ensure_ascii=False))
    if not result["healthy"]:
        raise typer.Exit(1)


# import


@app.command("import")
def import_file(
    file: Path = typer.Argument(..., help="Sổ nhân khẩu .csv (UTF-8) hoặc .xlsx (trang tính đầu)."),
) -> None:
    """Nhập sổ nhân khẩu; tệp có dòng sai thì không ghi gì."""
    with _ready_engine() as engine:
        try:
            with console.status(t("cli.import_file.1")):
                table = register.read_table(file)
            rows = max(len(table) - 1, 0)
            with db.session_scope(engine) as session:
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
                            SYSTEM,
                            table,
                            progress=lambda done, total: bar.update(
                                task, completed=done, total=total
                            ),
                        )
                else:
                    summary = register.import_table(session, SYSTEM, table)
        except register.RegisterImportError as exc:
            for error in exc.errors:
                err_console.print(str(error), markup=False, soft_wrap=True)
            raise _fail(t("cli.import_file.3", errors=len(exc.errors))) from None

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


def _met_label(result) -> str:
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
) -> None:
    """Các chỉ số của phường hoặc của một tổ dân phố."""

    with _ready_engine() as engine, db.session_scope(engine) as session:
        code = _group_code(session, group)
        if code is None:
            report = figures.ward_report(session, reference_year=year)
        else:
            report = figures.group_report(session, code, reference_year=year)

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
) -> None:
    """Xuất sổ nhân khẩu theo mẫu nhập (xlsx có thêm trang Chỉ số)."""
    fmt = file_format.value if file_format else out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        raise _fail(t("cli.export_cmd.1"))
    with _ready_engine() as engine, db.session_scope(engine) as session:
        code = _group_code(session, group)
        count = register.export_register(session, SYSTEM, out, fmt=fmt, group_code=code)
    console.print(t("cli.export_cmd.2", count=format_int(count), out=out), markup=False)


# demo


@app.command("demo")
def demo_cmd(
    households: int = typer.Option(..., "--households", min=1, help="Số hộ gia đình."),
    seed: int = typer.Option(
        1, "--seed", help="Hạt giống ngẫu nhiên (cùng hạt giống, cùng dữ liệu)."
    ),
    reset: bool = typer.Option(False, "--reset", help="Xoá toàn bộ dữ liệu trước khi tạo."),
    if_empty: bool = typer.Option(
        False, "--if-empty", help="Chỉ tạo khi chưa có hộ nào; có rồi thì bỏ qua (không lỗi)."
    ),
) -> None:
    """Tạo một phường mẫu với tài khoản thử cho mọi vai trò."""
    from digital_family import demo

    if reset and if_empty:
        raise _fail(t("cli.demo_cmd.1"), 2)
    started = time.perf_counter()
    with _ready_engine() as engine:
        if if_empty:
            with db.session_scope(engine) as session:
                if demo.has_households(session):
                    present = demo.existing_demo_accounts(session)
                    console.print(t("cli.demo_cmd.2"))
                    if present:
                        _print_demo_accounts(present)
                    return
        try:
            with console.status(t("cli.demo_cmd.3")), db.session_scope(engine) as session:
                summary = demo.generate_demo(session, households=households, seed=seed, reset=reset)
        except demo.DemoError as exc:
            raise _fail(str(exc)) from None
    elapsed = time.perf_counter() - started
    console.print(
        t(
            "cli.demo_cmd.4",
            groups=format_int(summary.groups),
            households=format_int(summary.households),
            members=format_int(summary.members),
            elapsed=elapsed,
        ),
        markup=False,
    )
    console.print(
        t("cli.demo_cmd.5", snapshots=format_int(summary.snapshots), demo_weeks=demo.DEMO_WEEKS),
        markup=False,
    )
    console.print(
        t(
            "cli.demo_cmd.6",
            help_requests=format_int(summary.help_requests),
            help_weeks=demo.HELP_WEEKS,
        ),
        markup=False,
    )
    _print_demo_accounts(summary.accounts)


def _print_demo_accounts(demo_accounts) -> None:
    from digital_family import demo

    table = Table(title=t("cli.print_demo_accounts.1"))
    table.add_column(t("cli.print_demo_accounts.2"))
    table.add_column(t("cli.print_demo_accounts.3"))
    table.add_column(t("cli.print_demo_accounts.4"))
    table.add_column(t("cli.print_demo_accounts.5"))
    table.add_column(t("cli.print_demo_accounts.6"))
    for account in demo_accounts:
        table.add_row(
            f"{ROLE_LABELS[account.role]} ({account.role})",
            account.phone,
            account.password,
            account.full_name,
            account.scope or t("cli.print_demo_accounts.7"),
        )
    console.print(table)
    console.print(t("cli.print_demo_accounts.8", demo_password=demo.DEMO_PASSWORD), markup=False)


# snapshot


@app.command("purge")
def purge_cmd() -> None:
    """Xoá những gì đã hết hạn lưu: phiên đăng nhập đã kết thúc, khoá đăng nhập cũ, mã mời đã dùng,
    nhật ký quá thời gian lưu."""
    from digital_family.records import retention

    with _ready_engine() as engine, db.session_scope(engine) as session:
        summary = retention.purge(session)
    console.print(
        t(
            "cli.purge_cmd.1",
            sessions_and_throttles=format_int(summary.sessions_and_throttles),
            invitations=format_int(summary.invitations),
            audit_entries=format_int(summary.audit_entries),
            security_tallies=format_int(summary.security_tallies),
        ),
        markup=False
    )


@app.command("snapshot")
def snapshot_cmd() -> None:
    """Ghi lại các chỉ số hôm nay của phường và từng tổ (chạy lại trong ngày thì ghi đè)."""
    from digital_family.campaign import snapshots

    with _ready_engine() as engine, db.session_scope(engine) as session:
        now = clock.utc()
        rows = snapshots.take_snapshot(session, now=now)
    day = clock.vietnam_date(now)
    console.print(
        t("cli.snapshot_cmd.1", rows=format_int(rows), day=day), markup=False
    )


# help-stats


@app.command("help-stats")
def help_stats_cmd(
    weeks: int = typer.Option(12, "--weeks", min=1, max=52, help="Số tuần gần nhất (1–52)."),
) -> None:
    """Số liệu chương trình hỗ trợ của Đại sứ số (JSON)."""
    from digital_family.access.permissions import SYSTEM
    from digital_family.programmes import help_requests

    with _ready_engine() as engine, db.session_scope(engine) as session:
        stats = help_requests.programme_stats(session, SYSTEM, weeks=weeks)
    typer.echo(json.dumps(stats.to_dict(), ensure_ascii=False))


@app.command("help-hours")
def help_hours_cmd(
    hours: int | None = typer.Argument(None, help="Số giờ mới (1–720); bỏ trống để xem."),
) -> None:
    """Sau bao nhiêu giờ chưa ai nhận thì một yêu cầu hỗ trợ bị đánh dấu quá hạn."""

    with _ready_engine() as engine:
        try:
            with db.session_scope(engine) as session:
                if hours is not None:
                    ward_settings.change(session, SYSTEM, ward_settings.UNCLAIMED_HOURS, hours)
                hours = ward_settings.unclaimed_hours(session)
        except ValidationError as exc:
            raise _fail(exc.message) from None
    console.print(t("cli.help_hours_cmd.1", hours=hours), markup=False)


# rollups


@rollups_app.command("verify")
def rollups_verify() -> None:
    """So số liệu cộng dồn của từng tổ với phép tính lại từ sổ nhân khẩu (thoát 1 khi lệch)."""
    from digital_family.base.models import ResidentialGroup
    from digital_family.campaign import rollups

    with _ready_engine() as engine, db.session_scope(engine) as session:
        differences = rollups.verify(session)
        groups = session.execute(
            sa.select(sa.func.count()).select_from(ResidentialGroup)
        ).scalar_one()
    if not differences:
        console.print(
            t("cli.rollups_verify.1", groups=format_int(groups)), markup=False
        )
        return
    for difference in differences:
        err_console.print(str(difference), markup=False)
    codes = sorted({d.group_code for d in differences})
    raise _fail(
        t("cli.rollups_verify.2", n=len(codes), codes=", ".join(codes))
    )


@rollups_app.command("rebuild")
def rollups_rebuild() -> None:
    """Tính lại số liệu cộng dồn của mọi tổ từ sổ nhân khẩu."""
    from digital_family.campaign import rollups

    started = time.perf_counter()
    with _ready_engine() as engine, db.session_scope(engine) as session:
        rows = rollups.rebuild(session)
    console.print(
        t("cli.rollups_rebuild.1", rows=format_int(rows), seconds=time.perf_counter() - started),
        markup=False,
    )


# audit


_VIA_LABELS = {
    "app": t("cli.via.app"),
    "visit": t("cli.via.visit"),
    "import": t("cli.via.import"),
    "demo": t("cli.via.demo"),
    "cli": t("cli.via.cli"),
}


@app.command("audit")
def audit_cmd(
    household: str | None = typer.Option(None, "--household", help="Mã hộ gia đình."),
    account: str | None = typer.Option(None, "--account", help="Số điện thoại của tài khoản."),
    since: str | None = typer.Option(None, "--since", help="Từ ngày (YYYY-MM-DD, giờ Việt Nam)."),
    group: str | None = typer.Option(None, "--group", help="Mã tổ dân phố."),
    output: TableOrJson = typer.Option(TableOrJson.table, "--format", help="table hoặc json."),
) -> None:
    """Ai đã thay đổi, xem hoặc xuất gì (nhật ký, cũ nhất trước); giá trị đã xoá không hiện."""
    from digital_family.base.validation import validate_phone
    from digital_family.records import audit

    try:
        filters = audit.Filters(
            household_code=validate_household_code(household) if household else None,
            account_phone=validate_phone(account) if account else None,
            since=audit.parse_day(since) if since else None,
            group_code=validate_group_code(group) if group else None,
        )
    except ValidationError as exc:
        raise _fail(exc.message, 2) from None
    with _ready_engine() as engine, db.session_scope(engine) as session:
        found = audit.iter_entries(session, SYSTEM, filters)
        if output is TableOrJson.json:
            typer.echo("[", nl=False)
            for n, entry in enumerate(found):
                typer.echo(("," if n else "") + json.dumps(entry.to_dict(), ensure_ascii=False),
                           nl=False)
            typer.echo("]")
            return
        table = Table(title=t("cli.audit_cmd.1"))
        for key in ("cli.audit_cmd.2", "cli.audit_cmd.3", "cli.print_demo_accounts.2",
                    "cli.audit_cmd.4", "cli.audit_cmd.5", "cli.audit_cmd.6", "cli.audit_cmd.7",
                    "cli.import_file.5", "cli.audit_cmd.8"):
            heading = t(key)
            table.add_column(heading, overflow="fold")
        count = 0
        for entry in found:
            count += 1
            member = (
                "" if entry.member is None else f"{entry.member_name or '(đã xoá)'} #{entry.member}"
            )
            change = "" if entry.old is None and entry.new is None else (
                f"{entry.old if entry.old is not None else '—'} → "
                f"{entry.new if entry.new is not None else '—'}")
            table.add_row(
                f"{clock.in_vietnam(entry.at):%d/%m/%Y %H:%M}",
                entry.account or "", ROLE_LABELS.get(entry.role, "") if entry.role else "",
                _VIA_LABELS.get(entry.via, entry.via), entry.action, entry.household or "",
                member, entry.field or entry.key or "", change,
            )
    if not count:
        console.print(t("cli.audit_cmd.9"))
        return
    console.print(table)


# household (personal data)


def _household_id(session, code: str) -> int:
    """The household's id, or exit 1 when no household has ``code``."""
    from digital_family.base.models import Household

    try:
        code = validate_household_code(code)
    except ValidationError:
        raise _fail(t("cli.household_id.1", code=code)) from None
    found = session.execute(sa.select(Household.id).where(Household.code == code)).scalar()
    if found is None:
        raise _fail(t("cli.household_id.1", code=code))
    return found


@household_app.command("export-data")
def household_export_data(
    code: str = typer.Argument(..., help="Mã hộ gia đình."),
    out: Path = typer.Option(..., "--out", help="Tệp JSON sẽ ghi."),
) -> None:
    """Toàn bộ thông tin phường giữ về một hộ (JSON dễ đọc, không có mật khẩu hay mã bí mật)."""
    from digital_family.households import personal_data

    with _ready_engine() as engine, db.session_scope(engine) as session:
        data = personal_data.export_household(session, SYSTEM, _household_id(session, code))
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    console.print(t(
        "cli.household_export_data.1",
        code=data["household"]["code"],
        members=format_int(len(data["members"])),
        out=out,
    ), markup=False)


@household_app.command("erase")
def household_erase(
    code: str = typer.Argument(..., help="Mã hộ gia đình."),
    member: int | None = typer.Option(
        None, "--member", help="Chỉ xoá một nhân khẩu (số của người đó)."
    ),
    yes: bool = typer.Option(False, "--yes", help="Không hỏi lại."),
) -> None:
    """Xoá hẳn thông tin cá nhân của một hộ (hoặc một nhân khẩu): không khôi phục được."""
    from digital_family.base.models import Member
    from digital_family.households import personal_data

    with _ready_engine() as engine, db.session_scope(engine) as session:
        household_id = _household_id(session, code)
        if member is not None:
            name = session.execute(
                sa.select(Member.full_name).where(
                    Member.id == member, Member.household_id == household_id
                )
            ).scalar()
            if name is None:
                raise _fail(t("cli.household_erase.1", code=code, member=member))
            question = t("cli.household_erase.2", name=name, code=code)
        else:
            question = (
                t("cli.household_erase.3", code=code)
            )
        if not yes and not typer.confirm(question, default=False):
            raise _fail(t("cli.household_erase.4"), 1)
        if member is not None:
            done = personal_data.erase_member(session, SYSTEM, member)
        else:
            done = personal_data.erase_household(session, SYSTEM, household_id)
    console.print(
        t(
            "cli.household_erase.5",
            members=format_int(done.members),
            household_code=done.household_code,
            accounts=format_int(done.accounts),
            help_requests=format_int(done.help_requests),
            audit_entries_blanked=format_int(done.audit_entries_blanked),
        ),
        markup=False,
    )


# user


def _ask_password() -> str:
    return typer.prompt(t("cli.print_demo_accounts.4"), hide_input=True,
                        confirmation_prompt=t("cli.ask_password.1"))


@user_app.command("add")
def user_add(
    phone: str = typer.Option(..., "--phone", help="Số điện thoại di động (tên đăng nhập)."),
    role: Role = typer.Option(..., "--role", help="Vai trò."),
    password: str | None = typer.Option(None, "--password", help="Mật khẩu (hỏi nếu không ghi)."),
    name: str = typer.Option("", "--name", help="Họ tên."),
    household: str | None = typer.Option(
        None, "--household", help="Mã hộ (tài khoản hộ gia đình)."
    ),
    group: list[str] = typer.Option([], "--group", help="Mã tổ dân phố (ghi nhiều lần nếu cần)."),
) -> None:
    """Tạo tài khoản."""
    with _ready_engine() as engine:
        if password is None:
            password = _ask_password()
        try:
            with db.session_scope(engine) as session:
                user = accounts.create_user(
                    session,
                    SYSTEM,
                    phone=phone,
                    password=password,
                    role=role.value,
                    full_name=name,
                    household_code=household,
                    group_codes=group,
                )
                phone, role_code = user.phone, user.role
        except ValidationError as exc:
            raise _fail(exc.message) from None
    console.print(t("cli.user_add.1", phone=phone, role=ROLE_LABELS[role_code]), markup=False)


@user_app.command("reset-password")
def user_reset_password(
    phone: str = typer.Option(..., "--phone", help="Số điện thoại của tài khoản."),
    password: str | None = typer.Option(
        None, "--password", help="Mật khẩu mới (hỏi nếu không ghi)."
    ),
) -> None:
    """Đặt lại mật khẩu."""
    with _ready_engine() as engine:
        if password is None:
            password = _ask_password()
        try:
            with db.session_scope(engine) as session:
                user = accounts.reset_password(session, SYSTEM, phone=phone, new_password=password)
                phone = user.phone
        except ValidationError as exc:
            raise _fail(exc.message) from None
    console.print(t("cli.user_reset_password.1", phone=phone), markup=False)


@user_app.command("invite")
def user_invite(
    household: str = typer.Option(..., "--household", help="Mã hộ gia đình."),
) -> None:
    """Tạo mã mời cho một hộ (hoặc mã đặt lại mật khẩu nếu hộ đã có tài khoản)."""
    from digital_family.access import invitations
    from digital_family.access.permissions import SYSTEM
    from digital_family.base.models import Household

    try:
        code = validate_household_code(household)
    except ValidationError:
        raise _fail(t("cli.user_invite.1", household=household)) from None
    with _ready_engine() as engine, db.session_scope(engine) as session:
        household_id = session.execute(
            sa.select(Household.id).where(Household.code == code)
        ).scalar_one_or_none()
        if household_id is None:
            raise _fail(t("cli.user_invite.2", code=code))
        issued = invitations.issue_invitation(session, SYSTEM, household_id=household_id)
    kind = t("cli.user_invite.3") if issued.purpose == "reset" else t("cli.user_invite.4")
    expires = clock.in_vietnam(issued.expires_at)
    console.print(t(
        "cli.user_invite.5",
        kind=kind,
        household_code=issued.household_code,
        code=issued.code,
    ), markup=False)
    console.print(
        t("cli.user_invite.6", expires=expires), markup=False
    )
    console.print(t(
        "cli.user_invite.7",
        code=invitations.invitation_url_path(issued.code),
    ), markup=False)
    console.print(t("cli.user_invite.8"), markup=False)


@user_app.command("unassign")
def user_unassign(
    phone: str = typer.Option(..., "--phone", help="Số điện thoại của tổ trưởng hoặc đại sứ số."),
    group: str = typer.Option(..., "--group", help="Mã tổ dân phố."),
) -> None:
    """Thôi giao một tổ cho tổ trưởng hoặc đại sứ số (giao tổ: trang Quản trị)."""
    from digital_family.campaign import ward_admin

    with _ready_engine() as engine:
        try:
            with db.session_scope(engine) as session:
                changed = ward_admin.unassign_leader(session, SYSTEM, group, phone)
        except ValidationError as exc:
            raise _fail(exc.message) from None
    code = group.strip().upper()
    console.print(t("cli.user_unassign.1", code=code, phone=phone) if changed
                  else t("cli.user_unassign.2", phone=phone, code=code), markup=False)


@user_app.command("list")
def user_list() -> None:
    """Liệt kê các tài khoản."""
    with _ready_engine() as engine, db.session_scope(engine) as session:
        users = accounts.list_users(session, SYSTEM)
    if not users:
        console.print(t("cli.user_list.1"))
        return
    table = Table(title=t("cli.user_list.2", users=len(users)))
    table.add_column(t("cli.print_demo_accounts.3"))
    table.add_column(t("cli.print_demo_accounts.5"))
    table.add_column(t("cli.print_demo_accounts.2"))
    table.add_column(t("cli.user_list.3"))
    table.add_column(t("cli.user_list.4"))
    for user in users:
        table.add_row(
            user.phone,
            user.full_name,
            f"{user.role_label} ({user.role})",
            user.household_code or ", ".join(user.group_codes),
            t("cli.user_list.5") if user.is_active else t("cli.user_list.6"),
        )
    console.print(table)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
