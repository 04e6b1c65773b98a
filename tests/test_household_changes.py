"""Changes a phone sends (perhaps twice, perhaps late) are applied exactly once."""

import dataclasses
import uuid
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from digital_family.base.models import AppliedChange, AuditEntry, Household, Member
from digital_family.base.permissions import PermissionDenied
from digital_family.base.validation import ValidationError
from digital_family.households import edits, household_changes
from digital_family.households.household_changes import (
    Change,
    apply_changes,
    checked_members,
    parse,
)

pytestmark = pytest.mark.usefixtures("fast_hashing")


def new_id() -> str:
    return uuid.uuid4().hex


def members_of(session, household_id):
    return {m.full_name: m for m in session.execute(
        sa.select(Member).where(Member.household_id == household_id)
        .execution_options(populate_existing=True)).scalars()}


def version(session, household_id) -> int:
    return session.execute(
        sa.select(Household.version).where(Household.id == household_id)).scalar_one()


def set_(member_id, field, value, change_id=None) -> Change:
    return Change(change_id or new_id(), "set", member_id=member_id, field=field, value=value)


def test_a_change_sent_twice_is_applied_once(session, ward):
    an = members_of(session, ward.h1)["Nguyễn Văn An"]
    change = set_(an.id, "has_smartphone", True)
    first = apply_changes(session, ward.resident1, [change])
    after_first = version(session, ward.h1)
    again = apply_changes(session, ward.resident1, [change])
    assert [o.status for o in first] == ["applied"]
    assert first[0].member.has_smartphone and first[0].version == after_first
    assert [o.status for o in again] == ["duplicate"]
    assert version(session, ward.h1) == after_first
    assert session.execute(sa.select(sa.func.count()).select_from(AppliedChange)).scalar_one() == 1


def test_a_late_copy_does_not_undo_a_later_change(session, ward):
    """Yes, then no; the "yes" arrives again after the "no": the answer stays no."""
    an = members_of(session, ward.h1)["Nguyễn Văn An"]
    yes, no = set_(an.id, "has_smartphone", True), set_(an.id, "has_smartphone", False)
    apply_changes(session, ward.resident1, [yes])
    apply_changes(session, ward.resident1, [yes, no])
    outcomes = apply_changes(session, ward.resident1, [yes])
    assert [o.status for o in outcomes] == ["duplicate"]
    assert members_of(session, ward.h1)["Nguyễn Văn An"].has_smartphone is False


def test_answers_need_no_version_and_setting_the_same_value_changes_nothing(session, ward):
    an = members_of(session, ward.h1)["Nguyễn Văn An"]
    before = version(session, ward.h1)
    outcomes = apply_changes(session, ward.resident1, [
        set_(an.id, "vneid_level", 2), set_(an.id, "skill.messaging", True),
        set_(an.id, "vneid_level", 2)])
    assert [o.status for o in outcomes] == ["applied", "applied", "unchanged"]
    assert version(session, ward.h1) == before + 2
    an = members_of(session, ward.h1)["Nguyễn Văn An"]
    assert an.vneid_level == 2 and an.skill_messaging
    assert outcomes[1].member.skills == ("messaging",) and outcomes[1].member.skill_count == 1


def test_a_refused_change_writes_nothing_and_the_others_go_through(session, ward):
    members = members_of(session, ward.h1)
    an, binh = members["Nguyễn Văn An"], members["Trần Thị Bình"]
    other = ward.h3_member
    outcomes = apply_changes(session, ward.resident1, [
        set_(an.id, "trader_cashless", True),  # An is not a small trader
        set_(other, "has_smartphone", True),  # another household
        set_(binh.id, "trader_cashless", True),
        set_(an.id, "vneid_level", 7),
    ])
    assert [o.status for o in outcomes] == ["refused", "refused", "applied", "refused"]
    assert isinstance(outcomes[0].error, ValidationError)
    assert isinstance(outcomes[1].error, PermissionDenied)
    members = members_of(session, ward.h1)
    assert members["Trần Thị Bình"].trader_cashless and not members["Nguyễn Văn An"].trader_cashless
    assert members["Nguyễn Văn An"].vneid_level == 0
    assert session.get(Member, other).has_smartphone is False
    # refused changes are not recorded: the same id is refused again, never "duplicate"
    again = set_(an.id, "trader_cashless", True, outcomes[0].change_id)
    assert apply_changes(session, ward.resident1, [again])[0].status == "refused"


