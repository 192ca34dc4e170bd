"""Configuration chooses rules, never what loads: data that does not load or that the report
cannot show is an error whatever ohjelma.toml or a disable comment says (README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kuopio_ohjelma.lint.protected import protected_codes
from tests.helpers import EN, run_cli

GOAL = Path("data") / "goals" / "01-ensimmainen.yaml"


def test_the_protected_rules_are_the_ones_readme_names() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert protected_codes() == [
        "E101", "E102", "E103", "E104", "E107", "E108", "E109", "E110", "E111", "E112",
        "E113", "E115", "E117", "E119", "E201", "E202", "E203", "E204", "E401", "E601", "E602",
    ]
    assert (
        "(every error the loader finds: E101–E104, E107–E113, E115, E117, E119, E201–E204, "
        "E601, E602)" in " ".join(readme.split())
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("setting", "place"),
    [
        ('ignore = ["E"]', "ohjelma.toml:2:11: W119"),
        ('ignore = ["yaml-syntax"]', "ohjelma.toml:2:11: W119"),
        ('severity = { E101 = "warning" }', "ohjelma.toml:2:14: W119"),
        ('select = ["W"]', "ohjelma.toml:2:1: W119"),
    ],
)
def test_a_file_that_does_not_parse_fails_lint_whatever_the_configuration(
    mini: Path, setting: str, place: str
) -> None:
    goal = mini / GOAL
    goal.write_text(goal.read_text(encoding="utf-8") + "x: [\n", encoding="utf-8")
    (mini / "ohjelma.toml").write_text(f"[lint]\n{setting}\n", encoding="utf-8")
    result = run_cli("lint", cwd=mini, env=EN)
    assert result.returncode == 1
    assert ": E101 " in result.stdout
    assert next(line for line in result.stdout.splitlines() if ": W119 " in line).startswith(place)


@pytest.mark.slow
def test_an_off_scale_mark_never_reaches_output(mini: Path, tmp_path: Path) -> None:
    goal = mini / GOAL
    text = goal.read_text(encoding="utf-8")
    goal.write_text(text.replace('eteneminen: "+"', 'eteneminen: "x"  # ohjelma: disable=E401',
                                 1), encoding="utf-8")
    (mini / "ohjelma.toml").write_text('[lint]\nignore = ["E401"]\n', encoding="utf-8")
    for args in (("lint",), ("render", "-o", str(tmp_path / "r.html")),
                 ("sheet", "export", "-o", str(tmp_path / "s.xlsx")),
                 ("export", "-o", str(tmp_path / "avoin"))):
        result = run_cli(*args, cwd=mini)
        assert result.returncode == 1, (args, result.stderr)
        assert "E401 eteneminen 'x' ei ole asteikolla" in result.stdout + result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mini"]
