"""Validators for what people type or upload, shared by the register import, the CLI
and the web forms.

Each validator takes the raw value (usually text; numbers and booleans as a
spreadsheet gives them are accepted too) and returns the clean stored value, or
raises ``ValidationError(field, key, **params)``: a catalogue key, said in the
reader's language on a page and in Vietnamese (``message``) on the command line. No
validator raises anything else, whatever it is given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from digital_family.base.clock import vietnam_year
from digital_family.base.codes import LEARNING_STATUSES, OCCUPATIONS, SEXES, SKILLS, VNEID_LEVELS
from digital_family.base.i18n import CATALOGUES, CatalogueError, Key, t
from digital_family.base.models import MIN_BIRTH_YEAR

if TYPE_CHECKING:
    from typing_extensions import TypeIs  # typing's own from Python 3.13

FULL_NAME_MAX = 100
ADDRESS_MAX = 200
GROUP_CODE_MAX = 20
HOUSEHOLD_CODE_MAX = 30
WARD_CODE_MAX = 30  # models.Ward.code
WARD_NAME_MAX = 100  # models.Ward.name
SKILL_SEPARATOR = ";"


class ValidationError(CatalogueError, ValueError):
    """A value people gave is not acceptable: on ``field``, why by catalogue ``key``
    (``message`` is the Vietnamese text)."""

    def __init__(self, field: str, key: str, /, **params: object):
        self.field = field
        super().__init__(key, **params)


# Helpers


def clean_text(value: object) -> str:
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


# What a browser sent, by shape: the checks that tell the type checker what it holds (its
# items are still to check).


def is_dict(value: object) -> TypeIs[Mapping[object, object]]:
    """A dict (a JSON object)."""
    return isinstance(value, dict)


def is_list(value: object) -> TypeIs[list[object] | tuple[object, ...]]:
    """A list or a tuple (a JSON array)."""
    return isinstance(value, list | tuple)


def is_iterable(value: object) -> TypeIs[Iterable[object]]:
    """Anything that iterates (a string too)."""
    return isinstance(value, Iterable)


def _key(value: object) -> str:
    """Text for matching against a list of accepted words (case-insensitive)."""
    return clean_text(value).casefold()


def _fold_accents(text: str) -> str:
    """``text`` without Vietnamese diacritics ("không" -> "khong", "đ" -> "d")."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _lookup(field: str, value: object, table: dict[str, Any], error_key: str,
            **params: object) -> Any:
    key = _key(value)
    if key in table:
        return table[key]
    folded = _fold_accents(key)
    if folded in table:
        return table[folded]
    raise ValidationError(field, error_key, **params)


def _choices(kind: str, codes: Sequence[object]) -> dict[str, object]:
    """Codes and their labels in each language (with and without diacritics, and
    without a bracketed explanation: "Mức 2 (đầy đủ)" is also "Mức 2") -> code."""
    table: dict[str, object] = {}
    for code in codes:
        table[str(code).casefold()] = code
    for lang in CATALOGUES:
        for code in codes:
            label = t(f"{kind}.{code}", lang).casefold()
            for text in (label, label.split(" (")[0]):
                table.setdefault(text, code)
                table.setdefault(_fold_accents(text), code)
    return table


# Names, addresses, phones, codes

_NAME_PUNCTUATION = frozenset(" '’-.")
# Characters that make a spreadsheet cell a formula.
_FORMULA_START = ("=", "+", "-", "@")


def validate_full_name(value: object, *, field: str = "full_name") -> str:
    """A person's full name: letters (Vietnamese diacritics included), spaces, ' - .

    Returns the name trimmed, with single spaces, in Unicode NFC form.
    """
    name = clean_text(value)
    if not name:
        raise ValidationError(field, "error.name.required")
    if len(name) > FULL_NAME_MAX:
        raise ValidationError(field, "error.name.too_long", max=FULL_NAME_MAX)
    if any(not (ch.isalpha() or ch in _NAME_PUNCTUATION) for ch in name):
        raise ValidationError(field, "error.name.characters")
    if not name[0].isalpha():
        raise ValidationError(field, "error.name.first_letter")
    return name


