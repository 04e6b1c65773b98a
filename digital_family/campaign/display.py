"""Indicator reports turned into the plain values a screen shows (no Reflex here).

Numbers are formatted here; words are catalogue keys, so the page shows them in
the reader's language.
"""

from digital_family.base.formatting import format_int, format_percent
from digital_family.ward.indicators import IndicatorResult, ScopeReport

TRADER_CODES = ("trader_ecommerce", "trader_cashless", "trader_digital_savings")


def _status(result: IndicatorResult) -> str:
    if result.target is None:
        return "no_target"
    if result.value is None:
        return "no_data"
    return "met" if result.met else "unmet"


def _bar_width(value: float | None) -> str:
    return f"{round((value or 0) * 100, 1)}%"


def indicator_card(result: IndicatorResult) -> dict[str, str]:
    """One indicator as the values its card shows."""
    status = _status(result)
    return {
        "code": result.code,
        "label_key": f"indicator.{result.code}",
        "value": format_percent(result.value),
        "numerator": format_int(result.numerator),
        "denominator": format_int(result.denominator),
        "unit_key": "unit.households" if result.code == "household_learning" else "unit.people",
        "target": format_percent(result.target) if result.target is not None else "",
        "status": status,
        "status_key": f"status.{status}",
        "bar": _bar_width(result.value),
        "target_mark": _bar_width(result.target) if result.target is not None else "",
    }


def indicator_cards(report: ScopeReport
                    ) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The report's cards: (targets, small-trader 4T figures)."""
    main: list[dict[str, str]] = []
    traders: list[dict[str, str]] = []
    for result in report.indicators:
        (traders if result.code in TRADER_CODES else main).append(indicator_card(result))
    return main, traders


def completion_figures(report: ScopeReport) -> list[dict[str, str]]:
    c = report.completion
    return [
        {"key": key, "label_key": f"completion.{key}", "value": format_int(getattr(c, key))}
        for key in ("households", "members", "confirmed", "confirmed_recent")
    ]


def field_label_key(field: str) -> str:
    """The catalogue key naming a member column (``skill_*``, ``vneid_level``, 4T flags…)."""
    if field.startswith("skill_"):
        return "skill." + field.removeprefix("skill_")
    return {"vneid_level": "help.achieved.vneid", "has_smartphone": "member.smartphone",
            "has_epayment": "member.epayment"}.get(field, f"trader.{field}")
