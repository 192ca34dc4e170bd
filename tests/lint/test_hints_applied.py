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


# A mistyped period key right after a one-line note, with its lines under it: the key is
# named with its did-you-mean (was: taken for a line of the note, and quoting it lost the period).
PERIOD = '      1/2025:\n        eteneminen: "+"\n        tilanne: Valmis.\n'
MISTYPED = ["1/2O25", "1/25", "1-2025", "1 /2025", "Tilanne 1/2025"]


@pytest.mark.parametrize("typed", MISTYPED)
def test_mistyped_period_after_one_line_note(mini: Path, typed: str) -> None:
    replace_line(mini, PERIOD, PERIOD.replace("1/2025", typed))
    fi, en = findings(mini, "fi"), findings(mini, "en")
    assert [(f.code, f.position.line, f.position.col) for f in fi] == [("E204", 18, 7)]
    assert (fi[0].message, fi[0].hint) == (f"'{typed}' ei ole kausi", "tarkoititko '1/2025'?")
    assert (en[0].message, en[0].hint) == (f"'{typed}' is not a period", "did you mean '1/2025'?")
    replace_line(mini, f"      {typed}:", "      1/2025:")  # the hint followed
    assert findings(mini) == []
    assert (note(mini), note(mini, period="1/2025")) == ("Ei alkanut.", "Valmis.")


TOO_DEEP = {
    "block": '        1/2025:\n          eteneminen: "+"\n          tilanne: Valmis.\n',
    "key only": '        1/2025:\n        eteneminen: "+"\n        tilanne: Valmis.\n',
}


@pytest.mark.parametrize("written", TOO_DEEP.values(), ids=TOO_DEEP.keys())
def test_period_indented_into_the_period_above(mini: Path, written: str) -> None:
    replace_line(mini, PERIOD, written)
    fi, en = findings(mini, "fi"), findings(mini, "en")
    assert [(f.code, f.position.line, f.position.col) for f in fi] == [("E202", 18, 9)]
    assert fi[0].message == "'1/2025' on kauden '1/2024' sisällä: rivi on sisennetty liian syvälle"
    assert fi[0].hint == (
        "kirjoita '1/2025:' samaan sarakkeeseen kuin '1/2024' (6 välilyöntiä) ja sen alle "
        "kuuluvat rivit 8 välilyönnin sisennyksellä"
    )
    assert en[0].message == "'1/2025' is inside the period '1/2024': the line is indented too deep"
    assert en[0].hint == (
        "write '1/2025:' at the column of '1/2024' (6 spaces) and its lines under it 8 spaces in"
    )
    fixed = "".join(" " * (6 if i == 0 else 8) + line.strip() + "\n"
                    for i, line in enumerate(written.splitlines()))
    replace_line(mini, written, fixed)
    assert findings(mini) == []
    assert (note(mini), note(mini, period="1/2025")) == ("Ei alkanut.", "Valmis.")


def test_capitalised_list_key_after_one_line_name(mini: Path) -> None:
    """`Toimenpiteet:` under `nimi: Ensimmäinen tavoite`: a mistyped key with its items, not a
    line of the name; the missing 'toimenpiteet' is not reported apart from it."""
    replace_line(mini, "\ntoimenpiteet:\n", "\nToimenpiteet:\n")
    fi, en = findings(mini, "fi"), findings(mini, "en")
    assert [(f.code, f.position.line, f.position.col) for f in fi] == [("E203", 7, 1)]
    assert (fi[0].message, fi[0].hint) == (
        "tuntematon avain 'Toimenpiteet'", "tarkoititko 'toimenpiteet'?"
    )
    assert (en[0].message, en[0].hint) == (
        "unknown key 'Toimenpiteet'", "did you mean 'toimenpiteet'?"
    )
    replace_line(mini, "\nToimenpiteet:\n", "\ntoimenpiteet:\n")
    assert findings(mini) == []


