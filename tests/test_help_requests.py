"""Help requests: asking, the ambassadors' queue, claiming, notes, resolving, the
leader's flag and the programme's figures; permissions per role and bad input."""

import dataclasses
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from digital_family.access import accounts
from digital_family.base.models import (
    AuditEntry,
    HelpRequest,
    HelpRequestChange,
    HelpRequestNote,
    Household,
    Member,
    UserAccount,
)
from digital_family.base.permissions import SYSTEM, Action, PermissionDenied, load_actor
from digital_family.base.validation import ValidationError
from digital_family.households import access, edits, views
from digital_family.households.edits import StaleVersionError
from digital_family.programmes import help_requests as hr
from digital_family.programmes.help_requests import queue as hr_queue
from digital_family.programmes.help_requests.core import load_request
from digital_family.ward import settings as ward_settings
from tests import ward as wardlib
from tests.ward import a_ward

T0 = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # Monday 09:00 in Vietnam
H = timedelta(hours=1)


pytestmark = pytest.mark.usefixtures("fast_hashing")


@dataclasses.dataclass
class Help:
    w: wardlib.Ward
    an: int  # h1, TDP01, not a trader
    binh: int  # h1, TDP01, small trader
    cuc: int  # h3, TDP02
    dung: int  # h2, TDP01 (no account, no phone)
    ambassador1b: object  # a second ambassador of TDP01
    ambassador2: object  # the ambassador of TDP02

    def __getattr__(self, name):
        return getattr(self.w, name)


@pytest.fixture()
def ward(session):
    w = wardlib.build_ward(session)
    session.add(Member(household_id=w.h2, full_name="Đỗ Văn Dũng", birth_year=1960, sex="male"))
    session.execute(sa.update(Household).where(Household.id == w.h1).values(phone="0987000111"))
    b = accounts.create_user(session, SYSTEM, phone="0900000032", password=wardlib.PASSWORD,
                             role="ambassador", full_name="Hoàng Thị Mai", group_codes=["TDP01"])
    c = accounts.create_user(session, SYSTEM, phone="0900000033", password=wardlib.PASSWORD,
                             role="ambassador", full_name="Vũ Đức Long", group_codes=["TDP02"])
    session.execute(sa.update(UserAccount).where(UserAccount.phone == w.phones["ambassador1"])
                    .values(full_name="Lê Minh Anh"))
    session.commit()
    ids = dict(session.execute(sa.select(Member.full_name, Member.id)).all())
    return Help(w=w, an=ids["Nguyễn Văn An"], binh=ids["Trần Thị Bình"], cuc=ids["Lê Thị Cúc"],
                dung=ids["Đỗ Văn Dũng"], ambassador1b=load_actor(session, b.id),
                ambassador2=load_actor(session, c.id))


def snapshot(session):
    """Every row the help functions may write (what 'nothing changed' compares)."""
    return tuple(
        session.execute(sa.select(model.__table__).order_by(*model.__table__.primary_key)).all()
        for model in (HelpRequest, HelpRequestNote, HelpRequestChange, Household, Member)
    )


def ask(session, ward, member="an", topic="vneid", who="resident1", at=T0, **kwargs):
    actor = getattr(ward, who)
    return hr.create_request(session, actor, member_id=getattr(ward, member), topic=topic,
                             now=at, **kwargs)


def member_row(session, member_id):
    return session.execute(sa.select(Member.__table__).where(Member.id == member_id)).one()


def version(session, household_id):
    return session.execute(
        sa.select(Household.version).where(Household.id == household_id)
    ).scalar_one()


# Asking


def test_resident_asks_for_own_member(session, ward):
    view = ask(session, ward, note="  Bà cần   cài VNeID \n\n\n cho con ", preferred_time=" Sáng  thứ Bảy ")
    assert (view.member_id, view.member_name, view.topic, view.status) == (
        ward.an, "Nguyễn Văn An", "vneid", "open")
    assert view.note == "Bà cần cài VNeID\n\ncho con" and view.preferred_time == "Sáng thứ Bảy"
    assert view.created_at == T0 and view.outcome is None and view.claimed_by_name is None
    row = session.get(HelpRequest, view.id)
    assert (row.household_id, row.group_id, row.created_by_id) == (
        ward.h1, ward.g1, ward.resident1.user_id)


def test_leader_asks_for_a_member_of_their_group(session, ward):
    view = ask(session, ward, member="dung", who="leader1", topic="smartphone")
    assert session.get(HelpRequest, view.id).created_by_id == ward.leader1.user_id
    assert ask(session, ward, member="an", who="admin", topic="epayment").status == "open"


@pytest.mark.parametrize(
    "who, member",
    [("resident1", "cuc"), ("resident3", "an"), ("resident1", "dung"), ("leader2", "an"),
     ("leader1", "cuc"), ("staff", "an"), ("ambassador1", "an"), ("ambassador2", "cuc")],
)
def test_who_may_not_ask(session, ward, who, member):
    with pytest.raises(PermissionDenied):
        ask(session, ward, member=member, who=who)
    assert session.execute(sa.select(sa.func.count()).select_from(HelpRequest)).scalar_one() == 0


def test_signed_out_and_unknown_members(session, ward):
    with pytest.raises(PermissionDenied, match="đăng nhập"):
        hr.create_request(session, None, member_id=ward.an, topic="vneid")
    for bad in (9999, "abc", -1, None, True, 2**70):
        with pytest.raises(PermissionDenied):
            hr.create_request(session, ward.resident1, member_id=bad, topic="vneid")
    with pytest.raises(access.HouseholdNotFound):
        hr.create_request(session, ward.admin, member_id=9999, topic="vneid")


@pytest.mark.parametrize(
    "kwargs, field",
    [({"topic": "pilot"}, "topic"), ({"topic": None}, "topic"), ({"topic": 3}, "topic"),
     ({"topic": ""}, "topic"), ({"topic": ["vneid"]}, "topic"),
     ({"note": "x" * 301}, "note"), ({"note": "a\x00b"}, "note"), ({"note": 5}, "note"),
     ({"note": "\u202eabc"}, "note"), ({"preferred_time": "y" * 101}, "preferred_time"),
     ({"preferred_time": b"sang"}, "preferred_time")],
)
def test_bad_input_changes_nothing(session, ward, kwargs, field):
    before = snapshot(session)
    args = {"topic": "vneid", **kwargs}
    with pytest.raises(ValidationError) as info:
        hr.create_request(session, ward.resident1, member_id=ward.an, **args)
    assert info.value.field == field and info.value.message
    assert snapshot(session) == before


