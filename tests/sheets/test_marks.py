"""A cell's mark goes through the same look-alike normalisation as lint and status set."""

from __future__ import annotations

import pytest

from kuopio_ohjelma.sheets.marks import parse_mark

ITEMS = {"+": "+ Etenee myönteisesti", "+/-": "+/- Etenee osittain", "-": "- Ei etene"}
LABELS = {"+": "Etenee myönteisesti", "+/-": "Etenee osittain", "-": "Ei etene"}


@pytest.mark.parametrize(
    ("cell", "code"),
    [("+/\u2212", "+/-"), ("+/\u2013", "+/-"), ("\uff0d", "-"), ("\uff0b", "+"),
     ("+/\u2212 Etenee osittain", "+/-"), ("Ei etene", "-"), ("++", None)],
)
def test_spreadsheet_look_alikes_are_the_scale_code(cell: str, code: str | None) -> None:
    assert parse_mark(cell, ITEMS, LABELS) == code
