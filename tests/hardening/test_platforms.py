"""Editors work on Windows laptops and Macs: nothing in the package may import a POSIX-only
module (the first round's `fcntl` made every edit command fail to import on Windows), and the
CI recipe runs the checks on Windows and macOS."""

from __future__ import annotations

import ast
from pathlib import Path

import yaml

PACKAGE = Path(__file__).resolve().parents[2] / "kuopio_ohjelma"
RECIPE = PACKAGE.parent / "examples" / "ci" / "github-actions.yml"
# Modules that exist only on POSIX systems (Python's library reference, "Unix Specific
# Services", plus the low-level ones behind them).
POSIX_ONLY = {
    "fcntl", "termios", "tty", "pty", "pwd", "grp", "resource", "posix", "crypt", "spwd",
    "syslog", "nis", "pipes", "_posixsubprocess", "readline",
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_posix_only_module_is_imported() -> None:
    offenders = {
        f"{path.relative_to(PACKAGE.parent)}: {name}"
        for path in PACKAGE.rglob("*.py")
        for name in _imports(path) & POSIX_ONLY
    }
    assert offenders == set()


def test_the_check_itself_sees_fcntl(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "import os\nif os.name == 'posix':\n    import fcntl\nfrom pwd import getpwnam\n"
    )
    assert _imports(module) & POSIX_ONLY == {"fcntl", "pwd"}


def test_signals_that_windows_lacks_are_guarded() -> None:
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in ("SIGPIPE", "SIGHUP", "SIGKILL"):
            if f"signal.{name}" in text:
                assert f'hasattr(signal, "{name}")' in text, path


def test_ci_recipe_runs_on_windows_and_macos() -> None:
    recipe = yaml.safe_load(RECIPE.read_text(encoding="utf-8"))
    systems = {
        system
        for job in recipe["jobs"].values()
        for system in (job.get("strategy", {}).get("matrix", {}).get("os") or [job["runs-on"]])
    }
    assert {"windows-latest", "macos-latest", "ubuntu-latest"} <= systems