def test_limits_and_normalisation(session, ward):
    decomposed = unicodedata.normalize("NFD", "Hướng dẫn")
    view = ask(session, ward, note="ư" * 300, preferred_time=decomposed + " " * 50 + "x" * 80)
    assert view.note == "ư" * 300
    assert view.preferred_time == "Hướng dẫn " + "x" * 80
    assert unicodedata.is_normalized("NFC", view.preferred_time)
    empty = ask(session, ward, topic="epayment", note="   \n ", preferred_time="")
    assert empty.note is None and empty.preferred_time is None
    assert ask(session, ward, topic="Smartphone ").topic == "smartphone"


def test_one_waiting_request_per_member_and_topic(session, ward):
    first = ask(session, ward)
    with pytest.raises(ValidationError, match=re.escape("Đã có yêu cầu giúp đỡ về việc này đang chờ.")):
        ask(session, ward, who="leader1")
    assert ask(session, ward, topic="epayment").id != first.id  # another topic
    assert ask(session, ward, member="binh").id  # another member
    hr.claim(session, ward.ambassador1, first.id, now=T0 + H)
    with pytest.raises(ValidationError, match="đang chờ"):
        ask(session, ward)
    hr.resolve(session, ward.ambassador1, first.id, outcome="no_answer", now=T0 + 2 * H)
    again = ask(session, ward, at=T0 + 3 * H)
    hr.cancel_request(session, ward.resident1, again.id)
    assert ask(session, ward, at=T0 + 4 * H).status == "open"


def test_the_database_keeps_one_waiting_request(session, ward):
    ask(session, ward)
    row = dict(household_id=ward.h1, member_id=ward.an, group_id=ward.g1, topic="vneid")
    session.add(HelpRequest(**row, status="claimed"))
    with pytest.raises(sa.exc.IntegrityError):
        session.flush()
    session.rollback()
    ask(session, ward)
    session.add(HelpRequest(**row, status="resolved", outcome="helped"))
    session.add(HelpRequest(**row, status="cancelled"))
    session.flush()
    session.add(HelpRequest(**row, status="resolved"))  # resolved needs an outcome
    with pytest.raises(sa.exc.IntegrityError):
        session.flush()


def test_a_duplicate_sent_at_the_same_moment_is_refused(session, ward, monkeypatch):
    """Both requests pass the pre-check; the partial unique index decides."""
    ask(session, ward)
    real_exec = session.exec  # the domain's queries run through session.exec
    calls = {"n": 0}

    def exec_(statement, *args, **kwargs):
        text = str(statement)
        if text.startswith("SELECT help_request.id") and "help_request.topic" in text:
            calls["n"] += 1
            return real_exec(sa.select(HelpRequest.id).where(sa.false()))
        return real_exec(statement, *args, **kwargs)

    monkeypatch.setattr(session, "exec", exec_)
    before = session.execute(sa.select(sa.func.count()).select_from(HelpRequest)).scalar_one()
    with pytest.raises(ValidationError, match="đang chờ"):
        ask(session, ward)
    assert calls["n"] == 1
    assert session.execute(sa.select(sa.func.count()).select_from(HelpRequest)).scalar_one() == before


def test_cancel(session, ward):
    view = ask(session, ward)
    with pytest.raises(PermissionDenied):
        hr.cancel_request(session, ward.resident3, view.id)
    for actor in (ward.ambassador1, ward.staff, ward.leader2):
        with pytest.raises(PermissionDenied):
            hr.cancel_request(session, actor, view.id)
    assert hr.cancel_request(session, ward.resident1, view.id).status == "cancelled"
    with pytest.raises(ValidationError, match="đã đóng"):
        hr.cancel_request(session, ward.resident1, view.id)
    claimed = ask(session, ward, topic="epayment")
    hr.claim(session, ward.ambassador1, claimed.id)
    with pytest.raises(ValidationError, match="không huỷ được"):
        hr.cancel_request(session, ward.leader1, claimed.id)
    with pytest.raises(PermissionDenied):
        hr.cancel_request(session, ward.resident1, 9999)
    with pytest.raises(hr.RequestNotFound):
        hr.cancel_request(session, ward.admin, 9999)


def test_household_requests(session, ward):
    old = ask(session, ward, at=T0)
    newer = ask(session, ward, topic="epayment", at=T0 + H)
    done = ask(session, ward, member="binh", topic="selling_online", at=T0 + 2 * H)
    hr.claim(session, ward.ambassador1, old.id, now=T0 + 3 * H)
    hr.claim(session, ward.ambassador1, done.id, now=T0 + 3 * H)
    hr.resolve(session, ward.ambassador1, done.id, outcome="helped", now=T0 + 4 * H)
    ask(session, ward, member="cuc", who="resident3")
    views = hr.household_requests(session, ward.resident1, ward.h1)
    assert [v.id for v in views] == [newer.id, old.id, done.id]  # waiting first, newest first
    assert views[1].status == "claimed" and views[1].claimed_by_name == "Anh"
    assert views[1].claimed_at == T0 + 3 * H
    assert views[2].status == "resolved" and views[2].outcome == "helped"
    assert views[2].resolved_at == T0 + 4 * H
    assert views[0].claimed_by_name is None
    assert [v.id for v in hr.household_requests(session, ward.leader1, ward.h1)] == [v.id for v in views]
    assert len(hr.household_requests(session, ward.staff, ward.h1)) == 3
    for actor in (ward.resident3, ward.leader2, ward.ambassador1, None):
        with pytest.raises(PermissionDenied):
            hr.household_requests(session, actor, ward.h1)
    assert len(hr.household_requests(session, ward.resident3, ward.h3)) == 1


# The queue


