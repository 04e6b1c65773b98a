"""Validators for what people type or upload, shared by the register import, the CLI
and the web forms.

Each validator takes the raw value (usually text; numbers and booleans as a
spreadsheet gives them are accepted too) and returns the clean stored value, or
raises ``ValidationError(field, message)`` whose message is plain Vietnamese that
can be shown as is. No validator raises anything else, whatever it is given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from digital_family.codes import (
    LEARNING_LABELS,
    LEARNING_STATUSES,
    OCCUPATION_LABELS,
    OCCUPATIONS,
    SEX_LABELS,
    SEXES,
    SKILLS,
    VNEID_LABELS,
    VNEID_LEVELS,
)
from digital_family.clock import vietnam_year
from digital_family.models import MIN_BIRTH_YEAR

FULL_NAME_MAX = 100
ADDRESS_MAX = 200
GROUP_CODE_MAX = 20
HOUSEHOLD_CODE_MAX = 30
SKILL_SEPARATOR = ";"


class ValidationError(ValueError):
    """A value people gave is not acceptable; ``message`` says why, in Vietnamese."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        return self.message


# Helpers


def clean_text(value) -> str:
    """Text as people meant it: NFC-normalised, trimmed, inner whitespace collapsed.

    Numbers from a spreadsheet become their usual text (1980.0 -> "1980"); None is "".
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "1" if value else "0"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    return " ".join(unicodedata.normalize("NFC", text).split())


def _key(value) -> str:
    """Text for matching against a list of accepted words (case-insensitive)."""
    return clean_text(value).casefold()


def _fold_accents(text: str) -> str:
    """``text`` without Vietnamese diacritics ("không" -> "khong", "đ" -> "d")."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _lookup(field: str, value, table: dict[str, object], message: str):
    key = _key(value)
    if key in table:
        return table[key]
    folded = _fold_accents(key)
    if folded in table:
        return table[folded]
    raise ValidationError(field, message)


def _choices(codes, labels: dict) -> dict[str, object]:
    """Codes and their Vietnamese labels (with and without diacritics) -> code."""
    table: dict[str, object] = {}
    for code in codes:
        table[str(code).casefold()] = code
        label = labels[code].casefold()
        table.setdefault(label, code)
        table.setdefault(_fold_accents(label), code)
    return table


# Names, addresses, phones, codes

_NAME_PUNCTUATION = frozenset(" '’-.")
# Characters that make a spreadsheet cell a formula.
_FORMULA_START = ("=", "+", "-", "@")


def validate_full_name(value, *, field: str = "full_name") -> str:
    """A person's full name: letters (Vietnamese diacritics included), spaces, ' - .

    Returns the name trimmed, with single spaces, in Unicode NFC form.
    """
    name = clean_text(value)
    if not name:
        raise ValidationError(field, "Hãy nhập họ và tên.")
    if len(name) > FULL_NAME_MAX:
        raise ValidationError(field, f"Họ và tên dài quá {FULL_NAME_MAX} ký tự.")
    if any(not (ch.isalpha() or ch in _NAME_PUNCTUATION) for ch in name):
        raise ValidationError(
            field, "Họ và tên chỉ gồm chữ cái, dấu cách, dấu nháy ('), gạch nối (-) và dấu chấm."
        )
    if not name[0].isalpha():
        raise ValidationError(field, "Họ và tên phải bắt đầu bằng một chữ cái.")
    return name


def validate_address(value, *, field: str = "address", required: bool = False) -> str:
    """A household's address: up to 200 characters of ordinary text (may be empty)."""
    address = clean_text(value)
    if not address:
        if required:
            raise ValidationError(field, "Hãy nhập địa chỉ.")
        return ""
    if len(address) > ADDRESS_MAX:
        raise ValidationError(field, f"Địa chỉ dài quá {ADDRESS_MAX} ký tự.")
    if address.startswith(_FORMULA_START):
        raise ValidationError(field, "Địa chỉ không được bắt đầu bằng =, +, - hoặc @.")
    if any(unicodedata.category(ch).startswith("C") for ch in address):
        raise ValidationError(field, "Địa chỉ có ký tự không hợp lệ.")
    return address


_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
_MOBILE = re.compile(r"0[35789][0-9]{8}")


def validate_phone(value, *, field: str = "phone") -> str:
    """A Vietnamese mobile number, returned as ten digits starting with 0.

    Accepts 0xxxxxxxxx, +84xxxxxxxxx and 84xxxxxxxxx, with spaces, dots or dashes.
    """
    text = _PHONE_SEPARATORS.sub("", clean_text(value))
    if not text:
        raise ValidationError(field, "Hãy nhập số điện thoại.")
    if text.startswith("+84"):
        text = "0" + text[3:]
    elif text.startswith("84") and len(text) == 11:
        text = "0" + text[2:]
    if not _MOBILE.fullmatch(text):
        raise ValidationError(
            field, "Số điện thoại di động phải có 10 chữ số và bắt đầu bằng 03, 05, 07, 08 hoặc 09."
        )
    return text


