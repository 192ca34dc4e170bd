"""The one record every check, load step and command reports: a problem at a position."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import NamedTuple


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Position(NamedTuple):
    """1-based line and column, as editors and `file:line:col` show them."""

    line: int
    col: int

    @classmethod
    def from_zero_based(cls, line: int, col: int) -> Position:
        """The one place where ruamel's 0-based marks become 1-based positions."""
        return cls(line + 1, col + 1)


START = Position(1, 1)


class Problem(NamedTuple):
    """What is wrong, where, and what would be right."""

    code: str
    path: Path
    position: Position
    message: str
    hint: str = ""
    severity: Severity = Severity.ERROR
    detail: str = ""  # the parser's own words, shown only by `lint --verbose`
    # A spreadsheet cell such as `Toimenpiteet!D7`: shown instead of line:col, which then
    # hold the cell's row and column number for machine formats.
    cell: str = ""

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path.as_posix(), self.position.line, self.position.col, self.code)