def test_queue_shows_the_groups_open_requests_oldest_first(session, ward):
    later = ask(session, ward, topic="epayment", at=T0 + 2 * H, note="Nhờ xem giúp",
                preferred_time="Chiều")
    first = ask(session, ward, at=T0)
    no_phone = ask(session, ward, member="dung", who="leader1", at=T0 + H)
    ask(session, ward, member="cuc", who="resident3", at=T0 - H)  # TDP02
    page = hr.ambassador_queue(session, ward.ambassador1, now=T0 + 5 * H)
    assert [i.request_id for i in page.items] == [first.id, no_phone.id, later.id]
    assert (page.total, page.page, page.pages) == (3, 1, 1)
    item = page.items[2]
    # who asked and how to reach them: not until the ambassador holds the request
    assert dataclasses.asdict(item) == {
        "request_id": later.id, "group_code": "TDP01", "topic": "epayment",
        "member_name": "", "address": "", "contact_phone": None,
        "note": "Nhờ xem giúp", "preferred_time": "Chiều",
        "status": "open", "created_at": T0 + 2 * H, "claimed_by_me": False, "waiting_hours": 3,
    }
    claimed = hr.claim(session, ward.ambassador1, later.id, now=T0 + 5 * H)
    assert (claimed.member_name, claimed.address, claimed.contact_phone, claimed.claimed_by_me) \
        == ("Nguyễn Văn An", "Ngõ 1 Khương Đình", "0987000111", True)
    hr.claim(session, ward.ambassador1, no_phone.id, now=T0 + 5 * H)
    hr.claim(session, ward.ambassador1, first.id, now=T0 + 5 * H)
    page = hr.ambassador_queue(session, ward.ambassador1, now=T0 + 5 * H)
    assert {i.request_id: i.contact_phone for i in page.items}[no_phone.id] is None  # h2: none
    # h1 without a phone: the resident account's phone.
    session.execute(sa.update(Household).where(Household.id == ward.h1).values(phone=None))
    page = hr.ambassador_queue(session, ward.ambassador1, now=T0 + 5 * H)
    assert {i.request_id: i.contact_phone for i in page.items}[first.id] \
        == ward.phones["resident1"]
    # Nothing else about the member or the household.
    assert not {"member_id", "household_id", "birth_year", "member_birth_year", "household_code",
                "skills"} & {f.name for f in dataclasses.fields(hr.QueueItem)}
    other = hr.ambassador_queue(session, ward.ambassador2, now=T0 + 5 * H)
    assert [(i.group_code, i.member_name) for i in other.items] == [("TDP02", "")]
    assert hr.ambassador_queue(session, ward.admin).total == 1  # the others are held


def test_queue_mine_first_and_others_claims_hidden(session, ward):
    a = ask(session, ward, at=T0)
    b = ask(session, ward, topic="epayment", at=T0 + H)
    c = ask(session, ward, topic="smartphone", at=T0 + 2 * H)
    hr.claim(session, ward.ambassador1, c.id, now=T0 + 3 * H)
    hr.claim(session, ward.ambassador1b, a.id, now=T0 + 3 * H)
    mine = hr.ambassador_queue(session, ward.ambassador1, now=T0 + 4 * H)
    assert [(i.request_id, i.status, i.claimed_by_me) for i in mine.items] == [
        (c.id, "claimed", True), (b.id, "open", False)]
    only_open = hr.ambassador_queue(session, ward.ambassador1, include_mine=False)
    assert [i.request_id for i in only_open.items] == [b.id]
    theirs = hr.ambassador_queue(session, ward.ambassador1b, now=T0 + 4 * H)
    assert [i.request_id for i in theirs.items] == [a.id, b.id]


def test_queue_pages(session, ward):
    topics = hr.TOPICS[:5]
    ids = [ask(session, ward, topic=t, at=T0 + i * H).id for i, t in enumerate(topics)]
    ids += [ask(session, ward, member="dung", who="leader1", topic=t, at=T0 + 10 * H + i * H).id
            for i, t in enumerate(topics)]
    pages = [hr.ambassador_queue(session, ward.ambassador1, page=p, page_size=4) for p in (1, 2, 3)]
    assert [p.total for p in pages] == [10] * 3 and pages[0].pages == 3
    assert [i.request_id for p in pages for i in p.items] == ids
    assert hr.ambassador_queue(session, ward.ambassador1, page=99, page_size=4).page == 3
    odd = hr.ambassador_queue(session, ward.ambassador1, page="x", page_size=10**9)
    assert odd.page == 1 and len(odd.items) == 10


@pytest.mark.parametrize("who", ["resident1", "leader1", "staff"])
def test_queue_is_for_ambassadors(session, ward, who):
    with pytest.raises(PermissionDenied):
        hr.ambassador_queue(session, getattr(ward, who))


def test_queue_signed_out(session, ward):
    with pytest.raises(PermissionDenied, match="đăng nhập"):
        hr.ambassador_queue(session, None)


# Claiming


def test_claim_and_the_second_claimer(session, ward):
    view = ask(session, ward)
    item = hr.claim(session, ward.ambassador1, view.id, now=T0 + 2 * H)
    assert (item.status, item.claimed_by_me, item.request_id) == ("claimed", True, view.id)
    row = session.get(HelpRequest, view.id)
    assert (row.claimed_by_id, row.claimed_at) == (ward.ambassador1.user_id, T0 + 2 * H)
    with pytest.raises(ValidationError, match=re.escape("Yêu cầu này đã có đại sứ khác nhận.")):
        hr.claim(session, ward.ambassador1b, view.id)
    # A double tap is harmless.
    assert hr.claim(session, ward.ambassador1, view.id, now=T0 + 5 * H).claimed_by_me
    assert session.get(HelpRequest, view.id).claimed_at == T0 + 2 * H


def test_claim_race_is_decided_by_the_database(session, ward, monkeypatch):
    """The second claimer read the request while it was still open."""
    view = ask(session, ward)
    stale = load_request(session, ward.ambassador1b, view.id, Action.MANAGE_HELP_REQUESTS)
    assert stale.available
    hr.claim(session, ward.ambassador1, view.id)
    monkeypatch.setattr(hr_queue, "load_request", lambda *args: stale)
    with pytest.raises(ValidationError, match="đã có đại sứ khác nhận"):
        hr.claim(session, ward.ambassador1b, view.id)
    assert session.get(HelpRequest, view.id).claimed_by_id == ward.ambassador1.user_id


def test_claim_permissions(session, ward):
    view = ask(session, ward)
    for actor in (ward.ambassador2, ward.leader1, ward.staff, ward.resident1):
        with pytest.raises(PermissionDenied):
            hr.claim(session, actor, view.id)
    with pytest.raises(PermissionDenied, match="đăng nhập"):
        hr.claim(session, None, view.id)
    for bad in (9999, "1; DROP TABLE x", None, -5, 2**80, 1.5):
        with pytest.raises(PermissionDenied):
            hr.claim(session, ward.ambassador1, bad)
    with pytest.raises(hr.RequestNotFound):
        hr.claim(session, ward.admin, 9999)
    with pytest.raises(PermissionDenied):
        hr.claim(session, SYSTEM, view.id)  # no account to hold it
    assert session.get(HelpRequest, view.id).status == "open"


def test_closed_requests_cannot_be_claimed(session, ward):
    view = ask(session, ward)
    hr.cancel_request(session, ward.resident1, view.id)
    with pytest.raises(ValidationError, match="đã đóng"):
        hr.claim(session, ward.ambassador1, view.id)


