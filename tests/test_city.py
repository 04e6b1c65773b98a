"""The city's view of its wards (issue 22 points 2 and 3): the city's accounts see every
ward's numbers and no person; the city's figures are the sums of its wards' (each ward at
its own skill threshold), never averages of percentages."""

import pytest

from digital_family.access import accounts
from digital_family.base.permissions import SYSTEM, PermissionDenied, load_actor
from digital_family.base.wards import in_ward
from digital_family.campaign import city, figures, register_export, ward_admin
from digital_family.households import edits, search, views
from digital_family.ward import settings as ward_settings
from tests import ward as wardlib

pytestmark = pytest.mark.usefixtures("fast_hashing")


@pytest.fixture()
def two(session):
    a = wardlib.build_ward(session)
    b = wardlib.build_ward(session, "phuong-liet", phone_prefix="091",
                           ward_name="Phường Phương Liệt")
    user = accounts.create_user(session, SYSTEM, phone="0920000001", password=wardlib.PASSWORD,
                                role="city_staff", full_name="Cán Bộ Thành Phố")
    session.commit()
    assert user.ward_id is None
    return a, b, load_actor(session, user.id)


def test_the_city_is_the_sum_of_its_wards_each_at_its_own_threshold(session, two):
    a, b, city_staff = two
    ward_admin.set_skill_threshold(session, a.staff, 1)
    session.commit()
    assert ward_settings.skill_threshold(session, a.ward_id) == 1
    reports = [figures.ward_report(session, w.ward_id) for w in (a, b)]
    found = city.city_page(session, city_staff)
    assert found.total == 2 and [line.code for line in found.lines] != []
    for result in found.city.indicators:
        parts = [r.indicator(result.code) for r in reports]
        assert result.numerator == sum(p.numerator for p in parts), result.code
        assert result.denominator == sum(p.denominator for p in parts), result.code
    assert found.city.completion.members == 6
    assert figures.city_report(session).indicators == found.city.indicators


def test_wards_are_ranked_with_the_gap_in_people(session, two):
    _, b, city_staff = two
    member = views.load_household(session, b.resident1, b.h1).members[0]
    edits.update_member(session, b.resident1, member.id, expected_version=1, vneid_level=2)
    session.commit()
    behind = city.city_page(session, city_staff, sort_by="digital_identity_16plus")
    assert [line.code for line in behind.lines] == ["khuong-dinh", "phuong-liet"]
    assert [line.rank for line in behind.lines] == [2, 1]
    assert behind.lines[0].gap == 3 and behind.lines[1].gap == 2  # 3 adults, target 100%
    ahead = city.city_page(session, city_staff, sort_by="digital_identity_16plus",
                           behind_first=False)
    assert [line.code for line in ahead.lines] == ["phuong-liet", "khuong-dinh"]
    paged = city.city_page(session, city_staff, page=2, page_size=1)
    assert (paged.page, paged.pages, len(paged.lines)) == (2, 2, 1)
    standing = {s.code: s for s in city.ward_standing(session, b.staff)}
    assert (standing["digital_identity_16plus"].rank, standing["digital_identity_16plus"].wards) \
        == (1, 2)


def test_a_ward_opens_to_its_groups_numbers_only(session, two):
    _, b, city_staff = two
    detail = city.ward_detail(session, city_staff, "phuong-liet")
    assert detail is not None and detail.name == "Phường Phương Liệt"
    assert [r.scope for r in detail.groups.reports] == ["TDP01", "TDP02"]
    assert detail.report == figures.ward_report(session, b.ward_id)
    assert city.ward_detail(session, city_staff, "khong-co") is None


def test_the_city_sees_no_person_and_wards_do_not_see_the_city(session, two):
    a, b, city_staff = two
    for read in (lambda: views.load_household(session, city_staff, a.h1),
                 lambda: search.search_households(session, city_staff),
                 lambda: register_export.export_rows(session, city_staff),
                 lambda: ward_admin.list_groups(session, city_staff),
                 lambda: city.city_page(session, a.staff),
                 lambda: city.city_page(session, a.admin),
                 lambda: city.ward_detail(session, b.staff, "khuong-dinh")):
        with pytest.raises(PermissionDenied):
            read()
    with pytest.raises(PermissionDenied):  # a ward's admin makes no city account
        accounts.create_user(session, a.admin, phone="0920000002", password=wardlib.PASSWORD,
                             role="city_staff")
    with pytest.raises(PermissionDenied):
        accounts.create_user(session, in_ward(SYSTEM, a.ward_id), phone="0920000003",
                             password=wardlib.PASSWORD, role="city_admin")


def test_the_city_page_costs_the_same_for_two_wards_or_seven(session, two):
    """A page's statements do not grow with the number of wards (figures per threshold,
    targets of every ward at once): counted, never timed."""
    import sqlalchemy as sa

    _, _, city_staff = two
    engine = session.get_bind()

    def statements() -> int:
        seen: list[str] = []

        def count(conn, cursor, statement, *args):
            seen.append(statement)

        sa.event.listen(engine, "before_cursor_execute", count)
        try:
            city.city_page(session, city_staff)
        finally:
            sa.event.remove(engine, "before_cursor_execute", count)
        return len(seen)

    city.city_page(session, city_staff)  # the first read may bring the tallies up to date
    two_wards = statements()
    for n in range(5):
        wardlib.a_ward(session, f"phuong-{n}", f"Phường {n}")
    session.commit()
    assert city.city_page(session, city_staff).total == 7
    assert statements() == two_wards
