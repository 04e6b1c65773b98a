"""The command line in a city of several wards: ``ward add|list``, ``--ward CODE`` on every
command that reads or writes one ward's data, and ``demo --wards N`` (SPEC §4, §6)."""

import json

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base.i18n import t
from digital_family.base.models import AuditEntry
from digital_family.base.wards import find_ward
from tests.test_cli import run

pytestmark = pytest.mark.usefixtures("fast_hashing")

A, B = "khuong-dinh", "phuong-liet"


def ward_id(session, code):
    found = find_ward(session, code)
    assert found is not None
    return found.id


# ward add | list


def test_ward_add_and_list(db_url, engine):
    result = run("ward", "add", "Phuong-Liet", "  Phường   Phương Liệt ")
    assert result.exit_code == 0, result.output
    assert "Đã thêm phường Phường Phương Liệt (mã phuong-liet)." in result.output
    listed = run("ward", "list", "--format", "json")
    assert listed.exit_code == 0, listed.output
    assert json.loads(listed.stdout) == [
        {"code": A, "name": "Phường Khương Đình", "groups": 0, "households": 0},
        {"code": B, "name": "Phường Phương Liệt", "groups": 0, "households": 0},
    ]
    table = run("ward", "list")
    assert "Các phường (2)" in table.output and "Phường Phương Liệt" in table.output
    with Session(engine) as session:
        entry = session.exec(select(AuditEntry).where(col(AuditEntry.action) == "ward.add")).one()
        assert (entry.key, entry.new_value, entry.via) == (B, "Phường Phương Liệt", "cli")
        assert entry.ward_id == ward_id(session, B)


@pytest.mark.parametrize(("code", "name", "message"), [
    (A, "Phường Khác", t("error.ward.taken", code=A)),
    ("phuong_liet", "Phường Phương Liệt", t("error.ward.code_characters")),
    ("phương-liệt", "Phường Phương Liệt", t("error.ward.code_characters")),
    ("liet-", "Phường Phương Liệt", t("error.ward.code_characters")),
    ("p" * 31, "Phường Phương Liệt", t("error.ward.code_too_long", max=30)),
    (B, " ", t("error.ward.name_required")),
    (B, "=HYPERLINK(1)", t("error.ward.name_characters")),
    (B, "P" * 101, t("error.ward.name_too_long", max=100)),
])
def test_ward_add_refuses(db_url, engine, code, name, message):
    result = run("ward", "add", code, name)
    assert result.exit_code == 1
    assert message in result.output
    with Session(engine) as session:
        assert [w for (w,) in session.execute(sa.text("SELECT code FROM ward"))] == [A]