def test_release_keeps_the_first_response_time(session, ward):
    view = ask(session, ward)
    hr.claim(session, ward.ambassador1, view.id, now=T0 + H)
    with pytest.raises(PermissionDenied):
        hr.release(session, ward.ambassador1b, view.id)
    hr.release(session, ward.ambassador1, view.id, now=T0 + 2 * H)
    row = session.get(HelpRequest, view.id, populate_existing=True)
    assert (row.status, row.claimed_by_id, row.claimed_at) == ("open", None, T0 + H)
    hr.claim(session, ward.ambassador1b, view.id, now=T0 + 3 * H)
    row = session.get(HelpRequest, view.id, populate_existing=True)
    assert (row.claimed_by_id, row.claimed_at) == (ward.ambassador1b.user_id, T0 + H)
    with pytest.raises(ValidationError):
        hr.release(session, ward.admin, ask(session, ward, topic="epayment").id)


def test_a_departed_ambassadors_requests_return_to_the_queue(session, ward):
    view = ask(session, ward)
    hr.claim(session, ward.ambassador1, view.id, now=T0 + H)
    session.execute(sa.update(UserAccount).where(UserAccount.id == ward.ambassador1.user_id)
                    .values(is_active=False))
    item, = hr.ambassador_queue(session, ward.ambassador1b, now=T0 + 60 * H).items
    assert (item.request_id, item.status, item.claimed_by_me) == (view.id, "open", False)
    assert [f.request_id for f in hr.unclaimed_for_leader(session, ward.leader1, now=T0 + 60 * H)] == [view.id]
    assert hr.claim(session, ward.ambassador1b, view.id).claimed_by_me


# Detail and notes


def test_detail_for_the_holder_only(session, ward):
    view = ask(session, ward, note="Cần kích hoạt mức 2")
    session.execute(sa.update(Member).where(Member.id == ward.an)
                    .values(vneid_level=1, skill_vneid_app=False, has_smartphone=True))
    with pytest.raises(PermissionDenied):  # open: nobody holds it yet
        hr.request_detail(session, ward.ambassador1, view.id)
    hr.claim(session, ward.ambassador1, view.id, now=T0 + H)
    detail = hr.request_detail(session, ward.ambassador1, view.id, now=T0 + 3 * H)
    assert (detail.request_id, detail.member_name, detail.topic, detail.status) == (
        view.id, "Nguyễn Văn An", "vneid", "claimed")
    assert detail.claimed_by_me and detail.claimed_by_name == "Anh" and detail.waiting_hours == 3
    assert detail.current == (hr.FieldValue("vneid_level", 1), hr.FieldValue("skill_vneid_app", False))
    assert detail.notes == () and detail.note == "Cần kích hoạt mức 2"
    assert not {"member_id", "household_id", "birth_year"} & {
        f.name for f in dataclasses.fields(hr.RequestDetail)}
    for actor in (ward.ambassador1b, ward.ambassador2, ward.resident1, ward.leader2, None):
        with pytest.raises(PermissionDenied):
            hr.request_detail(session, actor, view.id)
    assert hr.request_detail(session, ward.leader1, view.id).claimed_by_me is False
    assert hr.request_detail(session, ward.staff, view.id).current == detail.current
    hr.resolve(session, ward.ambassador1, view.id, outcome="no_answer")
    with pytest.raises(PermissionDenied):  # resolved: no longer held
        hr.request_detail(session, ward.ambassador1, view.id)
    assert hr.request_detail(session, ward.leader1, view.id).outcome == "no_answer"



def test_the_leader_opens_a_request_of_their_group(session, ward):
    view = ask(session, ward, note="Bà không nghe rõ", at=T0 - 50 * H)
    r = hr.leader_request(session, ward.leader1, view.id, now=T0)
    assert (r.request_id, r.household_id, r.household_code, r.group_code, r.topic,
            r.member_name, r.status, r.waiting_hours, r.claimed_by_name, r.outcome) == (
        view.id, ward.h1, "TDP01-0001", "TDP01", "vneid", "Nguyễn Văn An", "open", 50, None,
        None)
    assert r.note == "Bà không nghe rõ" and r.asked_by_role == "resident" and r.notes == ()
    hr.claim(session, ward.ambassador1, view.id, now=T0 + H)
    hr.add_note(session, ward.ambassador1, view.id, "Đã gọi", now=T0 + 2 * H)
    r = hr.leader_request(session, ward.leader1, view.id, now=T0 + 3 * H)
    assert (r.status, r.claimed_by_name, r.claimed_at, r.waiting_hours) == (
        "claimed", "Anh", T0 + H, 53)
    assert [n.text for n in r.notes] == ["Đã gọi"]
    hr.resolve(session, ward.ambassador1, view.id, outcome="helped", now=T0 + 4 * H)
    r = hr.leader_request(session, ward.leader1, view.id, now=T0 + 100 * H)
    assert (r.status, r.outcome, r.waiting_hours) == ("resolved", "helped", 54)  # until resolved
    assert hr.leader_request(session, ward.staff, view.id).member_name == "Nguyễn Văn An"
    before = snapshot(session)
    # another group's leader, the ambassadors, the family, nobody; ids that do not exist
    for actor in (ward.leader2, ward.ambassador1, ward.ambassador2, ward.resident1, None):
        with pytest.raises(PermissionDenied):
            hr.leader_request(session, actor, view.id)
    for bad in (10**6, 2**31, 10**12, "x", None, -1, True):  # (PostgreSQL: INTEGER ids)
        with pytest.raises(PermissionDenied):
            hr.leader_request(session, ward.leader1, bad)
    with pytest.raises(hr.RequestNotFound):
        hr.leader_request(session, ward.staff, 10**6)
    assert snapshot(session) == before


@pytest.mark.parametrize("topic", hr.TOPICS)
@pytest.mark.parametrize("member", ["an", "binh"])
def test_detail_shows_only_the_topics_fields(session, ward, topic, member):
    view = ask(session, ward, member=member, topic=topic)
    hr.claim(session, ward.ambassador1, view.id)
    fields = [f.field for f in hr.request_detail(session, ward.ambassador1, view.id).current]
    expected = list(hr.TOPIC_FIELDS[topic])
    if member == "an":
        expected = [f for f in expected if not f.startswith("trader_")]
    assert fields == expected


