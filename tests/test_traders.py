"""Digital Market: the trader list (scope, filters, pages), its export and the 4T figures."""

import csv
import dataclasses
import itertools

import openpyxl
import pytest
import sqlalchemy as sa

from digital_family.base.codes import TRADER_FLAGS
from digital_family.base.models import Household, Member
from digital_family.base.permissions import SYSTEM, PermissionDenied
from digital_family.base.validation import ValidationError
from digital_family.programmes import traders
from tests import ward as wardlib

pytestmark = pytest.mark.usefixtures("fast_hashing")


@pytest.fixture()
def ward(session):
    """The small ward plus traders with every 4T combination: eight in TDP01 (h2), two in
    TDP02 (h3); TDP01-0001's Trần Thị Bình is a trader with no T."""
    w = wardlib.build_ward(session)
    combos = list(itertools.product((False, True), repeat=3))
    for i, flags in enumerate(combos):
        session.add(Member(household_id=w.h2, full_name=f"Tiểu Thương {chr(65 + i)}",
                           birth_year=1970 + i, sex="female", occupation="small_trader",
                           **dict(zip(TRADER_FLAGS, flags))))
    for i, flags in enumerate([(True, True, True), (False, True, False)]):
        session.add(Member(household_id=w.h3, full_name=f"Người Bán {chr(65 + i)}",
                           birth_year=1980, sex="male", occupation="small_trader",
                           **dict(zip(TRADER_FLAGS, flags))))
    session.execute(sa.update(Household).where(Household.id == w.h2).values(phone="0911222333"))
    session.commit()
    return w


def all_rows(session, actor, **kwargs):
    first = traders.trader_list(session, actor, page_size=200, **kwargs)
    assert first.pages == 1
    return first.items


def test_staff_see_every_trader(session, ward):
    rows = all_rows(session, ward.staff)
    assert len(rows) == 11
    assert [r.group_code for r in rows] == ["TDP01"] * 9 + ["TDP02"] * 2
    binh = rows[0]
    assert dataclasses.asdict(binh) == {
        "member_id": binh.member_id, "household_id": ward.h1, "household_code": "TDP01-0001",
        "group_code": "TDP01", "full_name": "Trần Thị Bình", "address": "Ngõ 1 Khương Đình",
        "phone": ward.phones["resident1"],  # no household phone: the resident account's
        "trader_ecommerce": False, "trader_cashless": False, "trader_digital_savings": False,
    }
    assert binh.missing == TRADER_FLAGS
    assert {r.phone for r in rows[1:9]} == {"0911222333"}
    assert {r.phone for r in rows[9:]} == {ward.phones["resident3"]}
    assert "Nguyễn Văn An" not in {r.full_name for r in rows}  # not a trader
    assert len(all_rows(session, ward.admin)) == len(all_rows(session, SYSTEM)) == 11


def test_leaders_see_their_own_groups(session, ward):
    assert {r.group_code for r in all_rows(session, ward.leader1)} == {"TDP01"}
    assert len(all_rows(session, ward.leader2)) == 2
    assert len(all_rows(session, ward.leader1, group_code="tdp01")) == 9
    with pytest.raises(PermissionDenied):
        traders.trader_list(session, ward.leader1, group_code="TDP02")


@pytest.mark.parametrize("who", ["resident1", "ambassador1"])
def test_others_may_not_list(session, ward, who):
    with pytest.raises(PermissionDenied):
        traders.trader_list(session, getattr(ward, who))
    with pytest.raises(PermissionDenied):
        traders.export_traders(session, getattr(ward, who), "x.csv", fmt="csv")


def test_signed_out(session, ward):
    with pytest.raises(PermissionDenied, match="đăng nhập"):
        traders.trader_list(session, None)
    with pytest.raises(PermissionDenied, match="đăng nhập"):
        traders.export_traders(session, None, "x.csv", fmt="csv")


@pytest.mark.parametrize("missing", TRADER_FLAGS)
def test_filter_by_the_missing_t(session, ward, missing):
    rows = all_rows(session, ward.staff, missing=missing)
    assert rows and all(not getattr(r, missing) for r in rows)
    assert len(rows) == 1 + 4 + sum(1 for r in ((1, 1, 1), (0, 1, 0))
                                    if not r[TRADER_FLAGS.index(missing)])
    tdp02 = all_rows(session, ward.staff, missing=missing, group_code="TDP02")
    assert [r.group_code for r in tdp02] == ["TDP02"] * len(tdp02)


