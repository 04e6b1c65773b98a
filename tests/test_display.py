from digital_family import display
from digital_family.indicators import Completion, IndicatorResult, ScopeReport


def _result(code="adult_smartphone", numerator=17, denominator=20, target=0.85, met=True):
    value = numerator / denominator if denominator else None
    return IndicatorResult(code, numerator, denominator, value, target, met)


def test_a_met_indicator_card():
    card = display.indicator_card(_result())
    assert card["value"] == "85%"
    assert card["people"] == "17 / 20 người"
    assert card["target"] == "Mục tiêu 85%"
    assert (card["status"], card["status_label"]) == ("met", "Đạt")
    assert card["bar"] == "85.0%" and card["target_mark"] == "85.0%"


def test_unmet_empty_and_untargeted_cards():
    assert display.indicator_card(_result(numerator=1, met=False))["status_label"] == "Chưa đạt"
    empty = display.indicator_card(_result(numerator=0, denominator=0, met=None))
    assert (empty["value"], empty["status_label"], empty["bar"]) == ("—", "Chưa có số liệu", "0%")
    free = display.indicator_card(_result(code="trader_cashless", target=None, met=None))
    assert free["target"] == "Không đặt mục tiêu" and free["target_mark"] == ""


def test_english_cards():
    card = display.indicator_card(_result(), "en")
    assert card["people"] == "17 / 20 people"
    households = display.indicator_card(_result(code="household_learning"))
    assert households["people"] == "17 / 20 hộ"
    assert card["label"] == "Adults with a smartphone" and card["status_label"] == "Met"


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
