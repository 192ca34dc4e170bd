"""A returned workbook → its metadata and answer rows, with each cell's place. Columns are
found by heading and rows by id, so sorting, an inserted column or a renamed sheet do not
matter. Reading never judges the answers: that is check.py's job."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import START, Position, Problem
from kuopio_ohjelma.sheets import codes, layout
from kuopio_ohjelma.sheets.opening import Opened

NOT_OURS = codes.NOT_OURS.code
MISSING_COLUMN = codes.MISSING_COLUMN.code
# Headings are looked for in the first rows only: a title row above them is tolerated.
_HEADER_ROWS = 5
_REQUIRED = ("id", "mark", "note")

# What a cell holds when it is not plain text or a number; check.py says what to do.
FORMULA = "formula"  # a formula whose value no program computed: the cell shows nothing yet
ERROR = "error"  # an error value such as #N/A or #DIV/0!
DATE = "date"  # a date or time a spreadsheet program made of what was typed
_DATES = (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)


class Cell(NamedTuple):
    text: str
    column: int  # 1-based
    kind: str = ""  # "" for text and numbers, else FORMULA, ERROR or DATE


@dataclass(frozen=True)
class Row:
    number: int
    cells: dict[str, Cell]

    def text(self, key: str) -> str:
        cell = self.cells.get(key)
        return cell.text if cell else ""


@dataclass(frozen=True)
class Returned:
    """One returned workbook as read: where it came from, what it says it was exported from."""

    path: Path
    sheet: str
    meta: dict[str, str]
    fingerprints: dict[str, dict[str, str]]
    columns: dict[str, int]
    rows: list[Row] = field(default_factory=list)
    # Merged ranges that take in an answer cell (id, mark, status): (range, row, column).
    merged: list[tuple[str, int, int]] = field(default_factory=list)

    def place(self, row: int, key: str) -> tuple[Position, str]:
        """The Position (row, column) and the `Sheet!D7` name of a cell."""
        column = self.columns[key]
        return Position(row, column), cell_name(self.sheet, column, row)

    def problem(self, code: str, row: int, key: str, message: str, hint: str = "") -> Problem:
        position, cell = self.place(row, key)
        return Problem(code, self.path, position, message, hint, cell=cell)

    def problem_at(self, code: str, row: int, column: int, message: str, hint: str) -> Problem:
        cell = cell_name(self.sheet, column, row)
        return Problem(code, self.path, Position(row, column), message, hint, cell=cell)


def cell_name(sheet: str, column: int, row: int) -> str:
    """`Toimenpiteet!H7`; a sheet name with spaces or punctuation in quotes, as Excel writes it."""
    name = sheet if re.fullmatch(r"\w+", sheet) else "'" + sheet.replace("'", "''") + "'"
    return f"{name}!{get_column_letter(column)}{row}"


def read_returned(path: Path, opened: Opened) -> Returned | Problem:
    book = opened.values
    meta_sheet = _meta_sheet(book)
    if meta_sheet is None:
        return Problem(
            NOT_OURS, path, START,
            _("this workbook was not made by 'ohjelma sheet export' (its hidden sheet "
              "'{sheet}' is missing)").format(sheet=layout.META_SHEET),
            _("export a new workbook with 'ohjelma sheet export' and copy the answers into it"),
        )
    meta, fingerprints = _read_meta(meta_sheet)
    found = _data_sheet(book, meta.get("sheet", ""), meta_sheet)
    if found is None:
        return Problem(
            MISSING_COLUMN, path, START,
            _("no sheet has the columns {columns}").format(columns=_required_headings(meta)),
            _("do not delete or rename the heading row; export a new workbook if it is lost"),
        )
    sheet, header, columns = found
    formulas = _formulas(opened.formulas[sheet.title], header)
    rows = [_row(cells, number, columns, formulas) for number, cells in _data_rows(sheet, header)]
    kept = [row for row in rows if any(c.text or c.kind for c in row.cells.values())]
    return Returned(path, sheet.title, meta, fingerprints, columns, kept,
                    _merged(sheet, header, columns))


def _meta_sheet(book: Workbook) -> Worksheet | None:
    for sheet in book.worksheets:
        if layout.cell_text(sheet.cell(1, 1).value) == layout.FORMAT:
            return sheet
    return None


def _read_meta(sheet: Worksheet) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    meta: dict[str, str] = {}
    fingerprints: dict[str, dict[str, str]] = {}
    keys: list[str] | None = None
    for values in sheet.iter_rows(values_only=True):
        texts = [layout.cell_text(value) for value in values]
        if not texts or not texts[0]:
            continue
        if keys is not None:
            fingerprints[texts[0]] = dict(zip(keys, texts[1:], strict=False))
        elif texts[0] == layout.ROWS_MARKER:
            keys = texts[1:]
        else:
            meta[texts[0]] = texts[1] if len(texts) > 1 else ""
    return meta, fingerprints


def _data_sheet(
    book: Workbook, named: str, meta: Worksheet
) -> tuple[Worksheet, int, dict[str, int]] | None:
    """The sheet with the answer columns: the one the metadata names first, then any other."""
    sheets = sorted(book.worksheets, key=lambda sheet: sheet.title != named)
    for sheet in sheets:
        if sheet is meta:
            continue
        for number in range(1, _HEADER_ROWS + 1):
            columns = _columns(sheet, number)
            if all(key in columns for key in _REQUIRED):
                return sheet, number, columns
    return None


def _columns(sheet: Worksheet, row: int) -> dict[str, int]:
    known = layout.heading_keys()
    columns: dict[str, int] = {}
    for column, value in enumerate(next(sheet.iter_rows(row, row, values_only=True), ()), 1):
        key = known.get(layout.folded(layout.cell_text(value)))
        if key is not None and key not in columns:
            columns[key] = column
    return columns


def _data_rows(sheet: Worksheet, header: int) -> list[tuple[int, tuple[Any, ...]]]:
    return list(enumerate(sheet.iter_rows(min_row=header + 1), start=header + 1))


def _formulas(sheet: Any, header: int) -> set[tuple[int, int]]:
    """(row, column) of every cell below the headings that holds a formula as typed."""
    return {
        (number, column)
        for number, values in enumerate(
            sheet.iter_rows(min_row=header + 1, values_only=True), start=header + 1
        )
        for column, value in enumerate(values, 1)
        if _is_formula(value)
    }


def _is_formula(value: object) -> bool:
    # openpyxl gives a formula as its text, or as an object for array and table formulas.
    if isinstance(value, str):
        return value.startswith("=")
    return value is not None and type(value).__name__ in ("ArrayFormula", "DataTableFormula")


def _row(
    cells: tuple[Any, ...], number: int, columns: dict[str, int], formulas: set[tuple[int, int]]
) -> Row:
    read = {}
    for key, column in columns.items():
        cell = cells[column - 1] if column <= len(cells) else None
        value = cell.value if cell is not None else None
        kind = _kind(cell, value, (number, column) in formulas)
        text = _date_text(value) if kind == DATE else layout.cell_text(value)
        read[key] = Cell(text, column, kind)
    return Row(number, read)


def _kind(cell: Any, value: object, formula: bool) -> str:
    if cell is not None and cell.data_type == "e":
        return ERROR
    if value is None and formula:
        return FORMULA
    return DATE if isinstance(value, _DATES) else ""


def _date_text(value: object) -> str:
    """A date as the editor would recognise it: 2024-05-06, without a midnight time."""
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    return layout.cell_text(value)


def _merged(sheet: Worksheet, header: int, columns: dict[str, int]) -> list[tuple[str, int, int]]:
    """Merged ranges below the headings that take in an id, mark or status cell: in a merge,
    only the first cell keeps its value and the others read as empty."""
    answers = {columns[key] for key in _REQUIRED}
    return [
        (str(merged), merged.min_row, merged.min_col)
        for merged in sorted(sheet.merged_cells.ranges, key=lambda r: (r.min_row, r.min_col))
        if merged.max_row > header
        and any(merged.min_col <= column <= merged.max_col for column in answers)
    ]


def _required_headings(meta: dict[str, str]) -> str:
    lang = meta.get("lang", "fi")
    return ", ".join(
        f"'{layout.heading(layout.COLUMN_BY_KEY[key], lang)}'" for key in _REQUIRED
    )
