"""`ohjelma sheet import`: all or nothing, positioned findings, conflicts, idempotence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.helpers import report_lines
from tests.sheets.conftest import Run
from tests.sheets.workbooks import changed_lines, fill, git_diff

# Rows of the two exported workbooks (the mini repository's made-up bodies):
# testipalvelut.xlsx: 2 T1.1, 3 T1.3, 4 T2.2, 5 T2.3; kokeiluyksikko.xlsx: 2 T1.2, 3 T1.3,
# 4 T2.1, 5 T2.4 (T2.4 has no 1/2025 assessment yet).
TESTI = Path("out/testipalvelut.xlsx")
KOKEILU = Path("out/kokeiluyksikko.xlsx")


@pytest.fixture
def out(repo: Path, run: Run) -> Path:
    assert run("sheet", "export", "--per-owner", "out").exit_code == 0
    return repo / "out"


def _import(run: Run, *args: str) -> tuple[int, list[str], str]:
    result = run("sheet", "import", *args)
    return result.exit_code, result.stdout.splitlines(), result.stderr


def _findings(run: Run, *args: str) -> tuple[int, list[str], str]:
    """As _import, the findings each on one line as before wrapping
    (tests/commands/test_text_width.py checks that they wrap to 80 columns)."""
    result = run("sheet", "import", *args)
    return result.exit_code, report_lines(result.stdout), result.stderr


def test_sets_exactly_the_answers_then_changes_nothing(out: Path, repo: Path, run: Run) -> None:
    fill(TESTI, {"H2": "-  Ei ole edennyt", "I2": "Ei edennyt.\r\nSyy: resurssit.  "})
    fill(KOKEILU, {"H5": "+", "I5": "Alkoi."})
    code, lines, _ = _import(run, str(TESTI), str(KOKEILU))
    assert code == 0
    assert lines == ["Asetettiin 2 arviota 2 tiedostoon.", "Jo tiedoissa tai jätetty ennalleen: 6"]
    assert changed_lines(repo) == [
        '-        eteneminen: "+"',
        "-        tilanne: Valmis.",
        '+        eteneminen: "-"',
        "+        tilanne: |-",
        "+          Ei edennyt.",
        "+          Syy: resurssit.",
        "+      1/2025:",
        '+        eteneminen: "+"',
        "+        tilanne: Alkoi.",
    ]
    before = git_diff(repo)
    code, lines, _ = _import(run, str(TESTI), str(KOKEILU))
    assert (code, lines[0]) == (0, "Ei muutettavaa: vastaukset ovat jo tiedoissa.")
    assert git_diff(repo) == before


def test_a_cell_s_line_separators_are_line_breaks(out: Path, repo: Path, run: Run) -> None:
    """A cell pasted from Word or a web page holds U+2028 / U+2029 / NEL: line breaks, as
    the cell's \\r\\n are (io/notes.line_breaks), never raw in the data file."""
    fill(TESTI, {"H2": "-", "I2": "Yksi\u2028kaksi\u2029kolme\x85neljä"})
    code, lines, _ = _import(run, str(TESTI))
    assert code == 0, lines
    assert changed_lines(repo) == [
        '-        eteneminen: "+"',
        "-        tilanne: Valmis.",
        '+        eteneminen: "-"',
        "+        tilanne: |-",
        "+          Yksi",
        "+          kaksi",
        "+          kolme",
        "+          neljä",
    ]


def test_one_bad_cell_means_nothing_is_written(out: Path, repo: Path, run: Run) -> None:
    fill(TESTI, {"H2": "-"})
    fill(KOKEILU, {"H4": "++"})
    code, lines, err = _import(run, str(TESTI), str(KOKEILU))
    assert code == 1
    assert lines[:2] == [
        "out/kokeiluyksikko.xlsx:Toimenpiteet!H4: S120 eteneminen '++' ei ole asteikolla",
        '    vihje: sallitut: "+", "+/-", "-", "?", "+?", "+/-?", "-?"',  # as status set says
    ]
    assert "mitään ei tuotu" in err
    assert git_diff(repo) == ""


