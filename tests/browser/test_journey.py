"""The resident's whole journey, as a person finds her way through it (issues 8 and 19).

A 4-member household, every answer "no" to start with, and a card of what to change:
twenty answers across the four people, two of them given while the phone is offline,
and a fifth person to add, who answers two questions. The user (``budget.User``) finds
every control by its role and its words, taps only what the screen offers, and counts
what the page made her activate; the budget comes from the card alone
(``budget.card_taps``), so a page that needs one more tap fails it.

Prints the figures as JSON (and writes test-artifacts/journey.json).
"""

import pytest
from playwright.sync_api import expect

from digital_family.base.i18n import t
from tests.browser.budget import (
    ANSWERS,
    FAMILY,
    INSTRUMENT,
    JOURNEY_PASSWORD,
    NEW_PERSON,
    NEW_PERSON_ANSWERS,
    OFFLINE_ANSWERS,
    OFFLINE_PERSON,
    User,
    create_family,
    expected_answers,
    family_answers,
    report,
)
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import assert_accessible

JOURNEY_PHONE = "0987650001"
QUESTIONS = {"has_smartphone": "member.smartphone", "has_epayment": "member.epayment",
             "vneid_level": "member.vneid", "learning_status": "member.learning"}
# Chromium logs the failed reconnection attempts of the offline stretch
OFFLINE_CONSOLE = (r"WebSocket connection to .* failed", r"net::ERR_INTERNET_DISCONNECTED",
                   r"Failed to load resource")


def _option(key: str, value) -> str:
    if key == "vneid_level":
        return t(f"vneid.{value}")
    if key == "learning_status":
        return t(f"learning.{value}")
    return t("common.yes") if value else t("common.no")


def _answer(user: User, step, key: str, value, online: bool = True) -> None:
    """One answer from the card: the question found by its words, the choice tapped,
    then the page's word that it is kept (saved, or waiting on the phone)."""
    if key in QUESTIONS:
        group = user.find("group", t(QUESTIONS[key]), step)
        target = user.tap_named("button", _option(key, value), group, changes_value=True)
        expect(target).to_have_attribute("aria-pressed", "true")
        mark = f"saved-{key}"
    else:
        label = t(f"skill.{value}") if key == "skill" else t(f"trader.{key}")
        target = user.tap_named("checkbox", label, step, changes_value=True)
        expect(target).to_have_attribute("aria-checked", "true")
        mark = f"saved-skill.{value}" if key == "skill" else f"saved-{key}"
    expect(step.get_by_test_id(mark)).to_contain_text(
        t("save.saved") if online else t("save.offline"))


def _person(user: User, page, name: str, number: int, total: int, answers,
            then: str = "next") -> None:
    """One person's answers from the card, then on: to the next person, or (``then`` is
    "review") to the last step, by its link where the screen offers one, else person
    after person."""
    step = page.get_by_test_id("member-step")
    expect(step).to_have_attribute("data-member", name)
    expect(step.get_by_test_id("step-position")).to_have_text(
        f"{t('step.person')} {number}/{total}")
    # the person's name is at the top of the screen
    top = page.get_by_test_id("step-name").bounding_box()["y"]
    assert 0 <= top < 120, f"{name}'s name is {top:.0f} px from the top"
    offline = name == OFFLINE_PERSON
    for index, (key, value) in enumerate(answers):
        if offline and index == 0:
            page.context.set_offline(True)
            expect(page.get_by_test_id("offline-banner")).to_be_visible()
        _answer(user, step, key, value, online=not (offline and index < OFFLINE_ANSWERS))
        if offline and index == OFFLINE_ANSWERS - 1:
            page.context.set_offline(False)
            back = page.get_by_test_id("reconnected-banner")
            sent = t("offline.sent", n=OFFLINE_ANSWERS)
            user.check("the back-online notice counts every change sent",
                       lambda back=back, sent=sent: expect(back).to_contain_text(
                           sent, timeout=20_000))
            for key_, _ in answers[:OFFLINE_ANSWERS]:
                mark = step.get_by_test_id(f"saved-{key_}")
                user.check(f"the answer {key_} given offline says it is saved, and stays",
                           lambda mark=mark: expect(mark).to_contain_text(
                               t("save.saved"), timeout=20_000))
            # still there to be read once every answer says "saved" (it goes with the
            # next tap, not with a clock)
            user.check("the back-online notice stays until the next tap",
                       lambda back=back: expect(back).to_be_visible(timeout=1_000))
    main = page.locator("main")
    if then == "next":
        user.tap_named("link", t("step.next"), main)
        return
    while not user.offered("link", t("step.review"), main):
        shown = step.get_attribute("data-member")
        user.tap_named("link", t("step.next"), main)
        expect(step).not_to_have_attribute("data-member", shown)
    user.tap_named("link", t("step.review"), main)


