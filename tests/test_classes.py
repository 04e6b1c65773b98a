"""The ward's classes (programmes/classes.py): sign-ups, the waiting list, attendance,
completions, courses elsewhere, the import, the figures, the commands."""

import json
import uuid
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from digital_family.access import accounts
from digital_family.base.models import (
    AppliedChange,
    AuditEntry,
    Household,
    Member,
    class_attendance,
    class_completion,
    class_signup,
    course_completion,
    learning_class,
    member_skills,
)
from digital_family.base.permissions import SYSTEM, PermissionDenied, load_actor
from digital_family.base.table_import import ImportRefused
from digital_family.base.validation import ValidationError
from digital_family.campaign import staff_accounts
from digital_family.households import household_changes, personal_data
from digital_family.households.consent_rules import ConsentRequired
from digital_family.programmes import classes
from digital_family.ward import rollups

pytestmark = pytest.mark.usefixtures("fast_hashing")

NOW = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)  # 10:00 in Hanoi
TODAY = date(2026, 12, 7)
IMPORT_HEADER = "household_code,full_name,birth_year,course,completed_on"


def _members(session, household_id) -> dict[str, int]:
    return dict(session.execute(sa.select(Member.full_name, Member.id).where(
        Member.household_id == household_id)).all())


def _status(session, member_id) -> str:
    return session.execute(sa.select(Member.learning_status).where(
        Member.id == member_id)).scalar_one()


def _count(session, table, **where) -> int:
    query = sa.select(sa.func.count()).select_from(table)
    for name, value in where.items():
        query = query.where(table.c[name] == value)
    return session.execute(query).scalar_one()


@pytest.fixture()
def setup(session, ward):
    """The ward, its tallies built, a teacher (ambassador1) and a class for TDP01."""
    rollups.rebuild(session)
    info = classes.create_class(
        session, ward.staff, code="L01", title="Dùng điện thoại thông minh",
        topics=["smartphone_use", "vneid", "online_safety"], capacity=1,
        sessions=[("2026-12-01", "18:30", "Nhà văn hoá TDP01"),
                  {"day": "2026-12-20", "start": "18:30", "place": "Nhà văn hoá TDP01"}],
        teacher_id=ward.ambassador1.user_id, group_codes=["TDP01"], now=NOW)
    session.commit()
    return ward, info


def test_staff_create_a_class_and_others_may_not(session, setup):
    ward, info = setup
    assert info.code == "L01" and info.group_codes == ("TDP01",)
    assert [s.day for s in info.sessions] == [date(2026, 12, 1), date(2026, 12, 20)]
    for actor in (ward.leader1, ward.ambassador1, ward.resident1):
        with pytest.raises(PermissionDenied):
            classes.create_class(session, actor, code="L02", title="x", topics=["messaging"],
                                 capacity=5, sessions=[("2026-12-10", "08:00", "Phường")])
    with pytest.raises(ValidationError):
        classes.create_class(session, ward.staff, code="L01", title="Lại", topics=["messaging"],
                             capacity=5, sessions=[("2026-12-10", "08:00", "Phường")])
    with pytest.raises(ValidationError):
        classes.create_class(session, ward.staff, code="L03", title="x", topics=["cooking"],
                             capacity=5, sessions=[("2026-12-10", "08:00", "Phường")])