def test_dry_run_shows_the_change_and_writes_nothing(out: Path, repo: Path, run: Run) -> None:
    fill(KOKEILU, {"H2": "-", "I2": "Pysähtyi."})
    code, lines, _ = _import(run, "--dry-run", str(KOKEILU))
    assert code == 0
    row = lines.index(" T1.2 Heikkenevä toimenpide")
    assert lines[row + 1].split() == ["1/2025", "+/-", "-", "↓", "heikkeneminen", "muuttui"]
    assert lines[-3:] == [
        "Asettaisi 1 arvion 1 tiedostoon; mitään ei kirjoitettu (--dry-run).",
        "Jo tiedoissa tai jätetty ennalleen: 2",
        "Ei vastausta tiedostossa out/kokeiluyksikko.xlsx: T2.4",
    ]
    assert git_diff(repo) == ""


LONG_NOTE = "Pysähtyi, koska " + "rahoitus viivästyi ja " * 6 + "työ jatkuu syksyllä."


def test_dry_run_shows_the_notes_it_would_write(out: Path, repo: Path, run: Run) -> None:
    """The preview is what an editor reviews: the old and the new note, wrapped to 80
    columns and a long one shortened with how to see it all; a note where there was none is
    a change too (counted under 'tilanne muuttui' and marked 'lisätty')."""
    fill(KOKEILU, {"H2": "-", "I2": f"{LONG_NOTE}\n\n{LONG_NOTE}", "H5": "+", "I5": "Alkoi."})
    code, lines, _ = _import(run, "--dry-run", str(KOKEILU))
    assert code == 0
    assert max(len(line) for line in lines) <= 80
    assert " tilanne muuttui   1  1         2" in lines
    start = lines.index(" T1.2 Heikkenevä toimenpide")
    assert lines[start:] == [
        " T1.2 Heikkenevä toimenpide",
        "   1/2025  +/-         -        ↓ heikkeneminen  muuttui",
        "     Ennen:   Hidastui.",
        "     Jälkeen: Pysähtyi, koska rahoitus viivästyi ja rahoitus viivästyi ja",
        "              rahoitus viivästyi ja rahoitus viivästyi ja rahoitus viivästyi ja",
        "              rahoitus viivästyi ja työ jatkuu syksyllä.",
        "              Pysähtyi, koska rahoitus viivästyi ja rahoitus viivästyi ja …",
        "              (lyhennetty; koko tilanneteksti: -f json)",
        " T2.4 Lopetettu toimenpide",
        "   1/2025  ei arviota  +        + uusi arvio     lisätty",
        "     Jälkeen: Alkoi.",
        "Asettaisi 2 arviota 2 tiedostoon; mitään ei kirjoitettu (--dry-run).",
        "Jo tiedoissa tai jätetty ennalleen: 2",
    ]
    assert git_diff(repo) == ""


def test_an_empty_status_cell_keeps_the_note_and_says_so(
    out: Path, repo: Path, run: Run
) -> None:
    """A workbook never empties a note: a mark changed beside an emptied status cell keeps
    the note in the data, and the import says which and how to empty it on purpose."""
    fill(KOKEILU, {"H2": "-", "I2": None, "H3": "+/-", "I3": None})
    kept = [
        "Tyhjä Tilanne-solu säilyttää tiedoissa jo olevan tilannetekstin (työkirja ei",
        "koskaan tyhjennä tilannetta); tyhjennä se tarvittaessa tuonnin jälkeen:",
        '  ohjelma status set T1.2 "-" --clear-note --period 1/2025',
        '  ohjelma status set T1.3 "+/-" --clear-note --period 1/2025',
    ]
    code, lines, _ = _import(run, "--dry-run", str(KOKEILU))
    assert code == 0
    row = lines.index(" T1.2 Heikkenevä toimenpide")
    # the mark changes, the note stays: no note lines under the row
    assert lines[row + 1 : row + 3] == [
        "   1/2025  +/-    -        ↓ heikkeneminen",
        "Asettaisi 1 arvion 1 tiedostoon; mitään ei kirjoitettu (--dry-run).",
    ]
    reminder = "Ei vastausta tiedostossa out/kokeiluyksikko.xlsx: T2.4"
    assert lines[-5:] == [*kept, reminder]
    code, lines, _ = _import(run, str(KOKEILU))
    assert (code, lines[-5:]) == (0, [*kept, reminder])
    assert changed_lines(repo) == ['-        eteneminen: "+/-"', '+        eteneminen: "-"']


