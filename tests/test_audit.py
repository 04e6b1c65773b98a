"""The audit log (issue 13 point 1): every path that changes a household or a member
leaves who, when, which role, which field, old → new; reads by staff are logged;
entries cannot be edited; retention; the command line's JSON (SPEC §4)."""

import ast
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from digital_family.base.models import AuditEntry, Household, Member
from digital_family.base.permissions import SYSTEM, PermissionDenied
from digital_family.campaign import register
from digital_family.cli import app
from digital_family.demo import generate_demo
from digital_family.households import edits, history, views
from digital_family.programmes import help_requests as hr
from digital_family.records import audit
from digital_family.ward import settings as ward_settings
from tests.ward import a_ward

runner = CliRunner()


pytestmark = pytest.mark.usefixtures("fast_hashing")


def rows(session, **where):
    query = sa.select(AuditEntry).order_by(AuditEntry.id)
    for name, value in where.items():
        query = query.where(getattr(AuditEntry, name) == value)
    return session.execute(query).scalars().all()


def changes(session, household_id):
    return [(e.action, e.role, e.via, e.field, e.old_value, e.new_value)
            for e in rows(session, household_id=household_id) if e.action != audit.HOUSEHOLD_READ]


def member_id(session, name):
    return session.execute(sa.select(Member.id).where(Member.full_name == name)).scalar_one()


def version(session, household_id):
    return session.execute(sa.select(Household.version).where(Household.id == household_id)
                           ).scalar_one()


def test_the_family_and_a_leader_leave_who_which_field_old_and_new(session, ward):
    an = member_id(session, "Nguyễn Văn An")
    edits.update_member(session, ward.resident1, an, expected_version=1,
                             has_smartphone=True, vneid_level=2)
    edits.update_member(session, ward.leader1, an, expected_version=2,
                             skill=("vneid_app", True))
    edits.update_household(session, ward.leader1, ward.h1, expected_version=3,
                                phone="0987654321")
    edits.confirm_household(session, ward.resident1, ward.h1, expected_version=4)
    edits.add_member(session, ward.resident1, ward.h1, expected_version=5,
                          full_name="Nguyễn Văn Mới", birth_year=2010, sex="male")
    new = member_id(session, "Nguyễn Văn Mới")
    edits.remove_member(session, ward.resident1, new, expected_version=6)
    session.commit()
    assert changes(session, ward.h1) == [
        ("member.update", "resident", "app", "has_smartphone", "0", "1"),
        ("member.update", "resident", "app", "vneid_level", "0", "2"),
        ("member.update", "group_leader", "app", "skill_vneid_app", "0", "1"),
        ("household.update", "group_leader", "app", "phone", None, "0987654321"),
        ("household.update", "resident", "app", "confirmed_at", None,
         rows(session, field="confirmed_at")[0].new_value),
        ("member.add", "resident", "app", None, None, "Nguyễn Văn Mới"),
        ("member.remove", "resident", "app", None, "Nguyễn Văn Mới", None),
    ]
    entry = rows(session, field="has_smartphone")[0]
    assert (entry.user_id, entry.household_code, entry.group_id, entry.member_id) == (
        ward.resident1.user_id, "TDP01-0001", ward.g1, an)
    # a change to what is already there leaves nothing
    edits.update_member(session, ward.resident1, an, expected_version=7, has_smartphone=True)
    assert len(changes(session, ward.h1)) == 7


def test_an_ambassadors_visit_is_recorded_as_a_visit(session, ward):
    an = member_id(session, "Nguyễn Văn An")
    request = hr.create_request(session, ward.resident1, member_id=an, topic="vneid")
    hr.claim(session, ward.ambassador1, request.id)
    hr.resolve(session, ward.ambassador1, request.id, outcome="helped",
               achieved={"vneid_level": 2, "skills": ["vneid_app"]})
    session.commit()
    assert changes(session, ward.h1) == [
        ("member.update", "ambassador", "visit", "vneid_level", "0", "2"),
        ("member.update", "ambassador", "visit", "skill_vneid_app", "0", "1"),
    ]