def test_filter_any_and_none(session, ward):
    rows = all_rows(session, ward.staff, missing="any")
    assert len(rows) == 11 - 2 and all(r.missing for r in rows)
    assert len(all_rows(session, ward.staff, missing=" TRADER_CASHLESS ")) == 5
    assert len(all_rows(session, ward.staff, missing="")) == 11
    assert len(all_rows(session, ward.staff, group_code="  ")) == 11


@pytest.mark.parametrize("kwargs, field", [
    ({"missing": "trader_everything"}, "missing"), ({"missing": 3}, "missing"),
    ({"missing": ["trader_cashless"]}, "missing"), ({"group_code": "TDP99"}, "group_code"),
    ({"group_code": "bad code!"}, "group_code"),
])
def test_bad_filters(session, ward, kwargs, field):
    with pytest.raises(ValidationError) as info:
        traders.trader_list(session, ward.staff, **kwargs)
    assert info.value.field == field and info.value.message


def test_pages(session, ward):
    everyone = [r.member_id for r in all_rows(session, ward.staff)]
    pages = [traders.trader_list(session, ward.staff, page=p, page_size=4) for p in (1, 2, 3)]
    assert [(p.total, p.page, p.pages) for p in pages] == [(11, 1, 3), (11, 2, 3), (11, 3, 3)]
    assert [r.member_id for p in pages for r in p.items] == everyone
    assert traders.trader_list(session, ward.staff, page=50, page_size=4).page == 3
    odd = traders.trader_list(session, ward.staff, page="x", page_size=-3)
    assert (odd.page, len(odd.items)) == (1, 1)
    assert len(traders.trader_list(session, ward.staff, page_size=10**6).items) == 11
    one = traders.trader_list(session, ward.leader2, missing="trader_digital_savings",
                                group_code="TDP02")
    assert (one.total, one.page, one.pages) == (1, 1, 1)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_round(session, ward, tmp_path, fmt):
    path = tmp_path / f"traders.{fmt}"
    count = traders.export_traders(session, ward.staff, path, fmt=fmt, missing="trader_ecommerce")
    expected = all_rows(session, ward.staff, missing="trader_ecommerce")
    if fmt == "csv":
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        table = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    else:
        sheet = openpyxl.load_workbook(path).active
        assert sheet.title == traders.EXPORT_SHEET
        table = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    assert table[0] == list(traders.EXPORT_COLUMNS)
    assert count == len(table) - 1 == len(expected) == 6
    assert table[1:] == [
        [r.household_code, r.group_code, r.full_name, r.address, r.phone or "",
         *(str(int(getattr(r, f))) for f in TRADER_FLAGS), str(len(r.missing))]
        for r in expected
    ]


def test_export_is_for_ward_staff(session, ward, tmp_path):
    assert traders.export_traders(session, ward.admin, tmp_path / "a.xlsx") == 11
    assert traders.export_traders(session, ward.staff, tmp_path / "b.csv", group_code="TDP02") == 2
    with pytest.raises(PermissionDenied):
        traders.export_traders(session, ward.leader1, tmp_path / "c.csv", group_code="TDP01")
    with pytest.raises(ValidationError):
        traders.export_traders(session, ward.staff, tmp_path / "d.pdf")
    assert not (tmp_path / "c.csv").exists() and not (tmp_path / "d.pdf").exists()


def test_summary_per_group(session, ward):
    tdp01, tdp02 = traders.trader_summary(session, ward.leader1)
    assert dataclasses.astuple(tdp01) == ("TDP01", "Tổ dân phố số 1", 9, 4, 4, 4, 1)
    assert dataclasses.astuple(tdp02) == ("TDP02", "Tổ dân phố số 2", 2, 1, 2, 1, 1)
    assert traders.trader_summary(session, ward.staff) == (tdp01, tdp02)
    for actor in (ward.resident1, ward.ambassador1, None):
        with pytest.raises(PermissionDenied):
            traders.trader_summary(session, actor)
