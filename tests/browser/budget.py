"""The household journey's budget: a fresh 4-member household, and the figures
(taps, taps that changed a value, screen heights scrolled, time, layout shift)
of updating it from sign-in to confirmation.

The driver (``User``) finds every control as a person would, by its role and its
words, and counts what it had to activate: the taps the page required, held to a budget
made from the card alone (``card_taps``). It also measures the scrolling a person needs
to bring each tapped control into view, and notes any banner over a control about to be
tapped; the page itself reports every scroll movement and its layout shifts (a PerformanceObserver;
CLS leaves out shifts right after an input, as browsers define it, and
``shift_after_taps`` adds those up separately).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

import sqlalchemy as sa

from digital_family.access import accounts
from digital_family.base.models import Household, Member
from digital_family.base.permissions import load_actor
from digital_family.households import consent, edits
from tests.browser.conftest import ARTIFACTS
from tests.browser.journeys import demo_staff, session_for

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
            session, demo_staff(session), group_code="TDP01", code=f"TDP01-9{phone[-3:]}",
            address="Số 12 ngõ 5 Khương Đình")
        version = view.version
        for name, year, sex, occupation in FAMILY:
            version = edits.add_member(
                session, demo_staff(session), view.id, expected_version=version, full_name=name,
                birth_year=year, sex=sex, occupation=occupation).version
        user = accounts.create_user(session, demo_staff(session), phone=phone, password=JOURNEY_PASSWORD,
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


def expected_answers(with_new_person: bool = False) -> dict[str, dict]:
    expected = {}
    card = dict(ANSWERS, **({NEW_PERSON[0]: NEW_PERSON_ANSWERS} if with_new_person else {}))
    for name, answers in card.items():
        row = {"has_smartphone": False, "has_epayment": False, "vneid_level": 0,
               "learning_status": "none", "trader_cashless": False, "skills": []}
        for key, value in answers:
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


# Issue 19: the card also has a person to add (she answers two questions), and two of
# Trần Thị Lan's answers are given while the phone is offline.
NEW_PERSON = ("Phạm Thị Hoa", 1956, "female", "retired")
NEW_PERSON_ANSWERS = [("has_smartphone", True), ("skill", "messaging")]
OFFLINE_PERSON, OFFLINE_ANSWERS = "Trần Thị Lan", 2

# The taps the card needs, whatever the page: sign in, start, each answer, one step forward
# per person, "add a person" and its form's button, confirm. A page that needs one more
# (a control moved out of the way, a dialog to dismiss) is over this budget.
def card_taps() -> int:
    answers = sum(len(a) for a in ANSWERS.values()) + len(NEW_PERSON_ANSWERS)
    people = len(FAMILY) + 1
    return 1 + 1 + answers + people + 2 + 1


CARD_ENTRIES = 2 + 4  # phone and password; the new person's name, year, sex, occupation


class NotOnScreen(AssertionError):
    """The user looked for a control by its words and the screen did not offer it."""


# A fixed banner (the connection's, the page's notices) over the control about to be tapped.
COVERED = """
(el) => {
  const r = el.getBoundingClientRect();
  const over = [];
  for (const id of ['offline-banner', 'reconnected-banner', 'status-bar']) {
    for (const b of document.querySelectorAll(`[data-testid="${id}"]`)) {
      const q = b.getBoundingClientRect();
      const style = getComputedStyle(b);
      if (style.visibility === 'hidden' || style.opacity === '0' || q.height === 0) continue;
      if (q.left < r.right && r.left < q.right && q.top < r.bottom && r.top < q.bottom) {
        over.push(id);
      }
    }
  }
  return over;
}
"""


@dataclass
class User:
    """A person who acts only from the screen: each control is found by its role and the
    words on it (as the catalogue has them), and counted when activated. There is no
    shortcut: what the screen does not offer, the user cannot do (``NotOnScreen``), except
    going back to the family overview by its visible link and looking there."""

    page: object
    taps: int = 0
    value_taps: int = 0
    entries: int = 0
    reach_scroll: float = 0.0  # px scrolled to bring tapped controls into view
    covered: list = field(default_factory=list)  # taps a banner covered
    problems: list = field(default_factory=list)  # what the user saw that was wrong
    started: float = field(default_factory=time.monotonic)
    answering_from: float | None = None  # page time (ms) when answering began

    def find(self, role: str, name: str, within=None):
        """The one visible control ``role`` named ``name`` (scrolling allowed)."""
        scope = within if within is not None else self.page
        found = scope.get_by_role(role, name=name, exact=True).filter(visible=True)
        try:
            found.first.wait_for(state="visible", timeout=5_000)
        except Exception as exc:
            raise NotOnScreen(f"no {role} named {name!r} on the screen") from exc
        return found.first

    def offered(self, role: str, name: str, within=None) -> bool:
        scope = within if within is not None else self.page
        return scope.get_by_role(role, name=name, exact=True).filter(visible=True).count() > 0

    def tap(self, target, changes_value: bool = False) -> None:
        before = self.page.evaluate("window.scrollY")
        target.scroll_into_view_if_needed()
        self.reach_scroll += abs(self.page.evaluate("window.scrollY") - before)
        over = target.evaluate(COVERED)
        if over:
            self.covered.append({"tap": self.taps + 1, "by": over,
                                 "what": target.evaluate("(el) => el.innerText || "
                                                         "el.getAttribute('aria-label')")})
        target.click()
        self.taps += 1
        self.value_taps += int(changes_value)

    def tap_named(self, role: str, name: str, within=None, changes_value: bool = False):
        target = self.find(role, name, within)
        self.tap(target, changes_value)
        return target

    def type_into(self, label: str, text: str) -> None:
        self.page.get_by_label(label, exact=True).fill(text)
        self.entries += 1

    def choose(self, label: str, option: str) -> None:
        # a <select>'s accessible name also holds its chosen option: not exact
        self.page.get_by_label(label).select_option(label=option)
        self.entries += 1

    def check(self, what: str, assertion) -> None:
        """Something the user should see; a failure is kept (asserted at the end, after
        the figures are written)."""
        try:
            assertion()
        except AssertionError as exc:
            self.problems.append(f"{what}: {str(exc).splitlines()[0]}")

    def start_answering(self) -> None:
        """From here on, layout shifts count as "while answering"."""
        self.answering_from = self.page.evaluate("performance.now()")

    def figures(self, members: int) -> dict:
        height = self.page.viewport_size["height"]
        measured = self.page.evaluate("window.__journey")
        during = [s for s in measured["shifts"]
                  if self.answering_from is None or s["t"] >= self.answering_from]
        shifts = [s for s in during if not s["input"]]
        return {
            "members": members,
            "taps": self.taps,
            "value_taps": self.value_taps,
            "tap_budget": card_taps(),
            "entries": self.entries,
            "entry_budget": CARD_ENTRIES,
            "screens_scrolled": round(self.reach_scroll / height, 2),
            "screens_scrolled_all": round(measured["scrolled"] / height, 2),
            "scroll_budget": 3 * members,
            "seconds": round(time.monotonic() - self.started, 1),
            "cls_answering": round(_max_session_window(shifts), 4),
            "layout_shift_sum_answering": round(sum(s["v"] for s in shifts), 4),
            # what moved right after a tap (not in CLS, but felt "under the finger")
            "shift_after_taps": round(sum(s["v"] for s in during if s["input"]), 4),
            "covered_taps": len(self.covered),
            "problems": list(self.problems),
        }


def report(name: str, figures: dict) -> None:
    """Print the figures as JSON and keep them in test-artifacts/."""
    text = json.dumps(figures, ensure_ascii=False)
    print(f"\n{name}: {text}")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"{name}.json").write_text(text + "\n")