def test_an_import_records_additions_and_each_changed_field(session, ward):
    header = list(register.COLUMNS)
    base = {"household_code": "TDP01-0001", "group_code": "TDP01", "address": "Ngõ 9 Khương Đình",
            "full_name": "Nguyễn Văn An", "birth_year": 1978, "sex": "male",
            "occupation": "other", "has_smartphone": 1, "has_epayment": 0, "vneid_level": 1,
            "skills": "", "learning_status": "none", "trader_ecommerce": 0, "trader_cashless": 0,
            "trader_digital_savings": 0}
    newcomer = {**base, "household_code": "TDP03-0001", "group_code": "TDP03",
                "full_name": "Đỗ Thị Mai", "birth_year": 1990, "sex": "female"}
    table = [(1, header)] + [(n, [row[c] for c in header]) for n, row in
                             enumerate((base, newcomer), start=2)]
    register.import_table(session, ward.staff, table)
    session.commit()
    assert changes(session, ward.h1) == [
        ("household.update", "ward_staff", "import", "address", "Ngõ 1 Khương Đình",
         "Ngõ 9 Khương Đình"),
        ("member.update", "ward_staff", "import", "has_smartphone", "0", "1"),
        ("member.update", "ward_staff", "import", "vneid_level", "0", "1"),
    ]
    added = session.execute(sa.select(Household.id).where(Household.code == "TDP03-0001")
                            ).scalar_one()
    assert changes(session, added) == [
        ("household.add", "ward_staff", "import", None, None, None),
        ("member.add", "ward_staff", "import", None, None, "Đỗ Thị Mai"),
    ]
    assert [(e.action, e.key, e.new_value) for e in rows(session, action="group")] == [
        ("group", "TDP03", "Tổ dân phố TDP03")]
    # the same file again changes nothing and logs nothing more
    before = len(rows(session))
    register.import_table(session, SYSTEM, table)
    assert len(rows(session)) == before


def test_the_demo_leaves_history_with_visits_by_their_ambassador(session):
    now = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)
    summary = generate_demo(session, households=300, seed=3, now=now, password="demo-pass-1")
    session.commit()
    assert len(rows(session, action=audit.HOUSEHOLD_ADD)) == summary.households
    assert len(rows(session, action=audit.MEMBER_ADD)) == summary.members
    visits = rows(session, via="visit")
    assert visits and {e.role for e in visits} == {"ambassador"}
    assert all(e.user_id is not None and e.at < now for e in visits)


TABLES = {"Member", "Household", "Member.__table__", "Household.__table__"}
PERSONAL = ("address", "phone", "full_name", "birth_year", "confirmed_at", "group_id",
            "household_id", "has_", "skill", "vneid", "learning", "trader", "occupation", "sex")


def _writes(tree):
    """(statement text, is a version bump only) of each write to members or households."""
    aliases = set(TABLES)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            targets = [t for target in node.targets
                       for t in (target.elts if isinstance(target, ast.Tuple) else [target])]
            values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
            for target, value in zip(targets, values):
                if ast.unparse(value) in TABLES:
                    aliases.add(ast.unparse(target))
    for statement in ast.walk(tree):
        if not isinstance(statement, (ast.Expr, ast.Assign, ast.Return, ast.AugAssign)):
            continue
        for node in ast.walk(statement):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("insert", "update", "delete")):
                continue
            target = ast.unparse(node.args[0]) if node.args else ast.unparse(node.func.value)
            if target in aliases:
                text = ast.unparse(statement)
                keyword_names = {k.arg for call in ast.walk(statement) if isinstance(call, ast.Call)
                                 for k in call.keywords}
                bump = "version" in keyword_names and not any(
                    name is None or name.startswith(PERSONAL) for name in keyword_names)
                yield text, bump
                break


