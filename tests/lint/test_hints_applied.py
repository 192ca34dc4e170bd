"""Following a hint leads to valid data with the editor's text intact: each case breaks one
line of the made-up mini repository, checks the finding (position, message and hint in both
languages), writes the line the hint gives and lints again."""

from __future__ import annotations

from pathlib import Path

import pytest

from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.lint.config import LintConfig
from kuopio_ohjelma.lint.engine import lint
from kuopio_ohjelma.locale import set_language
from kuopio_ohjelma.problems import Problem

GOAL = "data/goals/01-ensimmainen.yaml"
LINE = "        tilanne: Ei alkanut."  # line 17; its value starts at column 18


def findings(root: Path, lang: str = "fi") -> list[Problem]:
    set_language(lang)
    try:
        return list(lint(load_repository(root), LintConfig()).findings)
    finally:
        set_language(None)


def replace_line(root: Path, old: str, new: str) -> None:
    path = root / GOAL
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def hinted_line(hint: str, marker: str) -> str:
    """The line of data a hint tells to write: everything from `marker` on."""
    return hint[hint.index(marker):]


# A note YAML 1.1 reads as true/false, a number or nothing: quoted as typed, never as what the
# parser made of it (true, 750, 1000.0, 16, inf, empty).
TYPED = ["On", "Yes", "no", "12:30", "1.0e+3", "0x10", ".inf", "1.10", "~", "null", "On # huom"]


@pytest.mark.parametrize("typed", TYPED)
def test_note_read_as_other_type_is_quoted_as_typed(mini: Path, typed: str) -> None:
    replace_line(mini, LINE, f"        tilanne: {typed}")
    shown = typed.split(" #")[0]
    fi, en = findings(mini, "fi"), findings(mini, "en")
    assert [(f.code, f.position.line, f.position.col) for f in fi] == [("E202", 17, 18)]
    assert fi[0].hint == (
        f'laita arvo lainausmerkkeihin, jotta se pysyy tekstinä: tilanne: "{shown}"'
    )
    assert en[0].hint == f'put the value in quotes so that it stays text: tilanne: "{shown}"'
    fixed = "        " + hinted_line(en[0].hint, "tilanne:")
    replace_line(mini, f"        tilanne: {typed}", fixed)
    assert findings(mini) == []
    assert note(mini) == shown


def note(root: Path, action: int = 0, period: str = "1/2024") -> str:
    goal = next(g for g in load_repository(root).goals if g.model.number == 1)
    return goal.model.actions[action].assessments[period].note


def test_exponent_without_point_stays_text(mini: Path) -> None:
    """`1e3` is text in YAML 1.1 (no point): nothing to report, the note is kept."""
    replace_line(mini, LINE, "        tilanne: 1e3")
    assert findings(mini) == []
    assert note(mini) == "1e3"


INDICATOR = "data/indicators/kokeilumittari.yaml"
SERIES = 'nimi: Kokeilumittari\nyksikkö: "%"\nhavainnot:\n  - vuosi: {year}\n    arvo: {value}\n'


@pytest.mark.parametrize(
    ("year", "value", "where", "marker"),
    [("2O24", "71.5", (4, 12), "vuosi:"), ("2024", "71.5 %", (5, 11), "arvo:")],
)
def test_number_hint_applied(
    mini: Path, year: str, value: str, where: tuple[int, int], marker: str
) -> None:
    path = mini / INDICATOR
    path.write_text(SERIES.format(year=year, value=value), encoding="utf-8")
    (found,) = findings(mini, "en")
    assert (found.code, found.position.line, found.position.col) == ("E202", *where)
    fixed = hinted_line(found.hint, marker).split(",")[0]  # `arvo: 71.5`, the unit is there
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[where[0] - 1] = lines[where[0] - 1][: where[1] - 1 - len(marker) - 1] + fixed
    path.write_text("\n".join(lines), encoding="utf-8")
    assert findings(mini) == []
    assert path.read_text(encoding="utf-8") == SERIES.format(year="2024", value="71.5")
