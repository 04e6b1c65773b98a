"""The validators: clean values in, Vietnamese ValidationError out, nothing else ever."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digital_family.base.codes import LEARNING_STATUSES, OCCUPATIONS, SEXES, SKILLS
from digital_family.base.validation import (
    ValidationError,
    format_skills,
    parse_bool,
    parse_learning_status,
    parse_occupation,
    parse_sex,
    parse_skills,
    parse_vneid_level,
    validate_address,
    validate_birth_year,
    validate_code,
    validate_full_name,
    validate_group_code,
    validate_household_code,
    validate_phone,
)

# Full names


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Nguyễn Văn An", "Nguyễn Văn An"),
        ("  Trần   Thị\tBình  ", "Trần Thị Bình"),
        ("Đặng Thu Hà", "Đặng Thu Hà"),
        ("Lê O'Neil-Smith Jr.", "Lê O'Neil-Smith Jr."),
        ("A", "A"),
    ],
)
def test_full_name_accepts_and_cleans(raw, clean):
    assert validate_full_name(raw) == clean


def test_full_name_is_nfc_normalised():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Thuỷ")
    assert decomposed != "Nguyễn Thị Thuỷ"
    assert validate_full_name(decomposed) == "Nguyễn Thị Thuỷ"


@pytest.mark.parametrize(
    "raw, message",
    [
        ("", "Hãy nhập họ và tên."),
        ("   ", "Hãy nhập họ và tên."),
        (None, "Hãy nhập họ và tên."),
        ("a" * 101, "Họ và tên dài quá 100 ký tự."),
        ("Nguyễn Văn 3", None),
        ("=HYPERLINK()", None),
        ("-Nam", "Họ và tên phải bắt đầu bằng một chữ cái."),
    ],
)
def test_full_name_rejects(raw, message):
    with pytest.raises(ValidationError) as info:
        validate_full_name(raw)
    assert info.value.field == "full_name"
    if message:
        assert info.value.message == message
        assert str(info.value) == message


def test_full_name_of_exactly_100_characters():
    assert validate_full_name("ă" * 100) == "ă" * 100


# Birth years


@pytest.mark.parametrize("raw", [1980, "1980", " 1980 ", 1980.0, "1900", 2026])
def test_birth_year_accepts(raw):
    assert validate_birth_year(raw, current_year=2026) in (1980, 1900, 2026)


@pytest.mark.parametrize("raw", [1899, 2027, "1899", "2027", 0])
def test_birth_year_out_of_range_message(raw):
    with pytest.raises(ValidationError) as info:
        validate_birth_year(raw, current_year=2026)
    assert info.value.message == "Năm sinh phải từ 1900 đến 2026."
    assert info.value.field == "birth_year"


@pytest.mark.parametrize("raw", ["năm 1980", "1980.5", 1980.5, True, "19 80", "", None, "١٩٨٠"])
def test_birth_year_rejects_non_years(raw):
    with pytest.raises(ValidationError):
        validate_birth_year(raw, current_year=2026)


def test_birth_year_defaults_to_this_year():
    from datetime import date

    this_year = date.today().year
    assert validate_birth_year(this_year) == this_year
    with pytest.raises(ValidationError):
        validate_birth_year(this_year + 1)


# Phones


@pytest.mark.parametrize(
    "raw",
    ["0912345678", "091 234 5678", "0912.345.678", "0912-345-678", "+84912345678", "+84 912 345 678", "84912345678"],
)
def test_phone_normalises(raw):
    assert validate_phone(raw) == "0912345678"


@pytest.mark.parametrize(
    "raw", ["", "091234567", "09123456789", "0212345678", "abc", "+1 912 345 678", "0912345678x", "０９１２３４５６７８"]
)
def test_phone_rejects(raw):
    with pytest.raises(ValidationError) as info:
        validate_phone(raw)
    assert info.value.field == "phone"


# Codes


def test_codes_are_upper_cased_and_limited():
    assert validate_code(" tdp01 ") == "TDP01"
    assert validate_household_code("tdp01-0001_a") == "TDP01-0001_A"
    assert validate_group_code("G" * 20) == "G" * 20
    with pytest.raises(ValidationError):
        validate_group_code("G" * 21)
    assert validate_household_code("H" * 30) == "H" * 30
    with pytest.raises(ValidationError):
        validate_household_code("H" * 31)


@pytest.mark.parametrize("raw", ["", "TDP 01", "TDP/01", "TĐP01", "-TDP", "ı", "ß"])
def test_codes_reject(raw):
    with pytest.raises(ValidationError):
        validate_code(raw)


# Addresses


def test_address():
    assert validate_address("  Ngõ 12  Khương Đình, số 34 ") == "Ngõ 12 Khương Đình, số 34"
    assert validate_address("") == ""
    with pytest.raises(ValidationError):
        validate_address("", required=True)
    for bad in ("=cmd|'/c calc'!A1", "+1", "@SUM(A1)", "a" * 201, "Ngõ\x00 1"):
        with pytest.raises(ValidationError):
            validate_address(bad)


# Yes / no


@pytest.mark.parametrize(
    "raw", ["1", "true", "TRUE", " yes ", "Có", "CÓ", "co", 1, 1.0, True, unicodedata.normalize("NFD", "có")]
)
def test_parse_bool_true(raw):
    assert parse_bool(raw) is True


@pytest.mark.parametrize("raw", ["0", "false", "No", "không", "KHÔNG", "khong", 0, 0.0, False])
def test_parse_bool_false(raw):
    assert parse_bool(raw) is False


@pytest.mark.parametrize("raw", ["", None, "2", "maybe", 2, "có không"])
def test_parse_bool_rejects(raw):
    with pytest.raises(ValidationError) as info:
        parse_bool(raw, field="has_smartphone")
    assert info.value.field == "has_smartphone"
    assert info.value.message == "Hãy ghi 1 (có) hoặc 0 (không)."


def test_parse_bool_blank_default():
    assert parse_bool("", default=False) is False
    assert parse_bool(None, default=True) is True
    assert parse_bool("1", default=False) is True


# Coded values


def test_coded_values_accept_codes_and_labels():
    assert [parse_sex(s) for s in SEXES] == list(SEXES)
    assert parse_sex("Nữ") == "female"
    assert parse_sex("nu") == "female"
    assert parse_sex(" NAM ") == "male"
    assert [parse_occupation(o.upper()) for o in OCCUPATIONS] == list(OCCUPATIONS)
    assert parse_occupation("Nghỉ hưu") == "retired"
    assert [parse_learning_status(s) for s in LEARNING_STATUSES] == list(LEARNING_STATUSES)
    assert parse_learning_status("Đang học") == "enrolled"
    assert [parse_vneid_level(v) for v in (0, 1, 2, "0", "1", "2", 2.0, "Mức 2")] == [0, 1, 2, 0, 1, 2, 2, 2]


@pytest.mark.parametrize(
    "parse, raw",
    [
        (parse_sex, "m"),
        (parse_sex, ""),
        (parse_occupation, "farmer"),
        (parse_learning_status, "done"),
        (parse_vneid_level, 3),
        (parse_vneid_level, "1.5"),
        (parse_vneid_level, True),
        (parse_vneid_level, ""),
    ],
)
def test_coded_values_reject(parse, raw):
    with pytest.raises(ValidationError):
        parse(raw)


def test_skills():
    assert parse_skills("") == frozenset()
    assert parse_skills(None) == frozenset()
    assert parse_skills("messaging; SMARTPHONE_USE;;") == {"messaging", "smartphone_use"}
    assert parse_skills(["ecommerce", "vneid_app"]) == {"ecommerce", "vneid_app"}
    assert parse_skills(";".join(SKILLS)) == set(SKILLS)
    with pytest.raises(ValidationError) as info:
        parse_skills("messaging;cooking")
    assert "cooking" in info.value.message
    assert info.value.field == "skills"


def test_format_skills_uses_the_skills_order():
    assert format_skills({"ecommerce", "smartphone_use", "messaging"}) == "smartphone_use;messaging;ecommerce"
    assert format_skills(()) == ""


# Anything at all: a valid value or a ValidationError, never another exception.

anything = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.text(alphabet="0123456789 +.-()84", max_size=16),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz_;ABC ", max_size=60),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.lists(st.text(max_size=20), max_size=4),
)

VALIDATORS = [
    (validate_full_name, lambda v: isinstance(v, str) and 1 <= len(v) <= 100 and validate_full_name(v) == v),
    (
        lambda v: validate_birth_year(v, current_year=2026),
        lambda v: isinstance(v, int) and 1900 <= v <= 2026,
    ),
    (validate_phone, lambda v: len(v) == 10 and v.isdigit() and v.startswith("0") and validate_phone(v) == v),
    (validate_group_code, lambda v: 1 <= len(v) <= 20 and v == v.upper() and validate_group_code(v) == v),
    (validate_household_code, lambda v: 1 <= len(v) <= 30 and validate_household_code(v) == v),
    (validate_address, lambda v: isinstance(v, str) and len(v) <= 200 and validate_address(v) == v),
    (parse_bool, lambda v: v in (True, False)),
    (parse_sex, lambda v: v in SEXES),
    (parse_occupation, lambda v: v in OCCUPATIONS),
    (parse_learning_status, lambda v: v in LEARNING_STATUSES),
    (parse_vneid_level, lambda v: v in (0, 1, 2)),
    (parse_skills, lambda v: isinstance(v, frozenset) and v <= set(SKILLS)),
]


@pytest.mark.parametrize("validate, is_valid", VALIDATORS, ids=lambda f: getattr(f, "__name__", ""))
@settings(max_examples=100, deadline=None)
@given(value=anything)
def test_validators_never_raise_anything_else(validate, is_valid, value):
    try:
        result = validate(value)
    except ValidationError as exc:
        assert exc.message and isinstance(exc.message, str)
        assert exc.field
    else:
        assert is_valid(result), result


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệốồổỗộớờởỡợứừửữự ĐĂ'-.", min_size=1, max_size=120))
def test_full_name_of_vietnamese_letters(raw):
    try:
        name = validate_full_name(raw)
    except ValidationError:
        cleaned = " ".join(raw.split())
        assert not cleaned or len(cleaned) > 100 or not cleaned[0].isalpha()
    else:
        assert name == " ".join(raw.split())