def test_checked_members_count_from_the_last_confirmation(session, ward):
    an = members_of(session, ward.h1)["Nguyễn Văn An"]
    t0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    apply_changes(session, ward.resident1, [Change(new_id(), "checked", member_id=an.id)], now=t0)
    assert checked_members(session, ward.resident1, ward.h1, since=None) == {an.id}
    assert checked_members(session, ward.resident1, ward.h1, since=t0 - timedelta(1)) == {an.id}
    assert checked_members(session, ward.resident1, ward.h1, since=t0) == set()
    with pytest.raises(PermissionDenied):
        checked_members(session, ward.resident3, ward.h1, since=None)


def test_a_member_answered_counts_as_gone_through(session, ward):
    """Issue 19 point 1: answering a question of a person is going through them."""
    members = members_of(session, ward.h1)
    an, binh = members["Nguyễn Văn An"], members["Trần Thị Bình"]
    t0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    apply_changes(session, ward.resident1, [set_(an.id, "has_smartphone", True)], now=t0)
    assert checked_members(session, ward.resident1, ward.h1, since=None) == {an.id}
    assert binh.id not in checked_members(session, ward.resident1, ward.h1, since=None)
    assert checked_members(session, ward.resident1, ward.h1, since=t0) == set()


def test_a_confirmation_after_own_queued_answers_is_accepted(session, ward):
    """Offline: two answers and then "confirm", all sent after the reconnect."""
    an = members_of(session, ward.h1)["Nguyễn Văn An"]
    seen = version(session, ward.h1)
    confirm = Change(new_id(), "confirm", household_id=ward.h1, seen_version=seen)
    outcomes = apply_changes(session, ward.resident1, [
        set_(an.id, "has_smartphone", True), set_(an.id, "has_epayment", True), confirm])
    assert [o.status for o in outcomes] == ["applied", "applied", "applied"]
    assert outcomes[2].confirmed_at is not None
    assert session.get(Household, ward.h1).confirmed_at is not None
    # sent again: not confirmed twice
    confirmed_at = session.get(Household, ward.h1).confirmed_at
    assert apply_changes(session, ward.resident1, [confirm])[0].status == "duplicate"
    assert session.get(Household, ward.h1).confirmed_at == confirmed_at


def test_a_confirmation_is_refused_when_someone_else_changed_the_household(session, ward):
    an = members_of(session, ward.h1)["Nguyễn Văn An"]
    seen = version(session, ward.h1)
    apply_changes(session, ward.leader1, [set_(an.id, "vneid_level", 1)])
    outcomes = apply_changes(session, ward.resident1, [
        Change(new_id(), "confirm", household_id=ward.h1, seen_version=seen)])
    assert outcomes[0].status == "refused"
    assert isinstance(outcomes[0].error, edits.StaleVersionError)
    assert session.get(Household, ward.h1).confirmed_at is None
    # with the version that shows the leader's change it goes through
    outcomes = apply_changes(session, ward.resident1, [
        Change(new_id(), "confirm", household_id=ward.h1, seen_version=version(session, ward.h1))])
    assert outcomes[0].status == "applied"


def test_what_the_browser_sends_is_checked(session, ward):
    good = {"id": new_id(), "kind": "set", "m": "12", "f": "skill.messaging", "v": True}
    assert parse(good) == Change(good["id"], "set", member_id=12, field="skill.messaging",
                                 value=True)
    assert parse({"id": good["id"], "kind": "confirm", "h": 3, "sv": 7}).seen_version == 7
    for bad in (None, [], {**good, "id": "short"}, {**good, "id": "x" * 65},
                {**good, "id": "bad id with spaces!"}, {**good, "kind": "drop"},
                {**good, "f": "full_name"}, {**good, "f": "updated_by_id"},
                {**good, "m": True}, {**good, "m": [1]}, {**good, "m": "1e9"},
                {"id": good["id"], "kind": "confirm", "h": 3}):
        with pytest.raises(ValidationError):
            parse(bad)


def test_signed_out_changes_nothing(session, ward):
    with pytest.raises(PermissionDenied):
        apply_changes(session, None, [set_(1, "has_smartphone", True)])


