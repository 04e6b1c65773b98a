"""Ages change on 1 January in Vietnam (UTC+7), not in UTC."""

from datetime import UTC, date, datetime

from digital_family.base import clock
from digital_family.campaign import figures
from tests.ward import a_ward

NEW_YEAR_UTC = datetime(2026, 12, 31, 17, 0, tzinfo=UTC)  # 00:00 on 1/1/2027 in Hanoi
BEFORE = datetime(2026, 12, 31, 16, 59, 59, tzinfo=UTC)


def test_vietnam_year_turns_at_midnight_in_hanoi():
    assert clock.vietnam_year(BEFORE) == 2026
    assert clock.vietnam_year(NEW_YEAR_UTC) == 2027
    assert clock.vietnam_date(NEW_YEAR_UTC) == date(2027, 1, 1)
    assert clock.vietnam_year(datetime(2026, 12, 31, 17, 0)) == 2027  # naive means UTC


def test_utc_normalises():
    assert clock.utc(datetime(2026, 1, 1)).tzinfo == UTC
    hanoi = datetime(2027, 1, 1, 0, 0, tzinfo=clock.VIETNAM_TIME)
    assert clock.utc(hanoi) == NEW_YEAR_UTC and clock.utc(hanoi).tzinfo == UTC


def test_indicators_default_reference_year_is_vietnams(session):
    # Failed before: the engine took the UTC year (2026) for 7 hours around New Year.
    assert figures.ward_report(session, a_ward(session), now=NEW_YEAR_UTC).reference_year == 2027
    assert figures.ward_report(session, a_ward(session), now=BEFORE).reference_year == 2026
