"""The command line in a city of several wards: ``ward add|list``, ``--ward CODE`` on every
command that reads or writes one ward's data, and ``demo --wards N`` (SPEC §4, §6)."""

import json

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base.i18n import t
from digital_family.base.models import (
    AuditEntry,
    Household,
    IndicatorSnapshot,
    ResidentialGroup,
    UserAccount,
)
from digital_family.base.wards import find_ward
from digital_family.campaign import figures
from tests.test_cli import ROWS, csv_file, run

pytestmark = pytest.mark.usefixtures("fast_hashing")

A, B = "khuong-dinh", "phuong-liet"
# Ward B's register: the same household and group codes as A's, other people.
ROWS_B = [
    "TDP01-0001,TDP01,Ngõ 2 Phương Liệt,Đỗ Văn Hải,1960,male,retired,0,0,0,,none,0,0,0",
    "TDP01-0001,TDP01,Ngõ 2 Phương Liệt,Vũ Thị Lan,1995,female,enterprise_worker,1,1,2,"
    "smartphone_use;info_search;messaging;online_public_services;vneid_app,completed,0,0,0",
    "TDP03-0001,TDP03,Số 9 Giải Phóng,Đỗ Minh Quân,2008,male,student,1,0,2,,enrolled,0,0,0",
]


def ward_id(session, code):
    found = find_ward(session, code)
    assert found is not None
    return found.id


@pytest.fixture()
def city(db_url, engine, tmp_path):
    """Two wards, A (the test databases' own) and B, each with its register imported."""
    added = run("ward", "add", B, "Phường Phương Liệt")
    assert added.exit_code == 0, added.output
    for code, rows, name in ((A, ROWS, "a.csv"), (B, ROWS_B, "b.csv")):
        result = run("import", csv_file(tmp_path / name, rows), "--ward", code)
        assert result.exit_code == 0, result.output
    return engine


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


def test_ward_list_counts_groups_and_households(city):
    listed = json.loads(run("ward", "list", "--format", "json").stdout)
    assert listed == [
        {"code": A, "name": "Phường Khương Đình", "groups": 2, "households": 2},
        {"code": B, "name": "Phường Phương Liệt", "groups": 2, "households": 2},
    ]


# --ward


@pytest.mark.parametrize("args", [
    ["indicators", "--format", "json"],
    ["export", "--format", "csv", "--out", "x.csv"],
    ["import", "r.csv"],
    ["help-stats"],
    ["help-hours"],
    ["audit"],
    ["visits"],
    ["classes"],
    ["learning", "import", "r.csv"],
    ["user", "list"],
    ["user", "add", "--phone", "0911111111", "--role", "ward_staff", "--password", "12345678"],
    ["user", "invite", "--household", "TDP01-0001"],
    ["household", "export-data", "TDP01-0001", "--out", "x.json"],
    ["household", "erase", "TDP01-0001", "--yes"],
    ["api-key", "create", "Sở", "--scope", "ward"],
])
def test_a_command_without_ward_in_a_city_of_two_exits_1(city, tmp_path, monkeypatch, args):
    csv_file(tmp_path / "r.csv")
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code == 1, result.output
    assert t("error.ward.choose") in result.output
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "x.json").exists()


def test_an_unknown_ward_exits_1(city):
    result = run("indicators", "--ward", "nowhere")
    assert result.exit_code == 1
    assert t("error.ward.unknown", code="nowhere") in result.output


def test_indicators_of_a_ward_are_that_ward_s(city):
    b = run("indicators", "--format", "json", "--ward", B)
    a = run("indicators", "--format", "json", "--ward", A)
    assert a.exit_code == b.exit_code == 0, a.output + b.output
    with Session(city) as session:
        assert json.loads(b.stdout) == figures.ward_report(session, ward_id(session, B)).to_dict()
        assert json.loads(a.stdout) == figures.ward_report(session, ward_id(session, A)).to_dict()
    assert json.loads(a.stdout) != json.loads(b.stdout)
    group = run("indicators", "--format", "json", "--ward", B, "--group", "TDP03")
    assert group.exit_code == 0 and json.loads(group.stdout)["scope"] == "TDP03"
    assert run("indicators", "--ward", A, "--group", "TDP03").exit_code == 1  # B's group only


