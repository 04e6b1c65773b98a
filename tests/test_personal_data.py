"""A family's data: take it (export) and have it erased (issue 13 point 3).

The erasure tests search every text column of every table for the erased names and
phones, so a table added later (consent records, …) that keeps them fails here."""

import json

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel
from sqlmodel.sql.sqltypes import AutoString
from typer.testing import CliRunner

from digital_family.base.models import (
    AuditEntry,
    AuthSession,
    Household,
    HouseholdConsent,
    IndicatorSnapshot,
    Member,
    UserAccount,
)
from digital_family.base.permissions import SYSTEM, PermissionDenied
from digital_family.campaign import snapshots
from digital_family.cli import app
from digital_family.households import edits, history, invitations, personal_data, views
from digital_family.households.access import HouseholdNotFound
from digital_family.programmes import help_requests as hr
from digital_family.records import audit
from digital_family.ward import rollups
from tests import ward as wardlib

runner = CliRunner()

# Names nobody else in the ward has, so finding one anywhere means it was kept.
ERASED = ("Đỗ Thị Xoáhẳn", "Vũ Văn Mấtdấu")
KEPT = "Lê Thị Cúc"
PHONE = "0911222333"


pytestmark = pytest.mark.usefixtures("fast_hashing")


@pytest.fixture()
def ward(session):
    built = wardlib.build_ward(session)
    # h1's consent was given by An (a member); h2's and h3's by adults named nowhere else
    for household_id, adult in ((built.h2, "Hoàng Thị Khác"), (built.h3, "Lý Văn Đồngý")):
        session.execute(sa.update(HouseholdConsent).where(
            HouseholdConsent.household_id == household_id).values(adult_name=adult))
    rollups.ensure_current(session)  # built first, so every erasure below must keep them right
    session.commit()
    return built


def _member(session, name):
    return session.execute(sa.select(Member.id).where(Member.full_name == name)).scalar_one()


def _version(session, household_id):
    return session.execute(sa.select(Household.version).where(Household.id == household_id)
                           ).scalar_one()


def _lived_in(session, ward):
    """h1 with a history: members added, renamed, statuses changed by the family and
    its leader, a phone, a help request with a note, an ambassador's visit, an export."""
    h = ward.h1
    edits.add_member(session, ward.resident1, h, expected_version=_version(session, h),
                          full_name="Đỗ Thị Xoá", birth_year=1990, sex="female")
    first = _member(session, "Đỗ Thị Xoá")
    edits.update_member(session, ward.leader1, first, expected_version=_version(session, h),
                             full_name=ERASED[0], vneid_level=2)
    edits.add_member(session, ward.resident1, h, expected_version=_version(session, h),
                          full_name=ERASED[1], birth_year=2012, sex="male")
    edits.update_household(session, ward.leader1, h, expected_version=_version(session, h),
                                phone=PHONE, address="Số 9 ngõ Riêng Tư")
    request = hr.create_request(session, ward.resident1, member_id=first, topic="vneid",
                                note=f"Gọi {PHONE} buổi tối, hỏi {ERASED[0]}")
    hr.claim(session, ward.ambassador1, request.id)
    hr.resolve(session, ward.ambassador1, request.id, outcome="helped",
               achieved={"has_smartphone": True}, note=f"Đã giúp {ERASED[0]}")
    views.load_household(session, ward.leader1, h)
    invitations.issue_invitation(session, ward.leader1, household_id=h, purpose="reset")
    personal_data.export_household(session, ward.resident1, h)
    session.commit()
    return first


def _is_text(column) -> bool:
    return isinstance(column.type, sa.String | sa.Text | AutoString)


def _everywhere(session, needles):
    """(table, column, value) of every text value in the database holding a needle."""
    found = []
    for table in SQLModel.metadata.sorted_tables:
        texts = [c for c in table.c if _is_text(c)]
        for column in texts:
            for (value,) in session.execute(sa.select(column).where(column.is_not(None))):
                if any(needle in value for needle in needles):
                    found.append((table.name, column.name, value))
    return found


# Export