@pytest.mark.allow_console(*OFFLINE_CONSOLE)
def test_a_family_of_four_is_updated_within_budget(page, app_server):
    household_id = create_family(app_server, JOURNEY_PHONE)
    page.add_init_script(INSTRUMENT)
    user = User(page)
    main = page.locator("main")

    page.goto("/dang-nhap")
    wait_hydrated(page, "sign-in-form")
    user.type_into(t("auth.phone"), JOURNEY_PHONE)
    user.type_into(t("auth.password"), JOURNEY_PASSWORD)
    user.tap_named("button", t("auth.sign_in"), main)
    wait_hydrated(page, "family-overview")
    user.start_answering()
    user.tap_named("link", t("step.start"), main)

    for number, (name, *_) in enumerate(FAMILY, start=1):
        _person(user, page, name, number, len(FAMILY), ANSWERS[name],
                then="review" if number == len(FAMILY) else "next")

    # The last step: is anyone missing? The card says yes. Where the screen offers no
    # way to add a person, the user goes back to the family by its link and looks there.
    review = page.get_by_test_id("review-step")
    expect(review).to_be_visible()
    if not user.offered("button", t("member.add"), main):
        user.tap_named("link", t("step.family"), main)
    user.tap_named("button", t("member.add"), main)
    form = page.get_by_test_id("add-member-form")
    new_name, new_year, new_sex, new_occupation = NEW_PERSON
    user.type_into(t("member.full_name"), new_name)
    user.type_into(t("member.birth_year"), str(new_year))
    user.choose(t("member.sex"), t(f"sex.{new_sex}"))
    user.choose(t("member.occupation"), t(f"occupation.{new_occupation}"))
    user.tap_named("button", t("member.add"), form)
    total = len(FAMILY) + 1
    # the family is listed oldest first: she comes after those born before her
    position = 1 + sum(year <= new_year for _, year, *_ in FAMILY)
    _person(user, page, new_name, position, total, NEW_PERSON_ANSWERS, then="review")

    # The review lists everyone, each skill by its name, nobody "not looked at"
    expect(review).to_be_visible()
    card = dict(ANSWERS, **{new_name: NEW_PERSON_ANSWERS})
    for name, answers in card.items():
        person = review.locator(f"[data-member='{name}']")
        expect(person).to_be_visible()
        for key, value in answers:
            if key == "skill":
                user.check(f"the review names {name}'s skill {value}",
                           lambda person=person, value=value: expect(person).to_contain_text(
                               t(f"skill.{value}"), timeout=1_000))
    expect(review).not_to_contain_text(t("step.not_checked_yet"))
    user.tap_named("button", t("household.confirm"), main)
    expect(review.get_by_test_id("confirmed-on")).to_contain_text(t("household.confirmed_full"))
    user.check("success that cannot be missed",
               lambda: expect(review.get_by_test_id("confirmed-success")).to_be_visible(
                   timeout=1_000))

    figures = user.figures(members=total)
    report("journey", figures)
    assert family_answers(app_server, household_id) == expected_answers(with_new_person=True)
    assert figures["problems"] == []
    assert user.covered == [], "a banner covered what she had to tap next"
    assert figures["value_taps"] == sum(len(a) for a in card.values())
    assert figures["taps"] <= figures["tap_budget"], figures
    assert figures["entries"] <= figures["entry_budget"], figures
    assert figures["screens_scrolled"] <= figures["scroll_budget"]
    assert figures["cls_answering"] < 0.05


def _sign_in(page, phone: str) -> None:
    page.goto("/dang-nhap")
    wait_hydrated(page, "sign-in-form")
    page.get_by_label(t("auth.phone"), exact=True).fill(phone)
    page.get_by_label(t("auth.password"), exact=True).fill(JOURNEY_PASSWORD)
    page.locator("main").get_by_role("button", name=t("auth.sign_in"), exact=True).click()
    wait_hydrated(page, "family-overview")


