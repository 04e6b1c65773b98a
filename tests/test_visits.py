"""Visits at the door and the leader's week (issue 18): records, consent, rights, plans,
suggestions across groups and what visits achieve."""

import json
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from digital_family.access import accounts
from digital_family.base.models import (
    HouseholdConsent,
    Member,
    household_visit,
    visit_help,
    week_plan,
)
from digital_family.base.permissions import SYSTEM, PermissionDenied, load_actor
from digital_family.base.validation import ValidationError
from digital_family.campaign import visit_figures
from digital_family.campaign import week_plan as plans
from digital_family.households import history, personal_data, visits
from digital_family.households.consent_rules import ConsentRequired
from digital_family.records import audit

NOW = datetime(2026, 12, 9, 10, 0, tzinfo=UTC)  # a Wednesday; the week began on the 7th
TODAY = date(2026, 12, 9)


pytestmark = pytest.mark.usefixtures("fast_hashing")


def _members(session, household_id) -> dict[str, int]:
    return dict(session.execute(sa.select(Member.full_name, Member.id)
                                .where(Member.household_id == household_id)).all())


def _count(session, table) -> int:
    return session.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def test_a_leader_records_a_visit_the_family_reads_in_its_history(session, ward):
    an = _members(session, ward.h1)["Nguyễn Văn An"]
    visit = visits.record_visit(
        session, ward.leader1, ward.h1, outcome="met", helped=[[an, "vneid"]],
        note="Đã giúp cài VNeID", follow_up_on="16/12/2026", now=NOW)
    assert (visit.visited_on, visit.outcome, visit.follow_up_on) == (
        TODAY, "met", date(2026, 12, 16))
    assert visit.visitor_name == "Phạm Văn Tổ" and visit.visitor_role == "group_leader"
    assert visit.helped == ((an, "Nguyễn Văn An", "vneid"),)
    assert visits.household_visits(session, ward.resident1, ward.h1) == (visit,)
    lines = history.household_history(session, ward.resident1, ward.h1, lang="vi")
    assert (lines[0].who, lines[0].what) == ("Tổ trưởng dân phố Phạm Văn Tổ",
                                            "đến thăm gia đình ngày 09/12/2026")


@pytest.mark.parametrize("kwargs, field", [
    ({"outcome": "maybe"}, "outcome"),
    ({"outcome": "met", "visited_on": "10/12/2026"}, "visited_on"),  # tomorrow
    ({"outcome": "met", "visited_on": "01/09/2026"}, "visited_on"),  # too long ago
    ({"outcome": "come_back"}, "follow_up_on"),
    ({"outcome": "met", "follow_up_on": "09/12/2026"}, "follow_up_on"),
    ({"outcome": "met", "note": "x" * 501}, "note"),
    ({"outcome": "met", "helped": [[10**9, "vneid"]]}, "helped"),
    ({"outcome": "met", "helped": [[1, "cooking"]]}, "helped"),
    ({"outcome": "met", "helped": "everyone"}, "helped"),
    ({"outcome": "nobody_home", "helped": [[1, "vneid"]]}, "helped"),
])
def test_bad_input_writes_nothing(session, ward, kwargs, field):
    with pytest.raises(ValidationError) as info:
        visits.record_visit(session, ward.leader1, ward.h1, now=NOW, **kwargs)
    assert info.value.field == field
    assert _count(session, household_visit) == 0


def test_a_too_long_note_is_named_by_its_label(session, ward):
    """The message names the field as the page does ("Ghi chú"), not by its catalogue key."""
    with pytest.raises(ValidationError) as info:
        visits.record_visit(session, ward.leader1, ward.h1, now=NOW, outcome="met",
                            note="x" * 501)
    assert info.value.text("vi").startswith("Ghi chú ")
    assert info.value.text("en").startswith("Note ")


