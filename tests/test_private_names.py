"""No module of the package uses another module's underscore names.

A name that starts with ``_`` is its module's own business: when two modules need
a helper, it gets a public name in the one place it lives (``paging``, ``clock``,
``groups``, ``validation`` …). Read from the source (ast), so nothing is run.
"""

import ast
from pathlib import Path

import digital_family

PACKAGE = Path(digital_family.__file__).parent

# "importer -> owner.name": why it is still allowed (none today). Keep it short.
ALLOWED: dict[str, str] = {}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _owner(node: ast.ImportFrom, importer: str) -> str | None:
    """The package module an ``from … import`` names, relative to the package."""
    if node.level:
        base = importer.split(".")[: -node.level] if importer else []
        module = ".".join([*base, node.module] if node.module else base)
        return module
    if node.module and (node.module == "digital_family" or node.module.startswith("digital_family.")):
        return node.module.removeprefix("digital_family").lstrip(".")
    return None


def uses_of_private_names(source: str, importer: str) -> list[str]:
    """``owner.name`` for each underscore name of another package module used here."""
    tree = ast.parse(source)
    modules: dict[str, str] = {}  # local name -> package module it is bound to
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            owner = _owner(node, importer)
            if owner is None:
                continue
            for alias in node.names:
                if _private(alias.name):
                    found.append(f"{owner}.{alias.name}")
                else:
                    # ``from digital_family import audit`` binds a module (or a name).
                    modules[alias.asname or alias.name] = f"{owner}.{alias.name}".lstrip(".")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("digital_family.") and alias.asname:
                    modules[alias.asname] = alias.name.removeprefix("digital_family.")
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and _private(node.attr)
                and isinstance(node.value, ast.Name) and node.value.id in modules):
            owner = modules[node.value.id]
            if (PACKAGE / (owner.replace(".", "/") + ".py")).exists() or (
                    PACKAGE / owner.replace(".", "/") / "__init__.py").exists():
                found.append(f"{owner}.{node.attr}")
    return sorted(set(f for f in found if f.rsplit(".", 1)[0] != importer))


def test_the_checker_sees_both_kinds_of_use():
    source = ("from digital_family.households.access import _as_id, household_target\n"
              "from digital_family.records import audit\n"
              "audit._query(1)\n"
              "audit.record(2)\n")
    assert uses_of_private_names(source, "x") == ["households.access._as_id", "records.audit._query"]


def test_no_module_uses_another_modules_underscore_names():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        importer = _module_name(path)
        for use in uses_of_private_names(path.read_text(encoding="utf-8"), importer):
            if f"{importer} -> {use}" not in ALLOWED:
                found.append(f"{importer} -> {use}")
    assert found == []


def test_the_allow_list_has_no_stale_entries():
    used = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        importer = _module_name(path)
        used.update(f"{importer} -> {use}"
                    for use in uses_of_private_names(path.read_text(encoding="utf-8"), importer))
    assert sorted(set(ALLOWED) - used) == []