def test_every_step_looks_right_at_phone_size(page, app_server):
    """Each step and state the journey visits: axe finds nothing, and a screenshot."""
    create_family(app_server, "0987650004")
    page.goto("/dang-nhap")
    wait_hydrated(page, "sign-in-form")
    # the password can be shown while typing it, and hidden again
    password = page.get_by_label(t("auth.password"), exact=True)
    password.fill(JOURNEY_PASSWORD)
    page.get_by_label(t("auth.show_password")).check()
    expect(password).to_have_attribute("type", "text")
    assert_accessible(page)
    screenshot(page, "sign-in-show-password-phone")
    page.get_by_label(t("auth.show_password")).uncheck()
    expect(password).to_have_attribute("type", "password")
    _sign_in(page, "0987650004")

    expect(page.get_by_test_id("family-member")).to_have_count(4)
    expect(page.get_by_test_id("family-member").first).to_contain_text(t("step.not_done"))
    # the header's buttons say what they do
    header = page.locator("header")
    for word in (t("nav.home"), t("auth.sign_out"), t("lang.other")):
        expect(header.get_by_text(word, exact=True)).to_be_visible()
    assert_accessible(page)
    screenshot(page, "household-overview-phone")

    page.get_by_test_id("step-start").click()
    step = page.get_by_test_id("member-step")
    expect(step.get_by_test_id("step-position")).to_have_text("Người 1/4")
    # a member's questions fit in about two screens
    assert page.evaluate("document.documentElement.scrollHeight") < 2.6 * 844
    # the account and the skill of paying by phone are told apart
    expect(step.get_by_test_id("has_epayment-control")).to_contain_text(
        t("member.epayment.help"))
    # an answer: "saved" beside it, and it stays
    step.get_by_role("group", name=t("member.smartphone")).get_by_role(
        "button", name=t("common.yes"), exact=True).click()
    expect(step.get_by_test_id("saved-has_smartphone")).to_contain_text(t("save.saved"))
    page.wait_for_timeout(3_500)  # longer than the old mark lasted (not a timing check)
    expect(step.get_by_test_id("saved-has_smartphone")).to_contain_text(t("save.saved"))
    assert_accessible(page)
    screenshot(page, "household-step-phone")

    # the family is one tap away, in words; the person just answered is shown as done
    step.get_by_role("link", name=t("step.family"), exact=True).first.click()
    first = page.get_by_test_id("family-member").first
    expect(first).to_contain_text(t("step.done"))
    screenshot(page, "household-overview-answered-phone")
    first.click()
    step = page.get_by_test_id("member-step")
    step.get_by_role("button", name=t("member.edit")).click()
    expect(step.get_by_label(t("member.birth_year"))).to_have_value("1951")
    assert_accessible(page)
    screenshot(page, "household-step-edit-phone")
    step.get_by_role("button", name=t("common.cancel")).click()

    step.get_by_test_id("step-next").click()
    expect(page.get_by_test_id("step-position")).to_have_text("Người 2/4")
    # the review is one tap away from every person before the last
    expect(page.get_by_test_id("step-to-review")).to_be_visible()
    screenshot(page, "household-step-2-phone")
    page.get_by_test_id("step-to-review").click()
    review = page.get_by_test_id("review-step")
    expect(review).to_contain_text(t("review.skills_none"))
    expect(review).to_contain_text(t("review.skills_short", n=5))
    expect(review).to_contain_text(t("words.vneid.0"))
    expect(review.get_by_test_id("missing-person")).to_contain_text(t("step.missing_title"))
    assert_accessible(page)
    screenshot(page, "household-review-step-phone")
    review.get_by_test_id("confirm-household").click()
    success = review.get_by_test_id("confirmed-success")
    expect(success).to_contain_text(t("household.confirmed_title"))
    expect(review.get_by_test_id("confirm-household")).to_contain_text(
        t("household.confirmed_done"))
    assert_accessible(page)
    success.scroll_into_view_if_needed()
    screenshot(page, "household-confirmed-phone")

    review.get_by_role("button", name=t("member.add")).click()
    expect(review.get_by_test_id("add-member-form")).to_be_visible()
    review.get_by_test_id("add-member-form").scroll_into_view_if_needed()
    assert_accessible(page)
    screenshot(page, "household-review-add-person-phone")

    page.locator("main").get_by_role("link", name=t("step.family"), exact=True).last.click()
    overview = page.get_by_test_id("family-overview")
    expect(overview.get_by_test_id("confirmed-on")).to_contain_text(
        t("household.confirmed_full"))
    expect(page.get_by_test_id("family-member").first).to_contain_text(t("step.confirmed"))
    assert_accessible(page)
    screenshot(page, "household-overview-confirmed-phone")