def test_someone_elses_member_cannot_be_recorded_as_helped(session, ward):
    with pytest.raises(ValidationError):
        visits.record_visit(session, ward.staff, ward.h1, outcome="met",
                            helped=[[ward.h3_member, "vneid"]], now=NOW)


def test_who_may_record_a_visit(session, ward):
    for actor in (ward.leader2, ward.resident1, None):
        with pytest.raises(PermissionDenied):
            visits.record_visit(session, actor, ward.h1, outcome="met", now=NOW)
    for actor in (ward.leader1, ward.ambassador1, ward.staff, ward.admin):
        visits.record_visit(session, actor, ward.h1, outcome="met", now=NOW)
    assert _count(session, household_visit) == 4


@pytest.mark.parametrize("withhold", ["none", "older notice"])
def test_without_consent_only_the_outcome_of_an_empty_visit_is_kept(session, ward, withhold):
    if withhold == "none":
        session.execute(sa.delete(HouseholdConsent).where(
            HouseholdConsent.household_id == ward.h2))
    else:  # consented to the notice before visits were named in it (issue 19)
        session.execute(sa.update(HouseholdConsent).where(
            HouseholdConsent.household_id == ward.h2).values(notice_version="2026-12"))
    visits.record_visit(session, ward.leader1, ward.h2, outcome="nobody_home", now=NOW)
    visits.record_visit(session, ward.leader1, ward.h2, outcome="declined", now=NOW)
    for kwargs in ({"outcome": "met"}, {"outcome": "declined", "note": "ông bận"}):
        with pytest.raises(ConsentRequired):
            visits.record_visit(session, ward.leader1, ward.h2, now=NOW, **kwargs)
    assert _count(session, household_visit) == 2


def test_a_visit_goes_with_the_familys_export_and_erasure(session, ward):
    names = _members(session, ward.h1)
    visits.record_visit(session, ward.leader1, ward.h1, outcome="met", now=NOW,
                        helped=[[names["Nguyễn Văn An"], "vneid"],
                                [names["Trần Thị Bình"], "epayment"]])
    exported = personal_data.export_household(session, ward.resident1, ward.h1)
    assert [r["outcome"] for r in exported["other"]["household_visit"]] == ["met"]
    assert len(exported["other"]["visit_help"]) == 2
    personal_data.erase_member(session, ward.staff, names["Trần Thị Bình"])
    assert _count(session, visit_help) == 1
    personal_data.erase_household(session, ward.staff, ward.h1)
    assert (_count(session, household_visit), _count(session, visit_help)) == (0, 0)


def test_a_visit_recorded_by_mistake_is_taken_back_by_its_visitor_or_staff(session, ward):
    visit = visits.record_visit(session, ward.leader1, ward.h1, outcome="met", now=NOW)
    with pytest.raises(PermissionDenied):
        visits.remove_visit(session, ward.ambassador1, visit.id)
    visits.remove_visit(session, ward.leader1, visit.id)
    assert _count(session, household_visit) == 0


def _two_group_leader(session):
    user = accounts.create_user(session, SYSTEM, phone="0900000029", password="mật khẩu 123",
                                role="group_leader", full_name="Trần Văn Hùng",
                                group_codes=["TDP01", "TDP02"])
    return load_actor(session, user.id)


