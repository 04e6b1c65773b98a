from digital_family.base.formatting import format_int, format_percent


def test_thousands_use_dots():
    assert format_int(0) == "0"
    assert format_int(1234) == "1.234"
    assert format_int(1234567) == "1.234.567"


def test_percent_uses_a_decimal_comma_and_drops_trailing_zeros():
    assert format_percent(0.853) == "85,3%"
    assert format_percent(0.85) == "85%"
    assert format_percent(1.0) == "100%"
    assert format_percent(0.0) == "0%"
    assert format_percent(2 / 3) == "66,7%"
    assert format_percent(None) == "—"
