"""The digital-family command, through typer's CliRunner."""

import json
import re

import openpyxl
import pytest
import sqlalchemy as sa
from sqlmodel import Session
from typer.testing import CliRunner

from digital_family.access import accounts, auth
from digital_family.base import db
from digital_family.base.models import Household, Member, UserAccount
from digital_family.campaign import figures, register
from digital_family.cli import app
from digital_family.households import invitations
from tests.ward import a_ward

runner = CliRunner()
HEADER = ",".join(register.COLUMNS)
ROWS = [
    "TDP01-0001,TDP01,Ngõ 1 Khương Đình,Nguyễn Văn An,1978,male,public_sector,1,1,2,smartphone_use;info_search;messaging;online_public_services;vneid_app,completed,0,0,0",
    "TDP01-0001,TDP01,Ngõ 1 Khương Đình,Trần Thị Bình,1981,female,small_trader,1,0,1,smartphone_use,none,0,1,0",
    "TDP02-0001,TDP02,Số 5 Hạ Đình,Lê Thị Cúc,1950,female,retired,0,0,0,,none,0,0,0",
]


pytestmark = pytest.mark.usefixtures("fast_hashing")


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def csv_file(path, rows=ROWS):
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def filled(db_url, engine, tmp_path):
    result = run("import", csv_file(tmp_path / "r.csv"))
    assert result.exit_code == 0, result.output
    return engine


# Schema


def test_db_status_and_upgrade(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'fresh.db'}")
    monkeypatch.delenv("REFLEX_DB_URL", raising=False)
    result = run("db", "status")
    assert result.exit_code == 1
    assert "behind: run digital-family db upgrade" in result.output
    result = run("db", "upgrade")
    assert result.exit_code == 0, result.output
    result = run("db", "status")
    assert result.exit_code == 0
    assert "up to date" in result.output and db.head_revision() in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["import", "r.csv"],
        ["indicators"],
        ["indicators", "--format", "json"],
        ["export", "--format", "csv", "--out", "x.csv"],
        ["demo", "--households", "5"],
        ["snapshot"],
        ["help-stats"],
        ["user", "add", "--phone", "0900000001", "--role", "admin", "--password", "12345678"],
        ["user", "reset-password", "--phone", "0900000001", "--password", "12345678"],
        ["user", "list"],
        ["user", "invite", "--household", "TDP01-0001"],
    ],
)
def test_commands_refuse_a_schema_that_is_behind(tmp_path, monkeypatch, args):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'unmigrated.db'}")
    monkeypatch.delenv("REFLEX_DB_URL", raising=False)
    csv_file(tmp_path / "r.csv")
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code == 2
    assert "digital-family db upgrade" in result.output
    assert not (tmp_path / "x.csv").exists()


# import


def test_import_prints_a_summary(db_url, engine, tmp_path):
    result = run("import", csv_file(tmp_path / "r.csv"))
    assert result.exit_code == 0, result.output
    assert "Nhân khẩu mới" in result.output and "Tổ dân phố mới" in result.output
    with Session(engine) as session:
        assert session.execute(sa.select(sa.func.count()).select_from(Member)).scalar_one() == 3
    again = run("import", tmp_path / "r.csv")
    assert again.exit_code == 0
    assert "Nhân khẩu không đổi" in again.output


def test_import_with_errors_writes_nothing(db_url, engine, tmp_path):
    rows = [*ROWS, "TDP02-0002,TDP02,Số 7 Hạ Đình,Lê Văn Dũng,1880,male,other,1,1,2,,none,0,0,0", "TDP02-0002,TDP02,Số 7 Hạ Đình,Lê Văn Em,1990,male,other,1,1,2,,none,1,0,0"]
    result = run("import", csv_file(tmp_path / "bad.csv", rows))
    assert result.exit_code == 1
    assert "Dòng 5, cột birth_year: Năm sinh phải từ 1900 đến" in result.output
    assert "Dòng 6, cột trader_ecommerce: Chỉ tiểu thương mới có các mục 4T." in result.output
    assert "Không có gì được ghi" in result.output
    with Session(engine) as session:
        assert session.execute(sa.select(sa.func.count()).select_from(Household)).scalar_one() == 0


