"""Files that are not a returned status workbook are refused with a plain reason and a fix;
one such file among good ones means nothing is imported."""

from __future__ import annotations

import zipfile
from pathlib import Path

from msoffcrypto.format.ooxml import OOXMLFile
from openpyxl import Workbook

from tests.sheets.conftest import Run
from tests.sheets.workbooks import fill, git_diff

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _bad_files(folder: Path, exported: Path) -> None:
    (folder / "vanha.xls").write_bytes(OLE + b"\0" * 600)
    with exported.open("rb") as plain, (folder / "salattu.xlsx").open("wb") as locked:
        OOXMLFile(plain).encrypt("salainen", locked)  # as Excel's "Encrypt with password"
    with zipfile.ZipFile(folder / "taulukko.ods", "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    (folder / "vastaukset.csv").write_text("Tunnus;Eteneminen\nT1.1;+\n", encoding="utf-8")
    (folder / "rikki.xlsx").write_bytes(exported.read_bytes()[:3000])
    with zipfile.ZipFile(folder / "pommi.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (110 * 1024 * 1024))
    Workbook().save(folder / "oma.xlsx")


def test_refused_files_name_the_reason_and_the_fix(repo: Path, run: Run) -> None:
    """Files that cannot be imported at all: one line each on standard error, no cell
    position, exit 2; the good workbook's own findings are still reported."""
    assert run("sheet", "export", "-o", "good.xlsx").exit_code == 0
    fill(Path("good.xlsx"), {"H2": "-", "H3": "++"})
    bad = repo / "bad"
    bad.mkdir()
    _bad_files(bad, repo / "good.xlsx")
    names = sorted(path.name for path in bad.iterdir())
    result = run("sheet", "import", "good.xlsx", *(f"bad/{name}" for name in names))
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0] == (
        "good.xlsx:Toimenpiteet!H3: S120 eteneminen '++' ei ole asteikolla"
    )
    assert "bad/" not in result.stdout
    save_as = ("    vihje: avaa se Excelissä tai LibreOffice Calcissa, tallenna Excel-työkirjana "
               "(.xlsx) ja tuo se tiedosto")
    assert result.stderr.splitlines() == [
        "ohjelma: virhe: bad/oma.xlsx: tätä työkirjaa ei ole tehty komennolla 'ohjelma sheet "
        "export' (sen piilotettu välilehti 'ohjelma' puuttuu)",
        "    vihje: vie uusi työkirja komennolla 'ohjelma sheet export' ja kopioi vastaukset "
        "siihen",
        "ohjelma: virhe: bad/pommi.xlsx: työkirja purkautuu paljon suuremmaksi kuin "
        "tilannekyselyn työkirja voi olla; sitä ei avattu",
        "ohjelma: virhe: bad/rikki.xlsx: työkirja on vioittunut eikä sitä voi lukea",
        "    vihje: avaa se Excelissä tai LibreOffice Calcissa; jos se aukeaa, tallenna se "
        "uudelleen .xlsx-muodossa",
        "ohjelma: virhe: bad/salattu.xlsx: työkirja on suojattu salasanalla",
        "    vihje: avaa se salasanalla ja tallenna siitä kopio ilman salasanaa .xlsx-muodossa",
        "ohjelma: virhe: bad/taulukko.ods: tämä on OpenDocument-laskentataulukko (.ods), ei .xlsx",
        save_as,
        "ohjelma: virhe: bad/vanha.xls: tämä on vanha Excel-tiedosto (.xls), ei .xlsx",
        save_as,
        "ohjelma: virhe: bad/vastaukset.csv: tämä ei ole Excel-työkirja (.xlsx); onko se CSV- "
        "tai tekstitiedosto?",
        save_as,
        "ohjelma: mitään ei tuotu; korjaa yllä mainitut tiedostot ja solut ja tuo kaikki "
        "tiedostot uudelleen",
    ]
    assert git_diff(repo) == ""


def test_a_missing_file_is_a_file_level_failure(repo: Path, run: Run) -> None:
    result = run("sheet", "import", "tyokirjat/puuttuu.xlsx")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        "ohjelma: virhe: tyokirjat/puuttuu.xlsx: tiedostoa ei voi lukea: tiedostoa tai "
        "kansiota ei ole",
        "ohjelma: mitään ei tuotu; korjaa yllä mainitut tiedostot ja tuo kaikki tiedostot "
        "uudelleen",
    ]


def test_a_workbook_from_another_programme(repo: Path, run: Run) -> None:
    assert run("sheet", "export", "-o", "good.xlsx").exit_code == 0
    from openpyxl import load_workbook

    book = load_workbook("good.xlsx")
    book["ohjelma"]["B2"] = "Toinen ohjelma"
    book.save("other.xlsx")
    result = run("sheet", "import", "other.xlsx")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(
        "ohjelma: virhe: other.xlsx: työkirja on viety toisesta ohjelmasta, 'Toinen ohjelma'\n"
    )
