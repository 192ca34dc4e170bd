"""`fmt` and `lint` take data files and folders of them; any other path is a usage error.

`ohjelma fmt README.md` used to end with 0 having done nothing, as if the file were fine.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import EN, run_cli

COMMANDS = [("fmt",), ("fmt", "--check"), ("lint",)]
NOT_DATA = ["README.md", "docs", "data/muistiinpanot.txt", "luonnos.yaml", "data/goals/x.md"]


def _strays(mini: Path) -> None:
    (mini / "README.md").write_text("# ohje\n", encoding="utf-8")
    (mini / "docs").mkdir()
    (mini / "data" / "muistiinpanot.txt").write_text("x\n", encoding="utf-8")
    shutil.copy(mini / "data" / "goals" / "01-ensimmainen.yaml", mini / "luonnos.yaml")
    (mini / "data" / "goals" / "x.md").write_text("x\n", encoding="utf-8")


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("path", NOT_DATA)
def test_a_path_that_is_not_a_data_file_is_refused(
    mini: Path, command: tuple[str, ...], path: str
) -> None:
    _strays(mini)
    before = {p: p.read_bytes() for p in mini.rglob("*") if p.is_file()}
    result = run_cli(*command, path, cwd=mini)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    assert result.stderr == (
        f"ohjelma: virhe: {path} ei ole ohjelman datatiedosto: anna .yaml-tiedosto kansiosta "
        "data/ (kansioista goals/ tai indicators/, tai programme.yaml) tai niitä sisältävä "
        "kansio\n"
    )
    assert {p: p.read_bytes() for p in mini.rglob("*") if p.is_file()} == before


def test_the_refusal_in_english(mini: Path) -> None:
    _strays(mini)
    result = run_cli("fmt", "README.md", cwd=mini, env=EN)
    assert (result.returncode, result.stderr) == (
        2,
        "ohjelma: error: README.md is not a data file of the programme: name a .yaml file in "
        "data/ (in goals/ or indicators/, or programme.yaml) or a folder of them\n",
    )


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_missing_path_is_refused(mini: Path, command: tuple[str, ...]) -> None:
    result = run_cli(*command, "data/goals/09-puuttuu.yaml", cwd=mini)
    assert (result.returncode, result.stderr) == (
        2,
        "ohjelma: virhe: data/goals/09-puuttuu.yaml: tiedostoa tai kansiota ei ole\n",
    )


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize(
    "path", [".", "data", "data/goals", "data/goals/01-ensimmainen.yaml", "data/programme.yaml"]
)
def test_data_files_and_their_folders_are_taken(
    mini: Path, command: tuple[str, ...], path: str
) -> None:
    result = run_cli(*command, path, cwd=mini)
    assert result.returncode == 0, result.stdout + result.stderr


def test_lint_takes_an_indicators_csv(mini: Path) -> None:
    csv = mini / "data" / "indicators" / "kokeilumittari.csv"
    csv.write_text("vuosi,arvo\n", encoding="utf-8")
    result = run_cli("lint", "data/indicators/kokeilumittari.csv", cwd=mini)
    assert result.returncode == 0, result.stdout + result.stderr
    refused = run_cli("fmt", "data/indicators/kokeilumittari.csv", cwd=mini)
    assert refused.returncode == 2, refused.stderr