@pytest.mark.parametrize("chosen", ["json", "gitlab", "sarif", "github"])
def test_a_machine_format_keeps_standard_output_for_itself(
    out: Path, repo: Path, run: Run, chosen: str
) -> None:
    """`sheet import --dry-run -f FORMAT | tool`: only the machine output on stdout; the
    table and the summary, for a person, on stderr (the JSON carries the changes itself)."""
    fill(KOKEILU, {"H2": "-", "I2": LONG_NOTE})
    result = run("sheet", "import", "--dry-run", "-f", chosen, str(KOKEILU))
    assert result.exit_code == 0
    if chosen == "github":
        assert result.stdout == ""
    else:
        document = json.loads(result.stdout)
    if chosen == "json":
        assert document["findings"] == []
        assert [(c["action"], c["before"], c["after"]) for c in document["changes"]] == [
            ("T1.2", {"progress": "+/-", "note": "Hidastui."}, {"progress": "-", "note": LONG_NOTE})
        ]
        assert "T1.2" not in result.stderr
    else:
        assert any(line.split()[:1] == ["T1.2"] for line in result.stderr.splitlines())
    assert result.stderr.splitlines()[-3] == (
        "Asettaisi 1 arvion 1 tiedostoon; mitään ei kirjoitettu (--dry-run)."
    )
    assert git_diff(repo) == ""


def test_json_with_findings_is_one_document_too(out: Path, run: Run) -> None:
    fill(KOKEILU, {"H2": "++"})
    result = run("sheet", "import", "--dry-run", "-f", "json", str(KOKEILU), "puuttuu.xlsx")
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    assert [f["code"] for f in document["findings"]] == ["S120"]
    assert document["changes"] == []
    assert "ohjelma: virhe: puuttuu.xlsx: " in result.stderr


def test_empty_rows_are_listed_as_unanswered(repo: Path, run: Run) -> None:
    assert run("period", "open", "1/2026", "--label", "Tilanne 1/2026").exit_code == 0
    assert run("sheet", "export", "--owner", "Testipalvelut", "-o", "t.xlsx").exit_code == 0
    fill(Path("t.xlsx"), {"H3": "+/-"})
    code, lines, _ = _import(run, "t.xlsx")
    assert code == 0
    assert lines == [
        "Asetettiin 1 arvio 1 tiedostoon.",
        "Ei vastausta tiedostossa t.xlsx: T1.1, T2.2, T2.3",
    ]


def test_a_change_made_since_the_export_is_a_conflict(out: Path, repo: Path, run: Run) -> None:
    assert run("status", "set", "T1.1", "+/-", "--note", "Muutettu välissä.").exit_code == 0
    fill(TESTI, {"H2": "-", "I2": "Työkirjan versio."})
    code, lines, _ = _findings(run, str(TESTI))
    assert code == 1
    assert lines[:2] == [
        "out/testipalvelut.xlsx:Toimenpiteet!H2: S130 toimenpidettä T1.1 on muutettu tiedoissa "
        'työkirjan viennin jälkeen; tiedoissa on "+/-" "Muutettu välissä.", työkirjassa on "-" '
        '"Työkirjan versio."',
        "    vihje: sovi asia vastuutahon kanssa; --force ottaa työkirjan version",
    ]
    code, _, _ = _import(run, "--force", str(TESTI))
    assert code == 0
    assert '+        tilanne: Työkirjan versio.' in changed_lines(repo)


def test_a_newer_answer_in_the_data_is_kept_when_the_row_was_left_alone(
    out: Path, repo: Path, run: Run
) -> None:
    assert run("status", "set", "T1.1", "+/-", "--note", "Muutettu välissä.").exit_code == 0
    before = git_diff(repo)
    code, lines, _ = _import(run, str(TESTI))
    assert (code, lines[0]) == (0, "Ei muutettavaa: vastaukset ovat jo tiedoissa.")
    assert git_diff(repo) == before