def test_notes(session, ward):
    view = ask(session, ward)
    with pytest.raises(PermissionDenied):
        hr.add_note(session, ward.ambassador1, view.id, "Chưa nhận")
    hr.claim(session, ward.ambassador1, view.id)
    note = hr.add_note(session, ward.ambassador1, view.id, "  Đã gọi,\n  hẹn   chiều mai ", now=T0)
    assert (note.text, note.author_name, note.author_role, note.created_at) == (
        "Đã gọi,\nhẹn chiều mai", "Anh", "ambassador", T0)
    hr.add_note(session, ward.leader1, view.id, "Tổ trưởng đã nhắc hộ", now=T0 + H)
    hr.add_note(session, ward.admin, view.id, "x" * 500, now=T0 + 2 * H)
    detail = hr.request_detail(session, ward.ambassador1, view.id)
    assert [n.author_role for n in detail.notes] == ["ambassador", "group_leader", "admin"]
    assert [n.text for n in hr.request_detail(session, ward.staff, view.id).notes][1:] == [
        "Tổ trưởng đã nhắc hộ", "x" * 500]
    for actor in (ward.ambassador1b, ward.ambassador2, ward.leader2, ward.staff, ward.resident1,
                  None):
        with pytest.raises(PermissionDenied):
            hr.add_note(session, actor, view.id, "Không được")
    before = snapshot(session)
    for bad in ("", "   \n  ", "x" * 501, None, 42, "a\x07b", ["x"]):
        with pytest.raises(ValidationError):
            hr.add_note(session, ward.ambassador1, view.id, bad)
    assert snapshot(session) == before
    hr.resolve(session, ward.ambassador1, view.id, outcome="helped")
    with pytest.raises(PermissionDenied):  # no longer held
        hr.add_note(session, ward.ambassador1, view.id, "Thêm")
    assert hr.add_note(session, ward.leader1, view.id, "Đã xong").text == "Đã xong"


# Resolving


def test_resolve_helped_updates_the_member_as_the_ambassador(session, ward):
    view = ask(session, ward)
    hr.claim(session, ward.ambassador1, view.id, now=T0 + H)
    page_version = version(session, ward.h1)
    result = hr.resolve(
        session, ward.ambassador1, view.id, outcome="helped",
        achieved={"vneid_level": 2, "skills": ["vneid_app", "online_safety"], "has_smartphone": True},
        note="Đã kích hoạt mức 2", now=T0 + 5 * H,
    )
    assert (result.request_id, result.outcome, result.resolved_at) == (view.id, "helped", T0 + 5 * H)
    assert [(c.field, c.old_value, c.new_value) for c in result.changes] == [
        ("vneid_level", "0", "2"), ("has_smartphone", "0", "1"),
        ("skill_vneid_app", "0", "1"), ("skill_online_safety", "0", "1")]
    member = member_row(session, ward.an)
    assert (member.vneid_level, member.has_smartphone, member.skill_vneid_app,
            member.skill_online_safety, member.skill_messaging) == (2, True, True, True, False)
    assert member.updated_by_id == ward.ambassador1.user_id and member.updated_at == T0 + 5 * H
    assert version(session, ward.h1) == page_version + 1
    household = session.execute(sa.select(Household.updated_by_id).where(Household.id == ward.h1)).scalar_one()
    assert household == ward.ambassador1.user_id
    rows = session.execute(
        sa.select(HelpRequestChange.request_id, HelpRequestChange.member_id, HelpRequestChange.field,
                  HelpRequestChange.old_value, HelpRequestChange.new_value, HelpRequestChange.at)
        .order_by(HelpRequestChange.id)
    ).all()
    assert [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows] == [
        (view.id, ward.an, c.field, c.old_value, c.new_value, T0 + 5 * H) for c in result.changes]
    request = session.get(HelpRequest, view.id, populate_existing=True)
    assert (request.status, request.outcome, request.resolved_at) == ("resolved", "helped", T0 + 5 * H)
    assert session.execute(sa.select(HelpRequestNote.text)).scalars().all() == ["Đã kích hoạt mức 2"]
    # The household page opened before the visit is now stale.
    with pytest.raises(StaleVersionError):
        edits.update_member(session, ward.resident1, ward.an, expected_version=page_version,
                                 full_name="Nguyễn Văn Ân")
    # The household page shows who entered it.
    view_after = views.load_household(session, ward.resident1, ward.h1)
    an = next(m for m in view_after.members if m.id == ward.an)
    assert an.updated_by_role == "ambassador" and "vneid_app" in an.skills


def test_achievements_only_raise(session, ward):
    session.execute(sa.update(Member).where(Member.id == ward.an)
                    .values(vneid_level=2, has_epayment=True, skill_cashless_payment=True))
    view = ask(session, ward, topic="epayment")
    hr.claim(session, ward.ambassador1, view.id)
    v = version(session, ward.h1)
    result = hr.resolve(session, ward.ambassador1, view.id, outcome="helped",
                        achieved={"vneid_level": 1, "has_epayment": True,
                                  "skill_cashless_payment": "có", "has_smartphone": False,
                                  "skills": [], "trader_cashless": None})
    assert result.changes == ()
    assert version(session, ward.h1) == v  # nothing changed, no new version
    assert member_row(session, ward.an).vneid_level == 2
    assert session.execute(sa.select(sa.func.count()).select_from(HelpRequestChange)).scalar_one() == 0


def test_trader_flags_for_traders_only(session, ward):
    for_binh = ask(session, ward, member="binh", topic="selling_online")
    for_an = ask(session, ward, member="an", topic="selling_online")
    hr.claim(session, ward.ambassador1, for_binh.id)
    hr.claim(session, ward.ambassador1, for_an.id)
    before = snapshot(session)
    with pytest.raises(ValidationError, match="tiểu thương"):
        hr.resolve(session, ward.ambassador1, for_an.id, outcome="helped",
                   achieved={"trader_ecommerce": True})
    assert snapshot(session) == before
    result = hr.resolve(session, ward.ambassador1, for_binh.id, outcome="helped",
                        achieved={"trader_ecommerce": True, "trader_digital_savings": "1",
                                  "skills": "ecommerce"})
    assert [c.field for c in result.changes] == [
        "skill_ecommerce", "trader_ecommerce", "trader_digital_savings"]
    row = member_row(session, ward.binh)
    assert row.trader_ecommerce and row.trader_digital_savings and not row.trader_cashless