def test_an_allowed_ambassador_opens_a_class_he_teaches_for_his_groups(session, setup):
    ward, _info = setup
    kw = dict(title="Zalo cho người cao tuổi", topics=["messaging"], capacity=10,
              sessions=[("2026-12-14", "18:30", "Nhà văn hoá TDP01")])
    # not allowed yet: refused, nothing written
    with pytest.raises(PermissionDenied):
        classes.create_class(session, ward.ambassador1, code="A01", group_codes=["TDP01"], **kw)
    session.rollback()
    staff_accounts.set_may_open_classes(session, ward.staff, ward.phones["ambassador1"], True)
    session.commit()
    allowed = load_actor(session, ward.ambassador1.user_id)
    assert allowed is not None and allowed.may_open_classes
    assert classes.class_group_codes(session, allowed) == ("TDP01",)
    assert classes.class_group_codes(session, ward.staff) == ("TDP01", "TDP02")
    info = classes.create_class(session, allowed, code="A01", group_codes=["TDP01"], **kw)
    session.commit()
    assert info.teacher_id == ward.ambassador1.user_id and info.group_codes == ("TDP01",)
    assert "A01" in [c.code for c in classes.list_classes(session, allowed)]
    # another teacher, another group, the whole ward: not his to open
    for call in (
        lambda: classes.create_class(session, allowed, code="A02", group_codes=["TDP01"],
                                     teacher_id=ward.staff.user_id, **kw),
        lambda: classes.create_class(session, allowed, code="A03", group_codes=["TDP02"], **kw),
        lambda: classes.create_class(session, allowed, code="A04",
                                     group_codes=["TDP01", "TDP02"], **kw),
    ):
        with pytest.raises(PermissionDenied):
            call()
        session.rollback()
    with pytest.raises(ValidationError) as error:
        classes.create_class(session, allowed, code="A05", **kw)
    assert error.value.field == "groups"
    session.rollback()
    assert _count(session, learning_class) == 2  # L01 and A01
    # leaders, families, a not-allowed ambassador's actor cannot open one either
    with pytest.raises(PermissionDenied):
        classes.class_group_codes(session, ward.ambassador1)
    # staff unchanged: any teacher, any group, the whole ward
    staff_class = classes.create_class(session, ward.staff, code="S01", group_codes=["TDP02"],
                                       teacher_id=ward.ambassador1.user_id, **kw)
    assert staff_class.group_codes == ("TDP02",)
    assert classes.create_class(session, ward.staff, code="S02", **kw).group_codes == ()


def test_who_sees_which_class(session, setup):
    ward, _info = setup
    classes.create_class(session, ward.staff, code="W01", title="Cả phường",
                         topics=["epayment"], capacity=30,
                         sessions=[("2026-12-12", "08:00", "Phường")])
    classes.create_class(session, ward.staff, code="G02", title="Tổ 2",
                         topics=["messaging"], capacity=30, group_codes=["TDP02"],
                         sessions=[("2026-12-12", "08:00", "Nhà văn hoá TDP02")])

    def codes(actor):
        return [c.code for c in classes.list_classes(session, actor)]

    assert codes(ward.staff) == ["G02", "L01", "W01"]
    assert codes(ward.resident1) == ["L01", "W01"]
    assert codes(ward.resident3) == ["G02", "W01"]
    assert codes(ward.leader2) == ["G02", "W01"]
    assert codes(ward.ambassador1) == ["L01", "W01"]
    with pytest.raises(classes.ClassNotFound):
        classes.get_class(session, ward.resident1, next(c for c in classes.list_classes(
            session, ward.staff) if c.code == "G02").id)
    with pytest.raises(PermissionDenied):
        classes.list_classes(session, None)


def test_sign_up_waiting_list_and_cancel_move_learning_and_keep_the_tallies(session, setup):
    ward, info = setup
    h1 = _members(session, ward.h1)
    an, binh = h1["Nguyễn Văn An"], h1["Trần Thị Bình"]
    assert classes.sign_up(session, ward.resident1, info.id, an, now=NOW) == "signed_up"
    assert _status(session, an) == "enrolled"
    assert classes.sign_up(session, ward.leader1, info.id, binh, now=NOW) == "waiting"
    assert _status(session, binh) == "none"  # waiting holds no seat
    assert classes.sign_up(session, ward.resident1, info.id, an) == "signed_up"  # as it stands
    assert rollups.verify(session) == []

    assert classes.cancel(session, ward.resident1, info.id, an, now=NOW) == binh
    assert _status(session, an) == "none"  # the sign-up had made him enrolled
    assert _status(session, binh) == "enrolled"  # moved up
    statuses = dict(session.execute(sa.select(class_signup.c.member_id, class_signup.c.status)).all())
    assert statuses == {an: "cancelled", binh: "signed_up"}
    assert rollups.verify(session) == []
    # the changes went through the write path: the audit has them, the version moved
    fields = session.execute(sa.select(AuditEntry.member_id, AuditEntry.new_value).where(
        AuditEntry.field == "learning_status").order_by(AuditEntry.id)).all()
    assert fields == [(an, "enrolled"), (an, "none"), (binh, "enrolled")]
    actions = session.execute(sa.select(AuditEntry.action).where(
        AuditEntry.action.like("class.%"))).scalars().all()
    assert actions == ["class.signup", "class.signup", "class.cancel", "class.signup"]
    assert session.get(Household, ward.h1).version > 1


