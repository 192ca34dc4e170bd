"""Cells whose value is not what the editor typed: a formula no program computed, an error
value, a date a spreadsheet program made of what was typed, merged answer cells. Each is a
finding at its cell with what to do; none is silently read as empty or as an answer."""

from __future__ import annotations

from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import Problem
from kuopio_ohjelma.sheets import codes
from kuopio_ohjelma.sheets.read import DATE, ERROR, FORMULA, Returned, Row

UNCOMPUTED_FORMULA = codes.UNCOMPUTED_FORMULA.code
ERROR_VALUE = codes.ERROR_VALUE.code
DATE_VALUE = codes.DATE_VALUE.code
MERGED_CELLS = codes.MERGED_CELLS.code


def unreadable(returned: Returned, row: Row, key: str) -> Problem | None:
    """A cell whose value is not what was meant: a formula never computed, an error value,
    or a date made of what was typed. Never read as an answer, never silently skipped."""
    cell = row.cells.get(key)
    if cell is None or not cell.kind:
        return None
    if cell.kind == FORMULA:
        return returned.problem(
            UNCOMPUTED_FORMULA, row.number, key,
            _("the cell holds a formula whose value was never computed, so it shows nothing "
              "that could be imported"),
            _("type the value itself into the cell, or open the file in Excel or LibreOffice "
              "Calc and save it so that the value is computed"),
        )
    if cell.kind == ERROR:
        return returned.problem(
            ERROR_VALUE, row.number, key,
            _("the cell shows the error value {error}, not an answer").format(error=cell.text),
            _("type the value itself into the cell instead of a formula"),
        )
    assert cell.kind == DATE
    return returned.problem(
        DATE_VALUE, row.number, key,
        _("the spreadsheet program turned what was typed into a date or time ({value})")
        .format(value=cell.text),
        _("choose a mark from the list") if key == "mark"
        else _("format the cell as text and type it again, or begin it with an apostrophe "
               "('6.5.)"),
    )


def merged_cells(returned: Returned, cells: str, row: int, column: int) -> Problem:
    return returned.problem_at(
        MERGED_CELLS, row, column,
        _("the cells {cells} are merged, so only the first of them keeps its value").format(
            cells=cells),
        _("unmerge them (Excel: Home > Merge & Center; LibreOffice Calc: Format > Merge and "
          "Unmerge Cells > Unmerge Cells) and fill in each row's own cells"),
    )
