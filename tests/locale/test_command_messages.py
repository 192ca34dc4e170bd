"""The editing and output commands answer in Finnish by default and in English on request."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import EN, run_cli


def _error(*args: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = run_cli(*args, cwd=cwd, env=env)
    assert result.returncode == 2, result.stdout
    return result.stderr


def test_an_unknown_action(mini: Path) -> None:
    args = ("status", "set", "T4.22", "+")
    assert _error(*args, cwd=mini) == (
        "ohjelma: virhe: tuntematon toimenpide 'T4.22'; tavoitetta 4 ei ole; tavoitteet ovat 1, 2\n"
    )
    assert _error(*args, cwd=mini, env=EN) == (
        "ohjelma: error: unknown action 'T4.22'; there is no goal 4; the goals are 1, 2\n"
    )


def test_a_mark_that_is_not_on_the_scale(mini: Path) -> None:
    allowed = '"+", "+/-", "-", "?", "+?", "+/-?", "-?"'
    args = ("status", "set", "T2.1", "xyz")
    assert _error(*args, cwd=mini) == (
        f"ohjelma: virhe: eteneminen 'xyz' ei ole asteikolla; sallitut: {allowed}\n"
    )
    assert _error(*args, cwd=mini, env=EN) == (
        f"ohjelma: error: progress 'xyz' is not on the scale; allowed: {allowed}\n"
    )


def test_a_report_into_the_data_folder(mini: Path) -> None:
    args = ("render", "-o", "data/x.html")
    assert _error(*args, cwd=mini) == (
        "ohjelma: virhe: data/x.html (raportti): mitään ei kirjoitettu: polku on datakansiossa "
        "data/; anna polku sen ulkopuolelta, esim. raportti.html\n"
    )
    assert _error("--lang", "en", *args, cwd=mini) == (
        "ohjelma: error: data/x.html (report): nothing was written: it is inside the data folder "
        "data/; give a path outside it, such as report.html\n"
    )
    assert not (mini / "data" / "x.html").exists()


def test_the_system_reason_is_worded_too(mini: Path) -> None:
    args = ("status", "set", "T2.1", "+", "--note-file", "puuttuu.txt")
    assert _error(*args, cwd=mini) == (
        "ohjelma: virhe: --note-file puuttuu.txt: tiedostoa ei voi lukea: "
        "tiedostoa tai kansiota ei ole\n"
    )
    assert _error(*args, cwd=mini, env=EN) == (
        "ohjelma: error: --note-file puuttuu.txt: cannot read it: no such file or folder\n"
    )


def test_fmt_says_what_it_would_reformat(mini: Path) -> None:
    goal = mini / "data" / "goals" / "02-toinen.yaml"
    goal.write_text(goal.read_text(encoding="utf-8").replace("nimi: Toinen", "nimi:   Toinen", 1))
    finnish = run_cli("fmt", "--check", cwd=mini)
    assert (finnish.returncode, finnish.stdout) == (1, f"muotoiltaisiin {goal.relative_to(mini)}\n")
    english = run_cli("fmt", "--check", cwd=mini, env=EN)
    assert english.stdout == f"would reformat {goal.relative_to(mini)}\n"
