"""Text that a spreadsheet would read as a formula (OWASP's CSV injection: a cell beginning
with =, +, -, @, a tab or CR). The open data's CSV is machine-readable and kept verbatim, so
that "-" stays the mark "-" and a note stays as written; its README says how to open it in a
spreadsheet. The workbooks of `sheet export`, made for spreadsheets, hold such text as text
cells, never as formulas."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.export.conftest import export

GOAL1 = Path("data/goals/01-ensimmainen.yaml")
NOTES = {
    "Valmis.": '=HYPERLINK("http://example.invalid","klikkaa")',
    "Hidastui.": "@SUM(1+1)",
    "Osittain.": "+1 uusi kumppani",
    "Ei alkanut.": "-2 % budjetista",
}


def _with_formula_like_notes(root: Path) -> None:
    path = root / GOAL1
    text = path.read_text(encoding="utf-8")
    for old, new in NOTES.items():
        assert f"tilanne: {old}\n" in text
        text = text.replace(f"tilanne: {old}\n", f"tilanne: '{new}'\n")
    path.write_text(text, encoding="utf-8")


def test_the_csv_keeps_every_value_as_written(mini: Path, tmp_path: Path) -> None:
    _with_formula_like_notes(mini)
    folder = export(mini, tmp_path / "out")
    data = (folder / "assessments.csv").read_text(encoding="utf-8")
    rows = {(r["action_id"], r["period_id"]): r for r in csv.DictReader(io.StringIO(data))}
    assert rows["T1.1", "1/2025"]["note"] == NOTES["Valmis."]
    assert rows["T1.2", "1/2025"]["note"] == NOTES["Hidastui."]
    assert rows["T1.1", "1/2024"]["note"] == NOTES["Ei alkanut."]
    assert rows["T1.1", "1/2024"]["mark"] == "-"  # the marks stay machine-readable
    assert rows["T1.2", "1/2025"]["mark"] == "+/-"
    assert '"=HYPERLINK(""http://example.invalid"",""klikkaa"")"' in data  # RFC 4180 only
    assert "'=" not in data and "'@" not in data and "'+" not in data and "'-" not in data


def test_the_readme_says_how_to_open_the_csv_in_a_spreadsheet(mini: Path, tmp_path: Path) -> None:
    readme = (export(mini, tmp_path / "out") / "README.md").read_text(encoding="utf-8")
    assert ("Taulukkolaskentaohjelma voi tulkita tällaisen solun kaavaksi, jos tiedosto "
            "avataan kaksoisnapsauttamalla.") in readme
    assert ("Import the file with its columns read as text instead (Excel: Data > From "
            "Text/CSV; LibreOffice Calc: column type Text)") in readme
