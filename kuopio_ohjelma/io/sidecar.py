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

from kuopio_ohjelma.core.textsafe import shown
from kuopio_ohjelma.io.csv_positions import Cell, CsvSyntaxError, Row, delimiter, read_cells
from kuopio_ohjelma.io.text import decode_source
from kuopio_ohjelma.locale import N_, _
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
_COMMA_NUMBER = re.compile(r"^-?\d+(,\d+)?$")
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
    separator: str = ","

    @property
    def decimal_comma(self) -> bool:
        """A file separated by semicolons writes 71,2 (Finnish Excel); by commas, 71.2."""
        return self.separator != ","


def sidecar_path(yaml_path: Path) -> Path:
    return yaml_path.with_suffix(".csv")


# The separators by name, for a hint that says how to write a row.
_SEPARATOR_NAMES = {",": N_("commas"), ";": N_("semicolons"), "\t": N_("tabs")}


def parse_sidecar(
    path: Path, raw: bytes, check: Callable[[object], Any] | None = None
) -> tuple[Sidecar | None, list[Problem]]:
    """The CSV's observations, or the problems that keep it from being read. `check` reads a
    row as an observation: the model's own unless lint gives its compiled one."""
    source, problems = decode_source(path, raw)
    problems = [p for p in problems if p.code not in _HARMLESS]
    if source is None:
        return None, problems
    separator = delimiter(source.text)
    try:
        rows = read_cells(source.text, separator)
    except CsvSyntaxError as error:
        return None, [
            _problem(
                path,
                error.position,
                _("a quote (\") opens a cell here but never closes it"),
                _('end the cell\'s text with " before the next {mark}').format(
                    mark=repr(separator)
                ),
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
    header, header_problems = _header(path, rows[0], separator)
    if header_problems:
        return None, problems + header_problems
    sidecar = Sidecar(path, separator=separator)
    for row in rows[1:]:
        _row(sidecar, header, row, problems, check or _observation)
    return sidecar, problems


def _header(path: Path, row: Row, separator: str) -> tuple[list[str], list[Problem]]:
    names = [cell.text.strip() for cell in row]
    joined = separator.join(["vuosi", "arvo"])
    problems = [
        _problem(
            path,
            cell.position,
            _("the header line names an unknown column {name!r}").format(name=shown(cell.text)),
            _("the first line names the columns, e.g. {header}; columns are: {columns}").format(
                header=joined, columns=", ".join(COLUMNS)
            ),
        )
        for cell, name in zip(row, names, strict=True)
        if name not in COLUMNS
    ]
    if "arvo" not in names and not problems:
        problems.append(
            _problem(
                path,
                row[0].position,
                _("the header line has no column 'arvo'"),
                _("write the header line as {header}").format(header=joined),
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
                _("the row has {found} cells; the header line has {expected}").format(
                    found=len(row), expected=len(header)
                ),
                _(
                    "give every row the header's columns, separated by {separator}; "
                    "put text that has a {mark} in quotes"
                ).format(
                    separator=_(_SEPARATOR_NAMES[sidecar.separator]),
                    mark=repr(sidecar.separator),
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
            value = _cell_value(sidecar, name, cell, problems)
            if value is None:
                return
            values[name] = value
    if "arvo" not in values:
        problems.append(
            _problem(
                sidecar.path,
                places["arvo"],
                _("the row's cell in column 'arvo' is empty"),
                _("write the value in the cell, or remove the row"),
            )
        )
        return
    try:
        observation = check(values)
    except ValidationError as error:
        detail = error.errors()[0]
        column = str(detail["loc"][0]) if detail["loc"] else ""
        problems.append(
            _problem(
                sidecar.path,
                places.get(column, row[0].position),
                _("the cell in column {column!r} holds {value!r}, which does not fit there"
                  ).format(column=column or "arvo", value=shown(str(detail["input"]))),
                _("write the cell as in the other rows"),
            )
        )
        return
    sidecar.observations.append(observation)
    sidecar.places.append(places)
    sidecar.texts.append(typed.get("arvo", ""))


def _cell_value(sidecar: Sidecar, name: str, cell: Cell, problems: list[Problem]) -> object:
    text = cell.text.strip()
    path = sidecar.path
    if name == "vuosi":
        if _YEAR.match(text):
            return int(text)
        problems.append(
            _problem(
                path,
                cell.position,
                _("the cell in column 'vuosi' holds {text!r}, not a year").format(
                    text=shown(text)
                ),
                _("write the year in the cell with four digits, e.g. 2023"),
            )
        )
        return None
    if name != "arvo":
        return text
    plain = _NUMBER.match(text) or (sidecar.decimal_comma and _COMMA_NUMBER.match(text))
    if plain:
        number = number_from_text(text)  # the one conversion (no int() of 4 300 digits)
        assert number is not None
        problem = range_problem(number)
        if problem is None:
            return number
        problems.append(_problem(path, cell.position, *range_message(problem)))
        return None
    meant = number_from_text(text)
    example = "71,2" if sidecar.decimal_comma else "71.2"
    if meant is not None:
        written = csv_number(meant, decimal_comma=sidecar.decimal_comma)
        problems.append(  # E601, as a number written as text in YAML
            Problem(
                "E601",
                path,
                cell.position,
                _("the cell in column 'arvo' holds {text!r}, not a number as written").format(
                    text=text
                ),
                _("write {number} in the cell (no spaces; {mark} as the decimal mark in this "
                  "file)").format(number=written, mark="," if sidecar.decimal_comma else "."),
            )
        )
    else:
        problems.append(
            _problem(
                path,
                cell.position,
                _("the cell in column 'arvo' holds {text!r}, not a number").format(
                    text=shown(text)
                ),
                _("write a number in the cell, e.g. {example}").format(example=example),
            )
        )
    return None


def csv_number(value: float | int, *, decimal_comma: bool) -> str:
    """A number as a cell of this file holds it: 71.2, or 71,2 in a semicolon file."""
    text = yaml_number(value)
    return text.replace(".", ",") if decimal_comma else text


def _problem(path: Path, position: Position, message: str, hint: str) -> Problem:
    return Problem("E602", path, position, message, hint)
