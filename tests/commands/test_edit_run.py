"""The front door of `status set` and `period open` takes only the plain calls; everything
else (help, mistakes, unusual forms) is left to typer, which answers as it always has."""

from __future__ import annotations

from pathlib import Path

import pytest

from kuopio_ohjelma.commands.edit_run import Call, parse
from tests.helpers import EN, run_cli


@pytest.mark.parametrize(
    ("argv", "call"),
    [
        (["status", "set", "T1.1", "+", "--note", "Valmis."],
         Call("status set", ["T1.1", "+"], {"note": "Valmis."})),
        (["--root", "r", "--lang", "en", "status", "set", "T1.1", "-?", "--note=x"],
         Call("status set", ["T1.1", "-?"], {"root": "r", "lang": "en", "note": "x"})),
        (["status", "set", "--period", "1/2024", "T1.1", "-", "--force", "--clear-note"],
         Call("status set", ["T1.1", "-"], {"period": "1/2024", "force": "",
                                            "clear-note": ""})),
        (["period", "open", "1/2026", "--label", "Tilanne 1/2026"],
         Call("period open", ["1/2026"], {"label": "Tilanne 1/2026"})),
    ],
)
def test_plain_calls_are_recognised(argv: list[str], call: Call) -> None:
    assert parse(argv) == call


@pytest.mark.parametrize(
    "argv",
    [
        ["status", "set", "--help"],
        ["status", "set", "T1.1", "+", "-h"],
        ["status", "set", "T1.1"],  # a missing argument: typer says so
        ["status", "set", "T1.1", "+", "extra"],
        ["status", "set", "T1.1", "+", "--note", "a", "--note", "b"],
        ["status", "set", "T1.1", "+", "--note", "-"],  # standard input is read by typer
        ["status", "set", "T1.1", "+", "--note", "-5 %"],  # a value like an option
        ["status", "set", "T1.1", "+", "--note", ""],
        ["status", "set", "T1.1", "+", "--", "--note"],
        ["status", "set", "T1.1", "+", "--lang", "en"],  # a global option after the command
        ["status", "set", "T1.1", "--x"],
        ["status", "show", "T1.1"],
        ["period", "open", "1/2026", "--label"],
        ["--version", "period", "open", "1/2026"],
    ],
)
def test_anything_else_is_left_to_typer(argv: list[str]) -> None:
    assert parse(argv) is None


def test_a_mistake_gets_typers_answer(mini: Path) -> None:
    result = run_cli("status", "set", "T1.1", cwd=mini, env=EN)
    assert result.returncode == 2
    assert result.stderr.endswith("ohjelma: error: missing argument MARK\n")
