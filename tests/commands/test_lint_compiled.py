"""Lint's compiled path (the models' core schema with light records, no pydantic) says exactly
what the models' path says: every report format, byte for byte, and the exit code, on the
shipped data and on every broken input of the corpus."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kuopio_ohjelma.commands.lint_run import LintCall, _lint
from kuopio_ohjelma.lint.reporters import REPORTERS
from kuopio_ohjelma.locale import set_language
from tests.conftest import INDICATORS, MINI
from tests.lint.test_cases import CASES, HARDENING, _load_case, apply_case

REPO = Path(__file__).parent.parent.parent


def _both(call: LintCall) -> None:
    compiled = _lint(call, compiled=True)
    assert compiled == _lint(call, compiled=False)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_shipped_data_in_every_format(shipped: Path, lang: str) -> None:
    set_language(lang)
    try:
        for output_format in REPORTERS:
            for strict in (False, True):
                _both(LintCall(shipped, output_format, False, strict))
    finally:
        set_language(None)


# Broken variants of the shipped data: what the schema refuses, each said the same.
_SHIPPED_MISTAKES = {
    "data/goals/01-osaavan-tyovoiman-saannin-turvaaminen.yaml": [
        ("numero: 1", "numero: '1'"),
        ("toimenpiteet:", "toimenpitet:"),
        ("  - tunnus: T1.1", "  - tunnus: T1-1"),
        ("      - ELY\n", "      - 12\n"),
        ("    hankkeet:\n", "    hankkeet: Future Savo\n    x:\n"),
        ("eteneminen:", "etenminen:"),
    ],
    "data/programme.yaml": [("kaudet:", "kaudet: 1/2024\n  x:")],
}


@pytest.mark.parametrize("file_name", sorted(_SHIPPED_MISTAKES))
def test_broken_shipped_files(shipped: Path, file_name: str) -> None:
    path = shipped / file_name
    original = path.read_text(encoding="utf-8")
    for old, new in _SHIPPED_MISTAKES[file_name]:
        assert old in original, old
        path.write_text(original.replace(old, new, 1), encoding="utf-8")
        for output_format in ("text", "json"):
            _both(LintCall(shipped, output_format, False, False))
        assert _lint(LintCall(shipped, "text", False, False))[1] == 1, new


# Rows of a sidecar series (data/indicators/<nimi>.csv), read as observations.
_ROWS = [
    "2025,7,", "2024,7,", '2024,"1 234",', "2024,x,", "1899,5,", "2024,,huom", "2024,inf,"
]


@pytest.mark.parametrize("row", _ROWS)
def test_sidecar_rows(tmp_path: Path, row: str) -> None:
    root = tmp_path / "indicators"
    shutil.copytree(INDICATORS, root)
    csv = root / "data" / "indicators" / "keksitty-lukumaara.csv"
    csv.write_text(csv.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    for output_format in ("text", "json"):
        _both(LintCall(root, output_format, False, False))


@pytest.mark.parametrize("case_path", CASES + HARDENING, ids=[c.stem for c in CASES + HARDENING])
def test_every_case_of_the_corpus(
    case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = _load_case(case_path)
    root = tmp_path / "mini"
    shutil.copytree(MINI, root)
    apply_case(root, case)
    monkeypatch.chdir(root)
    for output_format in ("text", "json"):
        _both(LintCall(Path("."), output_format, False, bool(case.get("strict"))))


def test_a_clean_lint_never_imports_pydantic(shipped: Path) -> None:
    """pydantic-core validates; pydantic itself (and the models) stay unread."""
    process = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kuopio_ohjelma", "lint", "--no-cache"],
        cwd=shipped, capture_output=True, text=True, check=False,
        env={k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"},
    )
    assert process.returncode == 0, process.stdout + process.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in process.stderr.splitlines()}
    assert "pydantic_core" in imported  # the check sees what was imported
    assert {m for m in imported if m.split(".")[0] == "pydantic"} == set()
    assert "kuopio_ohjelma.model" not in imported
