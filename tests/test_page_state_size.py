"""A dashboard's page state holds one page of groups, whatever the ward's size, and
nothing once the page is left (issue 11, part 4)."""

import asyncio
import pickle

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from digital_family.base import clock
from digital_family.base.models import ResidentialGroup
from digital_family.web import state
from digital_family.web.pages.ward import PAGE_SIZE, WardState
from tests.ward import a_ward, build_ward

pytestmark = pytest.mark.usefixtures("fast_hashing")


@pytest.fixture()
def in_test_database(engine, monkeypatch):
    """Page handlers' database work runs in the test's database."""

    async def run_in_session(work, *, slow=False):
        with Session(engine, expire_on_commit=False) as session:
            result = work(session)
            session.commit()
            return result

    monkeypatch.setattr(state, "run_in_session", run_in_session)


def _ward_state() -> WardState:
    root = WardState.get_root_state()(_reflex_internal_init=True)
    return root.get_substate(WardState.get_full_name().split(".")[1:])


def _add_groups(session, first: int, count: int) -> None:
    now = clock.utc()
    ward_id = a_ward(session)
    session.execute(sa.insert(ResidentialGroup), [
        {"ward_id": ward_id, "code": f"TDP{n:05d}", "name": f"Tổ dân phố số {n}", "created_at": now, "updated_at": now}
        for n in range(first, first + count)
    ])
    session.commit()


def _loaded(actor) -> tuple[WardState, int]:
    """A ward dashboard state after its load, and its pickled size (what the state
    manager stores for the tab)."""
    page = _ward_state()
    asyncio.run(WardState.load.fn.__wrapped__(page, actor))
    assert page.loaded and not page.denied
    return page, len(pickle.dumps(page))


def test_the_dashboard_holds_one_page_of_groups_at_any_ward_size(session, in_test_database):
    ward = build_ward(session)
    session.commit()
    _add_groups(session, 100, 1_200)
    page, size_1200 = _loaded(ward.staff)
    assert len(page.rows) == len(page.bars) == len(page.group_codes) == PAGE_SIZE
    assert page.pages == -(-1_202 // PAGE_SIZE)
    assert all(len(f["bars"]) == PAGE_SIZE for f in page._chart_figures.values())

    _add_groups(session, 5_000, 2_400)  # three times the groups: the same state
    page, size_3600 = _loaded(ward.staff)
    assert len(page.rows) == PAGE_SIZE and page.pages == -(-3_602 // PAGE_SIZE)
    assert size_3600 <= size_1200 * 1.05
    assert size_3600 < 64_000  # (1.25 MB when the state held every group's row)

    print(f"pickled WardState: {size_1200} B at 1,202 groups, {size_3600} B at 3,602")
    empty = len(pickle.dumps(_ward_state()))
    WardState.leave.fn(page)  # the browser left the page
    assert page.rows == [] and page._chart_figures == {} and page._ward is None
    assert len(pickle.dumps(page)) <= empty + 200
