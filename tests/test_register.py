"""The member register file: all-or-nothing import, idempotence, export, round trips."""

import csv
from datetime import UTC, datetime

import openpyxl
import pytest
import sqlalchemy as sa

from digital_family import demo
from digital_family.base import db, table_import
from digital_family.base.models import Household, Member, ResidentialGroup, member_skills
from digital_family.base.permissions import SYSTEM
from digital_family.campaign import figures, register, register_export
from digital_family.ward import indicators
from tests.ward import a_ward

HEADER = ",".join(register.COLUMNS)
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

GOOD_ROWS = [
    "TDP01-0001,TDP01,\"Ngõ 12 Khương Đình, số 34\",Nguyễn Văn An,1978,male,small_trader,1,1,2,smartphone_use;info_search;messaging,none,1,0,1",
    "TDP01-0001,TDP01,\"Ngõ 12 Khương Đình, số 34\",Trần Thị Bình,1981,female,public_sector,có,không,1,smartphone_use;info_search;messaging;online_public_services;vneid_app,completed,,,",
    "TDP01-0001,TDP01,\"Ngõ 12 Khương Đình, số 34\",Nguyễn Minh Khôi,2012,male,student,0,0,0,,enrolled,0,0,0",
    "TDP02-0001,TDP02,Số 5 Hạ Đình,Lê Thị Cúc,1950,female,retired,false,FALSE,1,,none,0,0,0",
]


def write(path, rows, header=HEADER, encoding="utf-8"):
    path.write_text("\n".join([header, *rows]) + "\n", encoding=encoding)
    return path


def count(session, model):
    return session.execute(sa.select(sa.func.count()).select_from(model)).scalar_one()


def import_file(engine, path, **kwargs):
    with db.session_scope(engine) as session:
        return register.import_register(session, SYSTEM, path, **kwargs)


def errors_of(engine, path):
    with pytest.raises(table_import.ImportRefused) as info:
        import_file(engine, path, current_year=2026)
    return [str(e) for e in info.value.errors]


def test_import_creates_groups_households_members(engine, session, tmp_path):
    summary = import_file(engine, write(tmp_path / "r.csv", GOOD_ROWS))
    assert summary == register.ImportSummary(
        rows=4, groups_created=2, households_created=2, households_updated=0,
        members_created=4, members_updated=0, members_unchanged=0,
    )
    groups = session.execute(sa.select(ResidentialGroup.code, ResidentialGroup.name).order_by(ResidentialGroup.code)).all()
    assert groups == [("TDP01", "Tổ dân phố TDP01"), ("TDP02", "Tổ dân phố TDP02")]
    household = session.execute(sa.select(Household).where(Household.code == "TDP01-0001")).scalar_one()
    assert household.address == "Ngõ 12 Khương Đình, số 34"
    members = session.execute(sa.select(Member).order_by(Member.id)).scalars().all()
    an, binh, khoi, cuc = members
    assert (an.full_name, an.birth_year, an.sex, an.occupation) == ("Nguyễn Văn An", 1978, "male", "small_trader")
    assert an.has_smartphone and an.has_epayment and an.vneid_level == 2
    assert member_skills(an) == {"smartphone_use", "info_search", "messaging"}
    assert (an.trader_ecommerce, an.trader_cashless, an.trader_digital_savings) == (True, False, True)
    assert binh.has_smartphone and not binh.has_epayment and binh.learning_status == "completed"
    assert not (binh.trader_ecommerce or binh.trader_cashless or binh.trader_digital_savings)
    assert member_skills(khoi) == set() and khoi.learning_status == "enrolled"
    assert cuc.household_id != an.household_id


