"""One line of a Hankkeet cell is one item; years are read from each comma-separated part."""

from __future__ import annotations

from kuopio_ohjelma.values.projects import parse_line


def test_a_line_of_several_projects_gives_each_its_years() -> None:
    parts = parse_line("ERG- hanke (2019-21), Gastro Business (2019-20), Lakeland 2")
    assert [(p.name, p.start, p.end) for p in parts] == [
        ("ERG- hanke", 2019, 2021),
        ("Gastro Business", 2019, 2020),
        ("Lakeland 2", None, None),
    ]


def test_a_trailing_comma_and_commas_inside_brackets_make_no_project() -> None:
    assert [p.name for p in parse_line("Puijon matkailualue, Satama, ")] == [
        "Puijon matkailualue",
        "Satama",
    ]
    assert [p.text for p in parse_line("Hanke (A, B) (2020-")] == ["Hanke (A, B) (2020-"]