def validate_address(value: object, *, field: str = "address", required: bool = False) -> str:
    """A household's address: up to 200 characters of ordinary text (may be empty)."""
    address = clean_text(value)
    if not address:
        if required:
            raise ValidationError(field, "error.address.required")
        return ""
    if len(address) > ADDRESS_MAX:
        raise ValidationError(field, "error.address.too_long", max=ADDRESS_MAX)
    if address.startswith(_FORMULA_START):
        raise ValidationError(field, "error.address.formula")
    if any(unicodedata.category(ch).startswith("C") for ch in address):
        raise ValidationError(field, "error.address.characters")
    return address


_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
_MOBILE = re.compile(r"0[35789][0-9]{8}")


def validate_phone(value: object, *, field: str = "phone") -> str:
    """A Vietnamese mobile number, returned as ten digits starting with 0.

    Accepts 0xxxxxxxxx, +84xxxxxxxxx and 84xxxxxxxxx, with spaces, dots or dashes.
    """
    text = _PHONE_SEPARATORS.sub("", clean_text(value))
    if not text:
        raise ValidationError(field, "error.phone.required")
    if text.startswith("+84"):
        text = "0" + text[3:]
    elif text.startswith("84") and len(text) == 11:
        text = "0" + text[2:]
    if not _MOBILE.fullmatch(text):
        raise ValidationError(field, "error.phone.format")
    return text


_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def validate_code(value: object, *, field: str = "code", max_length: int = GROUP_CODE_MAX) -> str:
    """A group or household code: letters A–Z, digits, - and _, returned upper-case."""
    code = clean_text(value)
    if not code:
        raise ValidationError(field, "error.code.required")
    if len(code) > max_length:
        raise ValidationError(field, "error.code.too_long", max=max_length)
    if not _CODE.fullmatch(code) or not code.isascii():
        raise ValidationError(field, "error.code.characters")
    return code.upper()


def validate_group_code(value: object, *, field: str = "group_code") -> str:
    return validate_code(value, field=field, max_length=GROUP_CODE_MAX)


def validate_household_code(value: object, *, field: str = "household_code") -> str:
    return validate_code(value, field=field, max_length=HOUSEHOLD_CODE_MAX)


_WARD_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_WARD_NAME_PUNCTUATION = frozenset(" '’-.,()")


def validate_ward_code(value: object, *, field: str = "ward_code") -> str:
    """A ward's code as its URLs and commands name it: lower-case letters a–z, digits and
    single hyphens between them ("khuong-dinh"), at most 30; upper case is lowered."""
    code = clean_text(value).lower()
    if not code:
        raise ValidationError(field, "error.ward.code_required")
    if len(code) > WARD_CODE_MAX:
        raise ValidationError(field, "error.ward.code_too_long", max=WARD_CODE_MAX)
    if not code.isascii() or not _WARD_CODE.fullmatch(code):
        raise ValidationError(field, "error.ward.code_characters")
    return code


def validate_ward_name(value: object, *, field: str = "ward_name") -> str:
    """A ward's name as people read it ("Phường Khương Đình"): letters (diacritics
    included), digits, spaces and ' - . , ( ), beginning with a letter; at most 100."""
    name = clean_text(value)
    if not name:
        raise ValidationError(field, "error.ward.name_required")
    if len(name) > WARD_NAME_MAX:
        raise ValidationError(field, "error.ward.name_too_long", max=WARD_NAME_MAX)
    if not name[0].isalpha() or any(
            not (ch.isalnum() or ch in _WARD_NAME_PUNCTUATION) for ch in name):
        raise ValidationError(field, "error.ward.name_characters")
    return name


# Numbers and yes/no

_DIGITS = re.compile(r"[0-9]+")