def test_import_twice_changes_nothing(engine, session, tmp_path):
    path = write(tmp_path / "r.csv", GOOD_ROWS)
    import_file(engine, path)
    before = session.execute(sa.select(Member.id, Member.updated_at).order_by(Member.id)).all()
    versions = session.execute(sa.select(Household.code, Household.version)).all()
    summary = import_file(engine, path)
    assert (summary.members_created, summary.members_updated, summary.members_unchanged) == (0, 0, 4)
    assert (summary.groups_created, summary.households_created, summary.households_updated) == (0, 0, 0)
    session.expire_all()
    assert session.execute(sa.select(Member.id, Member.updated_at).order_by(Member.id)).all() == before
    assert session.execute(sa.select(Household.code, Household.version)).all() == versions


def test_import_updates_matches_and_leaves_others_alone(engine, session, tmp_path):
    import_file(engine, write(tmp_path / "r.csv", GOOD_ROWS))
    changed = [
        # Same person (name matched regardless of case and spacing), new statuses; a new address.
        "tdp01-0001,tdp01,Ngõ 14 Khương Đình,nguyễn  văn an,1978,male,small_trader,1,1,2,smartphone_use,none,0,0,0",
        # A new member of an existing household.
        "TDP01-0001,TDP01,Ngõ 14 Khương Đình,Nguyễn Thị Hoa,2015,female,student,0,0,0,,none,0,0,0",
    ]
    summary = import_file(engine, write(tmp_path / "s.csv", changed))
    assert summary.members_updated == 1 and summary.members_created == 1 and summary.members_unchanged == 0
    assert summary.households_updated == 1
    session.expire_all()
    an = session.execute(sa.select(Member).where(Member.birth_year == 1978)).scalar_one()
    assert an.full_name == "nguyễn văn an" and member_skills(an) == {"smartphone_use"}
    assert not an.trader_ecommerce
    household = session.execute(sa.select(Household).where(Household.code == "TDP01-0001")).scalar_one()
    assert household.address == "Ngõ 14 Khương Đình" and household.version == 2
    assert count(session, Member) == 5  # Bình, Khôi and Cúc are untouched
    other = session.execute(sa.select(Household).where(Household.code == "TDP02-0001")).scalar_one()
    assert other.version == 1


def test_every_error_is_reported_and_nothing_written(engine, session, tmp_path):
    rows = [
        GOOD_ROWS[0],
        "TDP01-0002,TDP01,Ngõ 1,Phạm Văn Dũng,1880,male,public_sector,1,1,2,,none,0,0,0",  # row 3
        "TDP01-0002,TDP01,Ngõ 1,Phạm 3 Dũng,1990,man,farmer,maybe,1,5,cooking,none,0,0,0",  # row 4
        "TDP01-0003,TDP01,Ngõ 1,Vũ Thị Lan,1990,female,enterprise_worker,1,1,2,,none,1,0,0",  # row 5
        "TDP01-0001,TDP02,\"Ngõ 12 Khương Đình, số 34\",Đỗ Văn Em,1990,male,other,1,1,2,,none,0,0,0",  # row 6
        "TDP01-0001,TDP01,Ngõ khác,Đỗ Văn Em,1990,male,other,1,1,2,,none,0,0,0",  # row 7
        ",,,,,,,,,,,,,,",  # row 8: blank, skipped
        "TDP01-0004,TDP01,Ngõ 1,Hồ Văn Giang,2031,male,other,1,1,2,,none,0,0,0",  # row 9
    ]
    errors = errors_of(engine, write(tmp_path / "bad.csv", rows))
    assert errors == [
        "Dòng 3, cột birth_year: Năm sinh phải từ 1900 đến 2026.",
        "Dòng 4, cột full_name: Họ và tên chỉ gồm chữ cái, dấu cách, dấu nháy ('), gạch nối (-) và dấu chấm.",
        "Dòng 4, cột sex: Giới tính phải là male (Nam), female (Nữ) hoặc other (Khác).",
        "Dòng 4, cột occupation: Nghề nghiệp phải là một trong: public_sector, student, enterprise_worker, small_trader, retired, other.",
        "Dòng 4, cột has_smartphone: Hãy ghi 1 (có) hoặc 0 (không).",
        "Dòng 4, cột vneid_level: Mức định danh VNeID phải là 0, 1 hoặc 2.",
        "Dòng 4, cột skills: Không có kỹ năng mã “cooking”. Các mã hợp lệ: smartphone_use; info_search; messaging; online_public_services; cashless_payment; vneid_app; online_safety; ecommerce.",
        "Dòng 5, cột trader_ecommerce: Chỉ tiểu thương mới có các mục 4T.",
        "Dòng 6, cột group_code: Hộ TDP01-0001 đã ghi thuộc tổ TDP01 ở dòng 2.",
        "Dòng 7, cột address: Địa chỉ khác với dòng 2 của cùng hộ TDP01-0001.",
        "Dòng 9, cột birth_year: Năm sinh phải từ 1900 đến 2026.",
    ]
    for model in (ResidentialGroup, Household, Member):
        assert count(session, model) == 0


