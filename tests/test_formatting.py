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


def test_a_long_wait_is_said_in_days():
    from digital_family.base.formatting import waiting_time

    assert waiting_time(5, "vi") == "chờ 5 giờ"
    assert waiting_time(47, "vi") == "chờ 47 giờ"
    assert waiting_time(238, "vi") == "chờ 9 ngày"
    assert waiting_time(238, "en") == "waiting 9 days"
