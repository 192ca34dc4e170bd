"""The publishing commands (render, sheet export, export) refuse data with lint errors, exit 1
with the findings as lint shows them, and write nothing; diff, which is for review, still
compares it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli

FINDING = "data/goals/01-ensimmainen.yaml:16:21: E401 eteneminen 'x' ei ole asteikolla"


@pytest.fixture
def off_scale(mini: Path) -> Path:
    goal = mini / "data" / "goals" / "01-ensimmainen.yaml"
    text = goal.read_text(encoding="utf-8")
    goal.write_text(text.replace('eteneminen: "-"', 'eteneminen: "x"', 1), encoding="utf-8")
    return mini


@pytest.mark.parametrize(
    ("args", "written"),
    [(("render", "-o", "r.html"), "r.html"),
     (("sheet", "export", "-o", "k.xlsx"), "k.xlsx"),
     (("export", "-o", "avoin"), "avoin")],
)
def test_publishing_refuses_data_with_lint_errors(
    off_scale: Path, args: tuple[str, ...], written: str
) -> None:
    result = run_cli(*args, cwd=off_scale)
    assert result.returncode == 1
    assert FINDING in result.stderr
    assert "ohjelma: data ei läpäise tarkistusta (ohjelma lint)" in result.stderr
    assert not (off_scale / written).exists()


def test_render_to_standard_output_prints_nothing_of_it(off_scale: Path) -> None:
    result = run_cli("render", "-f", "md", cwd=off_scale)
    assert (result.returncode, result.stdout) == (1, "")


def test_diff_still_compares_it_for_review(off_scale: Path) -> None:
    result = run_cli("diff", cwd=off_scale)
    assert result.returncode == 0, result.stderr