def test_household_in_another_group_is_a_row_error(engine, session, tmp_path):
    import_file(engine, write(tmp_path / "r.csv", GOOD_ROWS))
    moved = [
        GOOD_ROWS[3],
        "TDP01-0001,TDP03,Ngõ 1,Lê Văn Mới,1990,male,other,1,1,2,,none,0,0,0",
        "TDP09-0001,TDP09,Ngõ 9,Lê Văn Chín,1990,male,other,1,1,2,,none,0,0,0",
    ]
    errors = errors_of(engine, write(tmp_path / "m.csv", moved))
    assert errors == ["Dòng 3, cột group_code: Hộ TDP01-0001 đã có trong tổ TDP01, không phải tổ TDP03."]
    assert count(session, ResidentialGroup) == 2  # neither TDP03 nor TDP09 was created
    assert count(session, Member) == 4


@pytest.mark.parametrize(
    "header, expected",
    [
        (HEADER.replace(",skills", ""), "Dòng 1: Thiếu cột: skills."),
        (HEADER + ",ghi_chu", "Dòng 1, cột ghi_chu: Cột này không có trong mẫu sổ nhân khẩu."),
        (HEADER.replace("sex", "full_name"), "Dòng 1, cột full_name: Cột này có hai lần trong dòng tiêu đề."),
    ],
)
def test_header_errors(engine, tmp_path, header, expected):
    errors = errors_of(engine, write(tmp_path / "h.csv", GOOD_ROWS, header=header))
    assert errors[0] == expected
    assert errors[-1].startswith("Dòng tiêu đề phải có đúng các cột: household_code, group_code")


def test_file_level_errors(engine, tmp_path):
    assert errors_of(engine, tmp_path / "r.txt") == ["Chỉ nhận tệp .csv hoặc .xlsx."]
    assert errors_of(engine, write(tmp_path / "e.csv", [])) == ["Tệp không có dòng nhân khẩu nào."]
    (tmp_path / "empty.csv").write_bytes(b"")
    assert errors_of(engine, tmp_path / "empty.csv") == ["Tệp trống: không có dòng tiêu đề."]
    write(tmp_path / "latin.csv", GOOD_ROWS, encoding="utf-16")
    assert "UTF-8" in errors_of(engine, tmp_path / "latin.csv")[0]
    (tmp_path / "bad.xlsx").write_bytes(b"not a zip")
    assert "Excel" in errors_of(engine, tmp_path / "bad.xlsx")[0]
    assert "Không mở được" in errors_of(engine, tmp_path / "missing.csv")[0]


def test_bom_header_order_and_semicolons(engine, session, tmp_path):
    # A UTF-8 BOM, columns in another order, and Excel's ';' separator.
    columns = list(reversed(register.COLUMNS))
    rows = [next(iter(csv.reader([r]))) for r in GOOD_ROWS]
    path = tmp_path / "semi.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(list(reversed(row)))
    summary = import_file(engine, path)
    assert summary.members_created == 4
    khoi = session.execute(sa.select(Member).where(Member.birth_year == 2012)).scalar_one()
    assert khoi.full_name == "Nguyễn Minh Khôi"