def test_every_member_or_household_write_goes_through_member_writes():
    """No module but member_writes inserts, updates or deletes members or households
    (so no path can skip the history); others may only move a household's version."""
    package = Path(views.__file__).parents[1]
    found = []
    for path in sorted(package.rglob("*.py")):
        if path.stem in ("member_writes", "models"):
            continue
        for text, bump in _writes(ast.parse(path.read_text())):
            if not bump and "clear_database" not in text and "table.delete()" not in text:
                found.append(f"{path.stem}: {text[:100]}")
    assert found == []
    # the scan sees what it looks for
    planted = ast.parse("def f(s):\n    s.execute(sa.update(Member).values(full_name='x'))\n"
                        "    H = Household.__table__\n    s.execute(H.delete())\n")
    assert [bump for _, bump in _writes(planted)] == [False, False]


def test_reads_by_leaders_and_staff_are_logged_once_per_visit(session, ward):
    views.load_household(session, ward.resident1, ward.h1)
    views.load_household(session, ward.leader1, ward.h1)
    views.load_household(session, ward.leader1, ward.h1)  # the same visit
    views.load_household(session, ward.staff, ward.h1)
    with pytest.raises(PermissionDenied):
        views.load_household(session, ward.leader2, ward.h1)
    session.commit()
    assert [(e.user_id, e.role) for e in rows(session, action=audit.HOUSEHOLD_READ)] == [
        (ward.leader1.user_id, "group_leader"), (ward.staff.user_id, "ward_staff")]
    later = datetime.now(UTC) + audit.READ_REPEAT + timedelta(seconds=1)
    assert audit.record_read(session, ward.leader1, ward.h1, now=later)


def test_entries_cannot_be_edited_only_blanked(session, ward):
    an = member_id(session, "Nguyễn Văn An")
    edits.update_member(session, ward.resident1, an, expected_version=1, has_epayment=True)
    session.commit()
    entry = rows(session, field="has_epayment")[0]
    for values in ({"action": "member.add"}, {"new_value": "0"}, {"at": entry.at - timedelta(1)},
                   {"user_id": ward.admin.user_id}, {"household_code": "X"}):
        with pytest.raises(sa.exc.DatabaseError, match="cannot be changed"):
            session.execute(sa.update(AuditEntry).where(AuditEntry.id == entry.id).values(**values))
        session.rollback()
    assert audit.blank_erased(session, member_ids=[an]) == 1
    session.commit()
    session.expire_all()
    blanked = session.get(AuditEntry, entry.id)
    assert (blanked.old_value, blanked.new_value, blanked.field) == (None, None, "has_epayment")


def test_retention_purges_old_entries_and_says_so(session, ward):
    an = member_id(session, "Nguyễn Văn An")
    edits.update_member(session, ward.resident1, an, expected_version=1, has_epayment=True)
    session.commit()
    now = datetime.now(UTC)
    keep = lambda: ward_settings.audit_retention_days(session, a_ward(session))  # noqa: E731
    assert audit.purge_expired(session, keep_days=keep(), ward_id=a_ward(session), now=now) == 0
    assert ward_settings.change(session, ward.admin, ward_settings.AUDIT_RETENTION_DAYS, 90) == 90
    with pytest.raises(PermissionDenied):
        ward_settings.change(session, ward.staff, ward_settings.AUDIT_RETENTION_DAYS, 365)
    # the change, the setting
    assert audit.purge_expired(session, keep_days=keep(), ward_id=a_ward(session), now=now + timedelta(days=91)) == 2
    assert [(e.action, e.new_value) for e in rows(session)] == [(audit.PURGE, "2")]


def test_staff_filter_by_group_account_and_date(session, ward):
    an = member_id(session, "Nguyễn Văn An")
    edits.update_member(session, ward.leader1, an, expected_version=1, has_epayment=True)
    edits.update_member(session, ward.leader2, ward.h3_member, expected_version=1,
                             has_smartphone=True)
    session.commit()
    by_group = audit.entries(session, ward.staff, audit.Filters(group_code="TDP02"))
    assert [(e.household, e.member_name, e.field) for e in by_group] == [
        ("TDP02-0001", "Lê Thị Cúc", "has_smartphone")]
    by_account = audit.entries(session, ward.staff, audit.Filters(account_phone="0900000021"))
    assert [e.account for e in by_account] == ["0900000021"]
    today = datetime.now(timezone(timedelta(hours=7))).date()
    assert len(audit.entries(session, ward.staff, audit.Filters(since=today))) == 2
    assert audit.entries(session, ward.staff, audit.Filters(until=today - timedelta(1))) == ()
    for actor in (ward.leader1, ward.ambassador1, ward.resident1, None):
        with pytest.raises(PermissionDenied):
            audit.entries(session, actor)