def test_the_weeks_plan_names_each_person_and_what_they_lack(session, ward):
    leader = _two_group_leader(session)
    plans.add_to_plan(session, leader, ward.h3, now=NOW)
    assert plans.add_to_plan(session, leader, ward.h1, now=NOW + timedelta(minutes=1)) == 2
    assert plans.add_to_plan(session, leader, ward.h1, now=NOW) == 2  # once
    visits.record_visit(session, leader, ward.h3, outcome="come_back",
                        follow_up_on="12/12/2026", now=NOW)
    lines = plans.plan(session, leader, now=NOW)
    assert [line.code for line in lines] == ["TDP02-0001", "TDP01-0001"]  # as he chose
    cuc = lines[0].people[0]
    assert (cuc.name, cuc.age) == ("Lê Thị Cúc", 76)
    assert cuc.lacks == ("vneid", "smartphone", "epayment", "skills")
    assert (lines[0].last_visit_on, lines[0].last_outcome, lines[0].follow_up_on,
            lines[0].visited_this_week) == (TODAY, "come_back", date(2026, 12, 12), True)
    assert lines[1].last_visit_on is None and lines[1].no_learner
    # next week starts empty; taking one off this week keeps the other
    assert plans.plan(session, leader, now=NOW + timedelta(days=7)) == ()
    plans.remove_from_plan(session, leader, ward.h3, now=NOW)
    assert [line.code for line in plans.plan(session, leader, now=NOW)] == ["TDP01-0001"]


def test_a_plan_is_only_of_ones_own_groups_and_never_of_a_withdrawn_household(session, ward):
    with pytest.raises(PermissionDenied):
        plans.add_to_plan(session, ward.leader1, ward.h3, now=NOW)
    for actor in (ward.resident1, ward.ambassador1, ward.staff):
        with pytest.raises(PermissionDenied):
            plans.add_to_plan(session, actor, ward.h1, now=NOW)
    session.execute(sa.update(HouseholdConsent).where(HouseholdConsent.household_id == ward.h2)
                    .values(status="withdrawn"))
    with pytest.raises(ConsentRequired):
        plans.add_to_plan(session, ward.leader1, ward.h2, now=NOW)
    assert _count(session, week_plan) == 0


def test_suggestions_rank_across_groups_and_put_follow_ups_first(session, ward):
    leader = _two_group_leader(session)
    page = plans.suggestions(session, leader, now=NOW)
    codes = [s.code for s in page.items]
    assert set(codes) == {"TDP01-0001", "TDP01-0002", "TDP02-0001"}
    assert {s.group_code for s in page.items} == {"TDP01", "TDP02"}
    visits.record_visit(session, leader, ward.h2, outcome="come_back",
                        follow_up_on="11/12/2026", now=NOW)
    page = plans.suggestions(session, leader, now=NOW)
    assert page.items[0].code == "TDP01-0002"
    assert page.items[0].follow_up_on == date(2026, 12, 11)
    plans.add_to_plan(session, leader, ward.h2, now=NOW)
    assert "TDP01-0002" not in [s.code for s in plans.suggestions(session, leader, now=NOW).items]
    only = plans.suggestions(session, leader, group_code="TDP02", now=NOW)
    assert [s.code for s in only.items] == ["TDP02-0001"]
    vneid = plans.suggestions(session, leader, reason="vneid", now=NOW).items
    assert {s.code for s in vneid} == {"TDP01-0001", "TDP02-0001"}  # h2 has nobody
    assert all(s.counts["vneid"] > 0 for s in vneid)


def test_what_visits_achieve_is_counted_per_group(session, ward):
    an = _members(session, ward.h1)["Nguyễn Văn An"]
    visits.record_visit(session, ward.leader1, ward.h1, outcome="met", now=NOW)
    visits.record_visit(session, ward.leader1, ward.h1, outcome="met", now=NOW)
    visits.record_visit(session, ward.leader2, ward.h3, outcome="nobody_home",
                        visited_on="01/12/2026", now=NOW)
    for hours in (1, 2, 24 * 16):  # two answers changed after the visit; one too late
        audit.record(session, ward.resident1, [audit.Change(
            audit.MEMBER_UPDATE, household_id=ward.h1, member_id=an, field="has_smartphone",
            old=False, new=True)], at=NOW + timedelta(hours=hours))
    figures = {f.group_code: f for f in visit_figures.visit_figures(session, ward.leader1,
                                                                     now=NOW)}
    assert figures["TDP01"] == visit_figures.GroupVisits("TDP01", 1, 1, 2, 2)
    assert figures["TDP02"] == visit_figures.GroupVisits("TDP02", 0, 1, 1, 0)
    with pytest.raises(PermissionDenied):
        visit_figures.visit_figures(session, None)