def test_the_export_holds_everything_about_the_household_and_no_secret(session, ward):
    _lived_in(session, ward)
    data = personal_data.export_household(session, ward.resident1, ward.h1)
    session.commit()
    text = json.dumps(data, ensure_ascii=False)
    assert data["household"]["code"] == "TDP01-0001"
    assert data["household"]["phone"] == PHONE
    assert {m["full_name"] for m in data["members"]} == {
        "Nguyễn Văn An", "Trần Thị Bình", *ERASED}
    [request] = data["help_requests"]
    assert request["status"] == "resolved" and len(request["notes"]) == 1
    assert request["changes"][0]["field"] == "has_smartphone"
    said = [item["said"] for item in data["history"]]
    assert any("VNeID mức 2" in s for s in said)
    assert any(item["who"].startswith("Tổ trưởng") for item in data["history"])
    [account] = data["accounts"]
    assert account["phone"] == ward.phones["resident1"] and account["sessions"] == []
    assert data["invitations"][0]["purpose"] == "reset"
    [consent] = data["consent"]
    assert (consent["status"], consent["adult_name"], consent["channel"]) == (
        "given", "Nguyễn Văn An", "self")
    for secret in ("password_hash", "token_hash", "code_hash", "$argon2"):
        assert secret not in text
    # the export itself is on record, and shows in the family's history
    exports = session.execute(sa.select(AuditEntry).where(
        AuditEntry.action == audit.EXPORT, AuditEntry.household_id == ward.h1)).scalars().all()
    assert len(exports) == 2 and exports[0].role == "resident"


def test_only_those_who_may_read_the_household_may_export_it(session, ward):
    for actor in (ward.resident3, ward.leader2, ward.ambassador1, None):
        with pytest.raises(PermissionDenied):
            personal_data.export_household(session, actor, ward.h1)
    assert personal_data.export_household(session, ward.leader1, ward.h1)["members"]
    assert personal_data.export_household(session, ward.staff, ward.h1)["members"]
    with pytest.raises(HouseholdNotFound):
        personal_data.export_household(session, ward.staff, 999999)