def test_old_records_are_forgotten_by_the_purge_not_by_each_tap(session, ward):
    from digital_family.upkeep import retention

    an = members_of(session, ward.h1)["Nguyễn Văn An"]
    old = datetime(2026, 1, 1, tzinfo=UTC)
    later = old + household_changes.KEEP_FOR + timedelta(days=1)
    apply_changes(session, ward.resident1, [set_(an.id, "has_smartphone", True)], now=old)
    apply_changes(session, ward.resident1, [set_(an.id, "has_epayment", True)], now=later)

    def kept() -> int:
        return session.execute(sa.select(sa.func.count()).select_from(AppliedChange)).scalar_one()

    assert kept() == 2  # a tap deletes nothing (issue 21: one statement less per tap)
    assert retention.purge(session, now=later).applied_changes == 1
    assert kept() == 1


@pytest.mark.parametrize("with_base", [False, True])
def test_an_answer_costs_nine_statements(session, ward, engine, with_base):
    """A resident's tap: the duplicate check, the member's target with its consent (one
    join), the member, the version, the roll-up read, the UPDATE, the audit entry (the
    household's code from the roll-up read), the skill threshold, the applied change.
    Eleven before the consent and the audit's code came with reads already made; the
    conflict check of an answer that names what the page showed reads nothing more."""
    an = members_of(session, ward.h1)["Nguyễn Văn An"]
    apply_changes(session, ward.resident1, [set_(an.id, "has_smartphone", False)])
    session.commit()
    change = set_(an.id, "has_smartphone", True)
    if with_base:
        change = dataclasses.replace(change, base=False, has_base=True)
    statements = []
    listener = lambda conn, cursor, statement, *args: statements.append(statement)  # noqa: E731
    sa.event.listen(engine, "before_cursor_execute", listener)
    try:
        done = apply_changes(session, ward.resident1, [change])
    finally:
        sa.event.remove(engine, "before_cursor_execute", listener)
    assert [o.status for o in done] == ["applied"]
    tallies = [s for s in statements if "group_tally" in s]  # once the tallies are built
    assert len(statements) - len(tallies) <= 9, "\n".join(statements)
    entry = session.execute(sa.select(AuditEntry).order_by(AuditEntry.id.desc())).scalars().first()
    assert (entry.household_code, entry.group_id) == ("TDP01-0001", ward.g1)


# A leader's offline work (issue 18 point 4): conflicts with the family, visit records

def test_an_answer_the_family_changed_meanwhile_is_returned_as_a_conflict(session, ward):
    """The leader's phone showed "no"; the family set "yes" meanwhile; the leader's "level
    2" is not written over it: both values come back for him to choose."""
    an = members_of(session, ward.h1)["Nguyễn Văn An"]
    apply_changes(session, ward.resident1, [set_(an.id, "vneid_level", 1)])
    before = version(session, ward.h1)
    mine = Change(new_id(), "set", member_id=an.id, field="vneid_level", value=2, base=0,
                  has_base=True)
    [outcome] = apply_changes(session, ward.leader1, [mine])
    assert outcome.status == "conflict"
    assert outcome.error.theirs == 1 and outcome.error.member_name == "Nguyễn Văn An"
    assert members_of(session, ward.h1)["Nguyễn Văn An"].vneid_level == 1
    assert version(session, ward.h1) == before
    # he chooses his: sent again with what he now saw as its base
    chosen = Change(new_id(), "set", member_id=an.id, field="vneid_level", value=2, base=1,
                    has_base=True)
    assert [o.status for o in apply_changes(session, ward.leader1, [chosen])] == ["applied"]
    assert members_of(session, ward.h1)["Nguyễn Văn An"].vneid_level == 2


def test_a_base_that_still_holds_or_the_same_answer_is_no_conflict(session, ward):
    an = members_of(session, ward.h1)["Nguyễn Văn An"]
    first = Change(new_id(), "set", member_id=an.id, field="skill.messaging", value=True,
                   base=False, has_base=True)
    # a queue from one phone: the second change's base is what the first made
    second = Change(new_id(), "set", member_id=an.id, field="skill.messaging", value=False,
                    base=True, has_base=True)
    assert [o.status for o in apply_changes(session, ward.leader1, [first, second])] == [
        "applied", "applied"]
    apply_changes(session, ward.resident1, [set_(an.id, "has_epayment", True)])
    same = Change(new_id(), "set", member_id=an.id, field="has_epayment", value=True,
                  base=False, has_base=True)
    assert [o.status for o in apply_changes(session, ward.leader1, [same])] == ["unchanged"]


