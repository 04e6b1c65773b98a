"""The package's import graph draws the design: no circles, and the web layer on top.

The graph is read from the source with ``ast``: every import of a package module,
at module level or inside a function (an import hidden in a function to dodge a
circle is still an edge), and ``from digital_family.x import y`` where ``y`` is a
module counts as an import of ``y``. Two rules:

- no cycle between modules (a cycle is named, its modules in order);
- nothing outside ``digital_family/web/`` (and the app module
  ``digital_family/digital_family.py``, which builds the app) imports the web layer;
- the domain's packages are layers (``LAYERS``, bottom first, as ARCHITECTURE.md draws
  them): a module imports only from its own package and the packages below it.

``python tests/test_imports.py`` prints the graph's figures (modules, edges, imports
inside functions, the longest chain).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = "digital_family"
ROOT = Path(__file__).resolve().parents[1] / PACKAGE
WEB = f"{PACKAGE}.web"
APP_MODULE = f"{PACKAGE}.{PACKAGE}"
# The domain's packages, bottom first; above them demo, cli and the web layer, which may
# import any of them (but not each other's, except web's app module).
LAYERS = ("base", "records", "access", "ward", "households", "programmes", "campaign",
          "upkeep")


def modules(root: Path = ROOT) -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


class Import:
    def __init__(self, source: str, target: str, line: int, local: bool):
        self.source, self.target, self.line, self.local = source, target, line, local

    def __repr__(self) -> str:
        where = "in a function" if self.local else "at module level"
        return f"{self.source}:{self.line} -> {self.target} ({where})"


def imports(root: Path = ROOT) -> list[Import]:
    """Every import of one package module by another."""
    known = modules(root)
    found = []
    for name, path in known.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]

        def visit(node: ast.AST, local: bool, name=name, package=package) -> None:
            for child in ast.iter_child_nodes(node):
                inner = local or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                    ast.Lambda))
                targets: list[str] = []
                if isinstance(child, ast.Import):
                    targets = [alias.name for alias in child.names]
                elif isinstance(child, ast.ImportFrom):
                    base = child.module or ""
                    if child.level:
                        parts = package.split(".")
                        parts = parts[: len(parts) - (child.level - 1)]
                        base = ".".join([*parts, *([base] if base else [])])
                    targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                               for alias in child.names]
                for target in targets:
                    # "import digital_family.a.b" imports the deepest module named
                    while target and target not in known:
                        target = target.rpartition(".")[0]
                    if target and target != name and target != PACKAGE:
                        found.append(Import(name, target, child.lineno, local))
                visit(child, inner)

        visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def graph(root: Path = ROOT) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = defaultdict(set)
    for edge in imports(root):
        edges[edge.source].add(edge.target)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The modules caught in circles: strongly connected components of more than one
    module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(set(edges) | {t for ts in edges.values() for t in ts}):
        if node not in index:
            connect(node)
    return components


def a_cycle(component: list[str], edges: dict[str, set[str]]) -> list[str]:
    """A closed path through the component, starting and ending at its first module."""
    members, start = set(component), component[0]
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for target in sorted(edges.get(node, ())):
            if target == start:
                return [*paths[node], start]
            if target in members and target not in paths:
                paths[target] = [*paths[node], target]
                queue.append(target)
    return component


def longest_chain(edges: dict[str, set[str]]) -> list[str]:
    """The longest path of imports (modules in it), on an acyclic graph."""
    best: dict[str, list[str]] = {}

    def chain(node: str) -> list[str]:
        if node not in best:
            tails = [chain(t) for t in sorted(edges.get(node, ()))]
            best[node] = [node, *max(tails, key=len, default=[])]
        return best[node]

    return max((chain(n) for n in sorted(edges)), key=len, default=[])


def _short(name: str) -> str:
    return name.removeprefix(f"{PACKAGE}.")


def _layer(name: str) -> int | None:
    """A domain module's package's place in ``LAYERS`` (None above the domain)."""
    package = name.removeprefix(f"{PACKAGE}.").split(".")[0]
    return LAYERS.index(package) if package in LAYERS else None


def upward(found: list[Import]) -> list[Import]:
    """Imports from a domain package to one drawn above it (or above the domain)."""
    bad = []
    for edge in found:
        source = _layer(edge.source)
        if source is None:
            continue
        target = _layer(edge.target)
        if target is None or target > source:
            bad.append(edge)
    return bad


def _in_web_layer(name: str) -> bool:
    return name in (WEB, APP_MODULE) or name.startswith(f"{WEB}.")


# The checker itself


def test_the_checker_sees_cycles_through_imports_in_functions(tmp_path):
    package = tmp_path / PACKAGE
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("from digital_family.sub import b\n")
    (package / "sub" / "b.py").write_text("def f():\n    from digital_family import c\n")
    (package / "c.py").write_text("import digital_family.a\n")
    (package / "d.py").write_text("from .sub.b import f\n")
    edges = graph(package)
    assert cycles(edges) == [["digital_family.a", "digital_family.c", "digital_family.sub.b"]]
    assert a_cycle(cycles(edges)[0], edges) == [
        "digital_family.a", "digital_family.sub.b", "digital_family.c", "digital_family.a"]
    assert edges["digital_family.d"] == {"digital_family.sub.b"}
    assert [edge.local for edge in imports(package) if edge.source.endswith("b")] == [True]


def test_the_checker_sees_a_package_importing_one_above_it(tmp_path):
    package = tmp_path / PACKAGE
    for folder in ("base", "ward", "cli"):
        (package / folder).mkdir(parents=True)
        (package / folder / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "base" / "a.py").write_text("def f():\n    from digital_family.ward import b\n")
    (package / "ward" / "b.py").write_text("from digital_family.base import a\n")
    (package / "ward" / "c.py").write_text("from digital_family.cli import d\n")
    (package / "cli" / "d.py").write_text("from digital_family.ward import b\n")
    assert sorted((e.source, e.target) for e in upward(imports(package))) == [
        ("digital_family.base.a", "digital_family.ward.b"),
        ("digital_family.ward.c", "digital_family.cli.d")]


# The rules


def test_no_import_cycles():
    edges = graph()
    found = cycles(edges)
    assert not found, "import cycles:\n" + "\n".join(
        f"{len(c)} modules {', '.join(map(_short, c))}; for one: "
        + " -> ".join(map(_short, a_cycle(c, edges))) for c in found)


def test_only_the_web_layer_imports_the_web_layer():
    upward = [edge for edge in imports() if _in_web_layer(edge.target)
              and not _in_web_layer(edge.source)]
    assert not upward, "modules below the web layer importing it:\n" + "\n".join(
        map(repr, upward))


def test_domain_packages_import_only_packages_below_them():
    bad = upward(imports())
    assert not bad, "imports running up the packages' order " + " < ".join(LAYERS) + ":\n" \
        + "\n".join(map(repr, bad))


if __name__ == "__main__":
    edges = graph()
    every = imports()
    local = {(e.source, e.target, e.line) for e in every if e.local}
    chain = longest_chain(edges) if not cycles(edges) else []
    print(f"modules {len(modules())}, imports between them {sum(map(len, edges.values()))}")
    print(f"cycles {len(cycles(edges))}: {[list(map(_short, c)) for c in cycles(edges)]}")
    print(f"imports inside functions {len(local)}:")
    for source, target, line in sorted(local):
        print(f"  {_short(source)}:{line} -> {_short(target)}")
    print(f"longest chain {len(chain)} modules: {' -> '.join(map(_short, chain))}")
    print(f"imports running up the packages' order: {len(upward(every))}")