def test_a_sign_up_does_not_lower_a_status_and_a_cancel_keeps_what_else_holds(session, setup):
    ward, info = setup
    an = _members(session, ward.h1)["Nguyễn Văn An"]
    classes.record_course(session, ward.resident1, an, course="Kỹ năng số cơ bản",
                          completed_on="2026-11-30", now=NOW)
    assert _status(session, an) == "completed"
    classes.sign_up(session, ward.resident1, info.id, an, now=NOW)
    assert _status(session, an) == "completed"
    classes.cancel(session, ward.resident1, info.id, an, now=NOW)
    assert _status(session, an) == "completed"
    assert rollups.verify(session) == []


def test_who_may_sign_whom_up(session, setup):
    ward, info = setup
    h1 = _members(session, ward.h1)
    an = h1["Nguyễn Văn An"]
    # the family only its own members; the other group's leader not; the teacher not
    for actor in (ward.resident3, ward.leader2, ward.ambassador1):
        with pytest.raises(PermissionDenied):
            classes.sign_up(session, actor, info.id, an)
    # a class for TDP01 is not for a TDP02 household (its family or leader)
    with pytest.raises(classes.ClassNotFound):
        classes.sign_up(session, ward.resident3, info.id, ward.h3_member)
    # staff sign anyone up
    assert classes.sign_up(session, ward.staff, info.id, ward.h3_member) == "signed_up"
    assert rollups.verify(session) == []


def test_a_family_that_has_not_consented_cannot_sign_up(session, setup):
    ward, info = setup
    from digital_family.households import consent

    consent.withdraw_consent(session, ward.resident1, ward.h1)
    with pytest.raises(ConsentRequired):
        classes.sign_up(session, ward.resident1, info.id,
                        _members(session, ward.h1)["Nguyễn Văn An"])


def test_a_family_that_consented_only_to_the_older_notice_is_asked_again_first(session, setup):
    """Sign-ups are a kind of data the 2027-01 notice names (issue 19): nobody signs up a
    member of a household whose consent is to the notice before it, staff included."""
    import sqlalchemy as sa

    from digital_family.base.models import HouseholdConsent

    ward, info = setup
    session.execute(sa.update(HouseholdConsent).where(HouseholdConsent.household_id == ward.h1)
                    .values(notice_version="2026-12"))
    an = _members(session, ward.h1)["Nguyễn Văn An"]
    for actor in (ward.resident1, ward.leader1, ward.staff):
        with pytest.raises(ConsentRequired) as info_:
            classes.sign_up(session, actor, info.id, an)
        assert info_.value.key == "consent.renew_needed"


