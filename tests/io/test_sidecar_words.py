"""A sidecar CSV as an editor's spreadsheet saves it: Finnish Excel's semicolons and decimal
commas are read and kept; every problem is said in rows, columns and cells (made-up values)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import report_lines, run_many

CSV = Path("data/indicators/kokeilumittari.csv")
YAML = Path("data/indicators/kokeilumittari.yaml")

pytestmark = pytest.mark.slow  # whole commands in a process


def _with_unit(mini: Path, csv: bytes) -> None:
    (mini / YAML).write_text(
        (mini / YAML).read_text(encoding="utf-8") + "yksikkö: henkilöä\n", encoding="utf-8"
    )
    (mini / CSV).write_bytes(csv)


def test_a_semicolon_file_with_decimal_commas_is_read_and_written_as_it_is(mini: Path) -> None:
    _with_unit(mini, b'vuosi;arvo;huomautus\n2023;71,2;"a;b"\n')
    lint, edit, again = run_many(
        [["lint", "--no-cache"], ["indicator", "set", "kokeilumittari", "2024", "72,5"],
         ["lint", "--no-cache"]], cwd=mini)
    assert "E602" not in lint.stdout and lint.code == 0, lint.stdout
    assert edit.code == 0, edit.stderr
    assert (mini / CSV).read_bytes() == b'vuosi;arvo;huomautus\n2023;71,2;"a;b"\n2024;72,5;\n'
    assert again.code == 0, again.stdout


def test_excel_bom_and_windows_line_endings_are_fine(mini: Path) -> None:
    _with_unit(mini, b"\xef\xbb\xbfvuosi;arvo\r\n2023;71,2\r\n")
    lint, edit = run_many(
        [["lint", "--no-cache"], ["indicator", "set", "kokeilumittari", "2024", "1"]], cwd=mini)
    assert lint.code == 0 and "E602" not in lint.stdout, lint.stdout
    assert edit.code == 0, edit.stderr
    assert (mini / CSV).read_bytes() == b"\xef\xbb\xbfvuosi;arvo\r\n2023;71,2\r\n2024;1\r\n"


def test_problems_are_said_in_cells_not_yaml(mini: Path) -> None:
    _with_unit(mini, b'vuosi,kausi,arvo\n2021,,abc\n2022,,"1,5"\nx,,3\n2024\n2025,,\n,,8\n')
    (lint,) = run_many([["lint", "--no-cache"]], cwd=mini)
    assert lint.code == 1
    assert report_lines(lint.stdout)[:12] == [
        f"{CSV}:2:7: E602 sarakkeen arvo solussa on 'abc', ei luku",
        "    vihje: kirjoita soluun luku, esim. 71.2",
        f"{CSV}:3:7: E601 sarakkeen arvo solussa on '1,5', joka ei ole luku sellaisenaan",
        "    vihje: kirjoita soluun 1.5 (ei välilyöntejä; tässä tiedostossa desimaalimerkki on .)",
        f"{CSV}:4:1: E602 sarakkeen vuosi solussa on 'x', ei vuosiluku",
        "    vihje: kirjoita soluun vuosi neljällä numerolla, esim. 2023",
        f"{CSV}:5:1: E602 rivillä on 1 solua; otsikkorivillä 3",
        "    vihje: anna joka rivillä otsikkorivin sarakkeet pilkuilla erotettuina; laita teksti, "
        "jossa on ',', lainausmerkkeihin",
        f"{CSV}:6:7: E602 rivin solu sarakkeessa arvo on tyhjä",
        "    vihje: kirjoita arvo soluun tai poista rivi",
        f"{CSV}:7:1: E605 arvolla pitää olla vuosi (vuosi) tai kausi (kausi), jompikumpi",
        "    vihje: täytä rivin solu sarakkeessa vuosi (esim. 2023) tai sarakkeessa kausi "
        "(esim. 1/2024), ei molempia",
    ]
    assert "vuosi:" not in lint.stdout and "arvo:" not in lint.stdout


def test_a_semicolon_file_says_its_own_decimal_mark_and_separator(mini: Path) -> None:
    before = b'vuosi;arvo\n2023;1 200,5\n2024;"7\n'
    _with_unit(mini, before)
    lint, edit = run_many(
        [["lint", "--no-cache"], ["indicator", "set", "kokeilumittari", "2025", "1"]], cwd=mini)
    assert report_lines(lint.stdout)[:2] == [
        f"{CSV}:3:6: E602 lainausmerkki (\") aloittaa tässä solun, mutta solua ei suljeta",
        "    vihje: päätä solun teksti merkkiin \" ennen seuraavaa erotinta ';'",
    ]
    assert edit.code == 2 and (mini / CSV).read_bytes() == before
    (mini / CSV).write_bytes(b"vuosi;arvo\n2023;1 200,5\n")
    (lint,) = run_many([["lint", "--no-cache"]], cwd=mini)
    assert report_lines(lint.stdout)[:2] == [
        f"{CSV}:2:6: E601 sarakkeen arvo solussa on '1 200,5', joka ei ole luku sellaisenaan",
        "    vihje: kirjoita soluun 1200,5 (ei välilyöntejä; tässä tiedostossa desimaalimerkki "
        "on ,)",
    ]
