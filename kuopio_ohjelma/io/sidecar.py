"""A long series in a sidecar CSV next to the indicator's YAML: data/indicators/slug.csv.

One row per observation, under a header naming the same keys as `havainnot` in YAML:
`vuosi` or `kausi`, `arvo`, and optionally `huomautus` and `lähde`. Every finding points at
the cell to change, like every other finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic_core import ValidationError  # pydantic.ValidationError is this very class

from kuopio_ohjelma.io.csv_positions import Cell, CsvSyntaxError, Row, read_cells
from kuopio_ohjelma.io.text import decode_source
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import START, Position, Problem
from kuopio_ohjelma.values.numbers import (
    number_from_text,
    range_message,
    range_problem,
    yaml_number,
)

if TYPE_CHECKING:
    from kuopio_ohjelma.model import Observation

COLUMNS = ("vuosi", "kausi", "arvo", "huomautus", "lähde")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_YEAR = re.compile(r"^\d{4}$")
# Excel and LibreOffice write a byte-order mark and CRLF into CSV: both are fine here.
_HARMLESS = {"W105", "W106"}


@dataclass(frozen=True)
class Sidecar:
    """The observations of one CSV file, each with the position of its cells."""

    path: Path
    observations: list[Observation] = field(default_factory=list)
    places: list[dict[str, Position]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # each value as typed in its cell


def sidecar_path(yaml_path: Path) -> Path:
    return yaml_path.with_suffix(".csv")


def parse_sidecar(
    path: Path, raw: bytes, check: Callable[[object], Any] | None = None
) -> tuple[Sidecar | None, list[Problem]]:
    """The CSV's observations, or the problems that keep it from being read. `check` reads a
    row as an observation: the model's own unless lint gives its compiled one."""
    source, problems = decode_source(path, raw)
    problems = [p for p in problems if p.code not in _HARMLESS]
    if source is None:
        return None, problems
    try:
        rows = read_cells(source.text)
    except CsvSyntaxError as error:
        return None, [
            _problem(
                path,
                error.position,
                _("a quote is opened but never closed"),
                _('close the quoted text with " before the next comma'),
            )
        ]
    if not rows:
        return None, [
            _problem(
                path,
                START,
                _("the file is empty"),
                _("write the header line vuosi,arvo and one row per value"),
            )
        ]
    header, header_problems = _header(path, rows[0])
    if header_problems:
        return None, problems + header_problems
    sidecar = Sidecar(path)
    for row in rows[1:]:
        _row(sidecar, header, row, problems, check or _observation)
    return sidecar, problems


def _header(path: Path, row: Row) -> tuple[list[str], list[Problem]]:
    names = [cell.text.strip() for cell in row]
    problems = [
        _problem(
            path,
            cell.position,
            _("unknown column {name!r}").format(name=cell.text),
            _("columns are: {columns}").format(columns=", ".join(COLUMNS)),
        )
        for cell, name in zip(row, names, strict=True)
        if name not in COLUMNS
    ]
    if "arvo" not in names and not problems:
        problems.append(
            _problem(
                path,
                row[0].position,
                _("the header has no column 'arvo'"),
                _("write the header as vuosi,arvo"),
            )
        )
    return names, problems


def _observation(values: object) -> Observation:
    from kuopio_ohjelma.model import Observation

    return Observation.model_validate(values)


def _row(
    sidecar: Sidecar,
    header: list[str],
    row: Row,
    problems: list[Problem],
    check: Callable[[object], Any],
) -> None:
    if len(row) != len(header):
        problems.append(
            _problem(
                sidecar.path,
                row[0].position,
                _("the row has {found} cells; the header has {expected}").format(
                    found=len(row), expected=len(header)
                ),
                _(
                    "give every row the header's columns, separated by commas; "
                    "quote text that has a comma"
                ),
            )
        )
        return
    values: dict[str, object] = {}
    places = {"": row[0].position}
    typed = {name: cell.text.strip() for name, cell in zip(header, row, strict=True)}
    for name, cell in zip(header, row, strict=True):
        places[name] = cell.position
        if cell.text.strip():
            value = _cell_value(sidecar.path, name, cell, problems)
            if value is None:
                return
            values[name] = value
    try:
        observation = check(values)
    except ValidationError as error:
        detail = error.errors()[0]
        column = str(detail["loc"][0]) if detail["loc"] else ""
        problems.append(
            _problem(
                sidecar.path,
                places.get(column, row[0].position),
                _("{column}: {value!r} is not allowed here").format(
                    column=column or "arvo", value=detail["input"]
                ),
                _("see the other rows for the expected form"),
            )
        )
        return
    sidecar.observations.append(observation)
    sidecar.places.append(places)
    sidecar.texts.append(typed.get("arvo", ""))


def _cell_value(path: Path, name: str, cell: Cell, problems: list[Problem]) -> object:
    text = cell.text.strip()
    if name == "vuosi":
        if _YEAR.match(text):
            return int(text)
        problems.append(
            _problem(
                path,
                cell.position,
                _("year {text!r} is not a year").format(text=text),
                _("write the year with four digits, e.g. 2023"),
            )
        )
        return None
    if name != "arvo":
        return text
    if _NUMBER.match(text):
        number = number_from_text(text)  # the one conversion (no int() of 4 300 digits)
        assert number is not None
        problem = range_problem(number)
        if problem is None:
            return number
        problems.append(_problem(path, cell.position, *range_message(problem)))
        return None
    meant = number_from_text(text)
    if meant is not None:
        from kuopio_ohjelma.io.validation import number_as_text_problem  # only for a finding

        problems.append(
            number_as_text_problem(path, cell.position, "arvo", text, yaml_number(meant))
        )
    else:
        problems.append(
            _problem(
                path,
                cell.position,
                _("arvo {text!r} is not a number").format(text=text),
                _("write the value as a number, e.g. 71.2"),
            )
        )
    return None


def _problem(path: Path, position: Position, message: str, hint: str) -> Problem:
    return Problem("E602", path, position, message, hint)