def whole_number(value: object, *, max_digits: int = 18) -> int | None:
    """A whole number from what a browser or the command line sent: an int, a float
    with nothing after the point, or text of at most ``max_digits`` digits (spaces
    around ignored); None for anything else (booleans, signs, fractions, words)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = clean_text(value)
    if len(text) <= max_digits and _DIGITS.fullmatch(text):
        return int(text)
    return None


def validate_birth_year(
    value: object, *, current_year: int | None = None, field: str = "birth_year"
) -> int:
    """A birth year from 1900 to the current year (an int, or text such as "1980")."""
    if current_year is None:
        current_year = vietnam_year()
    year = whole_number(value, max_digits=4)
    if year is None:
        if clean_text(value) == "":
            raise ValidationError(field, "error.birth_year.required")
        raise ValidationError(field, "error.birth_year.format")
    if not MIN_BIRTH_YEAR <= year <= current_year:
        raise ValidationError(field, "error.birth_year.range", min=MIN_BIRTH_YEAR, max=current_year)
    return year


_TRUE_WORDS = ("1", "true", "yes", "có", "co")
_FALSE_WORDS = ("0", "false", "no", "không", "khong")
_BOOLS = {**{w: True for w in _TRUE_WORDS}, **{w: False for w in _FALSE_WORDS}}


def parse_bool(value: object, *, field: str = "value", default: bool | None = None) -> bool:
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
    raise ValidationError(field, "error.yes_no")


# Coded values

_SEX_CHOICES = _choices("sex", SEXES)
_OCCUPATION_CHOICES = _choices("occupation", OCCUPATIONS)
_LEARNING_CHOICES = _choices("learning", LEARNING_STATUSES)
_VNEID_CHOICES = _choices("vneid", VNEID_LEVELS)
_SKILL_CHOICES = {code: code for code in SKILLS}


def parse_sex(value: object, *, field: str = "sex") -> str:
    """``male``/``female``/``other`` (or Nam/Nữ/Khác)."""
    return _lookup(field, value, _SEX_CHOICES, "error.sex")


def parse_occupation(value: object, *, field: str = "occupation") -> str:
    """One of the occupation codes (or its Vietnamese label)."""
    return _lookup(field, value, _OCCUPATION_CHOICES, "error.occupation",
                   codes=", ".join(OCCUPATIONS))


def parse_learning_status(value: object, *, field: str = "learning_status") -> str:
    """``none``/``enrolled``/``completed`` (or Chưa học/Đang học/Đã học xong)."""
    return _lookup(
        field,
        value,
        _LEARNING_CHOICES,
        "error.learning",
    )


def parse_vneid_level(value: object, *, field: str = "vneid_level") -> int:
    """The VNeID level: 0 (none), 1 or 2."""
    if isinstance(value, bool):
        value = None
    elif isinstance(value, (int, float)) and value in VNEID_LEVELS:
        return int(value)
    return _lookup(field, value, _VNEID_CHOICES, "error.vneid")


def parse_skills(value: object, *, field: str = "skills") -> frozenset[str]:
    """Skill codes joined by ';' (empty for none), or an iterable of codes."""
    if value is None:
        return frozenset()
    parts: list[object]
    if isinstance(value, str):
        parts = list(value.split(SKILL_SEPARATOR))
    elif is_iterable(value):
        parts = list(value)
    else:
        parts = [value]
    skills: set[str] = set()
    for part in parts:
        key = _key(part)
        if not key:
            continue
        if key not in _SKILL_CHOICES:
            shown = clean_text(part)
            if len(shown) > 40:
                shown = shown[:40] + "…"
            raise ValidationError(field, "error.skill.unknown", code=shown, codes="; ".join(SKILLS))
        skills.add(_SKILL_CHOICES[key])
    return frozenset(skills)


def format_skills(skills: Iterable[str]) -> str:
    """Skill codes as the register writes them: in the SKILLS order, joined by ';'."""
    wanted = set(skills)
    return SKILL_SEPARATOR.join(code for code in SKILLS if code in wanted)


# Free text (notes, comments)

_ZERO_WIDTH_JOINER = "\u200d"  # inside emoji sequences


def free_text(value: object, *, field: str, max_length: int, label: Key, multiline: bool) -> str:
    """Free text as people meant it: NFC, trimmed, spaces collapsed (line breaks kept
    when ``multiline``); "" for None. ValidationError for non-text, control
    characters, or more than ``max_length`` characters."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, "error.text.not_text", label=label)
    if len(value) > 20 * max_length:
        raise ValidationError(field, "error.text.too_long", label=label, max=max_length)
    text = unicodedata.normalize("NFC", value)
    if multiline:
        lines = [" ".join(line.split()) for line in text.splitlines()]
        kept: list[str] = []
        for line in lines:
            if line or (kept and kept[-1]):
                kept.append(line)
        text = "\n".join(kept).strip()
    else:
        text = " ".join(text.split())
    for ch in text:
        if ch == "\n" or ch == _ZERO_WIDTH_JOINER:
            continue
        if unicodedata.category(ch).startswith("C"):
            raise ValidationError(field, "error.text.characters", label=label)
    if len(text) > max_length:
        raise ValidationError(field, "error.text.too_long", label=label, max=max_length)
    return text