@pytest.mark.parametrize(
    "outcome, achieved",
    [("maybe", None), (None, None), ("", None), (1, None),
     ("not_helped", {"has_smartphone": True}), ("no_answer", {"skills": ["messaging"]}),
     ("helped", {"full_name": "Ai Đó"}), ("helped", {"birth_year": 1990}),
     ("helped", {"occupation": "student"}), ("helped", {"learning_status": "completed"}),
     ("helped", {"vneid_level": 3}), ("helped", {"vneid_level": True}),
     ("helped", {"vneid_level": "cao"}), ("helped", {"skills": ["flying"]}),
     ("helped", {"skills": 7}), ("helped", {"skills": {"messaging": True}}),
     ("helped", {"has_smartphone": "maybe"}), ("helped", {"has_epayment": 2}),
     ("helped", {"trader_cashless": True}), ("helped", ["has_smartphone"]),
     ("helped", "vneid_level=2"), ("helped", {("x",): 1}),
     ("helped", {"has_smartphone": True, "member_id": 3})],
)
def test_bad_resolutions_change_nothing(session, ward, outcome, achieved):
    view = ask(session, ward)
    hr.claim(session, ward.ambassador1, view.id)
    before = snapshot(session)
    with pytest.raises(ValidationError) as info:
        hr.resolve(session, ward.ambassador1, view.id, outcome=outcome, achieved=achieved)
    assert info.value.message
    assert snapshot(session) == before


def test_bad_resolution_note_changes_nothing(session, ward):
    view = ask(session, ward)
    hr.claim(session, ward.ambassador1, view.id)
    before = snapshot(session)
    with pytest.raises(ValidationError):
        hr.resolve(session, ward.ambassador1, view.id, outcome="helped",
                   achieved={"has_smartphone": True}, note="x" * 501)
    assert snapshot(session) == before


def test_only_the_holder_resolves(session, ward):
    view = ask(session, ward)
    with pytest.raises(PermissionDenied):  # nobody holds it
        hr.resolve(session, ward.ambassador1, view.id, outcome="helped")
    with pytest.raises(ValidationError, match="chưa có ai nhận"):
        hr.resolve(session, ward.admin, view.id, outcome="helped")
    hr.claim(session, ward.ambassador1, view.id)
    before = snapshot(session)
    for actor in (ward.ambassador1b, ward.ambassador2, ward.leader1, ward.staff, ward.resident1, None):
        with pytest.raises(PermissionDenied):
            hr.resolve(session, actor, view.id, outcome="helped", achieved={"has_smartphone": True})
    assert snapshot(session) == before
    hr.resolve(session, ward.ambassador1, view.id, outcome="not_helped")
    with pytest.raises(ValidationError, match="đã đóng"):
        hr.resolve(session, ward.ambassador1, view.id, outcome="helped")


def test_admin_may_resolve_a_claimed_request(session, ward):
    view = ask(session, ward)
    hr.claim(session, ward.ambassador1, view.id)
    result = hr.resolve(session, ward.admin, view.id, outcome="helped", achieved={"has_epayment": 1})
    assert [c.field for c in result.changes] == ["has_epayment"]
    assert member_row(session, ward.an).updated_by_id == ward.admin.user_id


def test_an_ambassador_never_reaches_other_members(session, ward):
    """Ids of requests they do not hold and of members outside them are refused."""
    mine = ask(session, ward)
    others = ask(session, ward, member="binh", topic="epayment")
    tdp02 = ask(session, ward, member="cuc", who="resident3")
    hr.claim(session, ward.ambassador1, mine.id)
    hr.claim(session, ward.ambassador1b, others.id)
    hr.claim(session, ward.ambassador2, tdp02.id)
    amb = ward.ambassador1
    before = snapshot(session)
    for request_id in (others.id, tdp02.id, 9999, ward.binh, ward.cuc):
        for call in (
            lambda r: hr.request_detail(session, amb, r),
            lambda r: hr.add_note(session, amb, r, "xin chào"),
            lambda r: hr.resolve(session, amb, r, outcome="helped", achieved={"has_smartphone": True}),
            lambda r: hr.release(session, amb, r),
            lambda r: hr.cancel_request(session, amb, r),
        ):
            with pytest.raises(PermissionDenied):
                call(request_id)
    with pytest.raises(PermissionDenied):
        hr.claim(session, amb, tdp02.id)
    for member_id in (ward.an, ward.binh, ward.cuc):
        with pytest.raises(PermissionDenied):
            hr.create_request(session, amb, member_id=member_id, topic="online_safety")
        with pytest.raises(PermissionDenied):
            edits.update_member(session, amb, member_id, expected_version=1, has_smartphone=True)
    for household_id in (ward.h1, ward.h2, ward.h3):
        with pytest.raises(PermissionDenied):
            views.load_household(session, amb, household_id)
        with pytest.raises(PermissionDenied):
            hr.household_requests(session, amb, household_id)
    with pytest.raises(PermissionDenied):
        hr.unclaimed_for_leader(session, amb)
    with pytest.raises(PermissionDenied):
        hr.programme_stats(session, amb)
    assert snapshot(session) == before
    # Resolving the request they hold changes only that member.
    hr.resolve(session, amb, mine.id, outcome="helped",
               achieved={"has_smartphone": True, "skills": ["messaging"]})
    assert session.execute(
        sa.select(HelpRequestChange.member_id).distinct()).scalars().all() == [ward.an]


HYPOTHESIS = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
printable = st.text(alphabet=st.characters(categories=["L", "M", "N", "P", "S", "Zs"]), max_size=120)
texts = st.one_of(
    st.none(), printable, printable, st.text(max_size=120), st.text(min_size=280, max_size=320),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400), st.integers(), st.binary(max_size=5),
    st.sampled_from(["Sáng thứ Bảy", "  ", "\n\n", "=1+1", "\u202e", "a\u200db", "x" * 100]),
)


@HYPOTHESIS
@given(note=texts, preferred_time=texts, topic=st.integers(0, 4).flatmap(
    lambda pick: st.text(max_size=20) if pick == 0 else st.sampled_from(hr.TOPICS)))
def test_create_takes_anything(session, ward, note, preferred_time, topic):
    before = snapshot(session)
    try:
        view = hr.create_request(session, ward.resident1, member_id=ward.an, topic=topic,
                                 note=note, preferred_time=preferred_time)
        event("accepted")
        assert view.topic in hr.TOPICS
        assert view.note is None or 1 <= len(view.note) <= 300
        assert view.preferred_time is None or 1 <= len(view.preferred_time) <= 100
        for text in (view.note, view.preferred_time):
            assert text is None or (unicodedata.is_normalized("NFC", text) and text == text.strip())
        assert view.preferred_time is None or "\n" not in view.preferred_time
    except ValidationError as exc:
        event(f"refused: {exc.field}")
        assert exc.field in ("topic", "note", "preferred_time") and exc.message
        assert snapshot(session) == before
    finally:
        session.rollback()


