"""Open a returned file as a workbook, or say plainly why not: wrong format, password,
damage, or sizes no status workbook has (a zip bomb). Never raises on bad input."""

from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path
from typing import NamedTuple

from openpyxl import Workbook, load_workbook

from kuopio_ohjelma.locale import _
from kuopio_ohjelma.locale.oserrors import os_reason
from kuopio_ohjelma.problems import START, Problem
from kuopio_ohjelma.sheets import codes

UNREADABLE = codes.UNREADABLE.code
# Far above any status workbook (the whole programme exports to ~30 kB); far below harm.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_ENTRIES = 2000
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")


class Opened(NamedTuple):
    """A workbook read twice: what each cell shows, and what was typed into it. A formula's
    shown value is the one a spreadsheet program computed and saved; a file written by a
    program that does not compute has none, and only the typed formula tells why."""

    values: Workbook
    formulas: Workbook


def open_workbook(path: Path) -> Opened | Problem:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return _refuse(path, _("the file is too large to be a status workbook"))
        data = path.read_bytes()
    except OSError as error:
        return _refuse(path, _("cannot read the file: {reason}").format(reason=os_reason(error)))
    problem = _check_format(path, data)
    if problem is not None:
        return problem
    return _load(path, data)


def _refuse(path: Path, message: str, hint: str = "") -> Problem:
    return Problem(UNREADABLE, path, START, message, hint)


def _save_as() -> str:
    return _(
        "open it in Excel or LibreOffice Calc and save it as an Excel workbook (.xlsx), "
        "then import that file"
    )


def _check_format(path: Path, data: bytes) -> Problem | None:
    if data.startswith(_OLE):
        if _ENCRYPTED in data:
            return _refuse(
                path,
                _("the workbook is protected with a password"),
                _("open it with its password and save a copy without a password as .xlsx"),
            )
        return _refuse(path, _("this is an old Excel file (.xls), not .xlsx"), _save_as())
    if not data.startswith(b"PK\x03\x04"):
        return _refuse(path, _("this is not an Excel workbook (.xlsx); is it CSV or text?"),
                       _save_as())
    return _check_zip(path, data)


def _check_zip(path: Path, data: bytes) -> Problem | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            names = {entry.filename for entry in entries}
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError):
        return _damaged(path)
    if b"opendocument" in mimetype:
        return _refuse(path, _("this is an OpenDocument spreadsheet (.ods), not .xlsx"),
                       _save_as())
    total = sum(entry.file_size for entry in entries)
    if len(entries) > MAX_ENTRIES or total > MAX_UNPACKED_BYTES:
        return _refuse(path, _("the workbook unpacks to far more data than a status workbook "
                               "holds; it was not opened"))
    if "xl/workbook.xml" not in names:
        return _refuse(path, _("this is not an Excel workbook (.xlsx)"), _save_as())
    if path.suffix.lower() != ".xlsx":
        return _refuse(path, _("only .xlsx files are imported"), _save_as())
    return None


def _damaged(path: Path) -> Problem:
    return _refuse(
        path,
        _("the workbook is damaged and cannot be read"),
        _("open it in Excel or LibreOffice Calc; if it opens, save it again as .xlsx"),
    )


def _load(path: Path, data: bytes) -> Opened | Problem:
    try:
        with warnings.catch_warnings():
            # openpyxl warns about features it drops (extensions, styles): harmless here.
            warnings.simplefilter("ignore")
            return Opened(
                load_workbook(io.BytesIO(data), data_only=True),
                load_workbook(io.BytesIO(data), read_only=True),
            )
    except Exception:  # openpyxl raises many kinds on damaged parts; all mean the same here
        return _damaged(path)