def test_two_workbooks_that_disagree(out: Path, repo: Path, run: Run) -> None:
    fill(TESTI, {"H3": "+"})
    fill(KOKEILU, {"H3": "-"})
    code, lines, _ = _findings(run, "--force", str(TESTI), str(KOKEILU))
    assert code == 1
    assert [line for line in lines if "S131" in line] == [
        "out/kokeiluyksikko.xlsx:Toimenpiteet!H3: S131 toimenpiteeseen T1.3 on vastattu eri "
        "tavalla kohdassa out/testipalvelut.xlsx:Toimenpiteet!H3",
        "out/testipalvelut.xlsx:Toimenpiteet!H3: S131 toimenpiteeseen T1.3 on vastattu eri "
        "tavalla kohdassa out/kokeiluyksikko.xlsx:Toimenpiteet!H3",
    ]
    assert git_diff(repo) == ""
    fill(KOKEILU, {"H3": "+"})
    code, lines, _ = _import(run, str(TESTI), str(KOKEILU))
    assert (code, lines[0]) == (0, "Asetettiin 1 arvio 1 tiedostoon.")


def test_the_same_mark_with_two_statuses_points_at_the_status_cells(
    out: Path, repo: Path, run: Run
) -> None:
    fill(TESTI, {"H3": "+", "I3": "Hanke alkoi keväällä."})
    fill(KOKEILU, {"H3": "+", "I3": "Hanke alkoi syksyllä."})
    code, lines, _ = _findings(run, str(TESTI), str(KOKEILU))
    assert code == 1
    assert [line for line in lines if line][:4] == [
        "out/kokeiluyksikko.xlsx:Toimenpiteet!I3: S131 toimenpiteellä T1.3 on sama merkki \"+\" "
        "mutta eri tilanne kohdassa out/testipalvelut.xlsx:Toimenpiteet!I3: \"Hanke alkoi "
        "keväällä.\"; tässä: \"Hanke alkoi syksyllä.\"",
        "    vihje: pidä yksi tilanne: kirjoita sama tilanne molempiin työkirjoihin tai tyhjennä "
        "rivi toisesta työkirjasta",
        "out/testipalvelut.xlsx:Toimenpiteet!I3: S131 toimenpiteellä T1.3 on sama merkki \"+\" "
        "mutta eri tilanne kohdassa out/kokeiluyksikko.xlsx:Toimenpiteet!I3: \"Hanke alkoi "
        "syksyllä.\"; tässä: \"Hanke alkoi keväällä.\"",
        "    vihje: pidä yksi tilanne: kirjoita sama tilanne molempiin työkirjoihin tai tyhjennä "
        "rivi toisesta työkirjasta",
    ]
    assert git_diff(repo) == ""


def test_an_edited_locked_cell_gets_its_whole_text_back(out: Path, repo: Path, run: Run) -> None:
    title = "Pitkä toimenpide, jonka nimi jatkuu ja jatkuu yli kuudenkymmenen merkin rajan"
    goal = repo / "data" / "goals" / "01-ensimmainen.yaml"
    goal.write_text(goal.read_text().replace("nimi: Paraneva toimenpide", f"nimi: {title}"))
    assert run("sheet", "export", "--per-owner", "out", "--force").exit_code == 0
    fill(TESTI, {"C2": "Muokattu", "E3": "Muokattu", "H2": "+"})
    code, lines, _ = _findings(run, str(TESTI))
    assert code == 1
    assert lines[:4] == [
        "out/testipalvelut.xlsx:Toimenpiteet!C2: S113 vain luettavaa saraketta 'Toimenpide' on "
        "muutettu",
        f'    vihje: kirjoita takaisin, mitä siinä luki: "{title}"',  # whole, as it can be typed
        # two bodies on two lines: no text to type back, the cell to copy instead
        "out/testipalvelut.xlsx:Toimenpiteet!E3: S113 vain luettavaa saraketta 'Vastuutahot' on "
        "muutettu",
        "    vihje: peru muutos tai kopioi solu uudesta työkirjasta: ohjelma sheet export "
        '--period 1/2025 --owner "Testipalvelut" -o uusi.xlsx',
    ]


