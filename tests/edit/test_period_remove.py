"""`ohjelma period remove`: a mistyped `period open` undone byte for byte; a period that
files have entries for is refused with the places, nothing written."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import run_cli


def test_period_remove_undoes_a_mistyped_open(mini: Path) -> None:
    programme = mini / "data" / "programme.yaml"
    before = programme.read_bytes()
    assert run_cli("period", "open", "2/2025", cwd=mini).returncode == 0
    result = run_cli("period", "remove", "2/2025", cwd=mini)
    assert (result.returncode, result.stdout, result.stderr) == (
        0, "Poistettiin kausi 2/2025 tiedostosta data/programme.yaml.\n", ""
    )
    assert programme.read_bytes() == before


def test_period_remove_refuses_a_period_with_entries(mini: Path) -> None:
    programme = mini / "data" / "programme.yaml"
    before = programme.read_bytes()
    result = run_cli("period", "remove", "1/2025", cwd=mini)
    assert result.returncode == 2
    assert result.stderr == (
        "ohjelma: virhe: kaudella '1/2025' on merkintöjä kohdissa "
        "data/goals/01-ensimmainen.yaml:18:7, data/goals/01-ensimmainen.yaml:29:7, "
        "data/goals/01-ensimmainen.yaml:41:7, data/goals/02-toinen.yaml:14:7, "
        "data/goals/02-toinen.yaml:22:7, data/goals/02-toinen.yaml:33:7; mitään ei poistettu. "
        "Korjaa kausi niihin (jos se on kirjoitettu väärin) tai poista merkinnät ja aja "
        "sitten uudelleen 'ohjelma period remove 1/2025'\n"
    )
    assert programme.read_bytes() == before


def test_period_remove_of_an_unknown_period_hints_the_declared(mini: Path) -> None:
    result = run_cli("period", "remove", "1/2205", cwd=mini)
    assert (result.returncode, result.stderr) == (
        2, "ohjelma: virhe: tuntematon kausi '1/2205'; tarkoititko '1/2025'?\n"
    )