def test_attendance_and_completion_by_the_teacher_only(session, setup):
    ward, info = setup
    an = _members(session, ward.h1)["Nguyễn Văn An"]
    classes.sign_up(session, ward.resident1, info.id, an, now=NOW)
    first = info.sessions[0].id
    other_teacher = accounts.create_user(session, SYSTEM, phone="0900000032",
                                         password="mật khẩu 123", role="ambassador",
                                         group_codes=["TDP01"])
    from digital_family.base.permissions import load_actor

    stranger = load_actor(session, other_teacher.id)
    for actor in (stranger, ward.leader1, ward.resident1):
        with pytest.raises(PermissionDenied):
            classes.set_attendance(session, actor, first, an)
        with pytest.raises(PermissionDenied):
            classes.complete(session, actor, info.id, an)
    classes.set_attendance(session, ward.ambassador1, first, an, now=NOW)
    classes.set_attendance(session, ward.ambassador1, first, an, now=NOW)  # once is enough
    assert _count(session, class_attendance) == 1
    learners = classes.roster(session, ward.ambassador1, info.id)
    assert [(x.full_name, x.attended) for x in learners] == [("Nguyễn Văn An", (first,))]

    # completion without the learner's agreement: the status, no skills
    classes.complete(session, ward.ambassador1, info.id, an, now=NOW)
    assert _status(session, an) == "completed"
    member = session.get(Member, an, populate_existing=True)
    assert member_skills(member) == frozenset()
    # with it: the taught skills (vneid -> vneid_app), not the 4T flags
    classes.complete(session, ward.ambassador1, info.id, an, consent_skills=True, now=NOW)
    member = session.get(Member, an, populate_existing=True)
    assert member_skills(member) == {"smartphone_use", "vneid_app", "online_safety"}
    with pytest.raises(ValidationError):
        classes.complete(session, ward.ambassador1, info.id, an, consent_skills=True,
                         skills=["ecommerce"])
    assert rollups.verify(session) == []


def test_a_walk_in_is_found_and_added(session, setup):
    ward, info = setup
    binh = _members(session, ward.h1)["Trần Thị Bình"]
    found = classes.find_walk_ins(session, ward.ambassador1, info.id, "thị bình")
    assert [(f.member_id, f.household_code) for f in found] == [(binh, "TDP01-0001")]
    by_code = classes.find_walk_ins(session, ward.ambassador1, info.id, "tdp01-0001")
    assert len(by_code) == 2
    by_phone = classes.find_walk_ins(session, ward.ambassador1, info.id,
                                     ward.phones["resident1"])
    assert {f.member_id for f in by_phone} == set(_members(session, ward.h1).values())
    # the class is for TDP01: nobody of TDP02 is found
    assert classes.find_walk_ins(session, ward.ambassador1, info.id, "Cúc") == ()
    # the class is full (capacity 1) but a walk-in who came is signed up and present
    classes.sign_up(session, ward.resident1, info.id,
                    _members(session, ward.h1)["Nguyễn Văn An"], now=NOW)
    classes.add_walk_in(session, ward.ambassador1, info.sessions[0].id, binh, now=NOW)
    assert _status(session, binh) == "enrolled"
    assert _count(session, class_attendance, member_id=binh) == 1
    with pytest.raises(ValidationError):
        classes.add_walk_in(session, ward.ambassador1, info.sessions[0].id, ward.h3_member)
    assert rollups.verify(session) == []


def test_figures_of_the_ward_and_a_group(session, setup):
    ward, _info = setup
    h1 = _members(session, ward.h1)
    an, binh = h1["Nguyễn Văn An"], h1["Trần Thị Bình"]
    big = classes.create_class(session, ward.staff, code="W01", title="Cả phường",
                               topics=["epayment"], capacity=10,
                               sessions=[("2026-12-02", "08:00", "Phường"),
                                         ("2026-12-03", "08:00", "Phường")])
    classes.sign_up(session, ward.resident1, big.id, an, now=NOW)
    classes.sign_up(session, ward.resident1, big.id, binh, now=NOW)
    classes.sign_up(session, ward.resident3, big.id, ward.h3_member, now=NOW)
    classes.set_attendance(session, ward.staff, big.sessions[0].id, an, now=NOW)
    classes.set_attendance(session, ward.staff, big.sessions[1].id, an, now=NOW)
    classes.set_attendance(session, ward.staff, big.sessions[0].id, ward.h3_member, now=NOW)
    classes.complete(session, ward.staff, big.id, an, now=NOW)

    ward_figures = classes.class_figures(session, ward.leader1, today=TODAY)
    assert ward_figures == classes.ClassFigures(
        classes_held=2, seats=11, attended=3, expected=6, attendance_rate=0.5,
        completed_members=1, first_learner_households=2, never_came=1)
    g1 = classes.class_figures(session, ward.staff, group_code="TDP01", today=TODAY)
    assert (g1.classes_held, g1.attended, g1.expected, g1.never_came,
            g1.first_learner_households) == (2, 2, 4, 1, 1)
    assert [f.member_id for f in classes.never_came(session, ward.leader1, "TDP01",
                                                    today=TODAY)] == [binh]
    with pytest.raises(PermissionDenied):
        classes.never_came(session, ward.leader2, "TDP01")
    with pytest.raises(PermissionDenied):
        classes.class_figures(session, ward.resident1)


