from digital_family.base.i18n import CATALOGUES
from digital_family.campaign import display
from digital_family.ward.indicators import Completion, IndicatorResult, ScopeReport


def _result(code="adult_smartphone", numerator=17, denominator=20, target=0.85, met=True):
    value = numerator / denominator if denominator else None
    return IndicatorResult(code, numerator, denominator, value, target, met)


def test_a_met_indicator_card():
    card = display.indicator_card(_result())
    assert (card["value"], card["numerator"], card["denominator"]) == ("85%", "17", "20")
    assert card["target"] == "85%"
    assert (card["status"], card["status_key"]) == ("met", "status.met")
    assert card["bar"] == "85.0%" and card["target_mark"] == "85.0%"
    assert card["unit_key"] == "unit.people"


def test_unmet_empty_and_untargeted_cards():
    assert display.indicator_card(_result(numerator=1, met=False))["status"] == "unmet"
    empty = display.indicator_card(_result(numerator=0, denominator=0, met=None))
    assert (empty["value"], empty["status"], empty["bar"]) == ("—", "no_data", "0%")
    free = display.indicator_card(_result(code="trader_cashless", target=None, met=None))
    assert (free["target"], free["target_mark"], free["status"]) == ("", "", "no_target")
    assert display.indicator_card(_result(code="household_learning"))["unit_key"] == "unit.households"


def test_every_key_a_card_names_is_in_the_catalogues():
    cards = [display.indicator_card(_result(met=m)) for m in (True, False)]
    cards.append(display.indicator_card(_result(numerator=0, denominator=0, met=None)))
    cards.append(display.indicator_card(_result(code="trader_cashless", target=None, met=None)))
    for card in cards:
        for key in (card["label_key"], card["unit_key"], card["status_key"]):
            assert all(key in catalogue for catalogue in CATALOGUES.values()), key


def test_trader_figures_are_split_from_the_targets():
    report = ScopeReport(
        scope="ward",
        reference_year=2026,
        indicators=(_result(), _result(code="trader_ecommerce", target=None, met=None)),
        completion=Completion(households=1200, members=4100, confirmed=900, confirmed_recent=700),
    )
    targets, traders = display.indicator_cards(report)
    assert [c["code"] for c in targets] == ["adult_smartphone"]
    assert [c["code"] for c in traders] == ["trader_ecommerce"]
    figures = display.completion_figures(report)
    assert [(f["key"], f["value"]) for f in figures] == [
        ("households", "1.200"), ("members", "4.100"), ("confirmed", "900"),
        ("confirmed_recent", "700"),
    ]
