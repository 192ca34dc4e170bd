"""The sidecar CSV: cells with exact positions, findings as values, never an exception."""

from __future__ import annotations

from pathlib import Path

from kuopio_ohjelma.io.csv_positions import read_cells
from kuopio_ohjelma.io.sidecar import parse_sidecar
from kuopio_ohjelma.problems import Position

CSV = Path("data/indicators/keksitty.csv")


def test_cells_keep_their_positions_across_quoted_lines() -> None:
    rows = read_cells('vuosi,arvo,huomautus\n2020,1.5,"a ""b"", c\nd"\n\n2021,2,\n')
    assert [[c.text for c in row] for row in rows] == [
        ["vuosi", "arvo", "huomautus"], ["2020", "1.5", 'a "b", c\nd'], ["2021", "2", ""]]
    assert rows[1][2].position == Position(2, 10)
    assert rows[2][0].position == Position(5, 1)


def test_excel_bom_and_crlf_are_accepted() -> None:
    sidecar, problems = parse_sidecar(CSV, b"\xef\xbb\xbfvuosi,arvo\r\n2020,1.5\r\n2021,-2\r\n")
    assert problems == []
    assert sidecar is not None
    assert [(o.year, o.value) for o in sidecar.observations] == [(2020, 1.5), (2021, -2)]


def test_an_open_quote_is_a_positioned_finding() -> None:
    sidecar, problems = parse_sidecar(CSV, b'vuosi,arvo,huomautus\n2020,1,"open\n')
    assert sidecar is None
    assert [(p.code, p.position) for p in problems] == [("E602", Position(2, 8))]


def test_a_period_out_of_form_points_at_its_cell() -> None:
    _, problems = parse_sidecar(CSV, b"kausi,arvo\n1/2024,3\n2024/1,4\n")
    assert [(p.code, p.position) for p in problems] == [("E602", Position(3, 1))]


def test_an_empty_csv_says_what_to_write() -> None:
    sidecar, problems = parse_sidecar(CSV, b"\n\n")
    assert sidecar is None
    assert [p.code for p in problems] == ["E602"]