def test_the_signed_up_who_never_came_are_on_the_leaders_visit_list(session, setup):
    from digital_family.campaign import leader, week_plan

    ward, info = setup
    binh = _members(session, ward.h1)["Trần Thị Bình"]
    classes.sign_up(session, ward.resident1, info.id, binh, now=NOW)  # 2026-12-01 held
    page = leader.visit_list(session, ward.leader1, "TDP01", reason="never_came", now=NOW)
    assert [(i.household_id, i.counts["never_came"]) for i in page.items] == [(ward.h1, 1)]
    assert ("visit.reason.never_came", {"n": 1}) in leader.reason_labels(page.items[0])
    found = week_plan.suggestions(session, ward.leader1, reason="never_came", now=NOW)
    assert [s.household_id for s in found.items] == [ward.h1]
    classes.set_attendance(session, ward.ambassador1, info.sessions[0].id, binh, now=NOW)
    assert leader.visit_list(session, ward.leader1, "TDP01", reason="never_came",
                             now=NOW).items == ()


def test_the_calendar_file(session, setup):
    ward, info = setup
    ics = classes.class_calendar(session, ward.resident1, info.id).decode()
    assert ics.count("BEGIN:VEVENT") == 2
    assert "DTSTART:20261201T113000Z" in ics  # 18:30 in Hanoi
    assert "Nhà văn hoá TDP01" in ics
    with pytest.raises(classes.ClassNotFound):
        classes.class_calendar(session, ward.resident3, info.id)