def test_a_deleted_row_is_said_where_it_was(out: Path, repo: Path, run: Run) -> None:
    book = load_workbook(TESTI)
    book.worksheets[0].delete_rows(3)  # T1.3, between T1.1 and T2.2
    book.save(TESTI)
    fill(TESTI, {"H2": "-", "I2": "Ei edennyt."})
    code, lines, _ = _findings(run, str(TESTI))
    assert code == 0  # the answers are imported; the missing row is said, in its place
    assert lines == [
        "out/testipalvelut.xlsx:Toimenpiteet!A3: S114 toimenpiteen T1.3 rivi puuttuu (se oli "
        "viedessä rivillä 3); rivejä ei saa poistaa",
        "    vihje: jätä rivi tyhjäksi, jos kerrottavaa ei ole; jos haluat vastata toimenpiteeseen "
        "T1.3, kopioi sen rivi uudesta työkirjasta: ohjelma sheet export --period 1/2025 "
        '--owner "Testipalvelut" -o uusi.xlsx',
        "",
        "Löytyi 0 virhettä ja 1 varoitus (1 tiedosto).",
        "Asetettiin 1 arvio 1 tiedostoon.",
        "Jo tiedoissa tai jätetty ennalleen: 2",
        "Ei vastausta tiedostossa out/testipalvelut.xlsx: T1.3",
    ]


def test_rows_that_do_not_belong(out: Path, repo: Path, run: Run) -> None:
    fill(TESTI, {"C2": "Muokattu nimi", "A6": "T1.1", "H6": "+", "A7": "T9.9", "H7": "+",
                 "A8": "T1.2", "H8": "+", "H4": "+", "I4": "x" * 5001, "H5": None})
    code, lines, _ = _findings(run, str(TESTI))
    assert code == 1
    findings = [line for line in lines if line.startswith("out/")]
    assert findings == [
        "out/testipalvelut.xlsx:Toimenpiteet!C2: S113 vain luettavaa saraketta 'Toimenpide' on "
        "muutettu",
        "out/testipalvelut.xlsx:Toimenpiteet!I4: S121 tilanne on 5001 merkkiä pitkä; enintään "
        "5000 mahtuu",
        "out/testipalvelut.xlsx:Toimenpiteet!H5: S122 rivillä on tilanne mutta ei etenemisen "
        "merkkiä",
        "out/testipalvelut.xlsx:Toimenpiteet!A6: S111 T1.1 on kahdesti; ensimmäinen on rivillä 2",
        "out/testipalvelut.xlsx:Toimenpiteet!A7: S110 tuntematon toimenpiteen tunnus 'T9.9'",
        "out/testipalvelut.xlsx:Toimenpiteet!A8: S112 T1.2 ei ollut tässä työkirjassa, kun se "
        "vietiin",
    ]
    assert '    vihje: kirjoita takaisin, mitä siinä luki: "Paraneva toimenpide"' in lines
    assert git_diff(repo) == ""


def test_a_wrong_id_gets_the_programmes_range_not_the_workbooks(
    out: Path, repo: Path, run: Run
) -> None:
    # testipalvelut.xlsx holds T2.2 and T2.3 only; the programme's goal 2 has T2.1–T2.4.
    fill(TESTI, {"A4": "T2.9", "H4": "+", "A6": "T9.9", "H6": "+"})
    code, lines, err = _findings(run, str(TESTI))
    assert code == 1
    assert lines[:4] == [
        "out/testipalvelut.xlsx:Toimenpiteet!A4: S110 tuntematon toimenpiteen tunnus 'T2.9'",
        "    vihje: tavoitteessa 2 on toimenpiteet T2.1–T2.4",
        "out/testipalvelut.xlsx:Toimenpiteet!A6: S110 tuntematon toimenpiteen tunnus 'T9.9'",
        "    vihje: tavoitetta 9 ei ole; tavoitteet ovat 1, 2",
    ]
    assert "mitään ei tuotu" in err
    assert git_diff(repo) == ""


