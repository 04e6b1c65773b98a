"""Indicator reports turned into the plain strings a screen shows (no Reflex here)."""

from digital_family.formatting import format_int, format_percent
from digital_family.i18n import t

TRADER_CODES = ("trader_ecommerce", "trader_cashless", "trader_digital_savings")


def _status(result) -> str:
    if result.target is None:
        return "no_target"
    if result.value is None:
        return "no_data"
    return "met" if result.met else "unmet"


def _bar_width(value: float | None) -> str:
    return f"{round((value or 0) * 100, 1)}%"


def indicator_card(result, lang: str = "vi") -> dict[str, str]:
    """One indicator as the strings its card shows."""
    status = _status(result)
    return {
        "code": result.code,
        "label": t(f"indicator.{result.code}", lang),
        "value": format_percent(result.value),
        "people": t(
            "overview.people",
            lang,
            numerator=format_int(result.numerator),
            denominator=format_int(result.denominator),
            unit=t("unit.households" if result.code == "household_learning" else "unit.people", lang),
        ),
        "target": (
            t("overview.target", lang, target=format_percent(result.target))
            if result.target is not None
            else t("overview.no_target", lang)
        ),
        "status": status,
        "status_label": t(f"status.{status}", lang),
        "bar": _bar_width(result.value),
        "target_mark": _bar_width(result.target) if result.target is not None else "",
    }


def indicator_cards(report, lang: str = "vi") -> tuple[list[dict], list[dict]]:
    """The report's cards: (targets, small-trader 4T figures)."""
    main, traders = [], []
    for result in report.indicators:
        (traders if result.code in TRADER_CODES else main).append(indicator_card(result, lang))
    return main, traders


def completion_figures(report, lang: str = "vi") -> list[dict[str, str]]:
    c = report.completion
    return [
        {"key": key, "label": t(f"completion.{key}", lang), "value": format_int(getattr(c, key))}
        for key in ("households", "members", "confirmed", "confirmed_recent")
    ]