def test_a_conflict_reveals_nothing_to_someone_who_may_not_edit(session, ward):
    an = members_of(session, ward.h1)["Nguyễn Văn An"]
    change = Change(new_id(), "set", member_id=an.id, field="has_smartphone", value=True,
                    base=True, has_base=True)
    [outcome] = apply_changes(session, ward.leader2, [change])
    assert outcome.status == "refused" and isinstance(outcome.error, PermissionDenied)


def test_a_visit_record_sent_twice_is_recorded_once(session, ward):
    from digital_family.base.models import household_visit, visit_help

    an = members_of(session, ward.h1)["Nguyễn Văn An"]
    raw = {"id": new_id(), "kind": "visit", "h": ward.h1, "o": "met", "n": "Cài VNeID",
           "hp": [[an.id, "vneid"]]}
    change = parse(raw)
    first = apply_changes(session, ward.leader1, [change])
    again = apply_changes(session, ward.leader1, [parse(raw)])
    assert [o.status for o in first] == ["applied"] and [o.status for o in again] == [
        "duplicate"]
    assert session.execute(sa.select(sa.func.count()).select_from(household_visit)
                           ).scalar_one() == 1
    assert session.execute(sa.select(sa.func.count()).select_from(visit_help)
                           ).scalar_one() == 1


def test_a_visit_replayed_by_someone_else_is_checked_against_them(session, ward):
    from digital_family.base.models import household_visit

    raw = {"id": new_id(), "kind": "visit", "h": ward.h1, "o": "met"}
    [outcome] = apply_changes(session, ward.leader2, [parse(raw)])
    assert outcome.status == "refused" and isinstance(outcome.error, PermissionDenied)
    [bad] = apply_changes(session, ward.leader1, [parse({**raw, "id": new_id(), "o": "x"})])
    assert bad.status == "refused" and isinstance(bad.error, ValidationError)
    assert session.execute(sa.select(sa.func.count()).select_from(household_visit)
                           ).scalar_one() == 0


@pytest.mark.parametrize("raw", [
    {"kind": "visit", "h": 1, "o": "met", "hp": "all"},
    {"kind": "visit", "h": 1, "o": "met", "hp": [[1]]},
    {"kind": "visit", "h": 1, "o": "met", "n": 5},
    {"kind": "visit", "h": "x", "o": "met"},
])
def test_a_malformed_visit_is_refused_before_anything_runs(raw):
    with pytest.raises(ValidationError):
        parse({"id": new_id(), **raw})


def test_a_person_added_offline_is_added_once_and_answered_by_the_add_id(session, ward):
    add_id = new_id()
    add = {"id": add_id, "kind": "add", "h": ward.h1, "n": "Lê Thị Hoa", "y": "1950",
           "s": "female", "o": "retired"}
    answer = {"id": new_id(), "kind": "set", "ma": add_id, "m": -1, "f": "has_smartphone",
              "v": True, "b": False}
    first = apply_changes(session, ward.leader1, [parse(add), parse(answer)])
    again = apply_changes(session, ward.leader1, [parse(add), parse(answer)])
    assert [o.status for o in first] == ["applied", "applied"]
    assert [o.status for o in again] == ["duplicate", "duplicate"]
    hoa = [m for m in members_of(session, ward.h1).values() if m.full_name == "Lê Thị Hoa"]
    assert len(hoa) == 1 and hoa[0].has_smartphone and first[0].member_id == hoa[0].id


def test_an_add_id_names_a_member_only_for_the_account_that_added_it(session, ward):
    add_id = new_id()
    apply_changes(session, ward.leader1, [parse(
        {"id": add_id, "kind": "add", "h": ward.h1, "n": "Lê Thị Hoa", "y": 1950,
         "s": "female", "o": "retired"})])
    other = parse({"id": new_id(), "kind": "set", "ma": add_id, "f": "has_smartphone",
                   "v": True})
    [outcome] = apply_changes(session, ward.resident1, [other])
    assert outcome.status == "refused"
    [outsider] = apply_changes(session, ward.leader2, [parse(
        {"id": new_id(), "kind": "add", "h": ward.h1, "n": "Lê Văn Nam", "y": 1990,
         "s": "male", "o": "other"})])
    assert outsider.status == "refused" and isinstance(outsider.error, PermissionDenied)
