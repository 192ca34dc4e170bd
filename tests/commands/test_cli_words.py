"""typer's and click's own words (help, usage errors) come in Finnish, or English on request.

The matrix runs every command (and the program itself) with --help, an unknown option, a
missing argument, an option without its value, a value of the wrong kind and an extra
argument, in both languages; the commands and their parameters are read from the app itself,
so a new command or option is covered without touching this file.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import typer.main

from kuopio_ohjelma.cli import app
from kuopio_ohjelma.commands import cli_words
from tests.conftest import MINI
from tests.helpers import EN, Answer, run_cli, run_many

# Words that give English away in a Finnish answer (click's, typer's, pydantic's).
ENGLISH = re.compile(
    r"\b(Usage|Options|Arguments|Commands|Error|Try|Show|help for|required|default|Missing"
    r"|missing|Invalid|invalid|No such|no such|Did you mean|Got|unexpected|requires|does not"
    r"|Possible|Aborted|Input should|not a valid|is not|Install completion|Choose)\b"
    r"|<\w+>|list\[|\{[A-Z]+\}"
)


class Case(NamedTuple):
    args: tuple[str, ...]
    code: int


def _tree() -> list[tuple[tuple[str, ...], Any]]:
    """Every command path with its click command, the program itself first."""
    root = typer.main.get_command(app)
    ctx = typer.main._click.Context(root, info_name="ohjelma")
    found: list[tuple[tuple[str, ...], Any]] = []

    def walk(path: tuple[str, ...], command: Any) -> None:
        found.append((path, command))
        if hasattr(command, "list_commands"):
            for name in command.list_commands(ctx):
                walk((*path, name), command.get_command(ctx, name))

    walk((), root)
    return found


def _cases() -> list[Case]:
    cases: list[Case] = []
    for path, command in _tree():
        cases.append(Case((*path, "--help"), 0))
        cases.append(Case((*path, "--olematon"), 2))
        if hasattr(command, "list_commands"):
            cases.append(Case((*path, "olematon"), 2))
            continue
        arguments = [p for p in command.params if p.param_type_name == "argument"]
        required = [p for p in arguments if p.required]
        filled = tuple("T1.1" for _ in required)
        if required:
            cases.append(Case(path, 2))  # the first argument missing
        if not any(p.nargs != 1 for p in arguments):
            cases.append(Case((*path, *filled, "ylimaarainen"), 2))
        for option in command.params:
            if option.param_type_name != "option" or option.hidden or option.is_flag:
                continue
            cases.append(Case((*path, *filled, option.opts[0]), 2))  # no value
            if "int" in str(option.type_descriptor.annotation):
                cases.append(Case((*path, *filled, option.opts[0], "x"), 2))
    return cases


CASES = _cases()


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Answer]]:
    repo = tmp_path_factory.mktemp("words") / "mini"
    shutil.copytree(MINI, repo)
    return {
        lang: run_many([c.args for c in CASES], repo, {"OHJELMA_LANG": lang})
        for lang in ("fi", "en")
    }


@pytest.mark.slow
@pytest.mark.parametrize("index", range(len(CASES)), ids=[" ".join(c.args) for c in CASES])
def test_every_answer_of_the_command_line_is_finnish_by_default(
    index: int, answers: dict[str, list[Answer]]
) -> None:
    case, answer = CASES[index], answers["fi"][index]
    said = answer.stdout + answer.stderr
    assert answer.code == case.code, said
    assert "Traceback" not in said
    assert not ENGLISH.findall(said), said
    if case.code == 2:
        assert "ohjelma: virhe: " in answer.stderr


@pytest.mark.slow
@pytest.mark.parametrize("index", range(len(CASES)), ids=[" ".join(c.args) for c in CASES])
def test_every_answer_is_english_on_request(index: int, answers: dict[str, list[Answer]]) -> None:
    case, answer = CASES[index], answers["en"][index]
    assert answer.code == case.code, answer.stderr
    if case.code == 0:
        assert answer.stdout.startswith("Usage: ohjelma")
        assert "Show this message and exit." in answer.stdout
    else:
        assert "ohjelma: error: " in answer.stderr
        assert not re.search(r"\b(virhe|tuntematon|puuttuu|Käyttö)\b", answer.stderr)


# A placeholder in a help: the word after an option on its row, or a word of the usage line.
OPTION_ROW = re.compile(r"^ +((?:-\w, )?--[\w-]+(?:, --[\w\-äöå]+)*) (\S+)(?: |$)", re.M)
USAGE_LINE = re.compile(r"^\S+: ohjelma(.*)$", re.M)


def _placeholders(help_text: str) -> dict[str, str]:
    """Each placeholder of a help, keyed by where it stands (an option, or its usage slot)."""
    found = {f"option {m[1]}": m[2] for m in OPTION_ROW.finditer(help_text)}
    usage = USAGE_LINE.search(help_text)
    for slot, word in enumerate(usage[1].split() if usage else []):
        found[f"usage word {slot}"] = word
    return found


HELPS = [index for index, case in enumerate(CASES) if case.args[-1:] == ("--help",)]


@pytest.mark.slow
@pytest.mark.parametrize("index", HELPS, ids=[" ".join(CASES[i].args) for i in HELPS])
def test_no_help_shows_an_english_placeholder_in_finnish(
    index: int, answers: dict[str, list[Answer]]
) -> None:
    """An uppercase placeholder (UNIT, FILE, [OPTIONS]) is a word: Finnish in a Finnish help.

    Compared with the English help of the same command, slot by slot, so that a placeholder
    nobody translated shows up whatever its word; command names and fi|en are the same in
    both languages and are not uppercase."""
    finnish = _placeholders(answers["fi"][index].stdout)
    english = _placeholders(answers["en"][index].stdout)
    assert finnish.keys() == english.keys()
    same = {
        slot: word
        for slot, word in finnish.items()
        if re.search(r"[A-Z]{2}", word) and english[slot] == word
    }
    assert not same, answers["fi"][index].stdout


def test_the_help_of_a_command_in_finnish() -> None:
    result = run_cli("status", "show", "--help")
    assert result.stdout == (
        "Käyttö: ohjelma status show [VALITSIMET] TOIMENPIDE\n"
        "\n"
        "  Näytä toimenpiteen arviot kaikilta kausilta.\n"
        "\n"
        "Argumentit:\n"
        "  TOIMENPIDE  Toimenpiteen tunnus, esim. T4.2.  [pakollinen]\n"
        "\n"
        "Valitsimet:\n"
        "  --help  Näytä tämä ohje ja lopeta.\n"
    )
    english = run_cli("status", "show", "--help", env=EN)
    assert english.stdout == (
        "Usage: ohjelma status show [OPTIONS] ACTION\n"
        "\n"
        "  Show an action's assessments in every period.\n"
        "\n"
        "Arguments:\n"
        "  ACTION  Action id, e.g. T4.2.  [required]\n"
        "\n"
        "Options:\n"
        "  --help  Show this message and exit.\n"
    )


def test_a_list_argument_shows_its_metavar_not_its_python_type() -> None:
    result = run_cli("fmt", "--help")
    assert "Käyttö: ohjelma fmt [VALITSIMET] [TIEDOSTO]...\n" in result.stdout
    assert "\n  TIEDOSTO...  Tiedostot (oletus: kaikki datatiedostot).\n" in result.stdout


def test_a_missing_argument(mini: Path) -> None:
    result = run_cli("status", "set", "T1.1", cwd=mini)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "Käyttö: ohjelma status set [VALITSIMET] TOIMENPIDE MERKKI\n"
        "Ohje: ohjelma status set --help\n"
        "\n"
        "ohjelma: virhe: argumentti MERKKI puuttuu\n"
    )
    english = run_cli("status", "set", "T1.1", cwd=mini, env=EN)
    assert english.stderr == (
        "Usage: ohjelma status set [OPTIONS] ACTION MARK\n"
        "Help: ohjelma status set --help\n"
        "\n"
        "ohjelma: error: missing argument MARK\n"
    )


@pytest.mark.parametrize(
    ("args", "finnish", "english"),
    [
        (
            ("lint", "--frmat", "x"),
            "tuntematon valitsin: --frmat; tarkoititko '--format'?",
            "no such option: --frmat; did you mean '--format'?",
        ),
        (
            ("lnt",),
            "tuntematon komento 'lnt'; tarkoititko 'lint'?",
            "No such command 'lnt'. Did you mean 'lint'?",
        ),
        (
            ("status", "sett"),
            "tuntematon komento 'sett'; tarkoititko 'set'?",
            "No such command 'sett'. Did you mean 'set'?",
        ),
        (
            ("render", "--goal", "x"),
            "virheellinen arvo: --goal: 'x' ei ole kokonaisluku",
            "invalid value for --goal: 'x' is not a whole number",
        ),
        (
            ("rules", "kaikki"),
            "ylimääräinen argumentti: kaikki",
            "Got unexpected extra argument(s) (kaikki)",
        ),
        (("export",), "valitsin --output / -o puuttuu", "missing option --output / -o"),
    ],
)
def test_usage_errors_in_both_languages(
    args: tuple[str, ...], finnish: str, english: str, mini: Path
) -> None:
    result = run_cli(*args, cwd=mini)
    assert result.returncode == 2
    assert result.stderr.endswith(f"\nohjelma: virhe: {finnish}\n"), result.stderr
    result = run_cli(*args, cwd=mini, env=EN)
    assert result.stderr.endswith(f"\nohjelma: error: {english}\n"), result.stderr


def test_an_option_without_its_value_is_one_line(mini: Path) -> None:
    result = run_cli("render", "--period", cwd=mini)
    assert (result.returncode, result.stderr) == (
        2,
        "ohjelma: virhe: valitsimelta '--period' puuttuu arvo\n",
    )


@pytest.mark.parametrize(
    ("typed", "answer"),
    [("k\n", True), ("Kyllä\n", True), ("y\n", True), ("e\n", False), ("\n", False), ("", False)],
)
def test_a_question_is_answered_in_finnish(
    typed: str, answer: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    assert cli_words.confirm("Muutetaanko silti?") is answer
    assert capsys.readouterr().err.startswith("Muutetaanko silti? [k/E]: ")


def test_an_answer_that_is_neither_is_asked_again(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("ehkä\nk\n"))
    assert cli_words.confirm("Muutetaanko silti?") is True
    assert "vastaa k tai e\n" in capsys.readouterr().err
