"""Domain refusals are said by catalogue key, so every page says them in its reader's
language (issue 8 point 6); the command line gets the Vietnamese text."""

import ast
import pickle
from pathlib import Path

import pytest

from digital_family.access.auth import SignInError
from digital_family.base.i18n import CATALOGUES, CatalogueError, Key, t
from digital_family.base.permissions import PermissionDenied
from digital_family.base.table_import import ImportRefused, RowError
from digital_family.base.validation import ValidationError, validate_birth_year, validate_phone
from digital_family.households.access import HouseholdNotFound
from digital_family.households.edits import StaleVersionError
from digital_family.households.invitations import InvitationError
from digital_family.programmes.help_requests import RequestNotFound

DOMAIN = Path(__file__).resolve().parent.parent / "digital_family"
NOT_DOMAIN = {"web"}
# The refusals people read, and the position of their catalogue key argument.
KEY_ARGUMENT = {
    "ValidationError": 1, "PermissionDenied": 0, "StaleVersionError": 0,
    "InvitationError": 0, "SignInError": 0, "HouseholdNotFound": 0, "RequestNotFound": 0,
    "RowError": 2, "_file_error": 0,
}


def _module_strings(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "text" assignments."""
    found = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            found[node.targets[0].id] = node.value.value
    return found


def _package_strings() -> dict[str, str]:
    """Module-level string constants of every domain module (a module may raise with a
    key constant it imports from another)."""
    found = {}
    for path in DOMAIN.rglob("*.py"):
        if not NOT_DOMAIN & set(path.parts):
            found.update(_module_strings(ast.parse(path.read_text(), filename=str(path))))
    return found


def _refusals_with_literal_text(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    constants = {**_package_strings(), **_module_strings(tree)}
    bad = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in KEY_ARGUMENT or len(node.args) <= KEY_ARGUMENT[name]:
            continue
        arg = node.args[KEY_ARGUMENT[name]]
        where = f"{path.relative_to(DOMAIN.parent)}:{node.lineno}"
        if isinstance(arg, ast.Name) and arg.id in constants:
            arg = ast.Constant(constants[arg.id])
        if isinstance(arg, ast.Constant):
            if arg.value not in CATALOGUES["vi"]:
                bad.append(f"{where}: {name}({arg.value!r}) is not a catalogue key")
        elif isinstance(arg, ast.Name) and "key" in arg.id.lower():
            pass  # a key handed on (a parameter or an imported constant named *key*)
        elif isinstance(arg, ast.Attribute) and arg.attr == "key":
            pass  # another refusal's key
        else:
            bad.append(f"{where}: {name}(...) is given {ast.unparse(arg)}, not a catalogue key")
    return bad


def test_domain_refusals_are_raised_with_catalogue_keys():
    paths = [p for p in DOMAIN.rglob("*.py") if not NOT_DOMAIN & set(p.parts)]
    assert len(paths) > 20
    bad = [line for path in paths for line in _refusals_with_literal_text(path)]
    assert bad == []


def test_the_check_catches_a_literal_message(tmp_path):
    sample = DOMAIN / "_sample_for_test.py"
    try:
        sample.write_text(
            'def f(x):\n'
            '    raise ValidationError("phone", "Số điện thoại sai.")\n'
            'def g(x):\n'
            '    raise PermissionDenied(f"Không được {x}.")\n'
        )
        assert len(_refusals_with_literal_text(sample)) == 2
    finally:
        sample.unlink()


def test_a_literal_message_is_refused_at_once():
    with pytest.raises(KeyError):
        ValidationError("phone", "Số điện thoại sai.")
    with pytest.raises(KeyError):
        PermissionDenied("Bạn không được làm việc này.")


@pytest.mark.parametrize("error", [
    ValidationError("phone", "error.phone.taken", phone="0912345678"),
    PermissionDenied(),
    PermissionDenied("error.sign_in"),
    StaleVersionError(),
    HouseholdNotFound(),
    RequestNotFound(),
    InvitationError("error.invite.expired"),
    SignInError("error.sign_in.wait", 5, seconds=5),
    ImportRefused([RowError(3, "birth_year", "error.birth_year.range",
                                  {"min": 1900, "max": 2026})]),
])
def test_each_refusal_says_itself_in_both_languages(error):
    assert isinstance(error, CatalogueError)
    vi, en = error.text("vi"), error.text("en")
    assert vi == error.message == str(error)
    assert en != vi and "{" not in en
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and copy.text("en") == en


def test_validation_messages_follow_the_language():
    with pytest.raises(ValidationError) as info:
        validate_phone("12345")
    assert info.value.field == "phone"
    assert info.value.text("vi").startswith("Số điện thoại di động phải có 10 chữ số")
    assert info.value.text("en").startswith("A mobile number has 10 digits")
    with pytest.raises(ValidationError) as info:
        validate_birth_year(1850, current_year=2026)
    assert info.value.text("en") == "The year of birth is between 1900 and 2026."


def test_key_parameters_are_said_in_the_same_language():
    assert t("error.role.needs_group", "vi", role=Key("role.ambassador")) \
        == "Đại sứ số cần ít nhất một tổ dân phố."
    assert t("error.role.needs_group", "en", role=Key("role.ambassador")).startswith(
        "Digital ambassador")
    choices = (Key("help.outcome.helped"), Key("help.outcome.no_answer"))
    assert t("error.help.outcome", "en", choices=choices) == \
        "Please choose the outcome: " + t("help.outcome.helped", "en") + "; " + \
        t("help.outcome.no_answer", "en") + "."


def test_import_row_errors_are_said_in_the_readers_language():
    row = RowError(3, "birth_year", "error.birth_year.range", {"min": 1900, "max": 2026})
    assert str(row) == "Dòng 3, cột birth_year: Năm sinh phải từ 1900 đến 2026."
    assert row.text("en") == "Row 3, column birth_year: The year of birth is between 1900 and 2026."
