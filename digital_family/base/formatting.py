"""Numbers as Vietnamese readers write them (1.234 and 85,3%)."""


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
