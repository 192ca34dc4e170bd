"""The workbook's shape, shared by export and read: sheets, columns, the metadata sheet.

Columns are found again by their heading (in either language), not by position, so a column
inserted or moved in a spreadsheet program does not shift the answers.
"""

from __future__ import annotations

import hashlib
import json
from typing import NamedTuple

from kuopio_ohjelma.core import limits
from kuopio_ohjelma.io.notes import line_breaks
from kuopio_ohjelma.locale import LANGUAGES, N_, gettext_in
from kuopio_ohjelma.model import Assessment

FORMAT = "ohjelma-workbook"
FORMAT_VERSION = 1
META_SHEET = "ohjelma"
# The first row of the metadata sheet's row table; key/value pairs come before it.
ROWS_MARKER = "rows"
# A status note longer than this is almost certainly a paste gone wrong.
NOTE_LIMIT = limits.NOTE_LIMIT


class Column(NamedTuple):
    key: str
    heading: str  # English msgid; the workbook shows it in its language
    width: int  # the widest it gets; longer texts wrap
    editable: bool = False
    least: int = 6  # the narrowest it gets: room to write in an empty answer column


COLUMNS = (
    Column("id", N_("Id"), 8),
    Column("goal", N_("Goal"), 8),
    Column("title", N_("Action"), 40),
    Column("projects", N_("Projects"), 30),
    Column("bodies", N_("Responsible bodies"), 28),
    Column("previous_mark", N_("Previous progress"), 36),
    Column("previous_note", N_("Previous status"), 50),
    Column("mark", N_("Progress"), 36, editable=True),
    Column("note", N_("Status"), 60, editable=True, least=50),
)
READ_ONLY = tuple(column.key for column in COLUMNS if not column.editable)
COLUMN_BY_KEY = {column.key: column for column in COLUMNS}


def heading(column: Column, lang: str) -> str:
    return gettext_in(lang, column.heading)


def heading_keys() -> dict[str, str]:
    """Every heading in every language, case-folded → column key."""
    return {
        folded(heading(column, lang)): column.key for column in COLUMNS for lang in LANGUAGES
    }


def folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def fingerprint(value: object) -> str:
    """A short, stable digest of a value: what an exported cell or assessment was."""
    data = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def assessment_fingerprint(assessment: Assessment | None) -> str:
    if assessment is None:
        return fingerprint(None)
    return fingerprint([assessment.progress, assessment.note])


def cell_text(value: object) -> str:
    """A cell's value as the text it stands for, whatever a spreadsheet program made of it:
    numbers stored as numbers, `\\r\\n` line breaks, spaces at line ends."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = line_breaks(str(value).replace("_x000D_", ""))
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


# Points per line of the default 11-point font.
LINE_HEIGHT = 15


def wrapped_height(text: str, width: float) -> float:
    """The height in points that `text` wrapped in a column `width` characters wide needs.
    Not every program fits rows when it opens a workbook (LibreOffice keeps the stored
    heights), and overlapping lines cannot be read."""
    room = max(int(width) - 1, 1)
    lines = sum(max(1, -(-len(line) // room)) for line in text.split("\n")) if text else 1
    return float(LINE_HEIGHT * lines)
