"""The front door of `render` makes the plain calls without typer, with the typer command's
answer to the byte; everything else (help, templates, a selection, unusual forms) is left to
typer."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kuopio_ohjelma.commands.render_run import parse
from tests.edit.test_quick import PROBE  # reports pydantic, typer, ruamel, filelock, click
from tests.helpers import EN, run_cli, run_many


@pytest.mark.parametrize(
    ("argv", "parsed"),
    [
        (["render"], ({}, {})),
        (["--root", "r", "--lang", "en", "render", "-f", "html", "--lang", "fi"],
         ({"root": "r", "lang": "en"}, {"format": "html", "lang": "fi"})),
        (["render", "-o", "r.md", "--period=1/2024", "--date", "2025-05-31", "--force"],
         ({}, {"output": "r.md", "period": "1/2024", "date": "2025-05-31", "force": ""})),
    ],
)
def test_plain_calls_are_recognised(
    argv: list[str], parsed: tuple[dict[str, str], dict[str, str]]
) -> None:
    assert parse(argv) == parsed


@pytest.mark.parametrize(
    "argv",
    [
        ["render", "--help"],
        ["render", "-f=html"],  # click reads the value "=html": typer says so
        ["render", "-f"],
        ["render", "-f", "md", "-f", "html"],
        ["render", "--templates", "omat"],
        ["render", "--theme", "alpha"],
        ["render", "--owner", "Kaupunki"],
        ["render", "-o", "-"],
        ["render", "raportti.md"],
        ["render", "--root", "r"],  # the program's option after the command
        ["--version", "render"],
        ["lint"],
    ],
)
def test_anything_else_is_left_to_typer(argv: list[str]) -> None:
    assert parse(argv) is None


CALLS = [
    ["render"],
    ["render", "-f", "html"],
    ["render", "-f", "md", "--lang", "en", "--period", "1/2024"],
    ["render", "--date", "2025-05-31", "-f", "html"],
    ["render", "-o", "raportti.html"],
    ["render", "--period", "9/2099"],  # unknown: said after lint, once
    ["render", "-o", "data/raportti.html"],  # refused: typer's path says why
    ["render", "-f", "pdf"],
    ["render", "--date", "31.5.2025"],
]


@pytest.mark.slow
@pytest.mark.parametrize("env", [{}, EN], ids=["fi", "en"])
@pytest.mark.parametrize("broken", [False, True], ids=["clean", "lint-errors"])
def test_the_answer_is_the_typer_commands(
    mini: Path, tmp_path: Path, env: dict[str, str], broken: bool
) -> None:
    if broken:
        goal = mini / "data" / "goals" / "01-ensimmainen.yaml"
        text = goal.read_text(encoding="utf-8")
        goal.write_text(text.replace('eteneminen: "-"', 'eteneminen: "x"', 1), encoding="utf-8")
    twin = tmp_path / "twin"
    shutil.copytree(mini, twin)
    typer_answers = run_many(CALLS, cwd=twin, env=env)  # cli.run: always typer's path
    for call, expected in zip(CALLS, typer_answers, strict=True):
        got = run_cli(*call, cwd=mini, env=env)
        assert (got.returncode, got.stdout, got.stderr) == tuple(expected), call
    assert (mini / "raportti.html").exists() is not broken
    if not broken:
        assert (mini / "raportti.html").read_bytes() == (twin / "raportti.html").read_bytes()


@pytest.mark.slow
def test_a_plain_render_imports_neither_typer_nor_pydantic_nor_ruamel(mini: Path) -> None:
    done = subprocess.run([sys.executable, "-c", PROBE, "render", "-f", "html"], cwd=mini,
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert (done.returncode, done.stderr) == (0, "heavy: \n")
    assert done.stdout == run_cli("render", "-f", "html", cwd=mini).stdout