def test_import_of_a_large_file_shows_progress(db_url, engine, tmp_path):
    rows = [
        f"H{h:04d},TDP{h % 5:02d},Ngõ {h},Phạm Văn Nam,{1960 + h % 40},male,other,1,1,2,,none,0,0,0"
        for h in range(1500)
    ]
    result = run("import", csv_file(tmp_path / "big.csv", rows))
    assert result.exit_code == 0, result.output
    assert "1.500" in result.output


def test_import_unreadable_file(db_url, tmp_path):
    result = run("import", tmp_path / "notes.txt")
    assert result.exit_code == 1
    assert "Chỉ nhận tệp .csv hoặc .xlsx." in result.output


# indicators


def test_indicators_json_is_the_report(filled):
    result = run("indicators", "--format", "json")
    assert result.exit_code == 0, result.output
    with Session(filled) as session:
        expected = figures.ward_report(session, a_ward(session)).to_dict()
    assert json.loads(result.stdout) == expected
    assert expected["scope"] == "ward" and expected["completion"]["members"] == 3

    result = run("indicators", "--group", "tdp01", "--year", "2030", "--format", "json")
    assert result.exit_code == 0, result.output
    with Session(filled) as session:
        assert json.loads(result.stdout) == figures.group_report(session, a_ward(session), "TDP01", reference_year=2030).to_dict()
    assert "Nguy" not in result.stdout  # one JSON object, nothing else


def test_indicators_table(filled):
    result = run("indicators")
    assert result.exit_code == 0, result.output
    output = result.output
    assert "Toàn phường" in output and "Đạt" in output and "Chưa đạt" in output
    assert "1/1" in output and "100%" in output  # public-sector skills: 1 of 1
    assert "95%" in output  # its target
    assert "Hộ đã xác nhận thông tin" in output
    result = run("indicators", "--group", "TDP02")
    assert result.exit_code == 0 and "Tổ dân phố TDP02" in result.output


@pytest.mark.parametrize("code", ["TDP99", "không có"])
def test_unknown_group(filled, tmp_path, code):
    for args in (["indicators", "--group", code], ["export", "--group", code, "--format", "csv", "--out", tmp_path / "x.csv"]):
        result = run(*args)
        assert result.exit_code == 1
        assert "Không có tổ dân phố mã" in result.output


# export


