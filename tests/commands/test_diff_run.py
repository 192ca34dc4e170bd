"""The front door of `diff` makes the plain calls between periods without typer, with the
typer command's answer to the byte; everything else (help, revisions, a selection, an
output file, unusual forms, a period or data that does not load) is left to typer."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kuopio_ohjelma.commands.diff_run import parse
from tests.edit.test_quick import PROBE  # reports pydantic, typer, ruamel, filelock, click
from tests.helpers import EN, run_cli, run_many


@pytest.mark.parametrize(
    ("argv", "parsed"),
    [
        (["diff"], ({}, {})),
        (["--root", "r", "--lang", "en", "diff", "-f", "md", "--exit-code"],
         ({"root": "r", "lang": "en"}, {"format": "md", "exit-code": ""})),
        (["diff", "--from", "1/2024", "--to=1/2025", "--only", "improved"],
         ({}, {"from": "1/2024", "to": "1/2025", "only": "improved"})),
    ],
)
def test_plain_calls_are_recognised(
    argv: list[str], parsed: tuple[dict[str, str], dict[str, str]]
) -> None:
    assert parse(argv) == parsed


@pytest.mark.parametrize(
    "argv",
    [
        ["diff", "--help"],
        ["diff", "-f=md"],  # click reads the value "=md": typer says so
        ["diff", "-f"],
        ["diff", "-f", "md", "-f", "json"],
        ["diff", "--rev", "HEAD"],
        ["diff", "--theme", "1"],
        ["diff", "--owner", "Kaupunki"],
        ["diff", "-o", "muutokset.md"],
        ["diff", "--verbose"],
        ["diff", "1/2024"],
        ["diff", "--root", "r"],  # the program's option after the command
        ["render"],
    ],
)
def test_anything_else_is_left_to_typer(argv: list[str]) -> None:
    assert parse(argv) is None


CALLS = [
    ["diff"],
    ["diff", "-f", "md"],
    ["diff", "-f", "json", "--exit-code"],
    ["diff", "--from", "1/2024", "--to", "1/2025", "--only", "declined"],
    ["diff", "--from", "9/2099"],  # unknown: typer's path says so
    ["diff", "--only", "kaikki"],
    ["diff", "-f", "pdf"],
]


@pytest.mark.slow
@pytest.mark.parametrize("env", [{}, EN], ids=["fi", "en"])
@pytest.mark.parametrize("broken", [False, True], ids=["clean", "not-loading"])
def test_the_answer_is_the_typer_commands(
    mini: Path, tmp_path: Path, env: dict[str, str], broken: bool
) -> None:
    if broken:
        goal = mini / "data" / "goals" / "01-ensimmainen.yaml"
        text = goal.read_text(encoding="utf-8")
        goal.write_text(text.replace("  nimi:", "  nimu:", 1), encoding="utf-8")
    twin = tmp_path / "twin"
    shutil.copytree(mini, twin)
    typer_answers = run_many(CALLS, cwd=twin, env=env)  # cli.run: always typer's path
    for call, expected in zip(CALLS, typer_answers, strict=True):
        got = run_cli(*call, cwd=mini, env=env)
        assert (got.returncode, got.stdout, got.stderr) == tuple(expected), call


@pytest.mark.slow
def test_a_plain_diff_imports_neither_typer_nor_pydantic_nor_ruamel(mini: Path) -> None:
    done = subprocess.run([sys.executable, "-c", PROBE, "diff", "-f", "md"], cwd=mini,
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert (done.returncode, done.stderr) == (0, "heavy: \n")
    assert done.stdout == run_cli("diff", "-f", "md", cwd=mini).stdout