def _import_file(tmp_path, rows, name="done.csv"):
    path = tmp_path / name
    path.write_text("\n".join([IMPORT_HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_the_import_matches_by_household_name_and_year_all_or_nothing(session, setup, tmp_path):
    ward, _info = setup
    # a second "Nguyễn Văn An" born 1978 in h2 makes nothing ambiguous (another household)
    session.add(Member(household_id=ward.h2, full_name="Nguyễn Văn An", birth_year=1978,
                       sex="male"))
    # two people of the same name and year in h3: ambiguous
    session.add_all([Member(household_id=ward.h3, full_name="Lê Văn Dũng", birth_year=1990,
                            sex="male") for _ in range(2)])
    session.commit()
    rollups.rebuild(session)
    bad = _import_file(tmp_path, [
        "TDP01-0001,NGUYỄN VĂN AN,1978,Kỹ năng số cơ bản,2026-11-20",
        "TDP01-0001,Nguyễn Văn Ba,1978,Kỹ năng số cơ bản,2026-11-20",
        "TDP02-0001,Lê Văn Dũng,1990,Kỹ năng số cơ bản,2026-11-20",
        "TDP02-0001,Lê Thị Cúc,1950,Kỹ năng số cơ bản,20/11/2026",
    ])
    with pytest.raises(ImportRefused) as refused:
        classes.import_completions(session, SYSTEM, bad, now=NOW)
    assert [(e.row, e.key) for e in refused.value.errors] == [
        (3, "error.learning_import.no_member"), (4, "error.learning_import.several"),
        (5, "error.class.day")]
    assert _count(session, course_completion) == 0
    assert _status(session, _members(session, ward.h1)["Nguyễn Văn An"]) == "none"

    # NFC: a decomposed name matches its composed form
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "nguyễn văn an")
    good = _import_file(tmp_path, [
        f"TDP01-0001,{decomposed},1978,Kỹ năng số cơ bản,2026-11-20",
        "TDP02-0001,lê thị cúc,1950,An toàn trên mạng,2026-11-21",
    ])
    with pytest.raises(PermissionDenied):
        classes.import_completions(session, ward.leader1, good)
    summary = classes.import_completions(session, ward.staff, good, now=NOW)
    assert (summary.rows, summary.members_completed) == (2, 2)
    assert _status(session, _members(session, ward.h1)["Nguyễn Văn An"]) == "completed"
    assert _status(session, ward.h3_member) == "completed"
    assert _count(session, course_completion, source="import") == 2
    assert rollups.verify(session) == []


def test_the_family_records_a_course_of_the_national_platform(session, setup):
    ward, _info = setup
    binh = _members(session, ward.h1)["Trần Thị Bình"]
    with pytest.raises(PermissionDenied):
        classes.record_course(session, ward.resident3, binh, course="x",
                              completed_on="2026-11-01")
    with pytest.raises(ValidationError):
        classes.record_course(session, ward.resident1, binh, course="Kỹ năng số",
                              completed_on="2027-01-01", now=NOW)
    classes.record_course(session, ward.leader1, binh, course="Kỹ năng số",
                          completed_on="2026-11-01", now=NOW)
    assert _status(session, binh) == "completed"
    assert _count(session, course_completion, source="national_platform") == 1
    assert rollups.verify(session) == []


def test_the_export_and_erasure_take_the_class_rows(session, setup):
    ward, info = setup
    h1 = _members(session, ward.h1)
    an, binh = h1["Nguyễn Văn An"], h1["Trần Thị Bình"]
    classes.sign_up(session, ward.resident1, info.id, an, now=NOW)
    classes.set_attendance(session, ward.ambassador1, info.sessions[0].id, an, now=NOW)
    classes.complete(session, ward.ambassador1, info.id, an, now=NOW)
    classes.record_course(session, ward.resident1, binh, course="Kỹ năng số",
                          completed_on="2026-11-01", now=NOW)
    exported = personal_data.export_household(session, ward.resident1, ward.h1)
    other = exported["other"]
    assert [r["status"] for r in other["class_signup"]] == ["signed_up"]
    assert len(other["class_attendance"]) == 1 and len(other["class_completion"]) == 1
    assert [r["course"] for r in other["course_completion"]] == ["Kỹ năng số"]
    personal_data.erase_member(session, ward.staff, binh)
    assert _count(session, course_completion) == 0
    personal_data.erase_household(session, ward.staff, ward.h1)
    for table in (class_signup, class_attendance, class_completion):
        assert _count(session, table) == 0
    assert rollups.verify(session) == []


def test_the_history_says_it_in_words(session, setup):
    ward, info = setup
    from digital_family.households import history

    an = _members(session, ward.h1)["Nguyễn Văn An"]
    classes.sign_up(session, ward.resident1, info.id, an, now=NOW)
    session.commit()
    said = [e.what for e in history.household_history(session, ward.resident1, ward.h1,
                                                      lang="vi")]
    assert any("đăng ký lớp L01" in s for s in said), said


def test_the_commands(db_url, session, setup, tmp_path):
    from digital_family.cli import app

    ward, info = setup
    an = _members(session, ward.h1)["Nguyễn Văn An"]
    classes.sign_up(session, ward.resident1, info.id, an, now=NOW)
    classes.set_attendance(session, ward.ambassador1, info.sessions[0].id, an, now=NOW)
    session.commit()
    runner = CliRunner()
    result = runner.invoke(app, ["classes", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{
        "code": "L01", "title": "Dùng điện thoại thông minh",
        "topics": ["smartphone_use", "vneid", "online_safety"],
        "sessions": [
            {"day": "2026-12-01", "start": "18:30", "minutes": 90, "place": "Nhà văn hoá TDP01"},
            {"day": "2026-12-20", "start": "18:30", "minutes": 90, "place": "Nhà văn hoá TDP01"}],
        "capacity": 1, "signed_up": 1, "attended": 1, "completed": 0}]
    later = runner.invoke(app, ["classes", "--since", "2026-12-21", "--format", "json"])
    assert json.loads(later.output) == []
    assert runner.invoke(app, ["classes"], env={"COLUMNS": "200"}).exit_code == 0
    assert runner.invoke(app, ["classes", "--since", "hôm qua"]).exit_code == 2

    bad = _import_file(tmp_path, ["TDP01-0001,Không Có Ai,1978,Kỹ năng số,2026-11-20"])
    refused = runner.invoke(app, ["learning", "import", str(bad)])
    assert refused.exit_code == 1
    assert "2" in refused.output  # the row number
    good = _import_file(tmp_path, ["TDP02-0001,Lê Thị Cúc,1950,Kỹ năng số,2026-11-20"])
    done = runner.invoke(app, ["learning", "import", str(good)])
    assert done.exit_code == 0, done.output
    session.expire_all()
    assert _status(session, ward.h3_member) == "completed"
    assert runner.invoke(app, ["rollups", "verify"]).exit_code == 0


def test_what_the_household_page_offers(session, setup):
    ward, info = setup
    an = _members(session, ward.h1)["Nguyễn Văn An"]
    other = classes.create_class(session, ward.staff, code="OLD", title="Đã học xong",
                                 topics=["epayment"], capacity=5,
                                 sessions=[("2026-11-01", "08:00", "Phường")])
    classes.sign_up(session, ward.resident1, info.id, an, now=NOW)
    offered = classes.household_classes(session, ward.resident1, ward.h1, today=TODAY)
    assert [c.code for c in offered.classes] == ["L01"]  # OLD is over
    assert an in dict(offered.members)
    assert offered.signups == {(info.id, an): "signed_up"}
    assert classes.household_classes(session, ward.staff, ward.h1, today=TODAY).signups
    with pytest.raises(PermissionDenied):
        classes.household_classes(session, ward.resident3, ward.h1)
    assert [c.code for c in classes.by_next_session(
        classes.list_classes(session, ward.staff), TODAY)] == ["L01", other.code]
    assert ward.ambassador1.user_id in dict(classes.teachers(session, ward.staff))
    with pytest.raises(PermissionDenied):
        classes.teachers(session, ward.resident1)


def test_every_topic_has_words_in_both_catalogues():
    from digital_family.base.i18n import CATALOGUES
    from digital_family.base.models import CLASS_TOPICS

    for catalogue in CATALOGUES.values():
        assert all(f"class.topic.{code}" in catalogue for code in CLASS_TOPICS)


def test_a_value_too_long_or_of_the_wrong_shape_is_refused_in_words(session, setup):
    """The field's label is said in the reader's words (a catalogue key, not its name),
    and a list the browser sent that is not one is refused, not a crash."""
    ward, _info = setup
    with pytest.raises(ValidationError) as refused:
        classes.create_class(session, ward.staff, code="L09", title="x", topics=["messaging"],
                             capacity=5, sessions=[("2026-12-10", "08:00", "P" * 201)])
    assert "Nơi học" in refused.value.message and "class.place" not in refused.value.message
    for sessions in (7, [7], [("2026-12-10", "08:00")]):
        with pytest.raises(ValidationError):
            classes.create_class(session, ward.staff, code="L09", title="x",
                                 topics=["messaging"], capacity=5, sessions=sessions)
    with pytest.raises(ValidationError):
        classes.create_class(session, ward.staff, code="L09", title="x", topics=5,
                             capacity=5, sessions=[("2026-12-10", "08:00", "Phường")])


# A sign-up a leader's phone kept (issue 20 point 2: at the door, offline too)


def _kept_signup(class_id, member_id, change_id=None) -> dict:
    return {"id": change_id or uuid.uuid4().hex, "kind": "signup", "m": member_id,
            "c": class_id}


def _apply(session, actor, *raws, now=NOW):
    return classes.apply_changes(session, actor, [household_changes.parse(r) for r in raws],
                                 now=now)


def test_a_kept_sign_up_is_applied_once_as_the_button_does(session, setup):
    ward, info = setup
    an = _members(session, ward.h1)["Nguyễn Văn An"]
    raw = _kept_signup(info.id, an)
    [outcome] = _apply(session, ward.leader1, raw)
    assert (outcome.kind, outcome.status, outcome.result) == ("signup", "applied", "signed_up")
    assert outcome.household_id == ward.h1 and outcome.member_id == an
    session.commit()
    # sent again (a reconnect, a reload): a duplicate, nothing written twice
    [again] = _apply(session, ward.leader1, raw)
    assert again.status == "duplicate"
    assert _count(session, class_signup, member_id=an, status="signed_up") == 1
    assert _status(session, an) == "enrolled"  # through the answers' write path
    assert session.execute(sa.select(sa.func.count()).select_from(AppliedChange).where(
        AppliedChange.kind == "signup", AppliedChange.member_id == an)).scalar_one() == 1
    actions = session.execute(sa.select(AuditEntry.action, AuditEntry.user_id).where(
        AuditEntry.action == "class.signup")).all()
    assert actions == [("class.signup", ward.leader1.user_id)]
    assert rollups.verify(session) == []


def test_a_kept_sign_up_is_refused_for_a_household_the_leader_may_not_touch(session, setup):
    ward, info = setup
    an = _members(session, ward.h1)["Nguyễn Văn An"]
    [outcome] = _apply(session, ward.leader2, _kept_signup(info.id, an))
    assert outcome.status == "refused" and isinstance(outcome.error, PermissionDenied)
    assert _count(session, class_signup) == 0 and _status(session, an) == "none"
    assert session.execute(sa.select(sa.func.count()).select_from(AppliedChange)).scalar_one() == 0


def test_a_kept_sign_up_for_a_full_class_waits_and_a_confirmation_after_it_stands(session, setup):
    ward, info = setup  # L01 has one seat
    h1 = _members(session, ward.h1)
    an, binh = h1["Nguyễn Văn An"], h1["Trần Thị Bình"]
    seen = session.get(Household, ward.h1).version
    outcomes = _apply(session, ward.leader1, _kept_signup(info.id, an),
                      _kept_signup(info.id, binh),
                      {"id": uuid.uuid4().hex, "kind": "confirm", "h": ward.h1, "sv": seen})
    assert [(o.status, o.result) for o in outcomes] == [
        ("applied", "signed_up"), ("applied", "waiting"), ("applied", None)]
    assert _status(session, an) == "enrolled" and _status(session, binh) == "none"
    assert rollups.verify(session) == []


def test_a_kept_sign_up_for_a_class_that_ended_meanwhile_is_refused(session, setup):
    ward, info = setup  # L01's last session is on 2026-12-20
    an = _members(session, ward.h1)["Nguyễn Văn An"]
    later = datetime(2026, 12, 21, 3, 0, tzinfo=UTC)
    [outcome] = _apply(session, ward.leader1, _kept_signup(info.id, an), now=later)
    assert outcome.status == "refused" and isinstance(outcome.error, ValidationError)
    assert outcome.error.key == "error.class.closed"
    assert "Dùng điện thoại thông minh" in outcome.error.message
    # a class that is no more: its own words
    [gone] = _apply(session, ward.leader1, _kept_signup(999_999, an))
    assert gone.status == "refused" and gone.error.key == "error.class.not_found"
    assert _count(session, class_signup) == 0 and _status(session, an) == "none"
    assert session.execute(sa.select(sa.func.count()).select_from(AppliedChange)).scalar_one() == 0


@pytest.mark.parametrize("raw", [
    {"kind": "signup", "m": 1},
    {"kind": "signup", "m": 1, "c": "L01"},
    {"kind": "signup", "c": 1},
])
def test_a_malformed_kept_sign_up_is_refused_before_anything_runs(raw):
    with pytest.raises(ValidationError):
        household_changes.parse({"id": uuid.uuid4().hex, **raw})


def test_a_sign_up_kind_without_the_classes_is_refused(session, setup):
    ward, info = setup
    an = _members(session, ward.h1)["Nguyễn Văn An"]
    [outcome] = household_changes.apply_changes(
        session, ward.leader1, [household_changes.parse(_kept_signup(info.id, an))])
    assert outcome.status == "refused" and _count(session, class_signup) == 0