@HYPOTHESIS
@given(text=texts)
def test_add_note_takes_anything(session, ward, text):
    request = session.execute(sa.select(HelpRequest.id)).scalar_one_or_none()
    if request is None:
        request = ask(session, ward).id
        hr.claim(session, ward.ambassador1, request)
        session.commit()
    before = snapshot(session)
    try:
        note = hr.add_note(session, ward.ambassador1, request, text)
        event("accepted")
        assert 1 <= len(note.text) <= 500
    except ValidationError as exc:
        event("refused")
        assert exc.message
        assert snapshot(session) == before
    finally:
        session.rollback()


# The leader's flag


def test_unclaimed_requests_are_flagged_to_the_leader(session, ward):
    old = ask(session, ward, at=T0 - 49 * H)
    young = ask(session, ward, topic="epayment", at=T0 - 47 * H)
    claimed = ask(session, ward, topic="smartphone", at=T0 - 100 * H)
    hr.claim(session, ward.ambassador1, claimed.id, now=T0 - 99 * H)
    tdp02 = ask(session, ward, member="cuc", who="resident3", at=T0 - 72 * H)
    assert ward_settings.unclaimed_hours(session, a_ward(session)) == 48
    flagged = hr.unclaimed_for_leader(session, ward.leader1, now=T0)
    assert [f.request_id for f in flagged] == [old.id]
    f = flagged[0]
    assert (f.household_id, f.household_code, f.group_code, f.member_id, f.member_name, f.topic,
            f.contact_phone, f.waiting_hours) == (
        ward.h1, "TDP01-0001", "TDP01", ward.an, "Nguyễn Văn An", "vneid", "0987000111", 49)
    assert [f.request_id for f in hr.unclaimed_for_leader(session, ward.leader2, now=T0)] == [tdp02.id]
    assert [f.request_id for f in hr.unclaimed_for_leader(session, ward.staff, now=T0)] == [
        tdp02.id, old.id]
    assert ward_settings.change(session, ward.staff, ward_settings.UNCLAIMED_HOURS, "24") == 24
    assert [f.request_id for f in hr.unclaimed_for_leader(session, ward.leader1, now=T0)] == [
        old.id, young.id]
    log = session.execute(sa.select(AuditEntry.key, AuditEntry.old_value, AuditEntry.new_value,
                                    AuditEntry.user_id).where(AuditEntry.action == "setting")).all()
    assert log == [("help_unclaimed_hours", "48", "24", ward.staff.user_id)]
    for actor in (ward.ambassador1, ward.resident1, None):
        with pytest.raises(PermissionDenied):
            hr.unclaimed_for_leader(session, actor)


def test_unclaimed_hours_setting(session, ward):
    for bad in (0, 721, "abc", True, None, 1.5, "-3", "48h"):
        with pytest.raises(ValidationError):
            ward_settings.change(session, ward.admin, ward_settings.UNCLAIMED_HOURS, bad)
    for actor in (ward.leader1, ward.ambassador1, ward.resident1, None):
        with pytest.raises(PermissionDenied):
            ward_settings.change(session, actor, ward_settings.UNCLAIMED_HOURS, 24)
    assert ward_settings.change(session, ward.admin, ward_settings.UNCLAIMED_HOURS, 72) == 72
    assert ward_settings.change(session, ward.admin, ward_settings.UNCLAIMED_HOURS, 72) == 72  # unchanged: not logged again
    assert ward_settings.unclaimed_hours(session, a_ward(session)) == 72
    assert session.execute(sa.select(sa.func.count()).select_from(AuditEntry).where(
        AuditEntry.action == "setting")).scalar_one() == 1


# The ward's figures


@pytest.fixture()
def history(session, ward):
    """A hand-made programme: TDP01 (ambassador1) and TDP02 (ambassador2).

    Week of 16 Nov (Vietnam): TDP01 asks three requests, claimed after 2, 4 and 10 hours,
    resolved 5, 8 and 30 hours after asking; TDP02 two, claimed after 1 and 3 hours,
    resolved after 2 and 80 hours (the second in the week of 23 Nov). This week: one
    open request in TDP01 and one cancelled.
    """
    week1 = T0 - timedelta(days=7)
    plan = [
        ("an", "vneid", 0, 2, 5, "helped", {"vneid_level": 2, "skills": ["vneid_app"]}),
        ("binh", "epayment", 1, 4, 8, "helped", {"has_epayment": True}),
        ("dung", "vneid", 2, 10, 30, "no_answer", None),
        ("cuc", "smartphone", 3, 1, 2, "helped", {"has_smartphone": True}),
        ("cuc", "vneid", 100, 3, 80, "not_helped", None),
    ]
    for member, topic, offset, claim_after, resolve_after, outcome, achieved in plan:
        who = {"an": "resident1", "binh": "resident1", "dung": "leader1", "cuc": "resident3"}[member]
        amb = ward.ambassador2 if member == "cuc" else ward.ambassador1
        created = week1 + offset * H
        view = ask(session, ward, member=member, topic=topic, who=who, at=created)
        hr.claim(session, amb, view.id, now=created + claim_after * H)
        hr.resolve(session, amb, view.id, outcome=outcome, achieved=achieved,
                   now=created + resolve_after * H)
    ask(session, ward, member="an", topic="online_safety", at=T0 + H)
    cancelled = ask(session, ward, member="an", topic="smartphone", at=T0 + 2 * H)
    hr.cancel_request(session, ward.resident1, cancelled.id)
    return T0 + 3 * 24 * H  # "now": Thursday of the week of 23 Nov


