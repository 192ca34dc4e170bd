"""A mark typed by a person is read by one rule in `status set` and `sheet import`: exactly a
scale code, or a code with its own label as the drop-down writes it; a look-alike dash is
read and said; anything else is refused with the same did-you-mean and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import report_lines
from tests.sheets.conftest import Run
from tests.sheets.workbooks import fill, git_diff

# (typed, the refusal's message, its hint), as both commands say them.
ALLOWED = 'sallitut: "+", "+/-", "-", "?", "+?", "+/-?", "-?"'
REFUSED = [
    ("+ / -", "eteneminen '+ / -' ei ole asteikolla", 'tarkoititko "+/-"?'),
    ("+ /-", "eteneminen '+ /-' ei ole asteikolla", 'tarkoititko "+/-"?'),
    ("- / +", "eteneminen '- / +' ei ole asteikolla", ALLOWED),
    ("+/- ?", "eteneminen '+/- ?' ei ole asteikolla", 'tarkoititko "+/-?"?'),
    ("- ?", "eteneminen '- ?' ei ole asteikolla", 'tarkoititko "-?"?'),
    ("? +", "eteneminen '? +' ei ole asteikolla", ALLOWED),
    ("+ eli hyvä", "eteneminen '+ eli hyvä' ei ole asteikolla", 'tarkoititko "+"?'),
    ("osittain", "eteneminen 'osittain' ei ole asteikolla", 'tarkoititko "+/-"?'),
    ("Etenee myönteisesti", "eteneminen 'Etenee myönteisesti' ei ole asteikolla",
     'tarkoititko "+"?'),
    ("+/-  Etenee myönteisesti",
     "merkki \"+/-\" ja sen selite 'Etenee myönteisesti' eivät sovi yhteen: selite kuuluu "
     'merkille "+"', 'valitse toinen: "+/-" tai "+"'),
]
# (typed, the code written, what is said about it: nothing for a code or a drop-down entry)
READ = [
    ("+/-", "+/-", ""),
    ("+/-  Etenee osittain myönteisesti", "+/-", ""),
    ("-?  Ei ole edennyt (epävarma)", "-?", ""),
    ("+/\u2212", "+/-", "'+/\u2212' luettiin merkiksi \"+/-\""),
    ("\u2212", "-", "'\u2212' luettiin merkiksi \"-\""),
    ("\u2013  Ei ole edennyt", "-", "'\u2013  Ei ole edennyt' luettiin merkiksi \"-\""),
]


def _files(repo: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in (repo / "data").rglob("*") if p.is_file()}


@pytest.mark.parametrize(("typed", "message", "hint"), REFUSED)
def test_status_set_refuses_what_is_not_a_mark(
    repo: Path, run: Run, typed: str, message: str, hint: str
) -> None:
    before = _files(repo)
    result = run("status", "set", "T1.1", typed)
    assert result.exit_code == 2
    assert result.stderr == f"ohjelma: virhe: {message}; {hint}\n"
    assert _files(repo) == before


@pytest.mark.parametrize(("typed", "message", "hint"), REFUSED)
def test_sheet_import_refuses_the_same_cell_the_same_way(
    repo: Path, run: Run, typed: str, message: str, hint: str
) -> None:
    assert run("sheet", "export", "--owner", "Testipalvelut", "-o", "t.xlsx").exit_code == 0
    fill(Path("t.xlsx"), {"H2": typed})
    before = _files(repo)
    result = run("sheet", "import", "t.xlsx")
    assert result.exit_code == 1
    assert report_lines(result.stdout)[:2] == [
        f"t.xlsx:Toimenpiteet!H2: S120 {message}", f"    vihje: {hint}"
    ]
    assert _files(repo) == before


@pytest.mark.parametrize(("typed", "code", "said"), READ)
def test_both_commands_read_a_mark_alike_and_say_a_look_alike(
    repo: Path, run: Run, typed: str, code: str, said: str
) -> None:
    result = run("status", "set", "T1.1", typed, "--note", "x")
    assert result.exit_code == 0
    assert result.stderr == (f"ohjelma: huom: {said}\n" if said else "")
    assert f'eteneminen: "{code}"' in git_diff(repo)
    run("status", "set", "T1.1", "+", "--note", "Valmis.")  # back as it was
    assert run("sheet", "export", "--owner", "Testipalvelut", "-o", "t.xlsx").exit_code == 0
    fill(Path("t.xlsx"), {"H2": typed, "I2": "x"})
    result = run("sheet", "import", "t.xlsx")
    assert result.exit_code == 0
    assert result.stderr == (f"ohjelma: huom: t.xlsx:Toimenpiteet!H2: {said}\n" if said else "")
    assert f'eteneminen: "{code}"' in git_diff(repo)