def test_the_visit_list_keeps_to_the_readers_scope(session, ward):
    visits.record_visit(session, ward.leader1, ward.h1, outcome="met", now=NOW)
    visits.record_visit(session, ward.leader2, ward.h3, outcome="met", now=NOW)
    assert [v.household_code for v in visits.visit_list(session, ward.leader1,
                                                        group_code="TDP01")] == ["TDP01-0001"]
    with pytest.raises(PermissionDenied):
        visits.visit_list(session, ward.leader1, group_code="TDP02")
    with pytest.raises(PermissionDenied):
        visits.visit_list(session, ward.leader1)
    assert len(visits.visit_list(session, ward.staff)) == 2
    assert visits.visit_list(session, SYSTEM, since="10/12/2026") == ()


def test_the_visits_command_prints_the_spec_json(db_url, session, ward):
    from typer.testing import CliRunner

    from digital_family.cli import app

    an = _members(session, ward.h1)["Nguyễn Văn An"]
    today = visits.record_visit(session, ward.leader1, ward.h1, outcome="met",
                                helped=[[an, "vneid"]], note="Cài VNeID",
                                follow_up_on=None).visited_on
    visits.record_visit(session, ward.leader2, ward.h3, outcome="nobody_home")
    session.commit()
    runner = CliRunner()
    result = runner.invoke(app, ["visits", "--group", "TDP01", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{
        "at": today.isoformat(), "leader": "Phạm Văn Tổ", "household": "TDP01-0001",
        "outcome": "met", "helped": [{"member": "Nguyễn Văn An", "topic": "vneid"}],
        "note": "Cài VNeID", "follow_up": None}]
    everyone = json.loads(runner.invoke(app, ["visits", "--format", "json"]).output)
    assert sorted(e["household"] for e in everyone) == ["TDP01-0001", "TDP02-0001"]
    tomorrow = (today + timedelta(days=1)).isoformat()
    assert json.loads(runner.invoke(
        app, ["visits", "--since", tomorrow, "--format", "json"]).output) == []
    table = runner.invoke(app, ["visits"], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "Không có ai ở nhà" in table.output
    assert runner.invoke(app, ["visits", "--group", "TDP99"]).exit_code == 2
    assert runner.invoke(app, ["visits", "--since", "hôm qua"]).exit_code == 2


def test_an_ambassador_finds_a_walk_in_within_his_groups_and_records_the_help(session, ward):
    from digital_family.households import walk_ins

    found = walk_ins.find_walk_in(session, ward.ambassador1, "00000011")  # h1's phone
    assert [(w.code, [name for _, name in w.people]) for w in found] == [
        ("TDP01-0001", ["Nguyễn Văn An", "Trần Thị Bình"])]
    assert walk_ins.find_walk_in(session, ward.ambassador1, "Cúc") == ()  # TDP02's
    assert [w.code for w in walk_ins.find_walk_in(session, ward.leader2, "Cúc")] == [
        "TDP02-0001"]
    assert [w.code for w in walk_ins.find_walk_in(session, ward.ambassador1, "Ngõ 2")] == [
        "TDP01-0002"]
    with pytest.raises(ValidationError):
        walk_ins.find_walk_in(session, ward.ambassador1, "09")
    for actor in (ward.resident1, None):
        with pytest.raises(PermissionDenied):
            walk_ins.find_walk_in(session, actor, "Bình")
    an = found[0].people[0][0]
    visits.record_visit(session, ward.ambassador1, ward.h1, outcome="met",
                        place="service_point", helped=[[an, "public_services"]], now=NOW)
    lines = history.household_history(session, ward.resident1, ward.h1, lang="vi")
    assert lines[0].what == "giúp gia đình tại điểm phục vụ của phường ngày 09/12/2026"