def test_what_spreadsheet_programs_do_to_a_workbook(out: Path, repo: Path, run: Run) -> None:
    book = load_workbook(TESTI)
    sheet = book.worksheets[0]
    sheet["H2"] = "– "  # an en dash from autocorrect, a trailing space
    sheet["I2"] = "Rivi yksi \r\nRivi kaksi\r\n"
    sheet["B2"] = 1  # the goal number retyped: a number now, not text
    sheet["H5"] = "+  Etenee myönteisesti"  # the drop-down's entry (a label alone is refused)
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2, max_row=5)]
    for number, values in enumerate(reversed(rows), start=2):  # sorted the other way
        for column, value in enumerate(values, start=1):
            sheet.cell(number, column).value = value
    sheet.insert_cols(3)  # an extra empty column
    sheet.title = "Vastaukset"
    book.save(TESTI)
    code, lines, err = _import(run, str(TESTI))
    assert code == 0, lines
    assert err == (  # the dash read as the plain one, and said
        "ohjelma: huom: out/testipalvelut.xlsx:Vastaukset!I5: '–' luettiin merkiksi \"-\"\n"
    )
    assert changed_lines(repo) == [
        '-        eteneminen: "+"',
        "-        tilanne: Valmis.",
        '+        eteneminen: "-"',
        "+        tilanne: |-",
        "+          Rivi yksi",
        "+          Rivi kaksi",
        '-        eteneminen: "-"',
        '+        eteneminen: "+"',
    ]


def test_findings_in_lint_formats(out: Path, run: Run) -> None:
    fill(KOKEILU, {"H4": "jees"})
    result = run("sheet", "import", "--format", "json", str(KOKEILU))
    assert result.exit_code == 1
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding == {
        "path": "out/kokeiluyksikko.xlsx", "line": 4, "column": 8, "code": "S120",
        "name": "S120", "severity": "error", "message": "eteneminen 'jees' ei ole asteikolla",
        "hint": 'sallitut: "+", "+/-", "-", "?", "+?", "+/-?", "-?"',
        "cell": "Toimenpiteet!H4",
    }
    github = run("sheet", "import", "--format", "github", str(KOKEILU))
    assert github.stdout.startswith(
        "::error file=out/kokeiluyksikko.xlsx,line=4,col=8,title=S120::"
    )


def test_a_past_period_needs_force(repo: Path, run: Run) -> None:
    assert run("sheet", "export", "--period", "1/2024", "-o", "old.xlsx").exit_code == 0
    fill(Path("old.xlsx"), {"I2": "Tarkennettu."})
    code, lines, err = _import(run, "old.xlsx")
    assert (code, lines) == (2, [])  # a refusal, as status set's on a past period
    assert err.splitlines()[:2] == [
        "ohjelma: virhe: old.xlsx: työkirja on kaudelle 1/2024, joka on jo mennyt (uusin on "
        "1/2025)",
        "    vihje: kerää tämän kauden vastaukset kauden 1/2025 työkirjaan ('ohjelma sheet "
        "export'); jos tarkoitus on korjata kauden 1/2024 vastauksia, tuo työkirja valinnalla "
        "--force",
    ]
    assert _import(run, "--force", "old.xlsx")[0] == 0
    assert "+        tilanne: Tarkennettu." in changed_lines(repo)


def test_an_empty_status_keeps_the_note_in_the_data(out: Path, repo: Path, run: Run) -> None:
    fill(TESTI, {"H2": "+/-", "I2": None})
    code, lines, _ = _import(run, str(TESTI))
    assert (code, lines[0]) == (0, "Asetettiin 1 arvio 1 tiedostoon.")
    assert changed_lines(repo) == ['-        eteneminen: "+"', '+        eteneminen: "+/-"']


def test_an_action_answered_by_one_of_its_bodies_is_not_asked_again(
    repo: Path, run: Run
) -> None:
    assert run("period", "open", "1/2026", "--label", "Tilanne 1/2026").exit_code == 0
    assert run("sheet", "export", "--per-owner", "out").exit_code == 0
    fill(TESTI, {"H3": "+", "I3": "Yhteinen vastaus."})  # T1.3 belongs to both bodies
    code, lines, _ = _import(run, str(TESTI), str(KOKEILU))
    assert code == 0
    assert lines == [
        "Asetettiin 1 arvio 1 tiedostoon.",
        "Ei vastausta tiedostossa out/testipalvelut.xlsx: T1.1, T2.2, T2.3",
        "Ei vastausta tiedostossa out/kokeiluyksikko.xlsx: T1.2, T2.1, T2.4",
    ]


