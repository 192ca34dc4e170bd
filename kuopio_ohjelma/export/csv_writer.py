"""One table as CSV bytes: UTF-8, a header row, fixed columns, `\\n` line ends; row order."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from kuopio_ohjelma.export.schema import Cell, Resource, Row

_DIGITS = re.compile(r"(\d+)")


def natural_key(value: Cell) -> tuple[Any, ...]:
    """'T1.2' before 'T1.10'; empty first; letters compared without case, then with."""
    if value is None:
        return ((0,),)
    if isinstance(value, bool | int | float):
        return ((1, value),)
    parts = _DIGITS.split(value)
    return tuple(
        (1, int(part)) if n % 2 else (2, part.casefold(), part) for n, part in enumerate(parts)
    )


def sorted_rows(resource: Resource, rows: list[Row]) -> list[Row]:
    fields = resource.sort_fields
    return sorted(rows, key=lambda row: tuple(natural_key(row[name]) for name in fields))


def csv_bytes(resource: Resource, rows: list[Row]) -> bytes:
    """The table with `rows` in the order given (see sorted_rows)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(resource.columns)
    for row in rows:
        writer.writerow([_cell(row[name]) for name in resource.columns])
    return buffer.getvalue().encode("utf-8")


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