def test_an_import_with_ward_puts_its_groups_and_households_in_that_ward(city):
    with Session(city) as session:
        a, b = ward_id(session, A), ward_id(session, B)
        by_ward = {w: sorted(c for c, in session.execute(
            sa.select(col(Household.code)).where(col(Household.ward_id) == w))) for w in (a, b)}
        assert by_ward == {a: ["TDP01-0001", "TDP02-0001"], b: ["TDP01-0001", "TDP03-0001"]}
        groups = session.exec(select(ResidentialGroup.code).where(
            col(ResidentialGroup.ward_id) == b).order_by(col(ResidentialGroup.code))).all()
        assert groups == ["TDP01", "TDP03"]


def test_the_audit_of_a_ward_holds_its_import(city):
    """The import's entries (bulk writes) are in the ward of their household."""
    result = run("audit", "--ward", B, "--format", "json")
    assert result.exit_code == 0, result.output
    added = {e["new"] for e in json.loads(result.stdout) if e["action"] == "member.add"}
    assert added == {"Đỗ Văn Hải", "Vũ Thị Lan", "Đỗ Minh Quân"}
    with Session(city) as session:
        assert session.execute(sa.text(
            "SELECT count(*) FROM audit_log WHERE ward_id IS NULL")).scalar_one() == 0


def test_export_and_household_commands_read_their_ward(city, tmp_path):
    out = tmp_path / "b.csv"
    assert run("export", "--format", "csv", "--out", out, "--ward", B).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "Đỗ Văn Hải" in text and "Nguyễn Văn An" not in text
    data = tmp_path / "b.json"
    result = run("household", "export-data", "TDP01-0001", "--out", data, "--ward", B)
    assert result.exit_code == 0, result.output
    names = {m["full_name"] for m in json.loads(data.read_text(encoding="utf-8"))["members"]}
    assert names == {"Đỗ Văn Hải", "Vũ Thị Lan"}
    assert run("household", "export-data", "TDP02-0001", "--out", data,
               "--ward", B).exit_code == 1  # A's household, not B's
    invite = run("user", "invite", "--household", "TDP03-0001", "--ward", B)
    assert invite.exit_code == 0, invite.output


def test_accounts_are_made_in_the_ward_named(city):
    result = run("user", "add", "--phone", "0911111111", "--role", "ward_staff",
                 "--password", "12345678", "--ward", B)
    assert result.exit_code == 0, result.output
    with Session(city) as session:
        staff = session.exec(select(UserAccount).where(col(UserAccount.phone) == "0911111111")).one()
        assert staff.ward_id == ward_id(session, B)
    assert "0911111111" in run("user", "list", "--ward", B).output
    assert "0911111111" not in run("user", "list", "--ward", A).output


def test_rollups_and_snapshot_work_per_ward_and_city_wide(city):
    for args in ([], ["--ward", B]):
        verified = run("rollups", "verify", *args)
        assert verified.exit_code == 0, verified.output
        rebuilt = run("rollups", "rebuild", *args)
        assert rebuilt.exit_code == 0, rebuilt.output
    assert "4 tổ" in run("rollups", "verify").output
    assert "2 tổ" in run("rollups", "verify", "--ward", B).output
    assert run("snapshot", "--ward", B).exit_code == 0
    with Session(city) as session:
        wards = set(session.exec(select(IndicatorSnapshot.ward_id)))
        assert wards == {ward_id(session, B)}
    assert run("snapshot").exit_code == 0
    with Session(city) as session:
        wards = set(session.exec(select(IndicatorSnapshot.ward_id)))
        assert wards == {ward_id(session, A), ward_id(session, B)}


# demo --wards N