def test_text_that_looks_like_a_formula_stays_text(repo: Path, run: Run) -> None:
    note = '=HYPERLINK("https://example.invalid","klikkaa")'
    assert run("status", "set", "T1.1", "+", "--note", note).exit_code == 0
    assert run("sheet", "export", "--owner", "Testipalvelut", "-o", "t.xlsx").exit_code == 0
    cell = load_workbook("t.xlsx").worksheets[0]["I2"]
    assert (cell.value, cell.data_type) == (note, "s")
    code, lines, _ = _import(run, "t.xlsx")
    assert (code, lines[0]) == (0, "Ei muutettavaa: vastaukset ovat jo tiedoissa.")


@pytest.mark.parametrize("given", [["out"], ["out/*.xlsx"], ["out/*"]])
def test_a_folder_or_an_unexpanded_pattern_reads_its_workbooks(
    out: Path, repo: Path, run: Run, given: list[str]
) -> None:
    """PowerShell and cmd hand `out/*.xlsx` on as written; a folder names its workbooks."""
    fill(TESTI, {"H2": "-  Ei ole edennyt"})
    fill(KOKEILU, {"H5": "+", "I5": "Alkoi."})
    (out / "~$testipalvelut.xlsx").write_bytes(b"Excel's owner file while it is open")
    (out / "muistiinpanot.txt").write_text("ei työkirja", encoding="utf-8")
    code, lines, err = _import(run, *given)
    if given == ["out/*"]:  # the pattern names a text file too: refused as a file, not skipped
        assert (code, lines) == (2, []), lines
        assert err.startswith("ohjelma: virhe: out/muistiinpanot.txt: "), err
        return
    assert (code, err) == (0, "")
    assert lines[0] == "Asetettiin 2 arviota 2 tiedostoon."


@pytest.mark.parametrize(("given", "message"), [
    ("tyhja", "tyhja: kansiossa ei ole työkirjoja (.xlsx)"),
    ("tyhja/*.xlsx", "tyhja/*.xlsx: yksikään tiedosto ei vastaa tätä"),
])
def test_a_folder_or_pattern_without_workbooks(
    repo: Path, run: Run, given: str, message: str
) -> None:
    (repo / "tyhja").mkdir()
    code, lines, err = _import(run, given)
    assert (code, lines) == (2, [])
    assert err == f"ohjelma: virhe: {message}\n"


def _answer_both() -> None:
    fill(TESTI, {"H2": "-", "I2": "Ei edennyt."})  # T1.1 in goal 01
    fill(KOKEILU, {"H4": "+", "I4": "Eteni."})  # T2.1 in goal 02


def test_a_read_only_goal_file_means_no_file_is_written(out: Path, repo: Path, run: Run) -> None:
    _answer_both()
    second = repo / "data" / "goals" / "02-toinen.yaml"
    second.chmod(0o444)
    code, lines, err = _import(run, str(TESTI), str(KOKEILU))
    assert (code, lines) == (2, [])
    assert err == (
        "ohjelma: virhe: data/goals/02-toinen.yaml tai sen kansio on kirjoitussuojattu; mitään "
        "ei kirjoitettu. Poista kirjoitussuojaus ensin, jos muutos on tarkoitettu\n"
    )
    assert git_diff(repo) == ""


def test_a_replace_that_fails_midway_puts_the_first_file_back(
    out: Path, repo: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As with `chattr +i` on the second file: the first, already replaced, is put back."""
    from kuopio_ohjelma.io import atomic

    _answer_both()
    real = atomic.os.replace

    def second_fails(source: str, target: object) -> None:
        if str(source).endswith(".tmp") and str(target).endswith("02-toinen.yaml"):
            raise PermissionError(1, "Operation not permitted")
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "replace", second_fails)
    code, lines, err = _import(run, str(TESTI), str(KOKEILU))
    assert (code, lines) == (2, [])
    assert err.startswith("ohjelma: virhe: data/goals/02-toinen.yaml: ei voi kirjoittaa: ")
    assert err.endswith("; jo kirjoitetut 1 tiedosto(a) palautettiin ennalleen, joten yhtäkään 2 "
                        "tiedostosta ei muutettu\n")
    assert git_diff(repo) == ""
    assert sorted(p.name for p in (repo / "data" / "goals").iterdir()) == [
        "01-ensimmainen.yaml", "02-toinen.yaml"]
