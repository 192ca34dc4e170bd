"""CSV text to rows of cells, each with its 1-based position, as RFC 4180 writes them.

The standard library's reader gives no column numbers, and findings must point at the cell
to change, so this small reader walks the text itself: fields separated by commas, quoted
with double quotes (a doubled quote is one quote), quoted fields may span lines.

Finnish Excel saves "CSV" with semicolons (the comma is its decimal mark): `delimiter`
finds which one a file uses from its header line, where no name holds either.
"""

from __future__ import annotations

from typing import NamedTuple

from kuopio_ohjelma.problems import Position


class Cell(NamedTuple):
    text: str
    position: Position


Row = list[Cell]


class CsvSyntaxError(ValueError):
    """A quote left open: the position where the quoted field starts."""

    def __init__(self, position: Position) -> None:
        super().__init__(position)
        self.position = position


SEPARATORS = (",", ";", "\t")


def delimiter(text: str) -> str:
    """The separator of the header line: a semicolon or a tab when the line has that and no
    comma (Excel's Finnish CSV, a pasted table), else a comma."""
    header = text.split("\n", 1)[0]
    if "," in header:
        return ","
    return next((sep for sep in SEPARATORS[1:] if sep in header), ",")


def read_cells(text: str, separator: str = ",") -> list[Row]:
    """Every non-blank record of `text` (already decoded, LF line endings)."""
    rows: list[Row] = []
    row: Row = []
    index, line, col = 0, 1, 1
    while index <= len(text):
        start = Position(line, col)
        if index < len(text) and text[index] == '"':
            value, index, line, col = _quoted(text, index, line, col, separator)
        else:
            end = _field_end(text, index, separator)
            value = text[index:end]
            col += end - index
            index = end
        row.append(Cell(value, start))
        if index < len(text) and text[index] == separator:
            index, col = index + 1, col + 1
            continue
        if any(cell.text.strip() for cell in row) or len(row) > 1:
            rows.append(row)
        row = []
        index, line, col = index + 1, line + 1, 1
    return rows


def _field_end(text: str, index: int, separator: str) -> int:
    ends = [i for i in (text.find(separator, index), text.find("\n", index)) if i >= 0]
    return min(ends) if ends else len(text)


def _quoted(
    text: str, index: int, line: int, col: int, separator: str
) -> tuple[str, int, int, int]:
    start = Position(line, col)
    parts: list[str] = []
    index, col = index + 1, col + 1
    while True:
        close = text.find('"', index)
        if close < 0:
            raise CsvSyntaxError(start)
        chunk = text[index:close]
        parts.append(chunk)
        newlines = chunk.count("\n")
        line += newlines
        col = (len(chunk) - chunk.rfind("\n")) if newlines else col + len(chunk) + 1
        index = close + 1
        if text.startswith('"', index):
            parts.append('"')
            index, col = index + 1, col + 1
            continue
        # Anything between the closing quote and the next separator belongs to the field.
        end = _field_end(text, index, separator)
        parts.append(text[index:end])
        col += end - index
        return "".join(parts), end, line, col