def test_programme_stats(session, ward, history):
    stats = hr.programme_stats(session, ward.staff, weeks=3, now=history)
    assert stats.scope == "ward" and stats.unclaimed_hours == 48
    assert [w.week_start for w in stats.weeks] == [date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23)]
    assert [(w.opened, w.resolved) for w in stats.weeks] == [(0, 0), (5, 4), (2, 1)]
    assert stats.start == datetime(2026, 11, 8, 17, 0, tzinfo=UTC)  # Monday 00:00 +07
    o = stats.overall
    assert (o.opened, o.claimed, o.resolved, o.helped) == (7, 5, 5, 3)
    assert o.median_response_hours == 3.0  # of 2, 4, 10, 1, 3
    assert o.median_resolution_hours == 8.0  # of 5, 8, 30, 2, 80
    g1, g2 = stats.by_group
    assert (g1.key, g1.label, g1.opened, g1.resolved) == ("TDP01", "Tổ dân phố số 1", 5, 3)
    assert (g1.median_response_hours, g1.median_resolution_hours) == (4.0, 8.0)
    assert (g2.key, g2.opened, g2.median_response_hours, g2.median_resolution_hours) == (
        "TDP02", 2, 2.0, 41.0)  # even counts: the mean of the two middle values
    by_amb = {a.label: a for a in stats.by_ambassador}
    assert set(by_amb) == {"Lê Minh Anh", "Vũ Đức Long"}
    anh = by_amb["Lê Minh Anh"]
    assert (anh.key, anh.opened, anh.resolved, anh.helped) == (str(ward.ambassador1.user_id), 3, 3, 2)
    assert (anh.median_response_hours, by_amb["Vũ Đức Long"].median_resolution_hours) == (4.0, 41.0)
    assert [(t.topic, t.count) for t in stats.topics] == [
        ("vneid", 3), ("smartphone", 2), ("epayment", 1), ("online_safety", 1),
        ("public_services", 0), ("selling_online", 0)]
    assert stats.outcomes == {"helped": 3, "not_helped": 1, "no_answer": 1}
    assert [(c.field, c.count) for c in stats.changes] == [
        ("has_epayment", 1), ("has_smartphone", 1), ("skill_vneid_app", 1), ("vneid_level", 1)]
    assert stats.members_improved == 3
    assert (stats.open_now, stats.overdue_now) == (1, 1)  # asked 71 hours ago
    assert all(set(hr.FIELD_INDICATORS[c.field]) for c in stats.changes)
    as_dict = stats.to_dict()
    assert as_dict["weeks"][0] == {"week_start": "2026-11-09", "opened": 0, "resolved": 0}
    assert as_dict["overall"]["median_response_hours"] == 3.0
    # A shorter window drops last week's requests.
    recent = hr.programme_stats(session, ward.admin, weeks=1, now=history)
    assert (recent.overall.opened, recent.overall.median_response_hours) == (2, None)
    assert [(w.opened, w.resolved) for w in recent.weeks] == [(2, 1)]
    assert recent.outcomes == {"helped": 0, "not_helped": 1, "no_answer": 0}
    assert recent.changes == () and recent.members_improved == 0


def test_a_leader_sees_only_their_groups_figures(session, ward, history):
    stats = hr.programme_stats(session, ward.leader2, weeks=3, now=history)
    assert stats.scope == "TDP02" and [g.key for g in stats.by_group] == ["TDP02"]
    assert (stats.overall.opened, stats.overall.median_response_hours) == (2, 2.0)
    assert [a.label for a in stats.by_ambassador] == ["Vũ Đức Long"]
    assert [(c.field, c.count) for c in stats.changes] == [("has_smartphone", 1)]
    assert stats.open_now == 0


@pytest.mark.parametrize("who", ["resident1", "ambassador1"])
def test_programme_stats_refused(session, ward, who):
    with pytest.raises(PermissionDenied):
        hr.programme_stats(session, getattr(ward, who))


def test_programme_stats_bounds(session, ward):
    assert len(hr.programme_stats(session, ward.staff, weeks=500).weeks) == 52
    assert len(hr.programme_stats(session, ward.staff, weeks="x").weeks) == 12
    empty = hr.programme_stats(session, ward.staff, weeks=0)
    assert len(empty.weeks) == 1 and empty.overall.median_response_hours is None
    with pytest.raises(PermissionDenied, match="đăng nhập"):
        hr.programme_stats(session, None)


# The holder's visit at the door


def test_the_holder_records_a_visit_that_may_close_the_request(session, ward):
    from digital_family.base.models import household_visit, visit_help

    def count(table):
        return session.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()

    first = ask(session, ward, at=T0 - 5 * H)
    second = ask(session, ward, topic="smartphone", at=T0 - 5 * H)
    for view in (first, second):
        hr.claim(session, ward.ambassador1, view.id, now=T0 - 4 * H)
    # nobody home: the visit is kept, the request stays with its holder
    v = hr.record_request_visit(session, ward.ambassador1, first.id, outcome="nobody_home",
                                now=T0)
    assert (v.outcome, v.resolved) == ("nobody_home", None)
    assert session.get(HelpRequest, first.id).status == "claimed"
    # met and helped with the topic: the visit names the member, the request is done
    v = hr.record_request_visit(session, ward.ambassador1, first.id, outcome="met",
                                helped=True, note="Đã cài VNeID", now=T0 + H)
    assert v.resolved == "helped"
    request = session.get(HelpRequest, first.id)
    assert (request.status, request.outcome) == ("resolved", "helped")
    assert session.execute(sa.select(visit_help.c.member_id, visit_help.c.topic)).all() == [
        (ward.an, "vneid")]
    row = session.execute(sa.select(household_visit.c.household_id, household_visit.c.visitor_role,
                                    household_visit.c.note)
                          .where(household_visit.c.id == v.visit_id)).one()
    assert tuple(row) == (ward.h1, "ambassador", "Đã cài VNeID")
    # declined: closed as not helped
    v = hr.record_request_visit(session, ward.ambassador1, second.id, outcome="declined", now=T0)
    assert v.resolved == "not_helped"
    assert count(household_visit) == 3


def test_only_the_holder_records_a_requests_visit_and_bad_input_writes_nothing(session, ward):
    from digital_family.base.models import household_visit

    view = ask(session, ward, at=T0 - 5 * H)
    tdp02 = ask(session, ward, member="cuc", who="resident3", at=T0 - 5 * H)
    before = snapshot(session)
    with pytest.raises(PermissionDenied):  # open: nobody holds it
        hr.record_request_visit(session, ward.ambassador1, view.id, outcome="met", now=T0)
    hr.claim(session, ward.ambassador1, view.id, now=T0 - 4 * H)
    hr.claim(session, ward.ambassador2, tdp02.id, now=T0 - 4 * H)
    before = snapshot(session)
    for actor, rid in ((ward.ambassador1b, view.id), (ward.ambassador2, view.id),
                       (ward.ambassador1, tdp02.id), (ward.leader1, view.id),
                       (ward.resident1, view.id), (None, view.id), (ward.ambassador1, 10**6),
                       (ward.ambassador1, "x")):
        with pytest.raises(PermissionDenied):
            hr.record_request_visit(session, actor, rid, outcome="met", now=T0)
    for kwargs in ({"outcome": "maybe"}, {"outcome": "nobody_home", "helped": True},
                   {"outcome": "met", "helped": "perhaps"}, {"outcome": "come_back"},
                   {"outcome": "met", "note": "x" * 501},
                   {"outcome": "met", "visited_on": "01/01/2020"}):
        with pytest.raises(ValidationError):
            hr.record_request_visit(session, ward.ambassador1, view.id, now=T0, **kwargs)
    assert snapshot(session) == before
    assert session.execute(sa.select(sa.func.count()).select_from(household_visit)).scalar_one() == 0
