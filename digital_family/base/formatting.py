"""Numbers as Vietnamese readers write them (1.234 and 85,3%), and waiting times."""

from digital_family.base.i18n import t


def format_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def format_percent(value: float | None, digits: int = 1) -> str:
    """A fraction in [0, 1] as a percentage, or an em dash when there is none."""
    if value is None:
        return "—"
    text = f"{value * 100:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


def waiting_time(hours: int, lang: str) -> str:
    """How long something has waited, as people say it: "chờ 5 giờ", and from two days
    on "chờ 10 ngày" (not "chờ 238 giờ")."""
    if hours < 48:
        return t("help.waited_hours", lang, n=hours)
    return t("help.waited_days", lang, n=hours // 24)