def test_the_family_reads_its_history_in_plain_words(session, ward):
    an = member_id(session, "Nguyễn Văn An")
    edits.update_member(session, ward.leader1, an, expected_version=1, vneid_level=2)
    edits.update_member(session, ward.resident1, an, expected_version=2,
                             skill=("messaging", True))
    edits.confirm_household(session, ward.resident1, ward.h1, expected_version=3)
    session.commit()
    found = history.household_history(session, ward.resident1, ward.h1, lang="vi")
    assert [(h.who, h.what) for h in found] == [
        ("Gia đình", "xác nhận thông tin của gia đình là đúng"),
        ("Gia đình", "Nguyễn Văn An: đã biết: Nhắn tin, gọi video"),
        ("Tổ trưởng dân phố Phạm Văn Tổ", "Nguyễn Văn An: đã có VNeID mức 2"),
    ]
    english = history.household_history(session, ward.resident1, ward.h1, lang="en")
    assert english[2].what == "Nguyễn Văn An: has VNeID level 2"
    with pytest.raises(PermissionDenied):
        history.household_history(session, ward.resident3, ward.h1, lang="vi")
    with pytest.raises(PermissionDenied):
        history.household_history(session, ward.leader2, ward.h1, lang="vi")


def test_audit_command_prints_the_spec_json_and_filters(db_url, session, ward):
    an = member_id(session, "Nguyễn Văn An")
    edits.update_member(session, ward.leader1, an, expected_version=1, has_epayment=True)
    edits.update_member(session, ward.leader2, ward.h3_member, expected_version=1,
                             vneid_level=1)
    session.commit()
    result = runner.invoke(app, ["audit", "--household", "TDP01-0001", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{
        "at": rows(session, field="has_epayment")[0].at.isoformat(timespec="seconds"),
        "account": "0900000021", "role": "group_leader", "action": "member.update",
        "household": "TDP01-0001", "member": an, "field": "has_epayment", "old": "0", "new": "1",
    }]
    by_account = json.loads(runner.invoke(
        app, ["audit", "--account", "0900000022", "--format", "json"]).output)
    assert [e["household"] for e in by_account] == ["TDP02-0001"]
    tomorrow = (datetime.now(timezone(timedelta(hours=7))) + timedelta(days=1)).date()
    assert json.loads(runner.invoke(
        app, ["audit", "--since", tomorrow.isoformat(), "--format", "json"]).output) == []
    table = runner.invoke(app, ["audit", "--since", "2020-01-01"], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "TDP02-0001" in table.output
    assert runner.invoke(app, ["audit", "--since", "hôm qua"]).exit_code == 2


def test_reading_the_trader_list_is_logged_once_per_visit(session, ward):
    from digital_family.programmes import traders

    traders.trader_list(session, ward.leader1)
    traders.trader_list(session, ward.leader1, page=2)  # the same visit
    traders.trader_list(session, ward.staff, group_code="TDP02")
    traders.trader_list(session, ward.admin)
    session.commit()
    reads = [(e.user_id, e.key, e.group_id) for e in rows(session, action=audit.LIST_READ)]
    assert reads == [(ward.leader1.user_id, "traders", ward.g1),
                     (ward.staff.user_id, "traders", ward.g2),
                     (ward.admin.user_id, "traders", None)]
    said = [audit.staff_says(e, "vi") for e in audit.entries(
        session, ward.staff, audit.Filters(actions=(audit.LIST_READ,)))]
    assert said == ["xem danh sách hộ kinh doanh (cả phường)",
                    "xem danh sách hộ kinh doanh (TDP02)",
                    "xem danh sách hộ kinh doanh (TDP01)"]
