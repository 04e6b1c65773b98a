"""What every command shares: the app, the consoles, an engine that refuses a schema
behind, failing with a message, the ward a command acts in (``--ward``), a group code
checked."""

from __future__ import annotations

from collections.abc import Generator
from contextlib import contextmanager
from enum import Enum
from typing import Any

import sqlalchemy as sa
import typer
from rich.console import Console
from sqlmodel import Session

from digital_family.base import db
from digital_family.base.codes import ROLES
from digital_family.base.groups import find_group
from digital_family.base.i18n import t
from digital_family.base.permissions import SYSTEM, Actor
from digital_family.base.validation import ValidationError
from digital_family.base.wards import UnknownWard, WardNeeded, in_ward, ward_by_code, ward_of

app = typer.Typer(
    help="Gia Đình Số — quản lý sổ nhân khẩu và chỉ số kỹ năng số của phường.",
    no_args_is_help=True,
    add_completion=False,
)

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

PROGRESS_THRESHOLD = 1000  # rows; bigger files get a progress bar


class TableOrJson(str, Enum):
    table = "table"
    json = "json"


class FileFormat(str, Enum):
    csv = "csv"
    xlsx = "xlsx"


class Role(str, Enum):
    """codes.ROLES as typer's choices (a class, so that it is a type to the checker)."""

    resident = "resident"
    group_leader = "group_leader"
    ambassador = "ambassador"
    ward_staff = "ward_staff"
    admin = "admin"
    city_staff = "city_staff"
    city_admin = "city_admin"


assert tuple(role.value for role in Role) == ROLES


def fail(message: str, code: int = 1) -> typer.Exit:
    err_console.print(message, markup=False, soft_wrap=True)
    return typer.Exit(code)


@contextmanager
def raw_engine() -> Generator[sa.Engine]:
    engine = db.make_engine()
    try:
        yield engine
    finally:
        engine.dispose()


@contextmanager
def ready_engine() -> Generator[sa.Engine]:
    """The engine, once the schema is known to be current (else exit 2)."""
    with raw_engine() as engine:
        try:
            db.require_current_schema(engine)
        except db.SchemaBehindError as exc:
            raise fail(str(exc), 2) from None
        yield engine


def ward_option() -> Any:
    """The ``--ward CODE`` option of every command that reads or writes one ward's data."""
    return typer.Option(
        None, "--ward", help="Mã phường (bắt buộc khi thành phố có nhiều phường)."
    )


def system_in(session: Session, code: str | None) -> Actor:
    """The command line (``SYSTEM``) acting in the ward with ``code``, or without a code in
    the city's only ward; exit 1 with the catalogue's words when the code is unknown, or
    when none is given and the city has several wards."""
    try:
        ward_id = ward_of(session, SYSTEM) if code is None else ward_by_code(session, code).id
    except (WardNeeded, UnknownWard) as exc:
        raise fail(exc.message) from None
    return in_ward(SYSTEM, ward_id)


def group_code(session: Session, code: str | None, actor: Actor) -> str | None:
    """The group code, upper-cased, or exit 1 when no group of the actor's ward has it."""
    if code is None:
        return None

    try:
        code, group_id = find_group(session, ward_of(session, actor), code)
    except ValidationError:
        raise fail(t("cli.group_code.1", code=code)) from None
    if group_id is None:
        raise fail(t("cli.group_code.1", code=code))
    return code
