"""Which files `sheet import` reads: workbooks named one by one, every workbook in a folder,
or a pattern such as `tyokirjat/*.xlsx` that the shell left unexpanded (Windows PowerShell and
cmd pass the `*` on as written)."""

from __future__ import annotations

import glob
from pathlib import Path

from kuopio_ohjelma.locale import _

_PATTERN_CHARACTERS = frozenset("*?[")
# Excel keeps an owner file beside an open workbook ("~$name.xlsx"): never an answer.
_EXCEL_OWNER_FILE = "~$"


class NoWorkbooks(Exception):
    """A folder or pattern that names no workbook: nothing to import, said plainly."""


def workbook_paths(given: list[Path]) -> list[Path]:
    """The files to import, in the order given; a folder or pattern becomes its workbooks in
    name order. Raises NoWorkbooks for a folder or pattern without any."""
    found: list[Path] = []
    for path in given:
        if path.is_dir():
            found += _workbooks_in(path)
        elif not path.exists() and _PATTERN_CHARACTERS & set(str(path)):
            found += _matching(path)
        else:
            found.append(path)
    return found


def _workbooks_in(folder: Path) -> list[Path]:
    books = sorted(
        p for p in folder.iterdir()
        if p.suffix.lower() == ".xlsx" and not p.name.startswith(_EXCEL_OWNER_FILE)
        and p.is_file()
    )
    if not books:
        raise NoWorkbooks(
            _("{folder}: the folder holds no workbooks (.xlsx)").format(folder=folder)
        )
    return books


def _matching(pattern: Path) -> list[Path]:
    matches = sorted(
        Path(name) for name in glob.glob(str(pattern))
        if not Path(name).name.startswith(_EXCEL_OWNER_FILE) and Path(name).is_file()
    )
    if not matches:
        raise NoWorkbooks(_("{pattern}: no file matches").format(pattern=pattern))
    return matches
