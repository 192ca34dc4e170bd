"""`ohjelma sheet export`: what the person who fills the workbook sees, and what it records."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.sheets.conftest import Run

HEADINGS_FI = [
    "Tunnus", "Tavoite", "Toimenpide", "Hankkeet", "Vastuutahot",
    "Edellinen eteneminen", "Edellinen tilanne", "Eteneminen", "Tilanne",
]


def _rows(path: Path) -> list[tuple[object, ...]]:
    return list(load_workbook(path).worksheets[0].iter_rows(values_only=True))


def test_one_row_per_action_with_finnish_headings(repo: Path, run: Run) -> None:
    result = run("sheet", "export", "-o", "all.xlsx")
    assert result.exit_code == 0, result.output
    assert result.stdout == "all.xlsx: 7 toimenpidettä\n"
    rows = _rows(repo / "all.xlsx")
    assert list(rows[0]) == HEADINGS_FI
    assert [row[0] for row in rows[1:]] == ["T1.1", "T1.2", "T1.3", "T2.1", "T2.2", "T2.3", "T2.4"]
    assert rows[1] == (
        "T1.1", "1", "Paraneva toimenpide", "Kokeiluhanke (2024-25)", "Testipalvelut",
        "-  Ei ole edennyt", "Ei alkanut.", "+  Etenee myönteisesti", "Valmis.",
    )
    # T2.4 has no assessment for 1/2025: its answer cells are empty.
    assert rows[7][7:] == (None, None)


def test_the_workbook_guides_and_protects(repo: Path, run: Run) -> None:
    assert run("sheet", "export", "-o", "all.xlsx").exit_code == 0
    book = load_workbook(repo / "all.xlsx")
    assert book.sheetnames == ["Toimenpiteet", "Ohjeet", "ohjelma"]
    sheet, guide, meta = book.worksheets
    assert (sheet.sheet_state, guide.sheet_state, meta.sheet_state) == (
        "visible", "visible", "hidden"
    )
    assert sheet.protection.sheet and not sheet.protection.password
    assert sheet.freeze_panes == "D2"
    assert sheet["A2"].protection.locked and sheet["G8"].protection.locked
    assert not sheet["H2"].protection.locked and not sheet["I8"].protection.locked
    assert sheet["I2"].alignment.wrap_text
    (validation,) = sheet.data_validations.dataValidation
    assert str(validation.sqref) == "H2:H8"
    assert validation.formula1 == "'Ohjeet'!$A$11:$A$17"
    choices = [guide.cell(row, 1).value for row in range(11, 18)]
    assert choices == [
        "+  Etenee myönteisesti", "+/-  Etenee osittain myönteisesti", "-  Ei ole edennyt",
        "?  Ei tietoa etenemisestä", "+?  Etenee myönteisesti (epävarma)",
        "+/-?  Etenee osittain myönteisesti (epävarma)", "-?  Ei ole edennyt (epävarma)",
    ]
    assert guide["A1"].value == "Testiohjelma: tilannekysely, Tilanne 1/2025"


def test_records_what_it_was_exported_from(repo: Path, run: Run) -> None:
    result = run("sheet", "export", "--owner", "testipalvelu", "-o", "t.xlsx")
    assert result.exit_code == 0
    assert result.stdout == "t.xlsx: 4 toimenpidettä (Testipalvelut)\n"  # as --per-owner says
    meta = {
        row[0]: row[1]
        for row in load_workbook(repo / "t.xlsx")["ohjelma"].iter_rows(max_row=9, values_only=True)
    }
    assert meta == {
        "ohjelma-workbook": "1", "programme": "Testiohjelma", "period": "1/2025",
        "previous": "1/2024", "lang": "fi", "owner": "Testipalvelut", "themes": None,
        "goals": None, "sheet": "Toimenpiteet",
    }
    assert [row[0] for row in _rows(repo / "t.xlsx")[1:]] == ["T1.1", "T1.3", "T2.2", "T2.3"]


def test_english_with_lang_en(repo: Path, run: Run) -> None:
    assert run("sheet", "export", "--lang", "en", "--goal", "2", "-o", "en.xlsx").exit_code == 0
    book = load_workbook(repo / "en.xlsx")
    assert book.sheetnames == ["Actions", "Instructions", "ohjelma"]
    assert [c.value for c in book.worksheets[0][1]][-2:] == ["Progress", "Status"]
    assert [row[0] for row in _rows(repo / "en.xlsx")[1:]] == ["T2.1", "T2.2", "T2.3", "T2.4"]


def test_per_owner_writes_one_workbook_per_body(repo: Path, run: Run) -> None:
    result = run("sheet", "export", "--per-owner", "out")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "out/testipalvelut.xlsx: 4 toimenpidettä (Testipalvelut)",
        "out/kokeiluyksikko.xlsx: 4 toimenpidettä (Kokeiluyksikkö)",
    ]
    assert [row[0] for row in _rows(repo / "out" / "kokeiluyksikko.xlsx")[1:]] == [
        "T1.2", "T1.3", "T2.1", "T2.4"
    ]


def test_same_data_same_bytes(repo: Path, run: Run) -> None:
    assert run("sheet", "export", "-o", "a.xlsx").exit_code == 0
    time.sleep(1.1)  # the zip format and openpyxl both stamp times to the second
    assert run("sheet", "export", "-o", "b.xlsx").exit_code == 0
    assert (repo / "a.xlsx").read_bytes() == (repo / "b.xlsx").read_bytes()


def test_where_to_send_it_back(repo: Path, run: Run) -> None:
    assert run("sheet", "export", "-o", "a.xlsx").exit_code == 0
    assert run("sheet", "export", "-o", "b.xlsx", "--return-to", "kirjaamo@example.invalid")
    texts = {
        name: [row[0] for row in load_workbook(repo / name)["Ohjeet"].iter_rows(values_only=True)]
        for name in ("a.xlsx", "b.xlsx")
    }
    assert (
        "Tallenna työkirja Excel-muodossa (.xlsx) ja palauta se henkilölle, joka lähetti sen "
        "sinulle." in texts["a.xlsx"]
    )
    assert (
        "Tallenna työkirja Excel-muodossa (.xlsx) ja palauta se: kirjaamo@example.invalid"
        in texts["b.xlsx"]
    )


def test_a_past_period_shows_the_one_before_it(repo: Path, run: Run) -> None:
    assert run("sheet", "export", "--period", "1/2024", "-o", "p.xlsx").exit_code == 0
    rows = _rows(repo / "p.xlsx")
    assert rows[1][5:] == (None, None, "-  Ei ole edennyt", "Ei alkanut.")


def test_usage_errors(repo: Path, run: Run) -> None:
    neither = run("sheet", "export")
    assert neither.exit_code == 2
    assert "anna --output TIEDOSTO tai --per-owner KANSIO" in neither.stderr
    unknown = run("sheet", "export", "--owner", "Testipalvelt", "-o", "x.xlsx")
    assert unknown.exit_code == 2
    assert "Testipalvelut" in unknown.stderr
    assert not (repo / "x.xlsx").exists()
    into_data = run("sheet", "export", "-o", "data/x.xlsx")
    assert into_data.exit_code == 2


@pytest.mark.parametrize(("args", "message"), [
    (["-o", "kysely.ods"], "kysely.ods: työkirjan nimen pitää päättyä .xlsx, esim. tilanne.xlsx"),
    (["-o", "kysely"], "kysely: työkirjan nimen pitää päättyä .xlsx, esim. tilanne.xlsx"),
    (["-o", "kansio"], "kansio: on kansio; jos haluat yhden työkirjan kullekin vastuutaholle, "
                       "käytä --per-owner kansio"),
    (["-o", "kansio.xlsx"], "kansio.xlsx (työkirja): mitään ei kirjoitettu: se on kansio; anna "
                            "tiedoston nimi, esim. tilanne.xlsx"),
    (["--per-owner", "vanhat"], "vanhat (työkirjat): mitään ei kirjoitettu: kansio ei ole "
                                "tyhjä; anna --force, jos sen päälle saa kirjoittaa, tai anna "
                                "uusi kansio"),
    (["--per-owner", "tiedosto.txt"], "tiedosto.txt (työkirjat): mitään ei kirjoitettu: se on "
                                      "tiedosto; anna kansio, esim. tyokirjat/"),
])
def test_a_destination_excel_could_not_open_or_full_of_other_files_is_refused(
    repo: Path, run: Run, args: list[str], message: str
) -> None:
    for folder in ("kansio", "kansio.xlsx", "vanhat"):
        (repo / folder).mkdir()
    (repo / "vanhat" / "testipalvelut.xlsx").write_bytes(b"viime vuoden")
    (repo / "tiedosto.txt").write_text("x", encoding="utf-8")
    result = run("sheet", "export", *args)
    assert result.exit_code == 2
    assert result.stderr == f"ohjelma: virhe: {message}\n"
    assert (repo / "vanhat" / "testipalvelut.xlsx").read_bytes() == b"viime vuoden"
    assert not list(repo.glob("kysely*"))


def test_an_empty_folder_is_fine_and_force_writes_over_last_round(repo: Path, run: Run) -> None:
    (repo / "out").mkdir()
    assert run("sheet", "export", "--per-owner", "out").exit_code == 0
    assert run("sheet", "export", "--per-owner", "out").exit_code == 2
    assert run("sheet", "export", "--per-owner", "out", "--force").exit_code == 0
    assert sorted(p.name for p in (repo / "out").iterdir()) == [
        "kokeiluyksikko.xlsx", "testipalvelut.xlsx"
    ]


def test_to_standard_output_and_with_source_date_epoch(
    repo: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run("sheet", "export", "-o", "-")
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"PK\x03\x04")
    assert result.stderr == "-: 7 toimenpidettä\n"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert run("sheet", "export", "-o", "dated.xlsx").exit_code == 0
    created = load_workbook(repo / "dated.xlsx").properties.created
    assert created == datetime(2023, 11, 14, 22, 13, 20)


def test_body_qualifiers_are_shown_as_the_programme_writes_them(
    shipped: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(shipped)
    monkeypatch.delenv("OHJELMA_LANG", raising=False)
    assert run("sheet", "export", "--goal", "2", "-o", "g2.xlsx").exit_code == 0
    bodies = {row[0]: row[4] for row in _rows(shipped / "g2.xlsx")[1:]}
    assert bodies["T2.2"] == "Kuopio Health + muut"


def test_file_names_never_overwrite_each_other() -> None:
    from kuopio_ohjelma.sheets.bodies import distinct, file_name

    assert file_name("Elinvoima- ja konsernipalvelut") == "elinvoima-ja-konsernipalvelut.xlsx"
    assert file_name("Kaupunkiympäristön palvelualue") == "kaupunkiympariston-palvelualue.xlsx"
    assert distinct([("a.xlsx", 1), ("a.xlsx", 2), ("a-2.xlsx", 3)]) == [
        ("a.xlsx", 1), ("a-2.xlsx", 2), ("a-2-2.xlsx", 3)
    ]


def test_a_body_named_in_a_whole_sentence_gets_a_file_name_that_fits() -> None:
    from kuopio_ohjelma.sheets.bodies import file_name

    name = file_name("Kasvun ja oppimisen palvelualue " * 12)
    assert len(name.encode()) <= 90
    assert name.startswith("kasvun-ja-oppimisen-palvelualue-") and name.endswith(".xlsx")
    assert "--" not in name and not name.endswith("-.xlsx")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("CON", "con-vastuutaho.xlsx"),
        ("prn", "prn-vastuutaho.xlsx"),
        ("Aux.", "aux-vastuutaho.xlsx"),
        ("NUL ", "nul-vastuutaho.xlsx"),
        ("COM1", "com1-vastuutaho.xlsx"),
        ("LPT9", "lpt9-vastuutaho.xlsx"),
        ("LPT¹", "lpt1-vastuutaho.xlsx"),  # Windows reserves the superscript digits too
        ("CON.txt", "con-txt.xlsx"),  # the stem is 'con-txt': no device
        ("COM10", "com10.xlsx"),
        ("Console", "console.xlsx"),
        ('Yksikkö: "A/B" <C>|D?*', "yksikko-a-b-c-d.xlsx"),
        (" . ", "vastuutaho.xlsx"),
    ],
)
def test_a_file_name_is_safe_on_windows_macos_and_linux(body: str, name: str) -> None:
    from kuopio_ohjelma.sheets.bodies import file_name

    assert file_name(body) == name


def test_bodies_named_like_windows_devices_get_files_windows_can_open(
    repo: Path, run: Run
) -> None:
    for path in (repo / "data").rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        text = text.replace("Testipalvelut", "CON").replace("Kokeiluyksikkö", "Con.")
        path.write_text(text, encoding="utf-8")
    result = run("sheet", "export", "--per-owner", "out")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "out/con-vastuutaho.xlsx: 4 toimenpidettä (CON)",
        "out/con-vastuutaho-2.xlsx: 4 toimenpidettä (Con.)",
    ]
    assert sorted(p.name for p in (repo / "out").iterdir()) == [
        "con-vastuutaho-2.xlsx", "con-vastuutaho.xlsx"
    ]


FORMULA_LIKE = ['=HYPERLINK("http://example.invalid","klikkaa")', "=1+1", "+1 uusi",
                "-2 % budjetista", "@SUM(1)"]


@pytest.mark.parametrize("text", FORMULA_LIKE)
def test_text_that_begins_like_a_formula_is_a_text_cell(
    repo: Path, run: Run, text: str
) -> None:
    """OWASP's formula triggers (= + - @) in a note and a previous note: the workbook holds
    them as text cells (type "s"), as written, so no spreadsheet program runs them."""
    goal = repo / "data" / "goals" / "01-ensimmainen.yaml"
    yaml_text = goal.read_text(encoding="utf-8")
    for note in ("Ei alkanut.", "Valmis."):  # T1.1: 1/2024 (previous) and 1/2025 (now)
        yaml_text = yaml_text.replace(f"tilanne: {note}\n", f"tilanne: '{text}'\n")
    goal.write_text(yaml_text, encoding="utf-8")
    assert run("sheet", "export", "--owner", "Testipalvelut", "-o", "t.xlsx").exit_code == 0
    sheet = load_workbook(repo / "t.xlsx").worksheets[0]
    assert sheet["A2"].value == "T1.1"
    for cell in (sheet["G2"], sheet["I2"]):  # Edellinen tilanne, Tilanne
        assert (cell.value, cell.data_type) == (text, "s")