def test_export_csv_and_xlsx(filled, tmp_path):
    result = run("export", "--format", "csv", "--out", tmp_path / "all.csv")
    assert result.exit_code == 0, result.output
    assert "Đã xuất 3 nhân khẩu" in result.output
    text = (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == HEADER
    assert text.splitlines()[1:] == [
        "TDP01-0001,TDP01,Ngõ 1 Khương Đình,Nguyễn Văn An,1978,male,public_sector,1,1,2,"
        "smartphone_use;info_search;messaging;online_public_services;vneid_app,completed,0,0,0",
        "TDP01-0001,TDP01,Ngõ 1 Khương Đình,Trần Thị Bình,1981,female,small_trader,1,0,1,smartphone_use,none,0,1,0",
        "TDP02-0001,TDP02,Số 5 Hạ Đình,Lê Thị Cúc,1950,female,retired,0,0,0,,none,0,0,0",
    ]

    result = run("export", "--group", "TDP02", "--out", tmp_path / "g.xlsx")
    assert result.exit_code == 0, result.output
    workbook = openpyxl.load_workbook(tmp_path / "g.xlsx", read_only=True)
    assert workbook.sheetnames == ["Nhân khẩu", "Chỉ số"]
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    assert rows[0] == register.COLUMNS and len(rows) == 2 and rows[1][3] == "Lê Thị Cúc"

    result = run("export", "--out", tmp_path / "x.txt")
    assert result.exit_code == 1 and "--format" in result.output


# demo


def test_demo_prints_accounts(db_url, engine):
    result = run("demo", "--households", "60", "--seed", "3")
    assert result.exit_code == 0, result.output
    output = result.output
    for phone in ("0900000001", "0900000002", "0900000003", "0900000004", "0900000005",
                  "0900000006"):
        assert phone in output
    for role in ("admin", "ward_staff", "group_leader", "ambassador", "resident"):
        assert role in output
    assert "demo12345" in output and "60 hộ" in output
    assert re.search(r"Lịch sử chỉ số: [0-9.]+ dòng", output)
    assert re.search(r"Yêu cầu giúp đỡ: [0-9.]+ \(trong 10 tuần qua\)", output)

    stats = run("help-stats", "--weeks", "4")
    assert stats.exit_code == 0, stats.output
    data = json.loads(stats.output)
    assert data["scope"] == "ward" and len(data["weeks"]) == 4
    assert {"overall", "by_group", "by_ambassador", "topics", "outcomes", "changes"} <= set(data)
    assert run("help-stats", "--weeks", "0").exit_code == 2

    again = run("demo", "--households", "60")
    assert again.exit_code == 1 and "--reset" in again.output
    again = run("demo", "--households", "40", "--reset")
    assert again.exit_code == 0, again.output
    with Session(engine) as session:
        assert session.execute(sa.select(sa.func.count()).select_from(Household)).scalar_one() == 40
        assert accounts.authenticate(session, "0900000003", "demo12345") is not None


def test_demo_if_empty(db_url, engine):
    first = run("demo", "--households", "30", "--if-empty")
    assert first.exit_code == 0, first.output
    assert "30 hộ" in first.output
    second = run("demo", "--households", "30", "--if-empty")
    assert second.exit_code == 0, second.output
    assert "không tạo phường mẫu" in second.output
    assert "0900000005" in second.output and "demo12345" in second.output
    with Session(engine) as session:
        assert session.execute(sa.select(sa.func.count()).select_from(Household)).scalar_one() == 30
    assert run("demo", "--households", "30", "--if-empty", "--reset").exit_code == 2


# snapshot


def test_snapshot(filled):
    from digital_family.base.models import IndicatorSnapshot

    for _ in range(2):  # the same day again replaces the day's rows
        result = run("snapshot")
        assert result.exit_code == 0, result.output
        assert re.search(r"Đã ghi 33 dòng chỉ số cho ngày \d\d/\d\d/\d{4}\.", result.output)
    with Session(filled) as session:
        rows = session.execute(sa.select(IndicatorSnapshot)).scalars().all()
        report = figures.ward_report(session, a_ward(session))
    assert len(rows) == 33
    ward = {r.code: (r.numerator, r.denominator) for r in rows if r.scope == "ward"}
    assert ward == {r.code: (r.numerator, r.denominator) for r in report.indicators}


# user


def test_user_add_list_reset(filled):
    result = run("user", "add", "--phone", "0912 345 678", "--role", "ward_staff", "--password", "12345678", "--name", "Đỗ Thị Hoa")
    assert result.exit_code == 0, result.output
    assert "0912345678" in result.output
    result = run("user", "add", "--phone", "0900000003", "--role", "group_leader", "--password", "12345678",
                 "--group", "TDP01", "--group", "tdp02")
    assert result.exit_code == 0, result.output
    result = run("user", "add", "--phone", "0900000005", "--role", "resident", "--household", "TDP01-0001",
                 input="abcdefgh\nabcdefgh\n")
    assert result.exit_code == 0, result.output
    assert "abcdefgh" not in result.output

    listing = run("user", "list")
    assert listing.exit_code == 0, listing.output
    for text in ("0912345678", "Đỗ Thị Hoa", "ward_staff", "TDP01, TDP02", "TDP01-0001"):
        assert text in listing.output
    assert "argon2" not in listing.output

    result = run("user", "reset-password", "--phone", "0900000005", input="newpass99\nnewpass99\n")
    assert result.exit_code == 0, result.output
    result = run("user", "reset-password", "--phone", "0912345678", "--password", "another99")
    assert result.exit_code == 0, result.output
    with Session(filled) as session:
        assert accounts.authenticate(session, "0900000005", "newpass99") is not None
        assert accounts.authenticate(session, "0912345678", "another99") is not None
        assert accounts.authenticate(session, "0912345678", "12345678") is None


@pytest.mark.parametrize(
    "args, message",
    [
        (["--phone", "0900000001", "--role", "admin", "--password", "short"], "Mật khẩu phải có ít nhất 8 ký tự."),
        (["--phone", "123", "--role", "admin", "--password", "12345678"], "Số điện thoại di động"),
        (["--phone", "0900000003", "--role", "group_leader", "--password", "12345678", "--group", "TDP99"],
         "Không có tổ dân phố mã TDP99."),
        (["--phone", "0900000005", "--role", "resident", "--password", "12345678"], "cần mã hộ"),
    ],
)
def test_user_add_errors(filled, args, message):
    result = run("user", "add", *args)
    assert result.exit_code == 1
    assert message in result.output
    with Session(filled) as session:
        assert session.execute(sa.select(sa.func.count()).select_from(UserAccount)).scalar_one() == 0


def test_user_add_duplicate_and_unknown_reset(filled):
    assert run("user", "add", "--phone", "0900000001", "--role", "admin", "--password", "12345678").exit_code == 0
    result = run("user", "add", "--phone", "0900000001", "--role", "admin", "--password", "12345678")
    assert result.exit_code == 1 and "Số điện thoại 0900000001 đã có tài khoản." in result.output
    result = run("user", "reset-password", "--phone", "0999999999", "--password", "12345678")
    assert result.exit_code == 1 and "Không có tài khoản" in result.output
    result = run("user", "add", "--phone", "0900000002", "--role", "king", "--password", "12345678")
    assert result.exit_code == 2  # not one of the roles


def test_user_unassign(filled):
    assert run("user", "add", "--phone", "0900000003", "--role", "group_leader", "--password",
               "12345678", "--group", "TDP01", "--group", "TDP02").exit_code == 0
    result = run("user", "unassign", "--phone", "0900000003", "--group", "tdp02")
    assert result.exit_code == 0 and "Đã thôi giao tổ TDP02 cho 0900000003." in result.output
    result = run("user", "unassign", "--phone", "0900000003", "--group", "TDP02")
    assert result.exit_code == 0 and "không phụ trách tổ TDP02" in result.output
    assert "TDP01" in run("user", "list").output and "TDP02" not in run("user", "list").output
    result = run("user", "unassign", "--phone", "0900000003", "--group", "TDP99")
    assert result.exit_code == 1


def test_help_hours(filled):
    result = run("help-hours")
    assert result.exit_code == 0 and "sau 48 giờ" in result.output
    result = run("help-hours", "12")
    assert result.exit_code == 0 and "sau 12 giờ" in result.output
    assert "sau 12 giờ" in run("help-hours").output
    result = run("help-hours", "0")
    assert result.exit_code == 1 and "sau 12 giờ" in run("help-hours").output


def test_user_list_empty(db_url):
    result = run("user", "list")
    assert result.exit_code == 0 and "Chưa có tài khoản nào." in result.output


def test_user_invite(filled):
    result = run("user", "invite", "--household", "tdp01-0001")
    assert result.exit_code == 0, result.output
    code = re.search(r"Mã mời của hộ TDP01-0001: ([A-Z0-9]{4}-[A-Z0-9]{4})", result.output).group(1)
    assert "Hết hạn lúc" in result.output and "(giờ Việt Nam)" in result.output
    assert f"/moi?ma={code.replace('-', '')}" in result.output
    with Session(filled) as session:
        token = invitations.redeem_invitation(
            session, code=code, phone="0912345678", password="mật khẩu mới"
        )
        session.commit()
        assert auth.resolve_session(session, token).role == "resident"
    # The household has an account now: the next code resets it.
    result = run("user", "invite", "--household", "TDP01-0001")
    assert result.exit_code == 0 and "Mã đặt lại mật khẩu của hộ TDP01-0001" in result.output
    for household in ("TDP09-0001", "không có"):
        result = run("user", "invite", "--household", household)
        assert result.exit_code == 1 and "Không có hộ gia đình mã" in result.output