# A known key without its colon, with its value on the line: named at its own line, right
# after the key, with the whole line to write (was: the next line, with an unfitting hint).
NO_COLON = [
    ('        eteneminen: "-"', 16, 19),
    ("        tilanne: Ei alkanut.", 17, 16),
    ("    nimi: Paraneva toimenpide", 9, 9),
    ("numero: 1", 2, 7),
]


@pytest.mark.parametrize(
    ("right", "line", "col"), NO_COLON, ids=[r.split(":")[0].strip() for r, *_ in NO_COLON]
)
def test_known_key_without_colon(mini: Path, right: str, line: int, col: int) -> None:
    written = right.replace(":", "", 1)
    replace_line(mini, right + "\n", written + "\n")
    fi, en = findings(mini, "fi"), findings(mini, "en")
    assert [(f.code, f.position.line, f.position.col) for f in fi] == [("E101", line, col)]
    key = right.split(":")[0].strip()
    assert (fi[0].message, fi[0].hint) == (
        f"kaksoispiste puuttuu avaimen '{key}' perästä", f"kirjoita: {right.strip()}"
    )
    assert (en[0].message, en[0].hint) == (
        f"the colon is missing after '{key}'", f"write: {right.strip()}"
    )
    replace_line(mini, written + "\n", " " * (len(right) - len(right.lstrip()))
                 + hinted_line(en[0].hint, key) + "\n")
    assert findings(mini) == []


def test_hash_inside_note_hint_applied(mini: Path) -> None:
    """`tilanne: Hanke #2 käynnistyi.` kept only 'Hanke'; quoted as the hint says, all is kept."""
    replace_line(mini, LINE, "        tilanne: Hanke #2 käynnistyi.")
    (found,) = findings(mini, "en")
    assert (found.code, found.position.line, found.position.col) == ("W118", 17, 24)
    fixed = hinted_line(found.hint, "tilanne:").split(" — ")[0]
    replace_line(mini, "        tilanne: Hanke #2 käynnistyi.", "        " + fixed)
    assert findings(mini) == []
    assert note(mini) == "Hanke #2 käynnistyi."


def test_duplicate_action_id_hint_applied(mini: Path) -> None:
    """T1.2 changed to T1.3: the hint's id (the one the sequence misses) makes the goal clean."""
    replace_line(mini, "  - tunnus: T1.2\n", "  - tunnus: T1.3\n")
    (found,) = findings(mini, "en")
    assert (found.code, found.position.line, found.position.col) == ("E302", 21, 13)
    replace_line(mini, "  - tunnus: T1.3\n", "  - tunnus: " + found.hint.rsplit(" ", 1)[1] + "\n")
    assert findings(mini) == []


PASTED = [
    ('"Hanke "Future Savo" jatkuu."', 'Hanke "Future Savo" jatkuu.'),
    ("'Kaupungin 'Hyvä arki' -malli.'", "Kaupungin 'Hyvä arki' -malli."),
    ('"Hanke "Future" ja \'Talent\' jatkuvat."', "Hanke \"Future\" ja 'Talent' jatkuvat."),
    ("- ensimmäinen kohta", "- ensimmäinen kohta"),
]


@pytest.mark.parametrize(("typed", "meant"), PASTED, ids=[m for _, m in PASTED])
def test_pasted_note_hint_applied(mini: Path, typed: str, meant: str) -> None:
    """Quotes inside quotes, a pasted bullet: the line the hint gives keeps the note whole."""
    replace_line(mini, LINE, f"        tilanne: {typed}")
    (found,) = findings(mini, "en")
    assert (found.code, found.position.line) == ("E101", 17)
    fixed = hinted_line(found.hint, "tilanne:").split(" — ")[0]
    replace_line(mini, f"        tilanne: {typed}", "        " + fixed)
    assert findings(mini) == []
    assert note(mini) == meant
