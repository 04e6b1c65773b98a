"""The printable report: the engine's numbers, the gaps, the period, and who may print what."""

from datetime import UTC, date, datetime, timedelta

import pytest

from digital_family.base.models import Ward
from digital_family.base.permissions import PermissionDenied
from digital_family.base.validation import ValidationError
from digital_family.campaign import figures, report, snapshots, ward_admin
from digital_family.campaign.leader import people_gap
from tests.ward import a_ward

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)


pytestmark = pytest.mark.usefixtures("fast_hashing")


def test_ward_report_is_the_engine_report(session, ward):
    session.get(Ward, ward.ward_id).name = "Phường Thử"  # the ward's name is data
    ward_admin.set_target(session, ward.staff, "adult_smartphone", "30%")
    session.commit()
    printed = report.printable_report(session, ward.staff, now=NOW)
    assert printed.report == figures.ward_report(session, a_ward(session), now=NOW)
    assert printed.report.indicator("adult_smartphone").target == 0.3
    assert printed.gaps == {r.code: people_gap(r) for r in printed.report.indicators}
    assert printed.gaps["trader_cashless"] is None  # no target
    assert printed.gaps["public_sector_skills"] is None  # nobody in the public sector
    assert printed.gaps["digital_identity_16plus"] == 3  # three adults, none with VNeID
    assert (printed.title, printed.ward_name, printed.scope_label, printed.group_code) == (
        report.REPORT_TITLE, "Phường Thử", "Toàn phường", None)
    assert printed.generated_at == NOW
    assert (printed.period_start, printed.period_end) == (date(2026, 11, 28), date(2026, 11, 28))

    groups = figures.group_reports(session, a_ward(session), now=NOW)
    assert [line.code for line in printed.groups] == ["TDP01", "TDP02"]
    for line in printed.groups:
        group = groups[line.code]
        assert line.indicators == group.indicators
        assert (line.households, line.members, line.confirmed, line.confirmed_recent) == (
            group.completion.households, group.completion.members,
            group.completion.confirmed, group.completion.confirmed_recent)
        assert line.value("adult_smartphone") == group.indicator("adult_smartphone").value
    assert printed.groups[0].name == "Tổ dân phố số 1"
    assert sum(line.households for line in printed.groups) == printed.report.completion.households


def test_ward_report_lists_the_groups_a_page_at_a_time(session, ward):
    for n in range(3, 8):
        ward_admin.create_group(session, ward.staff, code=f"TDP0{n}", name=f"Tổ {n}")
    first = report.printable_report(session, ward.staff, now=NOW, page_size=3)
    assert [line.code for line in first.groups] == ["TDP01", "TDP02", "TDP03"]
    assert (first.page, first.pages) == (1, 3)
    last = report.printable_report(session, ward.staff, now=NOW, page=9, page_size=3)
    assert [line.code for line in last.groups] == ["TDP07"] and last.page == 3
    assert last.report == first.report  # the ward's own figures on every page


def test_group_report(session, ward):
    printed = report.printable_report(session, ward.leader1, group_code="tdp01", now=NOW)
    assert printed.report == figures.group_report(session, a_ward(session), "TDP01", now=NOW)
    assert printed.scope_label == "Tổ dân phố số 1 (TDP01)" and printed.group_code == "TDP01"
    assert printed.groups == ()
    assert printed.gaps == {r.code: people_gap(r) for r in printed.report.indicators}


def test_period_is_the_snapshots_span(session, ward):
    snapshots.take_snapshot(session, now=NOW - timedelta(days=30))
    snapshots.take_snapshot(session, now=NOW - timedelta(days=2))
    session.commit()
    printed = report.printable_report(session, ward.staff, now=NOW)
    assert (printed.period_start, printed.period_end) == (date(2026, 10, 29), date(2026, 11, 26))
    printed = report.printable_report(session, ward.staff, group_code="TDP02", now=NOW)
    assert (printed.period_start, printed.period_end) == (date(2026, 10, 29), date(2026, 11, 26))


def test_who_may_print(session, ward):
    for who in ("leader1", "leader2", "staff", "admin"):  # the ward's numbers
        report.printable_report(session, getattr(ward, who), now=NOW)
    for who in ("resident1", "ambassador1"):
        with pytest.raises(PermissionDenied):
            report.printable_report(session, getattr(ward, who), now=NOW)
    with pytest.raises(PermissionDenied):
        report.printable_report(session, None, now=NOW)

    for who in ("leader1", "staff", "admin"):  # TDP01's report
        report.printable_report(session, getattr(ward, who), group_code="TDP01", now=NOW)
    for who in ("leader2", "resident1", "ambassador1"):
        with pytest.raises(PermissionDenied):
            report.printable_report(session, getattr(ward, who), group_code="TDP01", now=NOW)
    assert report.can_print_group(ward.leader1, ward.g1)
    assert not report.can_print_group(ward.leader1, ward.g2)


def test_unknown_group(session, ward):
    with pytest.raises(ValidationError, match="TDP99"):
        report.printable_report(session, ward.staff, group_code="TDP99", now=NOW)
    with pytest.raises(ValidationError):
        report.printable_report(session, ward.staff, group_code="bad code!", now=NOW)
    # A leader learns nothing about which codes exist.
    with pytest.raises(PermissionDenied):
        report.printable_report(session, ward.leader1, group_code="TDP99", now=NOW)
