"""Every edit command leaves data that lint accepts: after each successful `status set`,
`period open`, `indicator set` and `sheet import`, lint reports no error it did not report
before (on the shipped programme, the made-up mini repository and the indicator fixture)."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kuopio_ohjelma.cli import app
from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.lint.config import load_config
from kuopio_ohjelma.lint.engine import lint
from kuopio_ohjelma.lint.rules import REGISTRY, find_rule
from kuopio_ohjelma.problems import Severity
from tests.conftest import INDICATORS, MINI, REPO
from tests.sheets.workbooks import fill

SHIPPED = REPO
Step = Callable[[Path], list[str]]


def _errors(root: Path) -> Counter[tuple[str, str, str]]:
    config = load_config(root, REGISTRY, resolve=find_rule)
    findings = lint(load_repository(root), config).findings
    return Counter(
        (p.code, p.path.relative_to(root).as_posix(), p.message)
        for p in findings
        if p.severity == Severity.ERROR
    )


def _sheet_import(root: Path) -> list[str]:
    """Export the workbooks, answer two rows as an editor would, import them."""
    assert _run(root, ["sheet", "export", "--per-owner", "out"]) == 0
    books = sorted((root / "out").glob("*.xlsx"))
    fill(books[0], {"H2": "+/-", "I2": "Etenee osittain; kokeiltu kirjaus."})
    fill(books[-1], {"H3": "?"})
    return ["sheet", "import", *(str(book) for book in books)]


# (repository, the command); a command given as a function prepares its files first.
CASES: list[tuple[Path, list[str] | Step]] = [
    (SHIPPED, ["status", "set", "T1.1", "+/-", "--note", "Kokeiltu kirjaus."]),
    (SHIPPED, ["status", "set", "T13.1", "-", "--clear-note"]),
    (SHIPPED, ["period", "open", "1/2025"]),
    (SHIPPED, ["indicator", "set", "tyollisyysaste", "2023", "71,2", "--unit", "%"]),
    (SHIPPED, ["indicator", "set", "matkailutuloselvitys", "1/2024", "3", "--yksikkö", "kpl"]),
    (SHIPPED, _sheet_import),
    (MINI, ["status", "set", "T1.2", "?", "--period", "1/2024", "--force"]),
    (MINI, ["period", "open", "1/2026", "--label", "Tilanne 1/2026"]),
    (MINI, ["indicator", "set", "kokeilumittari", "2024", "12", "--unit", "henkilöä"]),
    (MINI, _sheet_import),
    (INDICATORS, ["indicator", "set", "keksitty-osuus", "2024", "72,3", "--note", "uusi"]),
    (INDICATORS, ["indicator", "set", "keksitty-lukumaara", "2025", "1 300"]),
    (INDICATORS, ["indicator", "set", "keksitty-kausimittari", "1/2024", "3.5"]),
    (INDICATORS, ["indicator", "set", "keksitty-tyhja", "2023", "5", "--unit", "kpl"]),
]


def _run(root: Path, args: list[str]) -> int:
    result = CliRunner().invoke(app, ["--root", str(root), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code


@pytest.mark.parametrize(
    ("source", "command"),
    CASES,
    ids=[f"{src.name}-{c if isinstance(c, list) else [c.__name__]}"[:60] for src, c in CASES],
)
def test_no_new_lint_error_after_an_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: Path, command: list[str] | Step
) -> None:
    root = tmp_path / "repo"
    shutil.copytree(source / "data", root / "data")
    monkeypatch.chdir(root)
    before = _errors(root)
    args = command if isinstance(command, list) else command(root)
    data_before = {p: p.read_bytes() for p in (root / "data").rglob("*") if p.is_file()}
    assert _run(root, args) == 0
    assert {p: p.read_bytes() for p in (root / "data").rglob("*") if p.is_file()} != data_before
    assert _errors(root) - before == Counter()