def test_demo_builds_a_city_of_wards(db_url, engine):
    result = run("demo", "--wards", "3", "--households", "300", "--seed", "4")
    assert result.exit_code == 0, result.output
    assert "3 phường: khuong-dinh, phuong-liet, dinh-cong." in result.output
    listed = json.loads(run("ward", "list", "--format", "json").stdout)
    assert [(w["code"], w["households"]) for w in listed] == [
        ("dinh-cong", 300), (A, 300), (B, 300)]
    assert all(w["groups"] >= 1 for w in listed)
    assert "Phường Định Công" in {w["name"] for w in listed}
    verified = run("rollups", "verify")
    assert verified.exit_code == 0, verified.output
    with Session(engine) as session:
        wards = {code: ward_id(session, code) for code in (A, B, "dinh-cong")}
        users = session.exec(select(UserAccount)).all()
        assert len({u.phone for u in users}) == len(users) == 19  # 6 a ward, and the city official
        for wid in wards.values():
            assert sorted(u.role for u in users if u.ward_id == wid) == [
                "admin", "ambassador", "ambassador", "group_leader", "resident", "ward_staff"]
        assert {u.phone for u in users if u.ward_id == wards[A]} == {
            f"090000000{n}" for n in range(1, 7)}  # the documented accounts in the first ward
        # Nothing of one ward's demo touches another ward's households.
        mismatched = {
            "visits": "SELECT count(*) FROM household_visit v JOIN household h"
                      " ON h.id = v.household_id JOIN user_account u ON u.id = v.visitor_id"
                      " WHERE u.ward_id <> h.ward_id",
            "help requests": "SELECT count(*) FROM help_request r JOIN member m"
                             " ON m.id = r.member_id JOIN household h ON h.id = m.household_id"
                             " JOIN user_account u ON u.id = r.created_by_id"
                             " WHERE u.ward_id <> h.ward_id",
            "class sign-ups": "SELECT count(*) FROM class_signup s JOIN learning_class c"
                              " ON c.id = s.class_id JOIN member m ON m.id = s.member_id"
                              " JOIN household h ON h.id = m.household_id"
                              " WHERE c.ward_id <> h.ward_id",
            "audit": "SELECT count(*) FROM audit_log a JOIN household h"
                     " ON h.id = a.household_id WHERE a.ward_id <> h.ward_id",
            "audit without ward": "SELECT count(*) FROM audit_log WHERE ward_id IS NULL",
        }
        for what, query in mismatched.items():
            assert session.execute(sa.text(query)).scalar_one() == 0, what
        for what in ("household_visit v JOIN household h ON h.id = v.household_id",
                     "help_request r JOIN member m ON m.id = r.member_id"
                     " JOIN household h ON h.id = m.household_id",
                     "learning_class h", "indicator_snapshot h"):
            per_ward = dict(session.execute(sa.text(
                f"SELECT h.ward_id, count(*) FROM {what} GROUP BY h.ward_id")).all())
            assert set(per_ward) == set(wards.values()), what
    for code in (B, "dinh-cong"):
        own = run("indicators", "--format", "json", "--ward", code)
        assert own.exit_code == 0
        with Session(engine) as session:
            assert json.loads(own.stdout) == figures.ward_report(
                session, ward_id(session, code)).to_dict()
    again = run("demo", "--households", "5", "--if-empty")
    assert again.exit_code == 0 and "0900020003" in again.output  # every ward's accounts


def test_the_first_ward_of_a_demo_city_is_the_one_ward_demo(db_url, engine):
    from datetime import UTC, datetime

    from digital_family import demo
    from digital_family.base import db

    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    with db.session_scope(engine) as session:
        demo.generate_demo(session, households=200, seed=2, now=now, wards=2)
    with Session(engine) as session:
        city = figures.ward_report(session, ward_id(session, A), now=now).to_dict()
        other = figures.ward_report(session, ward_id(session, B), now=now).to_dict()
    with db.session_scope(engine) as session:
        demo.generate_demo(session, households=200, seed=2, now=now, reset=True)
    with Session(engine) as session:
        alone = figures.ward_report(session, ward_id(session, A), now=now).to_dict()
        assert find_ward(session, B) is None
    assert city == alone and other != alone


def test_demo_wards_are_bounded(db_url):
    from digital_family import demo

    result = run("demo", "--wards", str(demo.MAX_WARDS + 1), "--households", "5")
    assert result.exit_code == 1
    assert f"từ 1 đến {demo.MAX_WARDS}" in result.output