def test_export_command_writes_the_json(db_url, session, ward, tmp_path):
    out = tmp_path / "h1.json"
    result = runner.invoke(app, ["household", "export-data", "TDP01-0001", "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == personal_data.EXPORT_FORMAT
    assert [m["full_name"] for m in data["members"]] == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert runner.invoke(app, ["household", "export-data", "KHONG-CO", "--out",
                               str(out)]).exit_code == 1


# Erasure


def test_after_erasing_a_household_no_table_export_or_log_holds_its_people(
        db_url, session, ward, tmp_path):
    _lived_in(session, ward)
    snapshots.take_snapshot(session)
    session.commit()
    before_snapshots = session.execute(
        sa.select(IndicatorSnapshot.scope, IndicatorSnapshot.code, IndicatorSnapshot.numerator,
                  IndicatorSnapshot.denominator).order_by(IndicatorSnapshot.id)).all()
    resident_id = ward.resident1.user_id
    needles = (*ERASED, "Nguyễn Văn An", "Trần Thị Bình", PHONE, ward.phones["resident1"],
               "Số 9 ngõ Riêng Tư", "Ngõ 1 Khương Đình")
    assert len({t for t, _, _ in _everywhere(session, needles)}) >= 4  # it was all there

    done = personal_data.erase_household(session, ward.staff, ward.h1)
    session.commit()

    assert (done.members, done.accounts, done.help_requests) == (4, 1, 1)
    assert _everywhere(session, needles) == []
    assert _everywhere(session, [KEPT])  # others' data untouched
    assert session.get(UserAccount, resident_id) is None
    assert session.execute(sa.select(sa.func.count()).select_from(AuthSession).where(
        AuthSession.user_id == resident_id)).scalar_one() == 0
    # out of every count at once; past snapshots keep their totals
    assert rollups.verify(session) == []
    assert runner.invoke(app, ["rollups", "verify"]).exit_code == 0
    assert session.execute(
        sa.select(IndicatorSnapshot.scope, IndicatorSnapshot.code, IndicatorSnapshot.numerator,
                  IndicatorSnapshot.denominator).order_by(IndicatorSnapshot.id)).all() \
        == before_snapshots
    # the audit keeps that it happened, by whom, and nothing of what was erased
    erasure = session.execute(sa.select(AuditEntry).where(
        AuditEntry.action == audit.HOUSEHOLD_ERASE)).scalar_one()
    assert (erasure.household_code, erasure.role, erasure.user_id) == (
        "TDP01-0001", "ward_staff", ward.staff.user_id)
    wide = {"COLUMNS": "400"}  # a table folds long values across lines
    for output in (runner.invoke(app, ["audit", "--format", "json"]).output,
                   runner.invoke(app, ["audit"], env=wide).output):
        assert "household.erase" in output and "TDP01-0001" in output
        assert not [n for n in needles if n in output]
    # the erased household's own export and entries are gone with it
    with pytest.raises(HouseholdNotFound):
        personal_data.export_household(session, ward.staff, ward.h1)
    staff_view = audit.entries(session, ward.staff, audit.Filters(household_code="TDP01-0001"),
                               limit=500)
    assert staff_view and all(e.old is None and e.new is None and e.member_name is None
                              for e in staff_view)


def test_erasing_one_member_keeps_the_household_and_forgets_the_member(session, ward):
    first = _lived_in(session, ward)
    personal_data.erase_member(session, ward.resident1, first)
    session.commit()
    assert _everywhere(session, [ERASED[0]]) == []
    assert _everywhere(session, [ERASED[1], PHONE])  # the rest of the household stays
    assert rollups.verify(session) == []
    found = history.household_history(session, ward.resident1, ward.h1, lang="vi", limit=100)
    assert any(item.what == "xoá toàn bộ thông tin của một người" for item in found)
    assert not [item for item in found if ERASED[0] in item.what]
    data = personal_data.export_household(session, ward.resident1, ward.h1)
    assert ERASED[0] not in json.dumps(data, ensure_ascii=False)


def test_who_may_erase(session, ward):
    cuc = ward.h3_member
    for actor in (ward.resident1, ward.leader1, ward.ambassador1, None):
        with pytest.raises(PermissionDenied):
            personal_data.erase_member(session, actor, cuc)
    for actor in (ward.leader1, ward.leader2, ward.resident3, ward.ambassador1, None):
        with pytest.raises(PermissionDenied):
            personal_data.erase_household(session, actor, ward.h1)
    an = _member(session, "Nguyễn Văn An")
    personal_data.erase_member(session, ward.leader1, an)  # the group's leader: one member
    personal_data.erase_household(session, ward.resident3, ward.h3)  # the family itself
    personal_data.erase_household(session, ward.admin, ward.h2)
    session.commit()
    assert session.execute(sa.select(sa.func.count()).select_from(Household)).scalar_one() == 1
    assert rollups.verify(session) == []


def test_erase_command_asks_then_erases(db_url, session, ward):
    result = runner.invoke(app, ["household", "erase", "TDP02-0001"], input="n\n")
    assert result.exit_code == 1
    assert session.execute(sa.select(Household.id).where(Household.id == ward.h3)).first()
    an = _member(session, "Nguyễn Văn An")
    result = runner.invoke(app, ["household", "erase", "TDP01-0001", "--member", str(an), "--yes"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["household", "erase", "TDP02-0001", "--member", str(an),
                               "--yes"]).exit_code == 1
    result = runner.invoke(app, ["household", "erase", "TDP02-0001", "--yes"])
    assert result.exit_code == 0, result.output
    session.expire_all()
    assert _everywhere(session, ["Nguyễn Văn An", KEPT, ward.phones["resident3"],
                                 "Lý Văn Đồngý"]) == []
    assert _everywhere(session, ["Hoàng Thị Khác"])  # h2's consent stays
    assert runner.invoke(app, ["rollups", "verify"]).exit_code == 0
    erasures = session.execute(sa.select(AuditEntry.action, AuditEntry.via, AuditEntry.role).where(
        AuditEntry.action.in_([audit.HOUSEHOLD_ERASE, audit.MEMBER_ERASE]))
        .order_by(AuditEntry.id)).all()
    assert erasures == [("member.erase", "cli", None), ("member.erase", "cli", None),
                        ("household.erase", "cli", None)]
    assert SYSTEM  # the command line acts as the system
