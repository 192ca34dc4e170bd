"""The package's import graph has no circle, not even through imports made only for type
checking or inside functions: each module can be read before the ones that use it. Neither
has the graph of its rooms (each subpackage, each top-level module): the house reads top-down,
no folder imports one that imports it back."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "kuopio_ohjelma"


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
            found |= {n for n in names if n in modules} or {node.module}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name in modules}


def _edges() -> tuple[dict[str, set[str]], set[str]]:
    """Every module's imports of the package's modules, and which modules are packages."""
    paths = {_module(p): p for p in PACKAGE.rglob("*.py")}
    modules = set(paths)
    packages = {m for m, p in paths.items() if p.name == "__init__.py"}
    return {m: _imports(p, modules) - {m} for m, p in paths.items()}, packages


def _graph() -> dict[str, set[str]]:
    edges, packages = _edges()
    # A package's __init__ only hands names on; an edge to it is not a dependency here.
    return {m: targets - packages for m, targets in edges.items()}


def _room(module: str) -> str:
    """kuopio_ohjelma.io.loader -> kuopio_ohjelma.io; kuopio_ohjelma.model stays itself."""
    return ".".join(module.split(".")[:2])


def _rooms(edges: dict[str, set[str]]) -> dict[str, set[str]]:
    # Here an import of a package's __init__ counts: `from kuopio_ohjelma.locale import _`
    # is a dependency on locale/.
    rooms: dict[str, set[str]] = {}
    for module, targets in edges.items():
        room = _room(module)
        rooms.setdefault(room, set()).update(_room(t) for t in targets)
        rooms[room].discard(room)
    return rooms


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    circles, done = [], set()

    def visit(module: str, trail: list[str]) -> None:
        if module in trail:
            circles.append(trail[trail.index(module):])
            return
        if module in done:
            return
        for target in sorted(graph.get(module, ())):
            visit(target, [*trail, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
    return circles


def test_no_module_imports_itself_through_others() -> None:
    assert _circles(_graph()) == []


def test_the_check_sees_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _circles(graph) == [["a", "b", "c"]]


def test_no_folder_imports_one_that_imports_it_back() -> None:
    edges, _ = _edges()
    circles = _circles(_rooms(edges))
    crossing = sorted({
        f"{m} -> {t}"
        for circle in circles
        for m, targets in edges.items()
        for t in targets
        if _room(m) in circle and _room(t) in circle and _room(m) != _room(t)
    })
    assert circles == [], crossing


def test_the_check_sees_a_folder_loop() -> None:
    # No module circle, but io/ and indicators/ import each other.
    edges = {"p.io.loader": {"p.indicators.sidecar"}, "p.indicators.sidecar": {"p.io.text"}}
    assert _circles(edges) == []
    assert _circles(_rooms(edges)) == [["p.indicators", "p.io"]]