def test_xlsx_import_with_numbers_and_blank_rows(engine, session, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(register.COLUMNS))
    sheet.append(["H1", "TDP01", "Ngõ 3", "Bùi Văn Sơn", 1970, "male", "small_trader", 1, True, 2, "messaging", "none", 1, None, 0])
    sheet.append([])
    sheet.append([1001, "TDP01", "Ngõ 3", "Bùi Thị Mai", 1972.0, "Nữ", "other", 0, 0, 1, None, "none", None, None, None])
    sheet.append(["H2", "TDP01", "Ngõ 3", "Bùi Văn Lỗi", "19x0", "male", "other", 0, 0, 1, None, "none", None, None, None])
    workbook.create_sheet("Ghi chú").append(["ignored"])
    path = tmp_path / "r.xlsx"
    workbook.save(path)
    errors = errors_of(engine, path)
    assert errors == ["Dòng 5, cột birth_year: Năm sinh phải là một năm, ví dụ 1980."]
    sheet.delete_rows(5)
    workbook.save(path)
    summary = import_file(engine, path)
    assert summary.members_created == 2
    codes = session.execute(sa.select(Household.code).order_by(Household.code)).scalars().all()
    assert codes == ["1001", "H1"]


def test_progress_is_reported(engine, tmp_path):
    seen = []
    import_file(engine, write(tmp_path / "r.csv", GOOD_ROWS), progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (8, 8)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def _migrated(tmp_path, name):
    url = f"sqlite:///{tmp_path / name}"
    db.upgrade(url)
    engine = db.make_engine(url)
    with db.session_scope(engine) as session:
        a_ward(session)  # the same ward code as the demo's
    return engine


def _sheet_values(path, index=0):
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return [list(row) for row in workbook.worksheets[index].iter_rows(values_only=True)]
    finally:
        workbook.close()


def test_round_trip(engine, tmp_path):
    with db.session_scope(engine) as session:
        demo.generate_demo(session, households=400, seed=7, now=NOW)
    with db.session_scope(engine) as session:
        assert register_export.export_register(session, SYSTEM, tmp_path / "a.csv") > 1000
        register_export.export_register(session, SYSTEM, tmp_path / "a.xlsx")

    # CSV: export -> import into an empty database -> export gives the same bytes.
    second = _migrated(tmp_path, "b.db")
    summary = import_file(second, tmp_path / "a.csv")
    assert summary.members_created == summary.rows > 1000
    with db.session_scope(second) as session:
        register_export.export_register(session, SYSTEM, tmp_path / "b.csv")
    assert (tmp_path / "b.csv").read_bytes() == (tmp_path / "a.csv").read_bytes()
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbfhousehold_code,group_code,")

    # XLSX: the same for sheet 1's values.
    third = _migrated(tmp_path, "c.db")
    import_file(third, tmp_path / "a.xlsx")
    with db.session_scope(third) as session:
        register_export.export_register(session, SYSTEM, tmp_path / "c.xlsx")
    assert _sheet_values(tmp_path / "c.xlsx") == _sheet_values(tmp_path / "a.xlsx")

    # Importing the export into the database it came from changes nothing.
    summary = import_file(engine, tmp_path / "a.xlsx")
    assert summary.members_unchanged == summary.rows
    assert summary.members_created == summary.members_updated == summary.households_updated == 0
    for engine_ in (second, third):
        engine_.dispose()


def test_export_contents(engine, session, tmp_path):
    import_file(engine, write(tmp_path / "r.csv", GOOD_ROWS[::-1]))
    rows = list(register_export.export_rows(session, SYSTEM))
    assert [r[3] for r in rows] == ["Nguyễn Minh Khôi", "Trần Thị Bình", "Nguyễn Văn An", "Lê Thị Cúc"]
    assert rows[2] == (
        "TDP01-0001", "TDP01", "Ngõ 12 Khương Đình, số 34", "Nguyễn Văn An", 1978, "male", "small_trader",
        1, 1, 2, "smartphone_use;info_search;messaging", "none", 1, 0, 1,
    )
    assert [r[3] for r in register_export.export_rows(session, SYSTEM, "tdp02")] == ["Lê Thị Cúc"]
    with pytest.raises(LookupError, match="Không có tổ dân phố mã TDP05"):
        register_export.export_rows(session, SYSTEM, "TDP05")

    register_export.export_register(session, SYSTEM, tmp_path / "g.xlsx", group_code="TDP01", reference_year=2026)
    workbook = openpyxl.load_workbook(tmp_path / "g.xlsx", read_only=True)
    assert workbook.sheetnames == ["Nhân khẩu", "Chỉ số"]
    workbook.close()
    assert len(_sheet_values(tmp_path / "g.xlsx")) == 4
    sheet2 = _sheet_values(tmp_path / "g.xlsx", 1)
    report = figures.group_report(session, a_ward(session), "TDP01", reference_year=2026)
    assert sheet2[0][:2] == ["Phạm vi", "Tổ dân phố TDP01"]
    by_code = {row[0]: row for row in sheet2 if row and row[0] in indicators.INDICATOR_CODES}
    assert list(by_code) == list(indicators.INDICATOR_CODES)
    public = report.indicator("public_sector_skills")
    assert by_code["public_sector_skills"][1] == "Cán bộ, công chức, viên chức có kỹ năng số cơ bản"
    assert by_code["public_sector_skills"][2:6] == [public.numerator, public.denominator, public.value, public.target]
    assert by_code["public_sector_skills"][6] == ("Đạt" if public.met else "Chưa đạt")
    assert by_code["adult_basic_skills"][6] == "Chưa đạt"
    assert by_code["trader_ecommerce"][5:7] == [None, None]
    completion = {row[0]: row[2] for row in sheet2 if row and row[0] in ("households", "members", "confirmed", "confirmed_recent")}
    assert completion == {"households": 1, "members": 3, "confirmed": 0, "confirmed_recent": 0}


def test_export_never_writes_formulas(engine, session, tmp_path):
    # Text that slipped in some other way stays text in the spreadsheet.
    group = ResidentialGroup(ward_id=a_ward(session), code="TDP01", name="x")
    session.add(group)
    session.flush()
    household = Household(ward_id=a_ward(session), code="H1", group_id=group.id, address="=HYPERLINK(\"http://x\")")
    session.add(household)
    session.flush()
    session.add(Member(household_id=household.id, full_name="An", birth_year=1990, sex="male"))
    session.commit()
    register_export.write_xlsx(tmp_path / "f.xlsx", register_export.export_rows(session, SYSTEM))
    workbook = openpyxl.load_workbook(tmp_path / "f.xlsx")
    assert workbook.worksheets[0]["C2"].data_type == "s"
    assert workbook.worksheets[0]["C2"].value == "=HYPERLINK(\"http://x\")"


def test_large_import_runs_a_bounded_number_of_statements(engine, session, tmp_path):
    """Bulk work, not a query per row: 12,000 rows in a few dozen statements."""
    rows = [
        f"H{h:05d},TDP{h % 20:02d},Ngõ {h},Nguyễn Văn Người{'i' * (m + 1)},{1950 + m * 10},male,enterprise_worker,1,1,2,smartphone_use;info_search,none,0,0,0"
        for h in range(3000)
        for m in range(4)
    ]
    path = write(tmp_path / "big.csv", rows)
    statements = []
    sa.event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    summary = import_file(engine, path)
    assert summary.members_created == 12000 and summary.households_created == 3000
    first = len(statements)
    again = import_file(engine, path)
    assert again.members_unchanged == 12000
    assert first < 100 and len(statements) - first < 100


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t"])
def test_csv_export_writes_formula_text_inert(session, tmp_path, start):
    group = ResidentialGroup(ward_id=a_ward(session), code="TDP01", name="x")
    session.add(group)
    session.flush()
    address = start + 'HYPERLINK("http://x","Bấm vào đây")'
    household = Household(ward_id=a_ward(session), code="H1", group_id=group.id, address=address)
    session.add(household)
    session.flush()
    session.add(Member(household_id=household.id, full_name="An", birth_year=1990, sex="male"))
    session.commit()
    register_export.write_csv(tmp_path / "f.csv", register_export.export_rows(session, SYSTEM))
    with open(tmp_path / "f.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][2] == "'" + address
    # and reading it back gives the text as it was
    table = table_import.read_table(tmp_path / "f.csv")
    assert table[1][1][2] == address


def test_an_export_for_someone_without_the_right_is_refused(session, tmp_path):
    from digital_family.base.permissions import Actor, PermissionDenied

    leader = Actor(user_id=99, role="group_leader", group_ids=frozenset({1}))
    with pytest.raises(PermissionDenied):
        register_export.export_register(session, leader, tmp_path / "x.csv")
    with pytest.raises(PermissionDenied):
        register.import_register(session, leader, tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_an_upload_with_too_many_rows_is_refused_before_it_is_checked(session, tmp_path):
    path = write(tmp_path / "big.csv", GOOD_ROWS * 3)
    with pytest.raises(table_import.ImportRefused) as info:
        register.import_register(session, SYSTEM, path, max_rows=len(GOOD_ROWS))
    assert [e.message for e in info.value.errors] == [
        f"Tệp có {3 * len(GOOD_ROWS)} dòng, nhiều hơn {len(GOOD_ROWS)} dòng cho một lần nhập."
        " Hãy chia thành nhiều tệp nhỏ hơn."]
    assert count(session, Member) == 0


def _xlsx_bytes(rows: int) -> bytes:
    import io

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(register.COLUMNS))
    for i in range(rows):
        sheet.append([f"H{i}", "TDP01", "Ngõ 3", "Bùi Văn Sơn", 1970, "male", "other", 0, 0, 1,
                      None, "none", None, None, None])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_an_xlsx_with_too_many_rows_is_refused_while_it_is_read(session, monkeypatch):
    read = []
    restore = table_import.spreadsheets.restore
    monkeypatch.setattr(table_import.spreadsheets, "restore", lambda c: read.append(c) or restore(c))
    with pytest.raises(table_import.ImportRefused) as info:
        register.import_register(session, SYSTEM, _xlsx_bytes(50), name="r.xlsx", max_rows=10)
    assert [e.message for e in info.value.errors] == [
        "Tệp có hơn 10 dòng; mỗi lần chỉ nhập được tối đa 10 dòng. Hãy chia thành nhiều tệp nhỏ hơn."]
    assert len(read) <= 11 * len(register.COLUMNS)  # the header and 10 rows, not all 50
    assert count(session, Member) == 0


def test_an_xlsx_that_unpacks_too_large_is_refused_before_it_is_unpacked(session, monkeypatch):
    import zipfile

    data, opened = _xlsx_bytes(3000), []  # ~120 KB that unpack to ~1.6 MB
    monkeypatch.setattr(table_import, "MAX_XLSX_UNPACKED_BYTES", 1024 * 1024)
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: opened.append(a) or 1 / 0)
    with pytest.raises(table_import.ImportRefused) as info:
        register.import_register(session, SYSTEM, data, name="r.xlsx")
    assert [e.message for e in info.value.errors] == [
        "Tệp Excel này khi mở ra lớn hơn 1 MB, quá lớn để nhập. Hãy chia thành nhiều tệp nhỏ hơn."]
    assert opened == []  # refused from the archive's table of contents alone
    with pytest.raises(table_import.ImportRefused):  # not an archive at all
        register.import_register(session, SYSTEM, b"PK\x03\x04 broken", name="r.xlsx")
