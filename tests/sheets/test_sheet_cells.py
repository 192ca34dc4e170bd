"""`sheet import` and cells that are not plain text: a formula never computed, an error value,
a date a spreadsheet program made of what was typed, merged cells, rich text. None of them is
silently read as empty or as an answer: each is a finding at its cell, with what to do."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from tests.helpers import report_lines
from tests.sheets.conftest import Run
from tests.sheets.workbooks import changed_lines, fill, git_diff

# testipalvelut.xlsx rows: 2 T1.1, 3 T1.3, 4 T2.2, 5 T2.3 (made-up mini repository).
TESTI = Path("out/testipalvelut.xlsx")


@pytest.fixture
def out(repo: Path, run: Run) -> Path:
    assert run("sheet", "export", "--per-owner", "out").exit_code == 0
    return repo / "out"


def _refused(run: Run) -> list[str]:
    result = run("sheet", "import", str(TESTI))
    assert result.exit_code == 1, result.stdout
    assert "mitään ei tuotu" in result.stderr
    return report_lines(result.stdout)


@pytest.mark.parametrize("cell", ["H3", "I3", "A3"])
def test_a_formula_without_a_computed_value(out: Path, repo: Path, run: Run, cell: str) -> None:
    fill(TESTI, {cell: '=IF(1=1,"+","-")'})  # openpyxl, like some tools, saves no value
    assert _refused(run)[:2] == [
        f"out/testipalvelut.xlsx:Toimenpiteet!{cell}: S123 solussa on kaava, jonka arvoa ei "
        "ole koskaan laskettu, joten siinä ei näy mitään tuotavaa",
        "    vihje: kirjoita soluun itse arvo, tai avaa tiedosto Excelissä tai LibreOffice "
        "Calcissa ja tallenna se, jotta arvo lasketaan",
    ]
    assert git_diff(repo) == ""


@pytest.mark.parametrize("error", ["#N/A", "#DIV/0!", "#REF!"])
def test_an_error_value_in_the_status(out: Path, repo: Path, run: Run, error: str) -> None:
    fill(TESTI, {"H4": "+", "I4": error})
    assert _refused(run)[:2] == [
        f"out/testipalvelut.xlsx:Toimenpiteet!I4: S124 solussa näkyy virhearvo {error}, ei "
        "vastausta",
        "    vihje: kirjoita soluun itse arvo kaavan sijaan",
    ]
    assert git_diff(repo) == ""


def test_a_date_made_of_a_status(out: Path, repo: Path, run: Run) -> None:
    fill(TESTI, {"H2": "+", "I2": datetime.datetime(2025, 5, 6)})  # typed: 6.5.
    assert _refused(run)[:2] == [
        "out/testipalvelut.xlsx:Toimenpiteet!I2: S125 taulukko-ohjelma muutti kirjoitetun "
        "päivämääräksi tai kellonajaksi (2025-05-06)",
        "    vihje: muotoile solu tekstiksi ja kirjoita se uudelleen, tai aloita se "
        "heittomerkillä ('6.5.)",
    ]


def test_a_date_or_a_number_in_the_mark_column(out: Path, repo: Path, run: Run) -> None:
    fill(TESTI, {"H2": datetime.time(12, 30), "H3": 1})
    lines = _refused(run)
    assert lines[:2] == [
        "out/testipalvelut.xlsx:Toimenpiteet!H2: S125 taulukko-ohjelma muutti kirjoitetun "
        "päivämääräksi tai kellonajaksi (12:30:00)",
        "    vihje: valitse merkki luettelosta",
    ]
    assert lines[2] == (
        "out/testipalvelut.xlsx:Toimenpiteet!H3: S120 eteneminen '1' ei ole asteikolla"
    )


def test_merged_answer_cells(out: Path, repo: Path, run: Run) -> None:
    book = load_workbook(TESTI)
    sheet = book.worksheets[0]
    sheet["H2"], sheet["I2"] = "+", "Yhteinen vastaus kahdelle riville."
    sheet.merge_cells("H2:I3")
    book.save(TESTI)
    assert _refused(run)[:2] == [
        "out/testipalvelut.xlsx:Toimenpiteet!H2: S126 solut H2:I3 on yhdistetty, joten vain "
        "ensimmäinen niistä säilyttää arvonsa",
        "    vihje: pura yhdistäminen (Excel: Aloitus > Yhdistä ja keskitä; LibreOffice Calc: "
        "Muotoilu > Yhdistä ja pura solut) ja täytä kunkin rivin omat solut",
    ]
    assert git_diff(repo) == ""


def test_merged_read_only_cells_are_not_a_merge_finding(out: Path, run: Run) -> None:
    book = load_workbook(TESTI)
    book.worksheets[0].merge_cells("C2:D2")  # the action's title and projects, read-only
    book.save(TESTI)
    assert not any(" S126 " in line for line in _refused(run))  # S113: D2 was changed


def test_rich_text_is_read_whole(out: Path, repo: Path, run: Run) -> None:
    book = load_workbook(TESTI, rich_text=True)
    sheet = book.worksheets[0]
    sheet["H4"] = "+"
    sheet["I4"] = CellRichText(["Alku ", TextBlock(InlineFont(b=True), "lihavoitu"), " loppu."])
    book.save(TESTI)
    result = run("sheet", "import", str(TESTI))
    assert result.exit_code == 0, result.stdout
    assert "+        tilanne: Alku lihavoitu loppu." in changed_lines(repo)