_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def validate_code(value, *, field: str = "code", max_length: int = GROUP_CODE_MAX) -> str:
    """A group or household code: letters A–Z, digits, - and _, returned upper-case."""
    code = clean_text(value)
    if not code:
        raise ValidationError(field, "Hãy nhập mã.")
    if len(code) > max_length:
        raise ValidationError(field, f"Mã dài quá {max_length} ký tự.")
    if not _CODE.fullmatch(code) or not code.isascii():
        raise ValidationError(
            field,
            "Mã chỉ gồm chữ cái không dấu, chữ số, gạch nối (-) và gạch dưới (_), "
            "bắt đầu bằng chữ cái hoặc chữ số.",
        )
    return code.upper()


def validate_group_code(value, *, field: str = "group_code") -> str:
    return validate_code(value, field=field, max_length=GROUP_CODE_MAX)


def validate_household_code(value, *, field: str = "household_code") -> str:
    return validate_code(value, field=field, max_length=HOUSEHOLD_CODE_MAX)


# Numbers and yes/no

_YEAR = re.compile(r"[0-9]{1,4}")


def validate_birth_year(value, *, current_year: int | None = None, field: str = "birth_year") -> int:
    """A birth year from 1900 to the current year (an int, or text such as "1980")."""
    if current_year is None:
        current_year = vietnam_year()
    if isinstance(value, bool):
        year = None
    elif isinstance(value, int):
        year = value
    elif isinstance(value, float):
        year = int(value) if value.is_integer() else None
    else:
        text = clean_text(value)
        year = int(text) if _YEAR.fullmatch(text) else None
    if year is None:
        if clean_text(value) == "":
            raise ValidationError(field, "Hãy nhập năm sinh.")
        raise ValidationError(field, "Năm sinh phải là một năm, ví dụ 1980.")
    if not MIN_BIRTH_YEAR <= year <= current_year:
        raise ValidationError(field, f"Năm sinh phải từ {MIN_BIRTH_YEAR} đến {current_year}.")
    return year


_TRUE_WORDS = ("1", "true", "yes", "có", "co")
_FALSE_WORDS = ("0", "false", "no", "không", "khong")
_BOOLS = {**{w: True for w in _TRUE_WORDS}, **{w: False for w in _FALSE_WORDS}}


def parse_bool(value, *, field: str = "value", default: bool | None = None) -> bool:
    """Yes or no: 1/0, true/false, yes/no, có/không (also co/khong), any case.

    An empty value gives ``default``, or is an error when there is no default.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    key = _key(value)
    if key == "" and default is not None:
        return default
    if key in _BOOLS:
        return _BOOLS[key]
    raise ValidationError(field, "Hãy ghi 1 (có) hoặc 0 (không).")


# Coded values

_SEX_CHOICES = _choices(SEXES, SEX_LABELS)
_OCCUPATION_CHOICES = _choices(OCCUPATIONS, OCCUPATION_LABELS)
_LEARNING_CHOICES = _choices(LEARNING_STATUSES, LEARNING_LABELS)
_VNEID_CHOICES = _choices(VNEID_LEVELS, VNEID_LABELS)
_SKILL_CHOICES = {code: code for code in SKILLS}


def parse_sex(value, *, field: str = "sex") -> str:
    """``male``/``female``/``other`` (or Nam/Nữ/Khác)."""
    return _lookup(field, value, _SEX_CHOICES, "Giới tính phải là male (Nam), female (Nữ) hoặc other (Khác).")


def parse_occupation(value, *, field: str = "occupation") -> str:
    """One of the occupation codes (or its Vietnamese label)."""
    return _lookup(
        field, value, _OCCUPATION_CHOICES, "Nghề nghiệp phải là một trong: " + ", ".join(OCCUPATIONS) + "."
    )


def parse_learning_status(value, *, field: str = "learning_status") -> str:
    """``none``/``enrolled``/``completed`` (or Chưa học/Đang học/Đã học xong)."""
    return _lookup(
        field,
        value,
        _LEARNING_CHOICES,
        "Tình trạng học phải là none (chưa học), enrolled (đang học) hoặc completed (đã học xong).",
    )


def parse_vneid_level(value, *, field: str = "vneid_level") -> int:
    """The VNeID level: 0 (none), 1 or 2."""
    if isinstance(value, bool):
        value = None
    elif isinstance(value, (int, float)) and value in VNEID_LEVELS:
        return int(value)
    return _lookup(field, value, _VNEID_CHOICES, "Mức định danh VNeID phải là 0, 1 hoặc 2.")


def parse_skills(value, *, field: str = "skills") -> frozenset[str]:
    """Skill codes joined by ';' (empty for none), or an iterable of codes."""
    if value is None:
        return frozenset()
    if isinstance(value, str):
        parts = value.split(SKILL_SEPARATOR)
    elif isinstance(value, Iterable):
        parts = list(value)
    else:
        parts = [value]
    skills = set()
    for part in parts:
        key = _key(part)
        if not key:
            continue
        if key not in _SKILL_CHOICES:
            shown = clean_text(part)
            if len(shown) > 40:
                shown = shown[:40] + "…"
            raise ValidationError(
                field,
                f"Không có kỹ năng mã “{shown}”. Các mã hợp lệ: " + "; ".join(SKILLS) + ".",
            )
        skills.add(_SKILL_CHOICES[key])
    return frozenset(skills)


def format_skills(skills) -> str:
    """Skill codes as the register writes them: in the SKILLS order, joined by ';'."""
    wanted = set(skills)
    return SKILL_SEPARATOR.join(code for code in SKILLS if code in wanted)
