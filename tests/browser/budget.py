"""The household journey's budget: a fresh 4-member household, and the figures
(taps, taps that changed a value, screen heights scrolled, time, layout shift)
of updating it from sign-in to confirmation.

Taps are counted by the driver (``Journey.tap``), which also measures the
scrolling a person needs to bring each tapped control into view; the page
itself reports every scroll movement and its layout shifts (a PerformanceObserver;
CLS leaves out shifts right after an input, as browsers define it, and
``shift_after_taps`` adds those up separately).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

import sqlalchemy as sa

from digital_family.access import accounts
from digital_family.access.permissions import SYSTEM, load_actor
from digital_family.base.models import Household, Member
from digital_family.households import consent, edits
from tests.browser.conftest import ARTIFACTS
from tests.browser.journeys import session_for

JOURNEY_PASSWORD = "hanh-trinh-2026"

# (name, birth year, sex, occupation) and the five answers each person gives,
# from a household where every answer starts at "no".
FAMILY = (
    ("Nguyễn Văn Hùng", 1951, "male", "retired"),
    ("Trần Thị Lan", 1954, "female", "small_trader"),
    ("Nguyễn Minh Tuấn", 1982, "male", "enterprise_worker"),
    ("Nguyễn Thị Mai", 2008, "female", "student"),
)
ANSWERS = {
    "Nguyễn Văn Hùng": [("has_smartphone", True), ("vneid_level", 2),
                        ("skill", "smartphone_use"), ("skill", "messaging"),
                        ("learning_status", "enrolled")],
    "Trần Thị Lan": [("has_smartphone", True), ("has_epayment", True), ("vneid_level", 1),
                     ("skill", "cashless_payment"), ("trader_cashless", True)],
    "Nguyễn Minh Tuấn": [("has_smartphone", True), ("has_epayment", True), ("vneid_level", 2),
                         ("skill", "online_public_services"), ("skill", "ecommerce")],
    "Nguyễn Thị Mai": [("has_smartphone", True), ("vneid_level", 2), ("skill", "info_search"),
                       ("skill", "online_safety"), ("learning_status", "completed")],
}

# Injected into every document: scroll movement and layout shifts.
INSTRUMENT = """
(() => {
  const j = window.__journey = {scrolled: 0, shifts: [], lastY: window.scrollY};
  addEventListener('scroll', () => {
    j.scrolled += Math.abs(window.scrollY - j.lastY);
    j.lastY = window.scrollY;
  }, {passive: true});
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        j.shifts.push({t: e.startTime, v: e.value, input: e.hadRecentInput});
      }
    }).observe({type: 'layout-shift', buffered: true});
  } catch (e) {}
})();
"""


def create_family(app_server, phone: str) -> int:
    """A new household in TDP01 with FAMILY, every answer "no", and a resident account
    that has consented."""
    with session_for(app_server) as session:
        existing = session.execute(
            sa.select(Household.id).where(Household.code == f"TDP01-9{phone[-3:]}")
        ).scalar_one_or_none()
        if existing is not None:
            return existing
        view = edits.create_household(
            session, SYSTEM, group_code="TDP01", code=f"TDP01-9{phone[-3:]}",
            address="Số 12 ngõ 5 Khương Đình")
        version = view.version
        for name, year, sex, occupation in FAMILY:
            version = edits.add_member(
                session, SYSTEM, view.id, expected_version=version, full_name=name,
                birth_year=year, sex=sex, occupation=occupation).version
        user = accounts.create_user(session, SYSTEM, phone=phone, password=JOURNEY_PASSWORD,
                                    role="resident", full_name="Nguyễn Văn Hùng",
                                    household_code=f"TDP01-9{phone[-3:]}")
        # the family ticked the notice when it redeemed its invitation
        consent.give_consent(session, load_actor(session, user.id), view.id,
                             adult_name="Nguyễn Văn Hùng", notice_version=consent.NOTICE_VERSION)
        return view.id


def family_answers(app_server, household_id: int) -> dict[str, dict]:
    """Each member's answers as stored, by name (only the fields ANSWERS sets)."""
    from digital_family.base.models import member_skills

    with session_for(app_server) as session:
        members = session.execute(
            sa.select(Member).where(Member.household_id == household_id)
        ).scalars().all()
        return {
            m.full_name: {
                "has_smartphone": m.has_smartphone, "has_epayment": m.has_epayment,
                "vneid_level": m.vneid_level, "learning_status": m.learning_status,
                "trader_cashless": m.trader_cashless, "skills": sorted(member_skills(m)),
            }
            for m in members
        }


def expected_answers() -> dict[str, dict]:
    expected = {}
    for name, *_ in FAMILY:
        row = {"has_smartphone": False, "has_epayment": False, "vneid_level": 0,
               "learning_status": "none", "trader_cashless": False, "skills": []}
        for key, value in ANSWERS[name]:
            if key == "skill":
                row["skills"] = sorted([*row["skills"], value])
            else:
                row[key] = value
        expected[name] = row
    return expected


def _max_session_window(shifts: list[dict]) -> float:
    """CLS as browsers define it: the worst burst (gaps < 1 s, at most 5 s long)."""
    best = current = 0.0
    start = last = None
    for s in sorted(shifts, key=lambda s: s["t"]):
        if start is None or s["t"] - last > 1000 or s["t"] - start > 5000:
            start, current = s["t"], 0.0
        current += s["v"]
        last = s["t"]
        best = max(best, current)
    return best


@dataclass
class Journey:
    """Counts what a person does on the page: every tap goes through ``tap``."""

    page: object
    taps: int = 0
    value_taps: int = 0
    reach_scroll: float = 0.0  # px scrolled to bring tapped controls into view
    started: float = field(default_factory=time.monotonic)
    answering_from: float | None = None  # page time (ms) when answering began

    def tap(self, locator, changes_value: bool = False) -> None:
        before = self.page.evaluate("window.scrollY")
        locator.scroll_into_view_if_needed()
        self.reach_scroll += abs(self.page.evaluate("window.scrollY") - before)
        locator.click()
        self.taps += 1
        self.value_taps += int(changes_value)

    def start_answering(self) -> None:
        """From here on, layout shifts count as "while answering"."""
        self.answering_from = self.page.evaluate("performance.now()")

    def figures(self, members: int) -> dict:
        height = self.page.viewport_size["height"]
        measured = self.page.evaluate("window.__journey")
        during = [s for s in measured["shifts"]
                  if self.answering_from is None or s["t"] >= self.answering_from]
        shifts = [s for s in during if not s["input"]]
        figures = {
            "members": members,
            "taps": self.taps,
            "value_taps": self.value_taps,
            "tap_budget": self.value_taps + members + 3,
            "screens_scrolled": round(self.reach_scroll / height, 2),
            "screens_scrolled_all": round(measured["scrolled"] / height, 2),
            "scroll_budget": 3 * members,
            "seconds": round(time.monotonic() - self.started, 1),
            "cls_answering": round(_max_session_window(shifts), 4),
            "layout_shift_sum_answering": round(sum(s["v"] for s in shifts), 4),
            # what moved right after a tap (not in CLS, but felt "under the finger")
            "shift_after_taps": round(sum(s["v"] for s in during if s["input"]), 4),
        }
        return figures


def report(name: str, figures: dict) -> None:
    """Print the figures as JSON and keep them in test-artifacts/."""
    text = json.dumps(figures, ensure_ascii=False)
    print(f"\n{name}: {text}")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"{name}.json").write_text(text + "\n")
